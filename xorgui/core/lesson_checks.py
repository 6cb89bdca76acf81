"""Did what a lesson announces happen? Judged live from the snapshots a run sends.

Each check looks at one snapshot (its epoch, loss history and solved epoch)
and says: still running, as expected, or not as expected. The thresholds are
the article's: a model that cannot separate XOR stays at the loss of always
answering 0.5, ln 2 = 0.693; the 2-2-1 network's loss drops "from around
epoch 10,000". The overfitting lesson reads the loss on the held-out test
points beside the training loss.
"""

from __future__ import annotations

import dataclasses
import math
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
OVERFIT_RISE = 0.5
"""Overfitting shows: the test loss ends at least 50% above its lowest."""
HELD_RISE = 0.25
"""Regularized, the test loss ends less than a quarter above its lowest (it
wavers around a level after its lowest; unregularized it ends more than
twice as high)."""


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
    held_out: HeldOut | None = None

    def values(self) -> dict[str, object]:
        """The numbers, for a sentence's {placeholders} (the test loss's NaN
        and -1 where the run has no test points)."""
        test = self.held_out or HeldOut(math.nan, math.nan, -1, math.nan)
        return {
            "epoch": self.epoch,
            "loss": self.loss,
            "min_loss": self.min_loss,
            "solved_epoch": self.solved_epoch if self.solved_epoch is not None else -1,
            "seed": self.seed,
            "test_loss": test.loss,
            "min_test_loss": test.min_loss,
            "min_test_epoch": test.min_epoch,
            "rise": test.rise,
            "train_loss_then": test.train_loss_then,
        }


@dataclass(frozen=True, slots=True)
class HeldOut:
    """The loss on the test points: now, at its lowest and when, how far it
    has risen since (0.5: half as high again), and the training loss then."""

    loss: float
    min_loss: float
    min_epoch: int
    train_loss_then: float

    @property
    def rise(self) -> float:
        return self.loss / self.min_loss - 1.0


def held_out(snapshot: Snapshot) -> HeldOut | None:
    """What the test loss did so far; None for a run without test points."""
    history = snapshot.history_test_losses
    if snapshot.test_loss is None or history is None:
        return None
    epochs = np.append(snapshot.history_epochs, snapshot.epoch)
    train = np.append(snapshot.history_losses, snapshot.loss)
    test = np.append(history, snapshot.test_loss)
    lowest = int(np.argmin(test))
    return HeldOut(
        snapshot.test_loss,
        float(test[lowest]),
        int(epochs[lowest]),
        float(train[lowest]),
    )


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


def _overfits(snapshot: Snapshot) -> bool | None:
    """The test loss rose well above its lowest while the training loss fell."""
    if not snapshot.finished:
        return None
    test = held_out(snapshot)
    return (
        test is not None
        and test.rise >= OVERFIT_RISE
        and snapshot.loss < test.train_loss_then
    )


def _test_loss_holds(snapshot: Snapshot) -> bool | None:
    """The test loss went well below chance and stayed near its lowest."""
    if not snapshot.finished:
        return None
    test = held_out(snapshot)
    return test is not None and test.min_loss < CHANCE_LOSS and test.rise < HELD_RISE


CHECKS: dict[str, Callable[[Snapshot], bool | None]] = {
    "solves": _solves,
    "stays_at_chance": _stays_at_chance,
    "plateau_then_drop": _plateau_then_drop,
    "solves_faster": _solves_faster,
    "seed_fails": _seed_fails,
    "overfits": _overfits,
    "test_loss_holds": _test_loss_holds,
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
        held_out(snapshot),
    )
