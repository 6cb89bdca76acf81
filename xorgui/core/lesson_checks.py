"""Did what a lesson announces happen? Judged live from the snapshots a run sends.

Each check looks at one snapshot (its epoch, loss history and solved epoch)
and says: still running, as expected, or not as expected. The thresholds are
the article's: a model that cannot separate XOR stays at the loss of always
answering 0.5, ln 2 = 0.693; the 2-2-1 network's loss drops "from around
epoch 10,000".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

import numpy as np

from xorgui.core.lessons import Lesson
from xorgui.core.snapshot import Snapshot

CHANCE_LOSS = 0.69
"""Just under ln 2: the BCE loss stays above it while no line separates XOR."""
PLATEAU_EPOCH = 5000
"""An epoch on the 2-2-1 network's plateau: its loss is still at chance there."""
DROP_EPOCH = 10_000
"""The article's "around 10,000": a wider network solves XOR before it."""


class Verdict(Enum):
    RUNNING = "running"
    EXPECTED = "expected"
    UNEXPECTED = "unexpected"
    OTHER_SETUP = "other_setup"


@dataclass(frozen=True, slots=True)
class Reading:
    """A verdict and the numbers its sentence names."""

    verdict: Verdict
    epoch: int
    loss: float
    min_loss: float
    solved_epoch: int | None
    seed: int

    def values(self) -> dict[str, object]:
        """The numbers, for a sentence's {placeholders}."""
        return {
            "epoch": self.epoch,
            "loss": self.loss,
            "min_loss": self.min_loss,
            "solved_epoch": self.solved_epoch if self.solved_epoch is not None else -1,
            "seed": self.seed,
        }


def lowest_loss(snapshot: Snapshot) -> float:
    """The lowest loss of the run so far (the current one before any history)."""
    losses = snapshot.history_losses
    return min(snapshot.loss, float(np.min(losses))) if losses.size else snapshot.loss


def _solves(snapshot: Snapshot) -> bool | None:
    return snapshot.solved if snapshot.finished else None


def _stays_at_chance(snapshot: Snapshot) -> bool | None:
    if lowest_loss(snapshot) < CHANCE_LOSS:
        return False
    return (not snapshot.solved) if snapshot.finished else None


def _plateau_then_drop(snapshot: Snapshot) -> bool | None:
    if not snapshot.finished:
        return None
    on_plateau = np.interp(
        PLATEAU_EPOCH, snapshot.history_epochs, snapshot.history_losses
    )
    solved = snapshot.solved_epoch
    return solved is not None and solved > PLATEAU_EPOCH and on_plateau >= CHANCE_LOSS


def _solves_faster(snapshot: Snapshot) -> bool | None:
    if not snapshot.finished:
        return None
    return snapshot.solved_epoch is not None and snapshot.solved_epoch < DROP_EPOCH


def _seed_fails(snapshot: Snapshot) -> bool | None:
    return (not snapshot.solved) if snapshot.finished else None


CHECKS: dict[str, Callable[[Snapshot], bool | None]] = {
    "solves": _solves,
    "stays_at_chance": _stays_at_chance,
    "plateau_then_drop": _plateau_then_drop,
    "solves_faster": _solves_faster,
    "seed_fails": _seed_fails,
}
"""Each check: True (as expected), False (not), None (cannot tell yet)."""


def is_lesson_setup(lesson: Lesson, snapshot: Snapshot) -> bool:
    """Whether `snapshot` comes from the lesson's setup (any seed for the
    sweep's lesson, whose learner watches the seeds that fail)."""
    config = snapshot.config
    if lesson.sweep:
        config = dataclasses.replace(config, seed=lesson.config.seed)
    return config == lesson.config


def judge(lesson: Lesson, snapshot: Snapshot) -> Reading:
    """What `snapshot` says about `lesson`'s announcement."""
    if not is_lesson_setup(lesson, snapshot):
        verdict = Verdict.OTHER_SETUP
    else:
        outcome = CHECKS[lesson.check](snapshot)
        verdict = (
            Verdict.RUNNING
            if outcome is None
            else Verdict.EXPECTED
            if outcome
            else Verdict.UNEXPECTED
        )
    return Reading(
        verdict,
        snapshot.epoch,
        snapshot.loss,
        lowest_loss(snapshot),
        snapshot.solved_epoch,
        snapshot.config.seed,
    )
