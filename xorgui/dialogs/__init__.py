"""Dialogs opened from the main window: the seed sweep."""
