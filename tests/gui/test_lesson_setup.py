"""The setup stays the person's: Continue and Reset leave the budget alone, one
command brings back the article's setup, a new layer copies the one before
(issue 11, points 5 and 7)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton
from pytestqt.qtbot import QtBot
from window_actions import activate, click  # tests/gui/

from xorgui.core.config import TrainConfig
from xorgui.core.session.run_session import RunState
from xorgui.window.main_window import MainWindow
from xorgui.window.settings import Settings

pytestmark = pytest.mark.gui

TIMEOUT_MS = 30_000


def finish(qtbot: QtBot, window: MainWindow, epoch: int) -> None:
    qtbot.waitUntil(
        lambda: window.state is RunState.FINISHED and window.snapshot.epoch == epoch,
        timeout=TIMEOUT_MS,
    )


def test_continue_says_what_it_adds_and_reset_keeps_the_budget(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controls.epochs.setValue(250)
    click(qtbot, window, "max_speed_action")
    click(qtbot, window, "play_action")
    finish(qtbot, window, 250)
    play = window.run_controls.play_action
    assert play.text() == "Continue +250"
    assert "250 more epochs" in play.toolTip()
    for total in (500, 750):
        click(qtbot, window, "play_action")
        finish(qtbot, window, total)
        assert window.epoch_label.text() == f"epoch {total} / {total}"
        assert window.controls.epochs.value() == 250
    click(qtbot, window, "reset_action")
    qtbot.waitUntil(lambda: window.state is RunState.READY)
    assert window.epoch_label.text() == "epoch 0 / 250"
    assert window.snapshot.config.epochs == 250
    # A new budget is what Continue adds from then on.
    window.controls.epochs.setValue(100)
    click(qtbot, window, "play_action")
    finish(qtbot, window, 100)
    assert play.text() == "Continue +100"


def article_button(window: MainWindow) -> QToolButton:
    toolbar = window.findChild(QToolBar, "setupToolbar")
    button = toolbar.widgetForAction(window.restore_article_action)
    assert isinstance(button, QToolButton) and button.isVisible()
    return button


def test_restore_the_articles_setup_from_the_toolbar(
    qtbot: QtBot, window: MainWindow
) -> None:
    controls = window.controls
    controls.gate.setCurrentIndex(controls.gate.findData("and"))
    controls.layers.setValue(3)
    controls.activation.setCurrentIndex(controls.activation.findData("relu"))
    controls.seed.setValue(5)
    controls.optimizer.setCurrentIndex(controls.optimizer.findData("adam"))
    controls.lr.setValue(0.03)
    controls.loss.setCurrentIndex(controls.loss.findData("mse"))
    controls.epochs.setValue(1234)
    window.run_controls.step_count.setValue(40)
    click(qtbot, window, "step_many_action")
    qtbot.waitUntil(lambda: window.snapshot.epoch == 40, timeout=TIMEOUT_MS)
    button = article_button(window)
    for part in ("seed 42", "XOR", "2-2-1 sigmoid", "BCE", "SGD lr 0.1", "20,000"):
        assert part in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.snapshot.epoch == 0 and window.snapshot.config == TrainConfig()
    )
    assert controls.config() == TrainConfig()
    assert controls.seed.text() == "42" and controls.gate.currentText() == "XOR"
    assert controls.architecture.text() == "2-2-1"
    assert controls.epochs.text() == "20,000"
    assert window.epoch_label.text() == "epoch 0 / 20,000"
    assert "Restored the article's setup" in window.statusBar().currentMessage()


def test_a_window_reopened_on_a_never_solving_seed_gets_back_to_the_article(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    Settings().set_config(TrainConfig(seed=5, lr=0.5))
    window = open_window()
    assert window.controls.seed.value() == 5
    training_menu = next(
        action.menu()
        for action in window.menuBar().actions()
        if action.text() == "&Training"
    )
    assert window.restore_article_action in training_menu.actions()
    qtbot.mouseClick(article_button(window), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.snapshot.config == TrainConfig())
    assert window.controls.seed.value() == 42 and window.controls.lr.value() == 0.1


def test_a_new_hidden_layer_copies_the_width_of_the_one_before(
    qtbot: QtBot, window: MainWindow
) -> None:
    controls = window.controls
    shape = controls.architecture
    activate(qtbot, controls.layers)
    qtbot.keyClick(controls.layers, Qt.Key.Key_Up)
    assert shape.text() == "2-2-2-1"
    controls.widths[1].setValue(8)
    qtbot.keyClick(controls.layers, Qt.Key.Key_Up)
    assert shape.text() == "2-2-8-8-1"
    qtbot.keyClick(controls.layers, Qt.Key.Key_Down)
    controls.widths[1].setValue(5)
    qtbot.keyClick(controls.layers, Qt.Key.Key_Up)
    assert shape.text() == "2-2-5-5-1"
    qtbot.waitUntil(lambda: window.snapshot.config.hidden == (2, 5, 5))


def test_from_no_hidden_layer_the_first_one_has_the_articles_width(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    Settings().set_config(TrainConfig(hidden=()))
    window = open_window()
    controls = window.controls
    assert controls.architecture.text() == "2-1"
    controls.layers.setValue(2)
    assert controls.architecture.text() == "2-2-2-1"
