"""The window reports the exact epoch from which the gate stayed solved, however
the training got there (Play at any speed, or Step N)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from xorgui.core.config import TrainConfig
from xorgui.core.training.trainer import Trainer
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

TIMEOUT_MS = 30_000
STEP = 5000


def step_many(qtbot: QtBot, window: MainWindow) -> None:
    """Click the Step N button, as a person would."""
    controls = window.run_controls
    button = controls.widgetForAction(controls.step_many_action)
    assert isinstance(button, QToolButton)
    qtbot.waitUntil(button.isEnabled, timeout=TIMEOUT_MS)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_stepping_past_the_solution_shows_the_exact_epoch_everywhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    exact = Trainer(TrainConfig())
    exact.train(3 * STEP)
    solved_epoch = exact.solved_epoch
    # Solved inside the last step: the window only sees epochs 5000, 10000, 15000.
    assert solved_epoch is not None and 2 * STEP < solved_epoch < 3 * STEP
    window.run_controls.step_count.setValue(STEP)
    for done in (STEP, 2 * STEP, 3 * STEP):
        step_many(qtbot, window)
        qtbot.waitUntil(
            lambda done=done: (
                window.snapshot is not None and window.snapshot.epoch == done
            ),
            timeout=TIMEOUT_MS,
        )
        if done < solved_epoch:
            assert "not solved yet" in window.solved_label.text()
            assert not window.loss_plot.solved_line.isVisible()
    assert f"solved from epoch {solved_epoch:,}<" in window.solved_label.text()
    assert f"from epoch {solved_epoch:,} on" in window.note.text()
    assert window.loss_plot.solved_line.isVisible()
    assert window.loss_plot.solved_line.value() == solved_epoch
