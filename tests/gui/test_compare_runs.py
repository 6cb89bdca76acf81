"""Pinned runs in the real window: Training > Pin this run keeps a run's curve on
the loss plot (named by what sets it apart) and its surface in the Pinned
runs view; Clear pinned runs removes them."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from window_actions import choose, click  # tests/gui/

from xorgui.core.session.run_session import RunState
from xorgui.visuals.palette import CURVE
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

TIMEOUT_MS = 30_000
EPOCHS = 300


def train_to_the_end(qtbot: QtBot, window: MainWindow) -> None:
    """Play the run to its budget and wait until the window shows it finished."""
    click(qtbot, window, "play_action")
    qtbot.waitUntil(
        lambda: (
            window.state is RunState.FINISHED
            and window.snapshot is not None
            and window.snapshot.epoch == EPOCHS
            and window.snapshot.surface is not None
        ),
        timeout=TIMEOUT_MS,
    )


def fresh_run(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the new run the last change started (epoch 0, ready)."""
    qtbot.waitUntil(
        lambda: window.state is RunState.READY and window.snapshot.epoch == 0,
        timeout=TIMEOUT_MS,
    )


def test_three_pinned_runs_share_the_loss_plot_and_clear_in_one_click(
    qtbot: QtBot, window: MainWindow
) -> None:
    controls, plot = window.controls, window.loss_plot
    controls.epochs.setValue(EPOCHS)
    train_to_the_end(qtbot, window)
    choose(qtbot, window, "Training", "Pin this run")
    controls.seed.setValue(7)
    fresh_run(qtbot, window)
    train_to_the_end(qtbot, window)
    choose(qtbot, window, "Training", "Pin this run")
    controls.lr.setValue(0.5)
    click(qtbot, window, "reset_action")
    fresh_run(qtbot, window)
    train_to_the_end(qtbot, window)
    choose(qtbot, window, "Training", "Pin this run")

    runs = window.pins.runs()
    assert [run.label for run in runs] == [
        "article's setup",
        "seed 7",
        "seed 7, lr 0.5",
    ]
    assert [run.epoch for run in runs] == [EPOCHS] * 3
    qtbot.waitUntil(
        lambda: plot.pinned.names()[0] == "this run: seed 7, lr 0.5", timeout=TIMEOUT_MS
    )
    assert plot.pinned.names() == [
        "this run: seed 7, lr 0.5",
        "article's setup",
        "seed 7",
        "seed 7, lr 0.5",
    ]
    assert plot.pinned.legend.isVisible()
    colours = plot.pinned.colours()
    assert len(set(colours)) == 3 and CURVE not in colours
    # The curves drawn are the runs' own: seed 42 and seed 7 start apart (the
    # test loss's curve stays empty: the corners have no test points).
    items = plot.plot.getPlotItem().listDataItems()
    assert plot.test_curve.getData()[1] is None
    items.remove(plot.test_curve)
    assert len(items) == 4
    starts = {round(float(item.getData()[1][0]), 6) for item in items}
    assert len(starts) == 2
    pinned_curves = [item for item in items if item is not plot.curve]
    assert all(item.zValue() < plot.curve.zValue() for item in pinned_curves)

    choose(qtbot, window, "Training", "Clear pinned runs")
    assert window.pins.runs() == []
    assert plot.pinned.names() == []
    assert not plot.pinned.legend.isVisible()
    assert plot.plot.getPlotItem().listDataItems() == [plot.curve, plot.test_curve]
    assert not window.pins.clear_action.isEnabled()


def test_the_pinned_view_shows_the_chosen_runs_final_surface(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controls.epochs.setValue(EPOCHS)
    train_to_the_end(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.pins.runs()) == 1, timeout=TIMEOUT_MS)
    view = window.pins.view
    qtbot.waitUntil(view.isVisible, timeout=TIMEOUT_MS)
    view.flush()
    pixmap = view.picture.pixmap()
    assert not pixmap.isNull()
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32)
    assert len(np.unique(pixels)) > 50  # a coloured surface, not a blank
    assert "article's setup" in view.caption.text()
    assert f"epoch {EPOCHS}" in view.caption.text()
    assert "Pinned this run" in window.status.currentMessage()


def test_nothing_is_pinned_before_training(qtbot: QtBot, window: MainWindow) -> None:
    choose(qtbot, window, "Training", "Pin this run")
    assert window.pins.runs() == []
    assert "train the run first" in window.status.currentMessage()
