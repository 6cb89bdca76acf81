"""`xorgui bench --gui`: how the window keeps up, in figures (no verdicts).

Measured in a real window on the current display: the time from a process's
start to the window's first paint, the training rate with the live views (every
dock shown) drawing against the headless engine's, on the article's run and on
a data set (DATA_SET), the 3-D view's frames a second at two grid sizes,
resident memory over two million epochs with the window open, and while the
run warms up, how often each dock redraws and how long input waits
(gui_bench_views).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QSettings,
    QTimer,
    Slot,
)

from xorgui.core.config import MAX_EPOCHS, TrainConfig
from xorgui.core.grid import DEFAULT_GRID, grid_axis
from xorgui.core.snapshot import Surface
from xorgui.core.training.trainer import Trainer

if TYPE_CHECKING:
    from PySide6.QtOpenGL import QOpenGLWindow

    from xorgui.headless.bench.gui_views import ViewsProbe
    from xorgui.visuals.surface.view import SurfaceView
    from xorgui.window.main_window import MainWindow

HEADLESS_CHUNK = 2_000
FINE_GRID = 256
"""The frame rate is measured on the article's grid and on this finer one."""
PRESENT_TIMEOUT_S = 5.0
POLL_MS = 50
DATA_SET = TrainConfig(data="circle", points=200, test_share=0.3, hidden=(8,))
"""The training rate is also measured on a data set: every view then draws
its points, and an epoch costs many times the article's."""


@dataclass(frozen=True)
class Lengths:
    """How long each measurement runs."""

    long_run_epochs: int
    warmup_epochs: int
    frame_seconds: float
    # The machine's speed drifts by a third from minute to minute, so the
    # window's rate is compared with the headless engine's measured in
    # between, in turns of these lengths.
    live_seconds: float
    headless_seconds: float
    data_set_warmup_epochs: int
    data_set_turns: int
    """Turns of each side on DATA_SET (the article's run takes turns until
    its long run ends)."""


FULL = Lengths(2_000_000, 100_000, 3.0, 10.0, 2.0, 10_000, 6)
QUICK = Lengths(40_000, 10_000, 0.5, 1.0, 0.3, 1_000, 1)
"""`bench --quick --gui`: every table in seconds, figures too short to quote."""
_PAGE = os.sysconf("SC_PAGE_SIZE")

# Run in a fresh interpreter: prints seconds from process start to the first
# paint of the window, then to the training engine being ready.
_FIRST_WINDOW_SCRIPT = """
import os, sys, time
ticks = os.sysconf("SC_CLK_TCK")
with open("/proc/self/stat") as f:
    started = int(f.read().rsplit(")", 1)[1].split()[19]) / ticks
def since_start():
    with open("/proc/uptime") as f:
        return float(f.read().split()[0]) - started
from xorgui.window.application import create_app
app = create_app(sys.argv[:1])
from PySide6.QtCore import QEvent, QObject, Slot
from xorgui.window.main_window import MainWindow
window = MainWindow()
class Watch(QObject):
    seen = None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = since_start()
            print(f"window {self.seen:.3f}", flush=True)
        return False
    @Slot(object)
    def state(self, state):
        if state == "ready":
            print(f"ready {since_start():.3f}", flush=True)
            window.close()
watch = Watch()
window.installEventFilter(watch)
window.worker.state_changed.connect(watch.state)
window.show()
sys.exit(app.exec())
"""


def run_gui_bench(print_row: Callable[..., None], lengths: Lengths = FULL) -> None:
    """Measure and print the GUI figures (needs a display with OpenGL)."""
    from xorgui.display import probed_display
    from xorgui.window.application import create_app

    with probed_display():  # held while Qt connects, see xorgui.display
        app = QCoreApplication.instance() or create_app(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="xorgui-bench-") as settings:
        # The window opens with the article's setup, whatever a person saved,
        # and the bench's own session leaves their settings alone.
        ini = QSettings.Format.IniFormat
        QSettings.setDefaultFormat(ini)
        QSettings.setPath(ini, QSettings.Scope.UserScope, settings)
        _measure_window(app, print_row, settings, lengths)


def _measure_window(
    app: QCoreApplication,
    print_row: Callable[..., None],
    settings: str,
    lengths: Lengths,
) -> None:
    window_seconds, ready_seconds = _time_to_first_window(settings)
    print_row("window", "first paint s", "engine ready s")
    print_row("", f"{window_seconds:.2f}", f"{ready_seconds:.2f}")

    from xorgui.window.main_window import MainWindow

    window = MainWindow()
    window.show()
    _wait_until(lambda: window.surface_view is not None and window.state == "ready")
    print_row("3-D view", "grid", "frames/s")
    assert window.surface_view is not None
    for grid in (DEFAULT_GRID, FINE_GRID):
        fps = measure_frame_rate(
            window.surface_view, grid=grid, seconds=lengths.frame_seconds
        )
        print_row("", f"{grid}x{grid}", f"{fps:.1f}")

    from xorgui.headless.bench.gui_views import ViewsProbe, print_views, show_every_dock

    show_every_dock(window)
    probe = ViewsProbe(window)
    article, growth_mb = _long_run(window, lengths, probe)
    data_set = _data_set_run(window, lengths)
    window.close()
    app.processEvents()
    print_row("in the app", "headless ep/s", "live views ep/s", "ratio", "3-D frames/s")
    for config, rates in ((TrainConfig(), article), (DATA_SET, data_set)):
        print_row(f"{config.data} {config.architecture}", *rates.cells())
    print(
        f"({DATA_SET.data}: {DATA_SET.points} points, "
        f"test share {DATA_SET.test_share:g})"
    )
    print_row("memory", "epochs", "RSS growth MB")
    print_row("", f"{lengths.long_run_epochs:,}", f"{growth_mb:.1f}")
    print_views(print_row, probe)


def measure_frame_rate(
    view: SurfaceView, grid: int = DEFAULT_GRID, seconds: float = 2.0
) -> float:
    """Frames per second `view` (shown) completes when every frame is a new surface.

    Each frame is drawn and rendered to the end before the next starts, so the
    figure is what a stream of snapshots costs, not how fast they can be queued.
    """
    axis = grid_axis(grid)
    x1, x2 = np.meshgrid(axis, axis, indexing="ij")
    base = Trainer().snapshot()
    waves = [
        (0.5 + 0.5 * np.sin(6 * (x1 - x2) + phase)).astype(np.float32)
        for phase in np.linspace(0, 2 * np.pi, 24, endpoint=False)
    ]
    snapshots = [replace(base, surface=Surface(axis, wave)) for wave in waves]
    frames_shown = None if view.gl_window is None else _FramesShown(view.gl_window)
    frames = 0
    start = time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds or frames == 0:
        view.show_snapshot(snapshots[frames % len(snapshots)])
        view.draw_now()
        if frames_shown is None:
            view.repaint()  # the 2-D heatmap paints at once
        else:
            frames_shown.present()
        frames += 1
    return frames / elapsed


class _FramesShown(QObject):
    """Counts the frames an OpenGL window puts on screen, to wait for the next."""

    def __init__(self, window: QOpenGLWindow) -> None:
        super().__init__()
        self._window = window
        self._count = 0
        window.frameSwapped.connect(self._swapped)

    @Slot()
    def _swapped(self) -> None:
        self._count += 1

    def present(self) -> None:
        """Return once the window's current scene has been rendered and shown.

        OpenGL windows render when the next frame is due, not in update(); so
        run the event loop until that has happened.
        """
        target = self._count + 1
        self._window.update()
        deadline = time.monotonic() + PRESENT_TIMEOUT_S
        while self._count < target:
            if time.monotonic() > deadline:
                raise RuntimeError("the 3-D view is not being painted: is it shown?")
            QCoreApplication.processEvents()


def _time_to_first_window(settings: str) -> tuple[float, float]:
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_WINDOW_SCRIPT],
        env={**os.environ, "XDG_CONFIG_HOME": settings},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    times = dict(line.split() for line in result.stdout.split("\n") if line.strip())
    return float(times["window"]), float(times["ready"])


class _Rate:
    """Epochs over seconds, summed over the turns of one side."""

    def __init__(self) -> None:
        self.epochs = 0
        self.seconds = 0.0

    def add(self, epochs: int, seconds: float) -> None:
        self.epochs += epochs
        self.seconds += seconds

    def per_second(self) -> float:
        return self.epochs / self.seconds


class _Rates:
    """Both sides of a comparison, and the 3-D view's frames in the live turns."""

    def __init__(self) -> None:
        self.live, self.headless = _Rate(), _Rate()
        self.frames = 0

    def cells(self) -> tuple[str, str, str, str]:
        """The table's cells: headless and live rates, their ratio, frames/s."""
        live, headless = self.live.per_second(), self.headless.per_second()
        return (
            f"{headless:,.0f}",
            f"{live:,.0f}",
            f"{live / headless:.0%}",
            f"{self.frames / self.live.seconds:.1f}",
        )


def _long_run(
    window: MainWindow, lengths: Lengths, probe: ViewsProbe
) -> tuple[_Rates, float]:
    """Play the default config for the long run's epochs at full speed with the
    views on, in turns with the headless engine (`_take_turns`) until it ends;
    `probe` measures the views during the first live turn.

    Returns the rates after the warm-up, and the resident memory growth (MiB)
    from the end of the warm-up to the end of the run.
    """
    config = TrainConfig(epochs=lengths.warmup_epochs + lengths.long_run_epochs)
    # Its history is full after the warm-up, so it adds nothing to the growth.
    headless_trainer = Trainer(config, history_capacity=lengths.warmup_epochs)
    _play_warm(window, config, headless_trainer, lengths.warmup_epochs)
    rss_before = _rss()
    probe.start()  # over the first live turn: seconds of steady training
    rates = _take_turns(window, headless_trainer, lengths, None, probe.stop)
    return rates, (_rss() - rss_before) / 2**20


def _data_set_run(window: MainWindow, lengths: Lengths) -> _Rates:
    """DATA_SET's rates, over its turns after its warm-up."""
    config = DATA_SET.with_changes(epochs=MAX_EPOCHS)
    headless_trainer = Trainer(config, history_capacity=lengths.data_set_warmup_epochs)
    _play_warm(window, config, headless_trainer, lengths.data_set_warmup_epochs)
    return _take_turns(window, headless_trainer, lengths, lengths.data_set_turns)


def _play_warm(
    window: MainWindow, config: TrainConfig, headless: Trainer, warmup: int
) -> None:
    """Start `config` in the window and play it at full speed until `warmup`
    epochs are trained; `headless` trains as many, in calls of the size it
    trains in later (TorchScript settles after a few calls)."""
    for first in range(0, warmup, HEADLESS_CHUNK):
        headless.train(min(HEADLESS_CHUNK, warmup - first))
    window.show_and_start(config)
    _wait_until(
        lambda: window.snapshot is not None and window.snapshot.config == config
    )
    run_controls = window.run_controls
    run_controls.speed.setCurrentIndex(run_controls.speed.count() - 1)
    run_controls.play_action.trigger()
    _wait_until(lambda: _epoch(window) >= warmup, timeout=600)


def _take_turns(
    window: MainWindow,
    headless_trainer: Trainer,
    lengths: Lengths,
    turns: int | None,
    after_first: Callable[[], None] = lambda: None,
) -> _Rates:
    """Let the playing window train a turn, pause it for a turn of the
    headless engine on the same config, play again, and so on for `turns`
    turns of each (None: until the window's run finishes)."""
    rates = _Rates()
    play = window.run_controls.play_action
    taken = 0
    while True:
        _train_in_window(window, lengths.live_seconds, rates)
        after_first()
        if window.state == "finished":
            break
        play.trigger()
        _wait_until(lambda: window.state in ("paused", "finished"))
        rates.headless.add(*_train_headless(headless_trainer, lengths.headless_seconds))
        taken += 1
        if window.state == "finished" or taken == turns:
            break
        play.trigger()
        _wait_until(lambda: window.state in ("running", "finished"))
    if not rates.headless.seconds:  # the run ended within its first turn
        rates.headless.add(*_train_headless(headless_trainer, lengths.headless_seconds))
    return rates


def _train_in_window(window: MainWindow, seconds: float, rates: _Rates) -> None:
    """Add to `rates` the epochs the playing window trains in `seconds` (less
    if it finishes) and the 3-D view's frames meanwhile."""
    start_epoch, started = _epoch(window), time.perf_counter()
    view = window.surface_view
    start_frames = 0 if view is None else view.frames_drawn
    _wait_until(
        lambda: window.state == "finished" or time.perf_counter() - started > seconds,
        timeout=seconds + 60,
    )
    rates.live.add(_epoch(window) - start_epoch, time.perf_counter() - started)
    if view is not None:
        rates.frames += view.frames_drawn - start_frames


def _train_headless(trainer: Trainer, seconds: float) -> tuple[int, float]:
    """Epochs `trainer` trains in about `seconds`, HEADLESS_CHUNK at a call."""
    started, epochs = time.perf_counter(), 0
    while time.perf_counter() - started < seconds:
        trainer.train(HEADLESS_CHUNK)
        epochs += HEADLESS_CHUNK
    return epochs, time.perf_counter() - started


def _epoch(window: MainWindow) -> int:
    snapshot = window.snapshot
    return 0 if snapshot is None else snapshot.epoch


def _rss() -> int:
    with open("/proc/self/statm") as stats:
        return int(stats.read().split()[1]) * _PAGE


def _wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until `condition` holds (checked every POLL_MS).

    A real event loop, as the app's: one that spins on processEvents would
    itself take the GUI thread's time, which the worker counts as drawing's.
    """
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        timer.start()
        loop.exec()
        timer.stop()
