"""A run's animation: which epochs it shows, the run replayed for it, and the file
written frame by frame."""
