"""The widgets of the desktop app, one visual per module."""
