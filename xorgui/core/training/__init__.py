"""One network learning: the trainer, the engine and its kernels, the model, the loss
history, checkpoints, and the article's loop kept as the yardstick."""
