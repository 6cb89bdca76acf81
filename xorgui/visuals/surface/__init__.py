"""The 3-D surface: the view, its GL scene and items, the single layer's wireframe, and
the surface drawn off screen."""
