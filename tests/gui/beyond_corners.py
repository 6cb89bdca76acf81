"""Runs beyond the four corners for the views' tests: the circle with test
points held out, and XOR learned from the x1·x2 feature with no hidden layer."""

from __future__ import annotations

from dataclasses import replace

from xorgui.core.config import TrainConfig
from xorgui.core.snapshot import Snapshot
from xorgui.core.training.reference import reference_run
from xorgui.core.training.trainer import Trainer

CIRCLE = TrainConfig(data="circle", points=200, noise=0.1, test_share=0.3)
XOR_BY_FEATURE = TrainConfig(hidden=(), features=("x1", "x2", "x1x2"), lr=1.0)


def trained(config: TrainConfig, epochs: int) -> Snapshot:
    """A snapshot of `config` after `epochs`, with the test losses the
    reference loop noted (as the engine fills them) when it has test points."""
    trainer = Trainer(config)
    trainer.train(epochs)
    snapshot = trainer.snapshot(grid=32)
    if not config.test_count:
        return snapshot
    # Its test loss before epoch e + 1 is the test loss after e epochs.
    test_losses = reference_run(config, epochs + 1).test_losses
    return replace(
        snapshot,
        test_loss=float(test_losses[epochs]),
        history_test_losses=test_losses[snapshot.history_epochs.astype(int)],
    )
