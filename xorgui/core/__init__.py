"""The core: configuration, gates, the model, its engine and training, sweeps,
history and snapshots. Qt-free; the only layer that loads torch."""
