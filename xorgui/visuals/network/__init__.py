"""The network diagram and the weights table: geometry, painting, words, thumbnails,
the value editor and hand edits' words."""
