"""The timeline of a run: any epoch trained so far, rebuilt exactly on demand.

The engine is deterministic, so no picture of each epoch is kept: only
checkpoints (`Checkpoint`, the model, the optimizer's slots and step, the
solved count) every `spacing` epochs, copied by the engine inside its call
(`Trainer.train_keeping`), so keeping them does not cut training into short
calls. The model after epoch e is the nearest checkpoint at or before e,
restored into a scratch trainer, trained on for the few epochs in between:
bit for bit the model an uninterrupted run had.

A run can change along the way: the learning rate or the budget while
paused, a hand edit of the weights. Each change starts a segment, with a
checkpoint at its first epoch and the settings it trains with; a replay never
crosses into another segment, so it uses the settings those epochs had. The
timeline notices a change itself (`sync`): the trainer's config differs from
the segment's, or its state from the one last seen.

Memory is bounded: past `max_bytes` the spacing doubles and every other
checkpoint goes (segment starts stay), as the loss history thins. So is a
replay: never more than the spacing's epochs, and it stops short (raising
ReplayCancelled) when its owner says so between pieces of REPLAY_PIECE epochs.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.training.checkpoint import (
    CHECKPOINT_OVERHEAD_BYTES,
    STATE_DTYPE,
    Checkpoint,
)

if TYPE_CHECKING:
    from xorgui.core.training.trainer import Trainer

DEFAULT_SPACING = 64
"""Epochs between checkpoints: a replay trains at most 63 epochs, some 5 ms
(15 on a busy machine), so even a dragged slider shows exact models."""
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""The checkpoints' memory at most (a 2,000,000-epoch 2-2-1 run needs 4 MB)."""
_FIRST_CAPACITY = 256
REPLAY_PIECE = 2048
"""Epochs a replay trains between two looks at whether to stop short."""


class ReplayCancelled(Exception):
    """A replay stopped short because its owner asked it to."""


@dataclass(frozen=True, slots=True)
class Segment:
    """From epoch `start` on (until the next segment) the run trained with `config`."""

    start: int
    config: TrainConfig


@dataclass(frozen=True, slots=True)
class TimelineRecord:
    """A timeline as plain arrays, for a session file."""

    spacing: int
    segments: tuple[Segment, ...]
    epochs: np.ndarray
    steps: np.ndarray
    solved_since: np.ndarray
    values: np.ndarray
    tip: Checkpoint


class Timeline:
    """The checkpoints of one run and the settings of its segments."""

    def __init__(
        self,
        spacing: int = DEFAULT_SPACING,
        max_bytes: int = DEFAULT_MAX_BYTES,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        """`cancelled` is asked during a long replay whether to stop short."""
        if spacing < 1 or max_bytes < 1:
            raise ValueError("spacing and max_bytes must be positive")
        self.base_spacing = spacing
        self.max_bytes = max_bytes
        self.spacing = spacing
        self.segments: list[Segment] = []
        self._epochs = np.empty(0, dtype=np.int64)
        self._steps = np.empty(0, dtype=np.int64)
        self._solved = np.empty(0, dtype=np.int64)
        self._values = np.empty((0, 0), dtype=STATE_DTYPE)
        self._size = 0
        self._tip: Checkpoint | None = None
        self._scratch: Trainer | None = None
        self._cancelled = cancelled

    # ---------------------------------------------------------------- recording

    def start(self, trainer: Trainer) -> None:
        """Forget everything: a new run starts at the trainer's epoch."""
        self.spacing = self.base_spacing
        self._size = 0
        self.segments = []
        self._scratch = None
        self._begin_segment(trainer)

    def train(self, trainer: Trainer, count: int) -> int:
        """Train `count` epochs (fewer if training diverges), keeping the
        checkpoints due on the way; returns the epochs trained."""
        self.sync(trainer)
        losses, kept = trainer.train_keeping(count, self.spacing)
        for checkpoint in kept:
            # The spacing doubles when memory runs short, perhaps on the way.
            due = checkpoint.epoch % self.spacing == 0
            if due and checkpoint.epoch > self._last_epoch():
                self._keep(checkpoint)
        self._tip = trainer.checkpoint()
        return len(losses)

    def sync(self, trainer: Trainer) -> None:
        """Notice a change made since the last look (a setting, a hand edit):
        a new segment starts at the trainer's epoch."""
        here = trainer.checkpoint()
        changed = trainer.config != self.segments[-1].config
        if changed or self._tip is None or not here.same_as(self._tip):
            self._begin_segment(trainer, here)
        self._tip = here

    def truncate(self, epoch: int) -> None:
        """Forget everything after `epoch` (training goes on from there; `sync`
        then notes the trainer's state at `epoch`)."""
        self._size = int(np.searchsorted(self._epochs[: self._size], epoch, "right"))
        self.segments = [s for s in self.segments if s.start <= epoch]
        self._tip = None

    def _begin_segment(self, trainer: Trainer, here: Checkpoint | None = None) -> None:
        here = here or trainer.checkpoint()
        segment = Segment(here.epoch, trainer.config)
        if self.segments and self.segments[-1].start == segment.start:
            self.segments[-1] = segment
        else:
            self.segments.append(segment)
        self._keep(here)
        self._tip = here

    def _keep(self, checkpoint: Checkpoint) -> None:
        if self._size and self._epochs[self._size - 1] == checkpoint.epoch:
            self._size -= 1  # the same epoch again (a change): the newer state
        width = len(checkpoint.values)
        if self._size == 0 and self._values.shape[1] != width:
            self._allocate(_FIRST_CAPACITY, width)
        elif self._size == len(self._epochs):
            self._allocate(2 * self._size, width)
        index = self._size
        self._epochs[index] = checkpoint.epoch
        self._steps[index] = checkpoint.step
        self._solved[index] = checkpoint.solved_since
        self._values[index] = checkpoint.values
        self._size += 1
        while self.nbytes > self.max_bytes and self._thin():
            pass

    def _allocate(self, capacity: int, width: int) -> None:
        """Room for `capacity` checkpoints of `width` values, the held ones kept."""
        size = self._size
        old = self._columns()
        self._epochs = np.empty(capacity, dtype=np.int64)
        self._steps = np.empty(capacity, dtype=np.int64)
        self._solved = np.empty(capacity, dtype=np.int64)
        self._values = np.empty((capacity, width), dtype=STATE_DTYPE)
        if size:
            for array, before in zip(self._columns(), old, strict=True):
                array[:size] = before[:size]

    def _columns(self) -> tuple[np.ndarray, ...]:
        """The arrays that hold the checkpoints, one row per checkpoint."""
        return (self._epochs, self._steps, self._solved, self._values)

    def _thin(self) -> bool:
        """Double the spacing and drop the checkpoints off it; False if that
        frees nothing (only segment starts are left)."""
        held = self._epochs[: self._size]
        starts = np.array([s.start for s in self.segments], dtype=np.int64)
        keep = np.flatnonzero((held % (2 * self.spacing) == 0) | np.isin(held, starts))
        if len(keep) == self._size:
            return False
        self.spacing *= 2
        for array in self._columns():
            array[: len(keep)] = array[keep]
        self._size = len(keep)
        return True

    # ----------------------------------------------------------------- reading

    @property
    def count(self) -> int:
        """Checkpoints held."""
        return self._size

    @property
    def nbytes(self) -> int:
        """Memory the held checkpoints take."""
        width = self._values.shape[1] * np.dtype(STATE_DTYPE).itemsize
        return self._size * (width + CHECKPOINT_OVERHEAD_BYTES)

    @property
    def end(self) -> int:
        """The latest epoch the timeline has seen the trainer at."""
        return self._tip.epoch if self._tip is not None else self._last_epoch()

    def _last_epoch(self) -> int:
        return int(self._epochs[self._size - 1]) if self._size else -1

    def checkpoint_at_or_before(self, epoch: int) -> Checkpoint:
        """The nearest checkpoint at or before `epoch` (a coarse preview)."""
        index = int(np.searchsorted(self._epochs[: self._size], epoch, "right")) - 1
        if index < 0:
            raise ValueError(f"epoch {epoch} is before the run's first checkpoint")
        return Checkpoint(
            int(self._epochs[index]),
            int(self._steps[index]),
            int(self._solved[index]),
            self._values[index].copy(),
        )

    def segment_at(self, epoch: int) -> Segment:
        """The segment epoch `epoch` belongs to."""
        starts = [segment.start for segment in self.segments]
        return self.segments[max(bisect.bisect_right(starts, epoch) - 1, 0)]

    def model_at(self, epoch: int) -> Trainer:
        """A scratch trainer holding the model after `epoch` epochs, exactly;
        it is reused by the next call. `epoch` must not be past `end`, nor
        more than the spacing past its checkpoint (only a damaged record can
        ask for that). ReplayCancelled if told to stop meanwhile."""
        if not 0 <= epoch <= self.end:
            raise ValueError(f"epoch {epoch} is outside the run (0 to {self.end})")
        checkpoint = self.checkpoint_at_or_before(epoch)
        if epoch - checkpoint.epoch > self.spacing:
            raise ValueError(
                f"epoch {epoch} is {epoch - checkpoint.epoch} epochs past its "
                f"checkpoint; a replay covers at most {self.spacing}"
            )
        config = self.segment_at(epoch).config
        scratch = self._scratch
        same_network = (
            scratch is not None
            and scratch.config.with_changes(lr=config.lr, epochs=config.epochs)
            == config
        )
        if scratch is None or not same_network:
            from xorgui.core.training.trainer import Trainer  # torch: the caller has it

            # One logged point at most: a replay's losses are not wanted.
            scratch = Trainer(config, log_every=1 << 40, history_capacity=2)
            self._scratch = scratch
        scratch.set_learning_rate(config.lr)
        scratch.set_epoch_budget(config.epochs)
        scratch.restore(checkpoint)
        scratch.history.clear()
        while scratch.epoch < epoch:
            if self._cancelled():
                raise ReplayCancelled
            if not len(scratch.train(min(epoch - scratch.epoch, REPLAY_PIECE))):
                break  # diverged (a damaged record): the last finite model
        return scratch

    def prepare(self) -> None:
        """Build the replaying trainer now, while nothing waits for it, so the
        first look back of a run is as quick as the next ones."""
        if self.end >= 0:
            self.model_at(self.end)

    # ------------------------------------------------------------ as arrays

    def to_record(self, trainer: Trainer) -> TimelineRecord:
        """The timeline (synced with `trainer`) as arrays, copied."""
        self.sync(trainer)
        size = self._size
        return TimelineRecord(
            self.spacing,
            tuple(self.segments),
            self._epochs[:size].copy(),
            self._steps[:size].copy(),
            self._solved[:size].copy(),
            self._values[:size].copy(),
            trainer.checkpoint(),
        )

    @staticmethod
    def can_replay(record: TimelineRecord) -> bool:
        """Whether `record` can replay every epoch it claims: its tip lies
        within one spacing of its last checkpoint."""
        if not len(record.epochs):
            return False
        return 0 <= record.tip.epoch - int(record.epochs[-1]) <= record.spacing

    def load_record(self, record: TimelineRecord) -> None:
        """Hold `record`'s checkpoints and segments (the trainer is restored to
        its tip by the caller)."""
        self.spacing = record.spacing
        self.segments = list(record.segments)
        self._scratch = None
        self._size = 0
        self._epochs = record.epochs.astype(np.int64, copy=True)
        self._steps = record.steps.astype(np.int64, copy=True)
        self._solved = record.solved_since.astype(np.int64, copy=True)
        self._values = record.values.astype(STATE_DTYPE, copy=True)
        self._size = len(self._epochs)
        self._tip = record.tip
