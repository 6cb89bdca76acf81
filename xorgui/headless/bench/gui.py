"""`xorgui bench --gui`: how the window keeps up, in figures (no verdicts).

Measured in a real window on the current display: the time from a process's
start to the window's first paint, the training rate with the live views (every
dock shown) drawing against the headless engine's, the 3-D view's frames a
second at two grid sizes, resident memory over two million epochs with the
window open, and while the run warms up, how often each dock redraws and how
long input waits (gui_bench_views).
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
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QSettings, Slot

from xorgui.core.config import TrainConfig
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


FULL = Lengths(2_000_000, 100_000, 3.0, 10.0, 2.0)
QUICK = Lengths(40_000, 10_000, 0.5, 1.0, 0.3)
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
    live, headless, growth_mb = _long_run(window, lengths, probe)
    window.close()
    app.processEvents()
    print_row("in the app", "headless ep/s", "live views ep/s", "ratio")
    print_row("", f"{headless:,.0f}", f"{live:,.0f}", f"{live / headless:.0%}")
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


def _long_run(
    window: MainWindow, lengths: Lengths, probe: ViewsProbe
) -> tuple[float, float, float]:
    """Play the default config for the long run's epochs at full speed with the
    views on; `probe` measures the views during the first live turn.

    Every live turn of it, training is paused for a turn of the
    headless engine on the same config. Returns the window's training rate
    after the warm-up, the headless rate, and the resident memory growth (MiB)
    from the end of the warm-up to the end of the run.
    """
    # Its history is full after the warm-up, so it adds nothing to the growth.
    headless_trainer = Trainer(
        TrainConfig(epochs=lengths.long_run_epochs),
        history_capacity=lengths.warmup_epochs,
    )
    headless_trainer.train(lengths.warmup_epochs)
    live, headless = _Rate(), _Rate()
    controls = window.controls
    controls.epochs.setValue(lengths.warmup_epochs + lengths.long_run_epochs)
    run_controls = window.run_controls
    run_controls.speed.setCurrentIndex(run_controls.speed.count() - 1)
    run_controls.play_action.trigger()
    _wait_until(lambda: _epoch(window) >= lengths.warmup_epochs, timeout=600)
    rss_before = _rss()
    probe.start()  # over the first live turn: seconds of steady training
    while True:
        live.add(*_train_in_window(window, lengths.live_seconds))
        probe.stop()
        if window.state == "finished":
            break
        run_controls.play_action.trigger()
        _wait_until(lambda: window.state in ("paused", "finished"))
        headless.add(*_train_headless(headless_trainer, lengths.headless_seconds))
        if window.state == "finished":
            break
        run_controls.play_action.trigger()
        _wait_until(lambda: window.state == "running")
    growth_mb = (_rss() - rss_before) / 2**20
    if not headless.seconds:  # the run ended within its first turn
        headless.add(*_train_headless(headless_trainer, lengths.headless_seconds))
    return live.per_second(), headless.per_second(), growth_mb


def _train_in_window(window: MainWindow, seconds: float) -> tuple[int, float]:
    """Epochs the playing window trains in `seconds` (less if it finishes)."""
    start_epoch, started = _epoch(window), time.perf_counter()
    _wait_until(
        lambda: window.state == "finished" or time.perf_counter() - started > seconds,
        timeout=seconds + 60,
    )
    return _epoch(window) - start_epoch, time.perf_counter() - started


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
    clock = QElapsedTimer()
    clock.start()
    while not condition():
        if clock.elapsed() > timeout * 1000:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.005)
