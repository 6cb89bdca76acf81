"""530,000 epochs in the window: memory stays flat, the plot stays light and
the window keeps answering (about a minute at full speed on a 2-core machine).
The history (2**18 entries) compacts twice on the way (at 262,144 and 524,288
epochs); `bench --gui` runs two million."""

from __future__ import annotations

import os
import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from xorgui.core.session.run_session import RunState
from xorgui.core.training.history import DEFAULT_CAPACITY
from xorgui.core.training.trainer import PLOT_POINTS
from xorgui.window.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.slow]

EPOCHS = 530_000
WARM_UP = 100_000
MAX_GROWTH_MB = 50
RUN_TIMEOUT_S = 1200
ANSWER_S = 1.0


def resident_mb() -> float:
    with open("/proc/self/statm") as stats:
        pages = int(stats.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def answer_time(qtbot: QtBot) -> float:
    """Seconds until the event loop runs a timer posted now."""
    answered: list[float] = []
    started = time.perf_counter()
    QTimer.singleShot(0, lambda: answered.append(time.perf_counter() - started))
    qtbot.waitUntil(lambda: bool(answered), timeout=10_000)
    return answered[0]


def test_a_long_run_keeps_memory_flat_and_the_window_responsive(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controls.epochs.setValue(EPOCHS)
    speed = window.run_controls.speed
    speed.setCurrentIndex(speed.count() - 1)  # full speed
    window.run_controls.play_action.trigger()
    qtbot.waitUntil(lambda: window.snapshot.epoch >= WARM_UP, timeout=120_000)
    before = resident_mb()
    slowest = 0.0
    largest_plot = 0
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while window.state is not RunState.FINISHED:
        assert time.monotonic() < deadline, f"stuck at epoch {window.snapshot.epoch}"
        assert window.state is RunState.RUNNING
        slowest = max(slowest, answer_time(qtbot))
        largest_plot = max(largest_plot, len(window.loss_plot.curve.getData()[0]))
        qtbot.wait(500)
    growth = resident_mb() - before
    assert growth < MAX_GROWTH_MB, f"resident memory grew by {growth:.1f} MB"
    assert slowest < ANSWER_S, f"the window took {slowest:.2f} s to answer"
    # The plot holds a bounded number of points spanning the whole run.
    _, losses = window.loss_plot.curve.getData()
    assert largest_plot <= 2 * PLOT_POINTS and len(losses) <= 2 * PLOT_POINTS
    assert np.isfinite(losses).all()
    history = window.worker._session.trainer.history  # read once the worker is idle
    assert len(history) <= DEFAULT_CAPACITY
    plotted = window.snapshot.history_epochs
    assert len(plotted) <= 2 * PLOT_POINTS
    assert plotted[0] == 0 and EPOCHS - 1 - history.stride < plotted[-1] < EPOCHS
    assert f"epoch {EPOCHS:,}" in window.epoch_label.text()
