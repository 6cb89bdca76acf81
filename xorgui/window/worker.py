"""The training worker: the only QThread, and the one bridge between window and core.

The window calls the command methods (`play`, `pause`, `step`, `new_run`, ...)
from the GUI thread. They only append to a lock-guarded queue and wake the loop,
so they never block and are safe at any moment. The loop runs in the worker's
own thread: it builds the `Trainer` there (torch is imported there too, so the
window can appear before the two seconds that takes) and drives a `RunSession`
around it, which decides what the commands do. The worker paces it: a chunk of
a few milliseconds at a time, emitting immutable snapshots - at most
`SNAPSHOT_RATE` a second while running, plus one after every command that
changes what the window shows (a finished step, pause, new run, final epoch).

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
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from xorgui.core.config import TrainConfig
from xorgui.core.grid import DEFAULT_GRID
from xorgui.core.session import RunSession, RunState
from xorgui.window.surface_requests import SurfaceRequests
from xorgui.window.worker_edits import EditCommands
from xorgui.window.worker_jobs import export_job, sweep_job, sweep_threads
from xorgui.window.worker_pacing import Pacing, RateMeter
from xorgui.window.worker_timeline import TimelineCommands

SNAPSHOT_RATE = 30.0
"""Snapshots a second while running; the views draw at most this often anyway."""
GIL_SWITCH_SECONDS = 0.0005
"""Python's switch interval while the worker runs. The worker leaves the GIL
whenever torch or numpy works, and with the default 5 ms a busy GUI thread
then keeps it that long each time: training would lose a third of its speed."""
IDLE = math.inf
"""What the loop's steps return when there is nothing to do until a command."""


class TrainingWorker(EditCommands, TimelineCommands, QObject):
    """Drives one run session in its own QThread; talk to it only through its
    methods.

    Signals (emitted from the worker thread; connect them to slots of objects in
    the GUI thread): `snapshot_ready(Snapshot)`, `state_changed(str)` with a
    `RunState` value, `continue_epochs_changed(int)` what Continue adds to a
    finished run, `failed(str)` with a message for a person,
    `rate_measured(float)` epochs a second while running,
    `export_finished(ExportResult)`, `sweep_progress(int, int)` epochs done
    of all, `sweep_finished(SweepOutcome)`, `notice(str)` (an edit refused)
    `session_saved(ExportResult)` and `run_kept(SavedRun)`. The timeline's commands are
    TimelineCommands'.
    """

    snapshot_ready = Signal(object)
    state_changed = Signal(str)
    continue_epochs_changed = Signal(int)
    failed = Signal(str)
    rate_measured = Signal(float)
    export_finished = Signal(object)
    sweep_progress = Signal(int, int)
    sweep_finished = Signal(object)
    notice = Signal(str)
    session_saved = Signal(object)
    run_kept = Signal(object)

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
        self._session: RunSession | None = None
        self._state = RunState.LOADING
        self._continue_epochs: int | None = None
        self._pacing = Pacing()
        self._rate = RateMeter()
        self._grid = grid
        self._last_emit = -math.inf

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
        chosen (at a new run or with `set_epoch_budget`).
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

    def new_run(self, config: TrainConfig) -> None:
        """Start a new run from the initial model of `config` (same seed, same
        weights): ready, with the config's epoch budget."""
        self._post(self._do_new_run, config)

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
                sleep_seconds = self._guarded(self._advance)
                if sleep_seconds:
                    self._wake.wait(None if sleep_seconds == IDLE else sleep_seconds)
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
        """Run `action` and return what it returns (0 for None); an exception
        becomes the failed state, not a dead thread, and the loop goes idle."""
        try:
            return action(*args) or 0.0
        except Exception as exc:  # the thread must survive anything training does
            traceback.print_exc()
            if self._session is not None:
                self._session.fail()
            self._show_state(RunState.FAILED)
            self.failed.emit(
                QCoreApplication.translate(
                    "TrainingWorker",
                    "Training stopped because of an error: {0}. "
                    "Press Reset to start again.",
                ).format(f"{type(exc).__name__}: {exc}")
            )
            return IDLE

    def _load(self, config: TrainConfig) -> None:
        # Importing the trainer imports torch: seconds, spent off the GUI thread.
        import torch

        from xorgui.core.training import Trainer

        # The tensors are tiny: a second thread would only spin, taking the
        # CPU the window draws with. A sweep's batched tensors are not.
        sweep_threads()
        torch.set_num_threads(1)
        self._session = RunSession(Trainer(config))
        self._emit(force=True)
        self._publish()

    def _advance(self) -> float:
        """Train one chunk if there is work; return the seconds to sleep."""
        session = self._session
        if session is None or not session.training:
            return IDLE
        pacing = self._pacing
        if session.stepping:
            self._train(pacing.step_count(session.steps_left))
        else:
            now = time.perf_counter()
            count = pacing.run_count(session.epochs_left, now)
            if count == 0:
                return pacing.seconds_ahead(now)
            pacing.paced += self._train(count)
        if not session.training:
            self._emit(force=True)
            self._publish()
            return IDLE
        self._publish()
        # Slow enough to watch: then every epoch of a run is shown.
        speed = pacing.epochs_per_second
        slow = speed is not None and speed <= SNAPSHOT_RATE
        self._emit(force=slow and not session.stepping)
        return 0.0

    def _train(self, count: int) -> int:
        """Train `count` epochs, adapt the chunk size and measure the rate."""
        assert self._session is not None
        started = time.perf_counter()
        done = self._session.train(count)
        now = time.perf_counter()
        self._pacing.adapt(count, now - started)
        rate = self._rate.measure(now, self._session.trainer.epoch)
        if rate is not None:
            self.rate_measured.emit(rate)
        return done

    def _emit(self, force: bool = False) -> None:
        """Emit a snapshot unless one went out too recently; it carries the
        surface when forced or asked for."""
        assert self._session is not None
        now = time.perf_counter()
        if not force and now - self._last_emit < 1.0 / SNAPSHOT_RATE:
            return
        self._last_emit = now
        self._looking_at = None
        grid = self._grid if self.surface_requests.take(force) else None
        self.snapshot_ready.emit(self._session.trainer.snapshot(grid=grid))

    def _publish(self) -> None:
        """Tell the window what changed in the session: Continue's epochs, then
        the state (so a finished run shows the right Continue at once)."""
        assert self._session is not None
        if self._session.continue_epochs != self._continue_epochs:
            self._continue_epochs = self._session.continue_epochs
            self.continue_epochs_changed.emit(self._continue_epochs)
        self._show_state(self._session.state)

    def _show_state(self, state: RunState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state.value)

    def _restart_rate(self) -> None:
        assert self._session is not None
        self._rate.restart(time.perf_counter(), self._session.trainer.epoch)

    # --------------------------------------------- commands, in the worker thread

    def _do_play(self) -> None:
        session = self._session
        if session is None or not session.can_play:
            return
        if session.play():  # Continue: the budget grew, show it at once
            self._emit(force=True)
        self._pacing.restart(time.perf_counter())
        self._restart_rate()
        self._publish()

    def _do_pause(self) -> None:
        if self._session is not None and self._session.pause():
            self._emit(force=True)
            self._publish()

    def _do_step(self, epochs: int) -> None:
        session = self._session
        if session is None or not session.can_train:
            return
        if not session.stepping:
            self._restart_rate()
        session.step(epochs)

    def _do_new_run(self, config: TrainConfig) -> None:
        if self._session is None:
            self._load(config)
            return
        self._session.new_run(config)
        self._emit(force=True)
        self._publish()

    def _do_set_learning_rate(self, lr: float) -> None:
        if self._session is not None:
            self._session.set_learning_rate(lr)
            self._show_setting()

    def _do_set_epoch_budget(self, epochs: int) -> None:
        if self._session is not None:
            self._session.set_epoch_budget(epochs)
            self._show_setting()
            self._publish()

    def _do_set_speed(self, epochs_per_second: float | None) -> None:
        self._pacing.epochs_per_second = epochs_per_second
        self._pacing.restart(time.perf_counter())

    def _do_set_grid(self, size: int) -> None:
        self._grid = size
        self._show_setting()

    def _show_setting(self) -> None:
        """A setting changed: show it now, unless training is about to anyway."""
        session = self._session
        if session is None or session.training or session.state is RunState.FAILED:
            return
        self._show_shown_epoch()

    def _do_sweep(self, config: TrainConfig, seeds: range) -> None:
        self._do_pause()
        before = self._state
        self._show_state(RunState.SWEEPING)
        outcome = sweep_job(config, seeds, self.sweep_progress.emit, self._sweep_cancel)
        self._show_state(before)
        self.sweep_finished.emit(outcome)

    def _do_export(self, kind: str, path: str) -> None:
        trainer = None if self._session is None else self._session.trainer
        self.export_finished.emit(export_job(trainer, kind, path))
