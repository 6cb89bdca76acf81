"""What the window shows about its run, in one place: the run model.

The worker is the only bridge to the training thread; its signals feed this
model, and the status bar, the toolbar, the lessons panel, the views and the
dialogs read the model and listen to its typed change signals instead of
keeping copies of their own (the shape of ndv's ArrayViewerModel).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from xorgui.core.config import TrainConfig
from xorgui.core.session.run_session import RunState

if TYPE_CHECKING:
    from xorgui.core.pinned import PinnedRun
    from xorgui.core.snapshot import Snapshot


class RunModel(QObject):
    """The run as the window shows it: state, epochs, snapshot, setup,
    solved epoch, failure, speed and the pinned runs."""

    state_changed = Signal(object)
    """The RunState now."""
    snapshot_changed = Signal(object)
    """The Snapshot on screen (the latest, or an earlier epoch's)."""
    setup_changed = Signal(object)
    """The TrainConfig the run on screen was started from."""
    failure_changed = Signal(object)
    """Why the run failed (a sentence), or None."""
    speed_changed = Signal(object)
    """The chosen speed in epochs a second, None for max."""
    pins_changed = Signal()
    """The pinned runs changed."""
    changed = Signal()
    """Any of the above: for a part that shows a summary of them all."""

    def __init__(self, setup: TrainConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = RunState.LOADING
        self._snapshot: Snapshot | None = None
        self._setup = setup
        self._failure: str | None = None
        self._epochs_per_second = 0.0
        self._speed: float | None = None
        self._pins: list[PinnedRun] = []

    # ------------------------------------------------------------------ reading

    @property
    def state(self) -> RunState:
        return self._state

    @property
    def snapshot(self) -> Snapshot | None:
        """The snapshot on screen (its surface can be a little older)."""
        return self._snapshot

    @property
    def setup(self) -> TrainConfig:
        """The setup the run on screen came from (the controls' until a
        snapshot arrives)."""
        return self._snapshot.config if self._snapshot is not None else self._setup

    @property
    def shown_epoch(self) -> int:
        """The epoch whose model is on screen."""
        return self._snapshot.epoch if self._snapshot is not None else 0

    @property
    def tip_epoch(self) -> int:
        """The newest epoch the run has reached."""
        snapshot = self._snapshot
        if snapshot is None:
            return 0
        return snapshot.epoch if not snapshot.looking_back else snapshot.tip_epoch

    @property
    def looking_back(self) -> bool:
        """An earlier epoch than the run's newest is on screen."""
        return self.shown_epoch < self.tip_epoch

    @property
    def solved_epoch(self) -> int | None:
        """From which epoch the run on screen is solved, if it is."""
        return self._snapshot.solved_epoch if self._snapshot is not None else None

    @property
    def failure(self) -> str | None:
        return self._failure

    @property
    def epochs_per_second(self) -> float:
        return self._epochs_per_second

    @property
    def speed(self) -> float | None:
        """The chosen speed in epochs a second, None for max."""
        return self._speed

    @property
    def pins(self) -> list[PinnedRun]:
        """The pinned runs, oldest first."""
        return list(self._pins)

    # ------------------------------------------------------------------ feeding

    def start_run(self, setup: TrainConfig) -> None:
        """A new run from `setup`: the old run's failure is forgotten."""
        self._setup = setup
        self._set_failure(None)
        self.setup_changed.emit(setup)
        self.changed.emit()

    @Slot(object)
    def set_state(self, state: RunState) -> None:
        """The worker's state."""
        if state is self._state:
            return
        self._state = state
        self.state_changed.emit(state)
        self.changed.emit()

    @Slot(object)
    def set_snapshot(self, snapshot: Snapshot) -> None:
        setup_changed = self._snapshot is None or snapshot.config != self.setup
        self._snapshot = snapshot
        if setup_changed:
            self.setup_changed.emit(snapshot.config)
        self.snapshot_changed.emit(snapshot)
        self.changed.emit()

    @Slot(str)
    def set_failure(self, message: str) -> None:
        self._set_failure(message)
        self.changed.emit()

    def _set_failure(self, message: str | None) -> None:
        if message != self._failure:
            self._failure = message
            self.failure_changed.emit(message)

    @Slot(float)
    def set_rate(self, epochs_per_second: float) -> None:
        self._epochs_per_second = epochs_per_second
        self.changed.emit()

    @Slot(object)
    def set_speed(self, epochs_per_second: float | None) -> None:
        if epochs_per_second != self._speed:
            self._speed = epochs_per_second
            self.speed_changed.emit(epochs_per_second)

    def set_pins(self, runs: list[PinnedRun]) -> None:
        self._pins = list(runs)
        self.pins_changed.emit()
