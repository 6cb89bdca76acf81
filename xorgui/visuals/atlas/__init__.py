"""The atlas drawn: its heatmaps and its words."""
