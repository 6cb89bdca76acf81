"""A lesson's pace and its loss plot: the speed box, Escape, the status bar's
loss and the plot's axes after Step, Reset and a divergence (issue 11)."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from window_actions import choose_a_diverging_setup, click  # tests/gui/

from xorgui.core.config import TrainConfig
from xorgui.core.session.run_session import RunState
from xorgui.window.main_window import MainWindow
from xorgui.window.run_controls import DEFAULT_SPEED

pytestmark = pytest.mark.gui

TIMEOUT_MS = 30_000


def step_times(qtbot: QtBot, window: MainWindow, count: int) -> None:
    """Click Step `count` times, each time waiting for its epoch to show."""
    for _ in range(count):
        epoch = window.snapshot.epoch
        click(qtbot, window, "step_action")
        qtbot.waitUntil(lambda e=epoch: window.snapshot.epoch == e + 1)
    qtbot.waitUntil(lambda: window.state is RunState.PAUSED)


def view_range(window: MainWindow) -> tuple[list[float], list[float]]:
    """The loss plot's ranges (x, y) once what is pending is drawn."""
    window.loss_plot.draw_now()
    x_range, y_range = window.loss_plot.plot.getPlotItem().getViewBox().viewRange()
    return x_range, y_range


def tick_labels(window: MainWindow, axis: str) -> list[str]:
    """The tick labels the axis draws now (pyqtgraph leaves out those it hides)."""
    window.loss_plot.draw_now()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        specs = (
            window.loss_plot.plot.getPlotItem().getAxis(axis).generateDrawSpecs(painter)
        )
    finally:
        painter.end()
    assert specs is not None
    return [text for _rect, _flags, text in specs[2]]


# ------------------------------------------------------------------- speed


def test_the_speed_box_starts_where_the_default_run_takes_twenty_seconds(
    window: MainWindow,
) -> None:
    speed = window.run_controls.speed
    texts = [speed.itemText(index) for index in range(speed.count())]
    assert speed.currentText() == "1,000 epochs/s"
    assert 15 <= TrainConfig().epochs / DEFAULT_SPEED <= 30
    # Steps between 1,000 epochs/s and max, which stays the last choice.
    assert texts[-1] == "max"
    faster = texts[texts.index("1,000 epochs/s") + 1 : -1]
    assert faster == ["2,000 epochs/s", "5,000 epochs/s", "10,000 epochs/s"]
    assert texts[0] == "1 epoch/s"


def test_play_at_the_default_speed_is_paced_to_a_thousand_epochs_a_second(
    qtbot: QtBot, window: MainWindow
) -> None:
    seen: list[tuple[float, int]] = []

    def watch() -> bool:
        seen.append((time.perf_counter(), window.snapshot.epoch))
        return window.snapshot.epoch >= 1500

    started = time.perf_counter()
    click(qtbot, window, "play_action")
    qtbot.waitUntil(watch, timeout=TIMEOUT_MS)
    # The worker trains at most one epoch ahead of 1,000 a second since the
    # click; a busy machine can only make it slower, never faster.
    assert all(epoch <= 1000 * (when - started) + 1 for when, epoch in seen), seen
    assert window.state is RunState.RUNNING
    assert "running" in window.state_label.text()
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.PAUSED)


def test_max_speed_is_one_click_or_one_key_away_and_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    run = window.run_controls
    button = run.widgetForAction(run.max_speed_action)
    assert button.isVisible() and button.toolTip()
    click(qtbot, window, "max_speed_action")
    assert run.speed.currentText() == "max" and run.max_speed_action.isChecked()
    click(qtbot, window, "max_speed_action")
    assert run.speed.currentText() == "1,000 epochs/s"
    assert not run.max_speed_action.isChecked()
    run.speed.setCurrentIndex(run.speed.findText("5,000 epochs/s"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert run.speed.currentText() == "max" and run.max_speed_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert run.speed.currentText() == "5,000 epochs/s"


def test_escape_pauses_and_never_starts(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.state is RunState.READY
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.snapshot.epoch > 50, timeout=TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.state is RunState.PAUSED)
    assert "paused" in window.state_label.text()
    assert window.run_controls.play_action.text() == "Play"


# ------------------------------------------------------------- status bar


def test_the_status_bar_loss_keeps_six_decimals_and_its_width(
    qtbot: QtBot, window: MainWindow
) -> None:
    label = window.loss_label
    assert label.text() == f"loss {window.snapshot.loss:.6f}"
    width = label.width()
    window.run_controls.step_count.setValue(5000)
    click(qtbot, window, "step_many_action")
    qtbot.waitUntil(lambda: window.snapshot.epoch == 5000, timeout=TIMEOUT_MS)
    assert label.text() == f"loss {window.snapshot.loss:.6f}"
    assert label.width() == width


def test_the_text_under_the_plot_does_not_repeat_the_status_bar(
    qtbot: QtBot, window: MainWindow
) -> None:
    step_times(qtbot, window, 3)
    window.loss_plot.draw_now()
    under_plot = [label.text() for label in window.loss_plot.findChildren(QLabel)]
    assert not [text for text in under_plot if "loss" in text or "epoch" in text]
    assert window.epoch_label.text() == "epoch 3 / 20,000"


# --------------------------------------------------------------- the plot


def test_a_few_steps_draw_a_curve_over_whole_epochs_from_zero(
    qtbot: QtBot, window: MainWindow
) -> None:
    (x_low, x_high), _ = view_range(window)
    assert (x_low, x_high) == (0, 10)
    step_times(qtbot, window, 5)
    (x_low, x_high), (y_low, y_high) = view_range(window)
    assert (x_low, x_high) == (0, 10)
    labels = tick_labels(window, "bottom")
    # Whole epochs only (no 0.5 or 2.5), from 0 to the right edge's 10.
    assert all(label.isdigit() for label in labels), labels
    assert {"0", "10"} <= set(labels), labels
    losses = window.snapshot.history_losses
    assert len(losses) == 5
    # The five losses fill most of the height: a sloping curve, not a flat line.
    assert y_low < losses.min() and losses.max() < y_high
    assert np.ptp(losses) > 0.8 * (y_high - y_low)


def test_the_epoch_axis_covers_a_finished_run_and_labels_its_last_epoch(
    qtbot: QtBot, window: MainWindow
) -> None:
    click(qtbot, window, "max_speed_action")
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.FINISHED, timeout=TIMEOUT_MS)
    (x_low, x_high), _ = view_range(window)
    assert (x_low, x_high) == (0, 20_000)
    labels = tick_labels(window, "bottom")
    assert {"0", "20,000"} <= set(labels), labels


def test_reset_after_a_divergence_rescales_the_plot(
    qtbot: QtBot, window: MainWindow
) -> None:
    choose_a_diverging_setup(window)
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.DIVERGED, timeout=TIMEOUT_MS)
    _, (_, diverged_top) = view_range(window)
    assert diverged_top > 1e6
    click(qtbot, window, "reset_action")
    qtbot.waitUntil(
        lambda: window.state is RunState.READY and window.snapshot.epoch == 0
    )
    (x_low, x_high), (y_low, y_high) = view_range(window)
    assert (x_low, x_high) == (0, 10)
    loss = window.snapshot.loss
    assert y_low < loss < y_high and y_high - y_low < loss
    step_times(qtbot, window, 2)
    _, (y_low, y_high) = view_range(window)
    assert y_high < 2 * window.snapshot.history_losses.max()


def test_the_log_scale_fits_the_curve_too(qtbot: QtBot, window: MainWindow) -> None:
    step_times(qtbot, window, 4)
    qtbot.mouseClick(window.loss_plot.log_checkbox, Qt.MouseButton.LeftButton)
    assert window.loss_plot.log_checkbox.isChecked()
    _, (y_low, y_high) = view_range(window)
    logs = np.log10(window.snapshot.history_losses)
    assert y_low < logs.min() and logs.max() < y_high
    assert np.ptp(logs) > 0.8 * (y_high - y_low)
