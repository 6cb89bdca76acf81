"""A run over time: the session's states and epoch budget, its timeline of checkpoints,
and the session file with its checks."""
