"""The timeline's figures: how long showing an earlier epoch takes, and what
its checkpoints cost in memory.

A long run of the article's setup is trained through the run session (as the
window trains it, checkpoints and all); then random epochs are rebuilt as the
window's look back does it (`RunSession.look_back`, with the 100 x 100
surface), timed one by one. The run goes on to twice its length for the
memory figure.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.grid import DEFAULT_GRID
from xorgui.core.session.run_session import RunSession
from xorgui.core.training.trainer import Trainer

FULL_EPOCHS, QUICK_EPOCHS = 1_000_000, 20_000
LOOKS = 200


@dataclass(frozen=True, slots=True)
class TimelineFigures:
    """Look-back latency at `epochs`, and checkpoint memory at twice that."""

    epochs: int
    median_ms: float
    worst_ms: float
    long_epochs: int
    checkpoints: int
    megabytes: float


def measure_timeline(epochs: int, looks: int = LOOKS) -> TimelineFigures:
    """Train `epochs`, time `looks` look backs, then train as many again."""
    session = RunSession(Trainer(TrainConfig(epochs=2 * epochs), log_every=100))
    session.play()
    session.train(epochs)
    session.pause()  # a person looks back while paused
    rng = np.random.default_rng(0)
    seconds = []
    for epoch in rng.integers(0, epochs, looks):
        start = time.perf_counter()
        session.look_back(int(epoch), DEFAULT_GRID)
        seconds.append(time.perf_counter() - start)
    session.play()
    session.train(epochs)
    timeline = session.timeline
    return TimelineFigures(
        epochs,
        1000 * statistics.median(seconds),
        1000 * max(seconds),
        session.trainer.epoch,
        timeline.count,
        timeline.nbytes / 1e6,
    )


def print_timeline_table(quick: bool, print_row: Callable[..., None]) -> None:
    """Measure and print the timeline's table."""
    figures = measure_timeline(QUICK_EPOCHS if quick else FULL_EPOCHS)
    print_row("timeline", "run epochs", "look back ms", "worst ms")
    print_row(
        "2-2-1",
        f"{figures.epochs:,}",
        f"{figures.median_ms:.1f}",
        f"{figures.worst_ms:.1f}",
    )
    print_row("checkpoints", "run epochs", "count", "MB")
    print_row(
        "2-2-1",
        f"{figures.long_epochs:,}",
        f"{figures.checkpoints:,}",
        f"{figures.megabytes:.2f}",
    )
