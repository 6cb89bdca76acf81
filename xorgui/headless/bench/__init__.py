"""`xorgui bench`'s figures: the engine, the sweep's scaling, the atlas, the timeline,
and the window's (--gui)."""
