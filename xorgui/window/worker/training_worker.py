"""The training worker: the only QThread, and the one bridge between window and core.

The window calls the command methods (`play`, `pause`, `step`, `start_run`,
...) from the GUI thread. They only post to the `Inbox`, a lock-guarded queue
that wakes the loop, so they never block and are safe at any moment. The loop
runs in the worker's own thread: it builds the `Trainer` there (torch is
imported there too, so the window can appear before the two seconds that
takes) and drives a `RunSession` around it, which decides what the commands
do. `Pacing` sizes the chunks (a few milliseconds each) and holds the speed
limit, `RateMeter` measures epochs a second; the worker emits immutable
snapshots - at most `SNAPSHOT_RATE` a second while running, fewer while
drawing them would take training's time (`DrawingBudget`), plus one after
every command that changes what the window shows (a finished step, pause, a
run started, the final epoch).

The output surface is the costly part of a snapshot, so while running it comes
only when the views ask for it (`surface_requests`, once they have drawn the
last one): surfaces are evaluated as fast as the view draws them, not as fast
as snapshots go out. The snapshots after a command always carry one.
"""

from __future__ import annotations

import atexit
import math
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from xorgui.core.config import TrainConfig
from xorgui.core.grid import DEFAULT_GRID
from xorgui.core.session.run_session import RunSession, RunState
from xorgui.window.surface_requests import SurfaceRequests
from xorgui.window.worker.jobs import (
    edit_job,
    export_job,
    read_session_job,
    save_session_job,
    sweep_job,
    sweep_threads,
)
from xorgui.window.worker.pacing import DrawingBudget, Pacing, RateMeter

if TYPE_CHECKING:
    from xorgui.core.hand_edit.edits import ParameterRef
    from xorgui.core.network import Layer
    from xorgui.core.pinned import PinnedRun
    from xorgui.core.session.file import SavedRun

SNAPSHOT_RATE = 30.0
"""Snapshots a second while running; the views draw at most this often anyway."""
GIL_SWITCH_SECONDS = 0.0005
"""Python's switch interval while the worker runs. The worker leaves the GIL
whenever torch or numpy works, and with the default 5 ms a busy GUI thread
then keeps it that long each time: training would lose a third of its speed."""
SHUTDOWN_SECONDS = 1.0
"""How long closing the window waits for the thread at most. A chunk, a
sweep's chunk or a replay's piece ends within tens of milliseconds, building
the first engine within a few tenths of a second; importing torch takes
seconds and cannot be cut short, so closing does not wait for it at all (the
app's process ends without it, xorgui.app)."""
_UNFINISHED: list[QThread] = []
"""Threads that did not end in time, kept: destroying a running QThread aborts
the process. The app's process ends without waiting for them (os._exit); any
other (a script, a test run) waits for them as it exits."""


@atexit.register
def _wait_for_unfinished() -> None:
    for thread in _UNFINISHED:
        thread.wait()


IDLE = math.inf
"""What the loop's steps return when there is nothing to do until a command."""

Command = Callable[..., float | None]


class Inbox:
    """The commands posted from the GUI thread, in order, and the loop's wake-up.

    `post_latest` keeps only the newest arguments of a command still waiting
    (a dragged slider never queues up work); `stop` ends the loop and wakes it.
    """

    def __init__(self) -> None:
        self._commands: deque[list[Any]] = deque()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()

    def post(self, command: Command, *args: Any) -> None:
        with self._lock:
            self._commands.append([command, args])
        self._wake.set()

    def post_latest(self, command: Command, *args: Any) -> None:
        with self._lock:
            waiting = next((c for c in self._commands if c[0] == command), None)
            if waiting is None:
                self._commands.append([command, args])
            else:
                waiting[1] = args
        self._wake.set()

    def next(self) -> tuple[Command, tuple[Any, ...]] | None:
        """The oldest command waiting, taken off the queue; None when none is."""
        with self._lock:
            if not self._commands:
                return None
            command, args = self._commands.popleft()
        return command, args

    def waiting(self) -> list[str]:
        """The names of the commands waiting, oldest first."""
        with self._lock:
            return [command.__name__ for command, _ in self._commands]

    def wait(self, seconds: float) -> None:
        """Sleep until a command or a stop comes, at most `seconds` (IDLE: no limit)."""
        if seconds:
            self._wake.wait(None if seconds == IDLE else seconds)
        self._wake.clear()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()


class TrainingWorker(QObject):
    """Drives one run session in its own QThread; talk to it only through its
    methods.

    Signals (emitted from the worker thread; connect them to slots of objects in
    the GUI thread): `snapshot_ready(Snapshot)`, `state_changed(RunState)`,
    `continue_epochs_changed(int)` what Continue adds to a finished run,
    `failed(str)` with a message for a person, `rate_measured(float)` epochs
    a second while running, `export_finished(ExportResult)`,
    `sweep_progress(int, int)` epochs done of all, `sweep_finished(SweepOutcome)`,
    `notice(str)` (an edit refused), `session_saved(ExportResult)`,
    `session_read(SessionRead)` (a session file read and checked, or refused)
    and `run_kept(SavedRun)` (the run as it stands, for Edit > Undo).
    """

    snapshot_ready = Signal(object)
    state_changed = Signal(object)
    continue_epochs_changed = Signal(int)
    failed = Signal(str)
    rate_measured = Signal(float)
    export_finished = Signal(object)
    sweep_progress = Signal(int, int)
    sweep_finished = Signal(object)
    notice = Signal(str)
    session_saved = Signal(object)
    session_read = Signal(object)
    run_kept = Signal(object)

    def __init__(self, config: TrainConfig, grid: int = DEFAULT_GRID) -> None:
        super().__init__()
        self._initial_config = config
        self._inbox = Inbox()
        self._sweep_cancel = threading.Event()
        self._importing_torch = threading.Event()
        self.surface_requests = SurfaceRequests()
        self._thread: QThread | None = None
        # Everything below is touched only by the worker thread once it runs.
        self._session: RunSession | None = None
        self._state = RunState.LOADING
        self._continue_epochs: int | None = None
        self._pacing = Pacing()
        self._rate = RateMeter()
        self._drawing = DrawingBudget(SNAPSHOT_RATE)
        self._grid = grid
        self._last_emit = -math.inf
        self._looking_back_at: int | None = None
        """The earlier epoch on screen; None: the latest. Every snapshot of
        the latest epoch (`_emit`) ends the look back."""

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

    def shutdown(self, seconds: float = SHUTDOWN_SECONDS) -> bool:
        """Stop the loop and end the thread, waiting for it `seconds` at most
        (not at all while it imports torch); returns whether it ended. One
        still busy ends with the process."""
        self.stop()
        thread = self._thread
        if thread is None:
            return True
        thread.quit()
        importing = self._importing_torch.is_set()
        if not thread.wait(0 if importing else int(seconds * 1000)):
            _UNFINISHED.append(thread)
            return False
        self._thread = None
        return True

    def is_alive(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def stop(self) -> None:
        """Ask the loop to end; wakes it if it is paused, cancels a sweep and a
        replay."""
        self._sweep_cancel.set()
        self._inbox.stop()

    def play(self) -> None:
        """Train until paused or the epoch budget is reached.

        On a finished run, Play continues: the budget grows by the epochs last
        chosen (at a run's start or with `set_epoch_budget`).
        """
        self._inbox.post(self._do_play)

    def pause(self) -> None:
        """Stop training after the current chunk (a few ms); also cancels steps."""
        self._inbox.post(self._do_pause)

    def step(self, epochs: int = 1) -> None:
        """Train exactly `epochs` more epochs, then stay paused."""
        if epochs < 1:
            raise ValueError(f"step needs at least one epoch, got {epochs}")
        self._inbox.post(self._do_step, epochs)

    def start_run(self, config: TrainConfig) -> None:
        """Start a run from the initial model of `config` (same seed, same
        weights): ready, at epoch 0, with the config's epoch budget."""
        self._inbox.post(self._do_start_run, config)

    def look_back(self, epoch: int) -> None:
        """Show the model after `epoch` epochs while the run is paused (the
        latest epoch: the run's own). Of many calls in a row, only the latest
        is shown."""
        self._inbox.post_latest(self._do_look_back, epoch)

    def rewind(self, epoch: int) -> None:
        """Drop the epochs after `epoch`; the run goes on from there."""
        self._inbox.post(self._do_rewind, epoch)

    def set_learning_rate(self, lr: float) -> None:
        """Change the learning rate from the next epoch on; the model is kept."""
        self._inbox.post(self._do_set_learning_rate, lr)

    def set_epoch_budget(self, epochs: int) -> None:
        """Change how many epochs the run trains in all; the model is kept."""
        self._inbox.post(self._do_set_epoch_budget, epochs)

    def set_speed(self, epochs_per_second: float | None) -> None:
        """Limit training to so many epochs a second; None trains at full speed."""
        if epochs_per_second is not None and not epochs_per_second > 0:
            raise ValueError(f"speed must be positive or None, got {epochs_per_second}")
        self._inbox.post(self._do_set_speed, epochs_per_second)

    def set_grid(self, size: int) -> None:
        """Evaluate the output surface on a size x size grid for each snapshot."""
        self._inbox.post(self._do_set_grid, size)

    def set_parameter(self, ref: ParameterRef, value: float) -> None:
        """Set one weight or bias by hand; refused while training (`edit_job`)."""
        self._inbox.post(self._do_edit, ref, value)

    def set_layers(self, layers: tuple[Layer, ...], preset: str | None = None) -> None:
        """Set every weight and bias by hand (`preset` names them), likewise."""
        self._inbox.post(self._do_edit, layers, preset)

    def sweep(self, config: TrainConfig, seeds: range) -> None:
        """Train every seed of `seeds` with `config` at once, as `xorgui sweep` does.

        Training pauses meanwhile (the state is SWEEPING) and the model is kept.
        """
        self._sweep_cancel.clear()
        self._inbox.post(self._do_sweep, config, seeds)

    def cancel_sweep(self) -> None:
        """Stop the sweep within a chunk (a tenth of a second or so)."""
        self._sweep_cancel.set()

    def export_history(self, path: str) -> None:
        """Write the trainer's loss record (`Trainer.loss_record`: the history and
        the current model's loss) as `epoch,loss` CSV to `path`."""
        self._inbox.post(self._do_export, "history", path)

    def export_model(self, path: str) -> None:
        """Write the model's checkpoint (state dict and config) to `path`."""
        self._inbox.post(self._do_export, "model", path)

    def save_session(
        self, path: str, pinned: list[PinnedRun], layout: dict[str, bytes]
    ) -> None:
        """Write the run (and the epoch shown), `pinned` and `layout` as a
        session file to `path`; `session_saved(ExportResult)` tells how it went."""
        self._inbox.post(self._do_save_session, path, tuple(pinned), dict(layout))

    def read_session(self, path: str) -> None:
        """Read and check the session file at `path`, here and not in the GUI
        thread (a large file takes a while, a pipe may never answer); the
        answer is `session_read(SessionRead)`. The run is not touched."""
        self._inbox.post(self._do_read_session, path)

    def keep_run(self) -> None:
        """Send the run as it stands (`run_kept(SavedRun)`), to bring it back
        with `load_session` after a new run replaced it (Edit > Undo)."""
        self._inbox.post(self._do_keep_run)

    def load_session(self, run: SavedRun) -> None:
        """Be the saved run (a checked session file's), where it stood, showing
        the epoch it showed."""
        self._inbox.post(self._do_load_session, run)

    # ------------------------------------------------------------- the loop

    @Slot()
    def run(self) -> None:
        """The thread's body: load, then obey commands and train until stopped."""
        inbox = self._inbox
        try:
            self._guarded(self._load, self._initial_config)
            while not inbox.stopping:
                while (posted := inbox.next()) is not None and not inbox.stopping:
                    command, args = posted
                    self._guarded(command, *args)
                if inbox.stopping:
                    break
                inbox.wait(self._guarded(self._advance))
        finally:
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())

    def _guarded(self, action: Command, *args: Any) -> float:
        """Run `action` and return what it returns (0 for None); an exception
        becomes the failed state, not a dead thread, and the loop goes idle.
        One raised because the loop is stopping (a replay cut short) is none."""
        try:
            return action(*args) or 0.0
        except Exception as exc:  # the thread must survive anything training does
            if self._inbox.stopping:
                return IDLE
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
        if "torch" not in sys.modules:
            self._importing_torch.set()
        try:
            import torch

            from xorgui.core.training.trainer import Trainer
        finally:
            self._importing_torch.clear()
        if self._inbox.stopping:  # closed while torch loaded: build nothing
            return
        # The tensors are tiny: a second thread would only spin, taking the
        # CPU the window draws with. A sweep's batched tensors are not.
        sweep_threads()
        torch.set_num_threads(1)
        self._session = RunSession(Trainer(config), cancelled=self._stopping)
        self._emit(force=True)
        self._publish()

    def _stopping(self) -> bool:
        return self._inbox.stopping

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
                self._drawing.waited()
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
            self._drawing.measure(time.thread_time(), time.process_time(), now)
            self.rate_measured.emit(rate)
        return done

    def _emit(self, force: bool = False) -> None:
        """Emit a snapshot of the latest epoch unless one went out too
        recently; it carries the surface when forced or asked for."""
        assert self._session is not None
        now = time.perf_counter()
        if not force and now - self._last_emit < self._drawing.interval:
            return
        self._last_emit = now
        self._looking_back_at = None
        grid = self._grid if self.surface_requests.take(force) else None
        self.snapshot_ready.emit(self._session.trainer.snapshot(grid=grid))

    def _emit_looked_back(self, epoch: int) -> None:
        """Emit the model after `epoch` epochs, with the run's settings now."""
        assert self._session is not None
        self.surface_requests.take(force=True)
        self.snapshot_ready.emit(self._session.look_back(epoch, self._grid))
        earlier = epoch < self._session.trainer.epoch
        self._looking_back_at = epoch if earlier else None

    def _emit_shown_epoch(self) -> None:
        """Show again the epoch on screen, earlier or latest: a setting
        changed while the learner looks back, and the look back stays."""
        if self._looking_back_at is None:
            self._emit(force=True)
        else:
            self._emit_looked_back(self._looking_back_at)

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
            self.state_changed.emit(state)

    def _restart_rate(self) -> None:
        assert self._session is not None
        now = time.perf_counter()
        self._rate.restart(now, self._session.trainer.epoch)
        self._drawing.restart(time.thread_time(), time.process_time(), now)

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

    def _do_start_run(self, config: TrainConfig) -> None:
        if self._session is None:
            self._load(config)
            return
        self._session.start_run(config)
        self._emit(force=True)
        self._publish()

    def _do_look_back(self, epoch: int) -> None:
        session = self._session
        if session is not None and not session.training:
            self._emit_looked_back(epoch)

    def _do_rewind(self, epoch: int) -> None:
        if self._session is not None:
            self._session.rewind(epoch)
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
        self._emit_shown_epoch()

    def _do_edit(self, what: ParameterRef | tuple[Layer, ...], detail: Any) -> None:
        if edit_job(self._session, what, detail, self.notice.emit):
            self._emit(force=True)

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

    def _do_save_session(
        self, path: str, pinned: tuple[PinnedRun, ...], layout: dict[str, bytes]
    ) -> None:
        session = self._session
        run = None if session is None else session.saved_run(self._looking_back_at)
        self.session_saved.emit(save_session_job(run, pinned, layout, path))

    def _do_read_session(self, path: str) -> None:
        self.session_read.emit(read_session_job(path))

    def _do_keep_run(self) -> None:
        if self._session is not None:
            self.run_kept.emit(self._session.saved_run(self._looking_back_at))

    def _do_load_session(self, run: SavedRun) -> None:
        session = self._session
        if session is None:
            return
        session.load_run(run)
        self._emit(force=True)
        self._publish()
        if run.shown_epoch is not None and run.shown_epoch < session.trainer.epoch:
            self._emit_looked_back(run.shown_epoch)
