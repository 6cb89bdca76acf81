"""The loss plot: its axes, the timeline's epoch marker, the edit markers and the
pinned runs' curves."""
