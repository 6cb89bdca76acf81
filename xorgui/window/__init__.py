"""The window: the training worker (the only bridge to the core's thread),
the main window's composition, its controls, menus, status and settings."""
