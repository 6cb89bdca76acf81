"""The run session: the state machine around one Trainer, with its epoch budget.

Qt-free and thread-free, so its rules are tested directly and the training
worker only drives it (pacing, the thread, signals). The session is the one
owner of the epoch budget: the run's budget (`budget`, the epoch at which it
finishes) and what Continue adds to a finished run (`continue_epochs`, the
budget last chosen). The views only show them.

The words are the window's: a run is started (`start_run`, at epoch 0 of a
config), looked back at (`look_back`, an earlier epoch shown) and rewound
(`rewind`, the epochs after one dropped, training goes on from there).
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING

from xorgui.core.session.file import SavedRun
from xorgui.core.session.timeline import Timeline

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np

    from xorgui.core.config import TrainConfig
    from xorgui.core.snapshot import Snapshot
    from xorgui.core.training.trainer import Trainer


class RunState(StrEnum):
    """Where a run stands, as the window shows it.

    A session is always READY, RUNNING, PAUSED, FINISHED, DIVERGED or FAILED.
    LOADING (no session yet: torch is loading) and SWEEPING (a sweep has the
    training thread) are the worker's, around a session.
    """

    LOADING = "loading"
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    DIVERGED = "diverged"
    FAILED = "failed"
    SWEEPING = "sweeping"


class RunSession:
    """One run of a Trainer: its state, its budget, and what the commands do.

    Play runs to the budget; Step trains an exact number of epochs, past the
    budget if need be; Pause stops either. Training itself happens in
    `train(count)`, a chunk at a time, as the driver paces it.
    """

    def __init__(
        self, trainer: Trainer, cancelled: Callable[[], bool] = lambda: False
    ) -> None:
        """`cancelled` says when a replay of the timeline should stop short
        (the driver is closing); it raises ReplayCancelled then."""
        self.trainer = trainer
        self.state = RunState.READY
        self.continue_epochs = trainer.config.epochs
        self._running = False
        self._steps_left = 0
        self.timeline = Timeline(cancelled=cancelled)
        self.timeline.start(trainer)

    @property
    def budget(self) -> int:
        """The epoch at which the run finishes."""
        return self.trainer.config.epochs

    @property
    def epochs_left(self) -> int:
        """Epochs from here to the budget (0 at or past it)."""
        return max(self.budget - self.trainer.epoch, 0)

    @property
    def steps_left(self) -> int:
        """Epochs of a step still to train."""
        return self._steps_left

    @property
    def stepping(self) -> bool:
        return self._steps_left > 0

    @property
    def training(self) -> bool:
        """Running to the budget or stepping: there is training to do."""
        return self._running or self.stepping

    @property
    def can_train(self) -> bool:
        """Play and Step do something; after a divergence or a failure only a
        run started does."""
        return self.state not in (RunState.DIVERGED, RunState.FAILED)

    @property
    def can_play(self) -> bool:
        return self.can_train and not self._running

    def play(self) -> int:
        """Run to the budget; a run at its budget continues: the budget grows by
        `continue_epochs`. Returns the epochs added to the budget (0 if none).

        Does nothing when the run cannot train or already runs; a step in
        progress turns into a run.
        """
        if not self.can_play:
            return 0
        added = 0
        if self.epochs_left == 0:
            added = self.continue_epochs
            self.trainer.set_epoch_budget(self.trainer.epoch + added)
        self._running = True
        self._steps_left = 0
        self.state = RunState.RUNNING
        return added

    def pause(self) -> bool:
        """Stop running or stepping; returns whether there was anything to stop."""
        if not self.training:
            return False
        self._running = False
        self._steps_left = 0
        self._settle()
        return True

    def step(self, epochs: int) -> None:
        """Train exactly `epochs` more (added to a step in progress), then stay."""
        if epochs < 1:
            raise ValueError(f"step needs at least one epoch, got {epochs}")
        if not self.can_train:
            return
        self._running = False
        self._steps_left += epochs

    def start_run(self, config: TrainConfig) -> None:
        """Start a run from `config`'s initial model, ready; its budget is also
        what Continue adds from now on."""
        self._running = False
        self._steps_left = 0
        self.trainer.start_run(config)
        self.timeline.start(self.trainer)
        self.continue_epochs = config.epochs
        self.state = RunState.READY

    def set_epoch_budget(self, epochs: int) -> None:
        """Change the run's budget and what Continue adds; the model is kept.

        A finished run below the new budget is paused (Play goes on); a run at
        or past it is finished, and one that was running stops there.
        """
        self.trainer.set_epoch_budget(epochs)
        self.continue_epochs = epochs
        if self._running and self.epochs_left == 0:
            self._running = False
            self._settle()
        elif self.state is RunState.FINISHED and self.epochs_left > 0:
            self.state = RunState.PAUSED
        elif self.state is RunState.PAUSED and self.epochs_left == 0:
            self.state = RunState.FINISHED

    def set_learning_rate(self, lr: float) -> None:
        """Change the learning rate from the next epoch on; the model is kept."""
        self.trainer.set_learning_rate(lr)

    def fail(self) -> None:
        """Training raised: stop; only a run started afresh trains again."""
        self._running = False
        self._steps_left = 0
        self.state = RunState.FAILED

    def train(self, count: int) -> int:
        """Train up to `count` epochs of the work at hand (the rest of a step, or
        toward the budget) and return how many were trained.

        A step still going is RUNNING; once the work is done, or training
        diverged, the run settles: paused, finished or diverged.
        """
        if self.stepping:
            count = min(count, self._steps_left)
        elif self._running:
            count = min(count, self.epochs_left)
        else:
            return 0
        done = self.timeline.train(self.trainer, count)
        if self.stepping:
            diverged = self.trainer.divergence is not None
            self._steps_left = 0 if diverged else self._steps_left - done
            if self.stepping:
                self.state = RunState.RUNNING
            else:
                self._settle()
        elif self.trainer.divergence is not None or self.epochs_left == 0:
            self._running = False
            self._settle()
        return done

    def look_back(self, epoch: int, grid: int | None) -> Snapshot:
        """A snapshot of the model after `epoch` epochs, rebuilt exactly, with
        the whole run's loss history; at the latest epoch, the run's own."""
        trainer = self.trainer
        if epoch >= trainer.epoch:
            return trainer.snapshot(grid)
        self.timeline.sync(trainer)
        shown = self.timeline.model_at(max(epoch, 0)).snapshot(grid)
        latest = trainer.snapshot()
        return replace(
            shown,
            config=trainer.config,
            history_epochs=latest.history_epochs,
            history_losses=latest.history_losses,
            history_test_losses=latest.history_test_losses,
            tip_epoch=trainer.epoch,
        )

    def rewind(self, epoch: int) -> None:
        """Drop the epochs after `epoch`: the run goes on from that epoch's
        model, with today's settings (paused, or finished at its budget)."""
        trainer = self.trainer
        if self.training or not 0 <= epoch < trainer.epoch:
            return
        self.timeline.sync(trainer)
        checkpoint = self.timeline.model_at(epoch).checkpoint()
        trainer.restore(checkpoint)
        trainer.history.truncate(epoch)
        # An edit at `epoch` made the model shown there: it stays.
        trainer.edits = [edit for edit in trainer.edits if edit.epoch <= epoch]
        self.timeline.truncate(epoch)
        self.timeline.sync(trainer)
        self._settle()
        if epoch == 0:
            self.state = RunState.READY

    def saved_run(self, shown_epoch: int | None = None) -> SavedRun:
        """The run as plain values, for a session file; `shown_epoch` is the
        earlier epoch looked back at (None: the latest)."""
        trainer = self.trainer
        history = trainer.history
        return SavedRun(
            trainer.config,
            self.continue_epochs,
            self.timeline.to_record(trainer),
            history.epochs.copy(),
            history.losses.copy(),
            history.stride,
            trainer.divergence,
            tuple(trainer.edits),
            shown_epoch,
            _copied(history.test_losses),
        )

    def load_run(self, saved: SavedRun) -> None:
        """Be the saved run, where it stood: its epoch, history, timeline and
        budget; paused (finished, diverged, or ready at epoch 0). ValueError,
        with nothing changed, if its timeline could not replay every epoch."""
        if not Timeline.can_replay(saved.timeline):
            raise ValueError("its run claims epochs its checkpoints cannot replay")
        self.start_run(saved.config)
        trainer = self.trainer
        trainer.restore(saved.timeline.tip)
        trainer.history.load(
            saved.history_epochs,
            saved.history_losses,
            saved.history_stride,
            test_losses=saved.history_test_losses,
        )
        trainer.divergence = saved.divergence
        trainer.edits = list(saved.edits)
        self.timeline.load_record(saved.timeline)
        self.continue_epochs = saved.continue_epochs
        if trainer.epoch or trainer.divergence is not None:
            self._settle()

    def _settle(self) -> None:
        """Training stopped: say why, and get ready to look back."""
        self.timeline.prepare()
        if self.trainer.divergence is not None:
            self.state = RunState.DIVERGED
        elif self.epochs_left == 0:
            self.state = RunState.FINISHED
        else:
            self.state = RunState.PAUSED


def _copied(values: np.ndarray | None) -> np.ndarray | None:
    """A copy of a history's read-only view, for a file (None stays None)."""
    return None if values is None else values.copy()
