"""A run played again for its animation: a fresh Trainer from the run's
configuration, stopped at each frame's epoch.

The engine is deterministic, so the model at each stop is the model the run
had after as many epochs (if the learning rate was not changed mid-run: the
replay trains with the configuration's rate throughout).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from xorgui.core.config import TrainConfig
from xorgui.core.grid import DEFAULT_GRID
from xorgui.core.snapshot import Snapshot
from xorgui.core.training.trainer import CHUNK_EPOCHS, Trainer


def replay(
    config: TrainConfig, epochs: Sequence[int], grid: int = DEFAULT_GRID
) -> Iterator[Snapshot | None]:
    """A snapshot (with its surface) at each of `epochs` (increasing), and None
    after each chunk of training that stops short of the next one, so a caller
    that draws between steps stays responsive. A run that diverges ends early:
    its last snapshot is its last finite model."""
    trainer = Trainer(config)
    for epoch in epochs:
        while epoch - trainer.epoch > CHUNK_EPOCHS:
            trainer.train(CHUNK_EPOCHS)
            if trainer.divergence is not None:
                break
            yield None
        trainer.train(epoch - trainer.epoch)
        yield trainer.snapshot(grid=grid)
        if trainer.divergence is not None:
            return
