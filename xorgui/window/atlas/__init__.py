"""Training > Atlas in the window: the command and the atlas's own thread."""
