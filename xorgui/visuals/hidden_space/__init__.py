"""The hidden space: the view, its 3-D scene, its 2-D plot and its note in words."""
