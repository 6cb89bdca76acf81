"""The training worker: the only QThread, and the one bridge between window and core.

The window calls the command methods (`play`, `pause`, `step`, `reset`, ...) from
the GUI thread. They only append to a lock-guarded queue and wake the loop, so
they never block and are safe at any moment. The loop runs in the worker's own
thread: it builds the `Trainer` there (torch is imported there too, so the
window can appear before the two seconds that takes), trains a chunk of a few
milliseconds at a time, and emits immutable snapshots - at most
`SNAPSHOT_RATE` a second while running, plus one after every command that
changes what the window shows (a finished step, pause, reset, the final epoch).

The output surface is the costly part of a snapshot, so while running it comes
only when the views ask for it (`surface_requests`, once they have drawn the
last one): surfaces are evaluated as fast as the view draws them, not as fast
as snapshots go out. The snapshots after a command always carry one.
"""

from __future__ import annotations

import math
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from xorgui.core.config import TrainConfig
from xorgui.core.grid import DEFAULT_GRID
from xorgui.window.surface_requests import SurfaceRequests

if TYPE_CHECKING:
    from xorgui.core.sweep import SweepResult
    from xorgui.core.training import Trainer

SNAPSHOT_RATE = 30.0
"""Snapshots a second while running; the views draw at most this often anyway."""
CHUNK_SECONDS = 0.02
"""How long one chunk of epochs should take: long enough that the per-call cost
is small, short enough that a pause lands within a few tens of milliseconds."""
STEP_CHUNKS = 5
"""A step command trains this many chunks at once (still well under 100 ms), so
a step of a few hundred epochs ends in one go, without a "running" flash."""
MAX_CHUNK = 8192
RATE_INTERVAL = 0.5
GIL_SWITCH_SECONDS = 0.0005
"""Python's switch interval while the worker runs. The worker leaves the GIL
whenever torch or numpy works, and with the default 5 ms a busy GUI thread
then keeps it that long each time: training would lose a third of its speed."""


@cache
def sweep_threads() -> int:
    """Torch's own thread count for this machine, read once, before the worker
    sets one thread for training (torch keeps the count per thread, starting
    new threads from the last one set)."""
    import torch

    return torch.get_num_threads()


class RunState(StrEnum):
    """What the worker is doing; `state_changed` carries the value as a str."""

    LOADING = "loading"
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    DIVERGED = "diverged"
    FAILED = "failed"
    SWEEPING = "sweeping"


@dataclass(frozen=True, slots=True)
class SweepOutcome:
    """How a sweep ended: its result, or an error, or neither when cancelled."""

    result: SweepResult | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ExportResult:
    """The answer to an export request: which file, and a message if it failed."""

    kind: str
    path: str
    error: str | None


class TrainingWorker(QObject):
    """Drives one Trainer in its own QThread; talk to it only through its methods.

    Signals (emitted from the worker thread; connect them to slots of objects in
    the GUI thread): `snapshot_ready(Snapshot)`, `state_changed(str)` with a
    `RunState` value, `failed(str)` with a message for a person,
    `rate_measured(float)` epochs a second while running,
    `export_finished(ExportResult)`, `sweep_progress(int, int)` epochs done
    of all, and `sweep_finished(SweepOutcome)`.
    """

    snapshot_ready = Signal(object)
    state_changed = Signal(str)
    failed = Signal(str)
    rate_measured = Signal(float)
    export_finished = Signal(object)
    sweep_progress = Signal(int, int)
    sweep_finished = Signal(object)

    def __init__(self, config: TrainConfig, grid: int = DEFAULT_GRID) -> None:
        super().__init__()
        self._initial_config = config
        self._commands: deque[tuple[Callable[..., None], tuple[Any, ...]]] = deque()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._sweep_cancel = threading.Event()
        self.surface_requests = SurfaceRequests()
        self._thread: QThread | None = None
        # Everything below is touched only by the worker thread once it runs.
        self._trainer: Trainer | None = None
        self._state = RunState.LOADING
        self._running = False
        self._steps_left = 0
        self._speed: float | None = None
        self._grid = grid
        self._extension = config.epochs
        self._chunk = 16
        self._pace_start = 0.0
        self._pace_done = 0
        self._last_emit = -math.inf
        self._rate_start = 0.0
        self._rate_epoch = 0

    # ------------------------------------------------------------ GUI-thread API

    def start(self) -> None:
        """Start the thread; the trainer is built (and torch imported) inside it."""
        if self._thread is not None:
            return
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
        self._thread = QThread()
        self._thread.setObjectName("xorgui-training")
        self.moveToThread(self._thread)
        self._thread.started.connect(self.run)
        self._thread.start()

    def shutdown(self) -> None:
        """Stop the loop, end the thread and wait for it (a chunk takes a few ms)."""
        self.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None

    def is_alive(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def stop(self) -> None:
        """Ask the loop to end; wakes it if it is paused, cancels a sweep."""
        self._stop.set()
        self._sweep_cancel.set()
        self._wake.set()

    def play(self) -> None:
        """Train until paused or the epoch budget is reached.

        On a finished run, Play continues: the budget grows by the epochs last
        chosen (at reset or with `set_epoch_budget`).
        """
        self._post(self._do_play)

    def pause(self) -> None:
        """Stop training after the current chunk (a few ms); also cancels steps."""
        self._post(self._do_pause)

    def step(self, epochs: int = 1) -> None:
        """Train exactly `epochs` more epochs, then stay paused."""
        if epochs < 1:
            raise ValueError(f"step needs at least one epoch, got {epochs}")
        self._post(self._do_step, epochs)

    def reset(self, config: TrainConfig) -> None:
        """Rebuild the initial model of `config` (same seed, same weights); ready."""
        self._post(self._do_reset, config)

    def set_learning_rate(self, lr: float) -> None:
        """Change the learning rate from the next epoch on; the model is kept."""
        self._post(self._do_set_learning_rate, lr)

    def set_epoch_budget(self, epochs: int) -> None:
        """Change how many epochs the run trains in all; the model is kept."""
        self._post(self._do_set_epoch_budget, epochs)

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Limit training to so many epochs a second; None trains at full speed."""
        if epochs_per_second is not None and not epochs_per_second > 0:
            raise ValueError(f"speed must be positive or None, got {epochs_per_second}")
        self._post(self._do_set_speed, epochs_per_second)

    def set_grid(self, size: int) -> None:
        """Evaluate the output surface on a size x size grid for each snapshot."""
        self._post(self._do_set_grid, size)

    def sweep(self, config: TrainConfig, seeds: range) -> None:
        """Train every seed of `seeds` with `config` at once, as `xorgui sweep` does.

        Training pauses meanwhile (the state is SWEEPING) and the model is kept.
        """
        self._sweep_cancel.clear()
        self._post(self._do_sweep, config, seeds)

    def cancel_sweep(self) -> None:
        """Stop the sweep within a chunk (a tenth of a second or so)."""
        self._sweep_cancel.set()

    def export_history(self, path: str) -> None:
        """Write the trainer's loss record (`Trainer.loss_record`: the history and
        the current model's loss) as `epoch,loss` CSV to `path`."""
        self._post(self._do_export, "history", path)

    def export_model(self, path: str) -> None:
        """Write the model's checkpoint (state dict and config) to `path`."""
        self._post(self._do_export, "model", path)

    def _post(self, command: Callable[..., None], *args: Any) -> None:
        with self._lock:
            self._commands.append((command, args))
        self._wake.set()

    # ------------------------------------------------------------- the loop

    @Slot()
    def run(self) -> None:
        """The thread's body: load, then obey commands and train until stopped."""
        try:
            self._guarded(self._load, self._initial_config)
            while not self._stop.is_set():
                self._wake.clear()
                self._run_commands()
                if self._stop.is_set():
                    break
                pause = self._guarded(self._advance)
                if pause:
                    self._wake.wait(None if math.isinf(pause) else pause)
        finally:
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())

    def _run_commands(self) -> None:
        while True:
            with self._lock:
                if not self._commands:
                    return
                command, args = self._commands.popleft()
            self._guarded(command, *args)

    def _guarded(self, action: Callable[..., float | None], *args: Any) -> float:
        """Run `action`; an exception becomes the failed state, not a dead thread."""
        try:
            return action(*args) or 0.0
        except Exception as exc:  # the thread must survive anything training does
            traceback.print_exc()
            self._running = False
            self._steps_left = 0
            self._set_state(RunState.FAILED)
            self.failed.emit(
                QCoreApplication.translate(
                    "TrainingWorker",
                    "Training stopped because of an error: {0}. "
                    "Press Reset to start again.",
                ).format(f"{type(exc).__name__}: {exc}")
            )
            return math.inf

    def _load(self, config: TrainConfig) -> None:
        # Importing the trainer imports torch: seconds, spent off the GUI thread.
        import torch

        from xorgui.core.training import Trainer

        # The tensors are tiny: a second thread would only spin, taking the
        # CPU the window draws with. A sweep's batched tensors are not.
        sweep_threads()
        torch.set_num_threads(1)
        self._trainer = Trainer(config)
        self._extension = config.epochs
        self._emit(force=True)
        self._set_state(RunState.READY)

    def _advance(self) -> float:
        """Train one chunk if there is work; return how long to sleep (inf: idle)."""
        trainer = self._trainer
        if trainer is None or self._state is RunState.FAILED:
            return math.inf
        if self._steps_left:
            done = self._train(min(self._steps_left, self._chunk * STEP_CHUNKS))
            self._steps_left = 0 if trainer.divergence else self._steps_left - done
            if self._steps_left:
                self._set_state(RunState.RUNNING)
                self._emit()
            else:
                self._settle()
            return 0.0
        if not self._running:
            return math.inf
        left = trainer.config.epochs - trainer.epoch
        count = min(self._chunk, left)
        if self._speed is not None:
            elapsed = time.perf_counter() - self._pace_start
            due = int(elapsed * self._speed) + 1 - self._pace_done
            if due <= 0:
                return self._pace_done / self._speed - elapsed
            count = min(count, due)
        if count > 0:
            self._pace_done += self._train(count)
        if trainer.divergence is not None or trainer.epoch >= trainer.config.epochs:
            self._running = False
            self._settle()
            return math.inf
        # Slow enough to watch: then every epoch is shown.
        self._emit(force=self._speed is not None and self._speed <= SNAPSHOT_RATE)
        return 0.0

    def _train(self, count: int) -> int:
        """Train `count` epochs, adapt the chunk size and measure the rate."""
        assert self._trainer is not None
        started = time.perf_counter()
        done = len(self._trainer.train(count))
        now = time.perf_counter()
        ideal = count * CHUNK_SECONDS / max(now - started, 1e-6)
        self._chunk = max(1, min(MAX_CHUNK, int(0.5 * self._chunk + 0.5 * ideal)))
        if now - self._rate_start >= RATE_INTERVAL:
            epochs = self._trainer.epoch - self._rate_epoch
            self.rate_measured.emit(epochs / (now - self._rate_start))
            self._restart_rate(now)
        return done

    def _settle(self) -> None:
        """After training stops: show the final picture and say why it stopped."""
        assert self._trainer is not None
        self._emit(force=True)
        if self._trainer.divergence is not None:
            self._set_state(RunState.DIVERGED)
        elif self._trainer.epoch >= self._trainer.config.epochs:
            self._set_state(RunState.FINISHED)
        else:
            self._set_state(RunState.PAUSED)

    def _emit(self, force: bool = False) -> None:
        """Emit a snapshot unless one went out too recently; it carries the
        surface when forced or asked for."""
        assert self._trainer is not None
        now = time.perf_counter()
        if not force and now - self._last_emit < 1.0 / SNAPSHOT_RATE:
            return
        self._last_emit = now
        grid = self._grid if self.surface_requests.take(force) else None
        self.snapshot_ready.emit(self._trainer.snapshot(grid=grid))

    def _set_state(self, state: RunState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state.value)

    def _restart_pacing(self) -> None:
        self._pace_start = time.perf_counter()
        self._pace_done = 0

    def _restart_rate(self, now: float) -> None:
        assert self._trainer is not None
        self._rate_start = now
        self._rate_epoch = self._trainer.epoch

    def _can_train(self) -> bool:
        return self._trainer is not None and self._state not in (
            RunState.FAILED,
            RunState.DIVERGED,
            RunState.LOADING,
        )

    # --------------------------------------------- commands, in the worker thread

    def _do_play(self) -> None:
        if not self._can_train() or self._running:
            return
        assert self._trainer is not None
        if self._trainer.epoch >= self._trainer.config.epochs:
            self._trainer.set_epoch_budget(self._trainer.epoch + self._extension)
            self._emit(force=True)
        self._running = True
        self._steps_left = 0
        self._restart_pacing()
        self._restart_rate(time.perf_counter())
        self._set_state(RunState.RUNNING)

    def _do_pause(self) -> None:
        if self._running or self._steps_left:
            self._running = False
            self._steps_left = 0
            self._settle()

    def _do_step(self, epochs: int) -> None:
        if not self._can_train():
            return
        if not self._steps_left:
            self._restart_rate(time.perf_counter())
        self._running = False
        self._steps_left += epochs

    def _do_reset(self, config: TrainConfig) -> None:
        self._running = False
        self._steps_left = 0
        if self._trainer is None:
            self._load(config)
            return
        self._trainer.reset(config)
        self._extension = config.epochs
        self._emit(force=True)
        self._set_state(RunState.READY)

    def _do_set_learning_rate(self, lr: float) -> None:
        if self._trainer is not None:
            self._trainer.set_learning_rate(lr)
            self._show_change()

    def _do_set_epoch_budget(self, epochs: int) -> None:
        trainer = self._trainer
        if trainer is None:
            return
        trainer.set_epoch_budget(epochs)
        self._extension = epochs
        self._show_change()
        if self._state is RunState.FINISHED and trainer.epoch < epochs:
            self._set_state(RunState.PAUSED)
        elif self._state is RunState.PAUSED and trainer.epoch >= epochs:
            self._set_state(RunState.FINISHED)

    def _do_set_speed(self, epochs_per_second: float | None) -> None:
        self._speed = epochs_per_second
        self._restart_pacing()

    def _do_set_grid(self, size: int) -> None:
        self._grid = size
        self._show_change()

    def _show_change(self) -> None:
        """A setting changed: show it now, unless training is about to anyway."""
        if self._running or self._steps_left or self._state is RunState.FAILED:
            return
        self._emit(force=True)

    def _do_sweep(self, config: TrainConfig, seeds: range) -> None:
        import torch

        from xorgui.core.sweep import SweepCancelled, run_sweep

        self._do_pause()
        before = self._state
        self._set_state(RunState.SWEEPING)
        torch.set_num_threads(sweep_threads())
        try:
            outcome = SweepOutcome(
                run_sweep(
                    config,
                    seeds,
                    progress=self.sweep_progress.emit,
                    cancel=self._sweep_cancel,
                )
            )
        except SweepCancelled:
            outcome = SweepOutcome(None)
        except Exception as exc:  # reported in the sweep's window, training goes on
            traceback.print_exc()
            outcome = SweepOutcome(None, f"{type(exc).__name__}: {exc}")
        finally:
            torch.set_num_threads(1)
        self._set_state(before)
        self.sweep_finished.emit(outcome)

    def _do_export(self, kind: str, path: str) -> None:
        from xorgui.core.export import save_loss_csv
        from xorgui.core.files import ExportError
        from xorgui.core.model_file import save_model

        trainer = self._trainer
        error = None
        try:
            if trainer is None:
                raise ExportError(
                    QCoreApplication.translate(
                        "TrainingWorker", "the training engine has not started yet"
                    )
                )
            if kind == "history":
                save_loss_csv(path, *trainer.loss_record())
            else:
                save_model(path, trainer.save_model())
        except ExportError as exc:
            error = str(exc)
        self.export_finished.emit(ExportResult(kind, path, error))
