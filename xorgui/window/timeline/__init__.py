"""The window's timeline: the bar under the views, the Timeline menu and its keys."""
