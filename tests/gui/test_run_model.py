"""The window's parts say what the run model says: one state, one speed, one
set of pinned runs, in the sequences a classroom produces (issue: the lessons
panel said "Running" while paused, a sweep of an atlas cell discarded the run,
a setting change threw a finished run away)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from window_actions import choose, click  # tests/gui/

from xorgui.core.hand_edit.edits import ParameterRef
from xorgui.core.lessons import LESSONS
from xorgui.core.session.run_session import RunState
from xorgui.visuals.network.weights_table import WeightsModel
from xorgui.window.main_window import MainWindow
from xorgui.window.run_controls import DEFAULT_SPEED

pytestmark = pytest.mark.gui

TIMEOUT_MS = 60_000
SIGMOID_LESSON = next(i for i, lesson in enumerate(LESSONS) if lesson.key == "sigmoid")
EPOCHS = 300


def finish_a_short_run(qtbot: QtBot, window: MainWindow, epochs: int = EPOCHS) -> None:
    """The shown setup trained to a budget of `epochs`, at max speed."""
    window.controls.epochs.setValue(epochs)
    qtbot.waitUntil(lambda: window.snapshot.config.epochs == epochs)
    click(qtbot, window, "max_speed_action")
    click(qtbot, window, "play_action")
    qtbot.waitUntil(
        lambda: window.state is RunState.FINISHED and window.snapshot.epoch == epochs,
        timeout=TIMEOUT_MS,
    )


def state_words(window: MainWindow) -> str:
    """The state as the status bar shows it, capitalised: "Paused"."""
    shown = QTextDocumentFragment.fromHtml(window.state_label.text()).toPlainText()
    word = shown.lstrip("\u25cf ").strip()
    return word[:1].upper() + word[1:]


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_lessons_panel_says_the_state_the_status_bar_says(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    request: pytest.FixtureRequest,
    language: str,
) -> None:
    if language == "ja":
        request.getfixturevalue("japanese")
    window = open_window()
    panel = window.lessons.panel
    window.lessons.open(SIGMOID_LESSON)  # the setup the preset keeps
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.snapshot.epoch > 50, timeout=TIMEOUT_MS)
    click(qtbot, window, "play_action")  # Pause
    qtbot.waitUntil(lambda: window.state is RunState.PAUSED)
    qtbot.waitUntil(lambda: panel.verdict.text().startswith(state_words(window)))
    assert f"{window.snapshot.epoch:,}" in panel.verdict.text()
    assert not panel.verdict.text().startswith(("Running", "学習中"))
    # Hand-made XOR: a new run, ready at epoch 0 with its loss as the status bar's.
    window.network_views.preset_action.trigger()
    qtbot.waitUntil(
        lambda: window.state is RunState.READY and window.snapshot.edits != ()
    )
    qtbot.waitUntil(lambda: panel.verdict.text().startswith(state_words(window)))
    loss = window.loss_label.text().split()[-1]
    assert loss in panel.verdict.text() and "0.0000." not in panel.verdict.text()


def test_looking_back_keeps_the_verdict_of_the_latest_epoch(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.lessons.panel
    window.lessons.open(0)
    click(qtbot, window, "max_speed_action")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.verdict.property("verdict") == "expected", timeout=TIMEOUT_MS
    )
    verdict = panel.verdict.text()
    window.timeline.look_back(100)
    qtbot.waitUntil(lambda: window.snapshot.epoch == 100)
    qtbot.wait(100)
    assert panel.verdict.text() == verdict
    assert panel.verdict.property("verdict") == "expected"


def test_a_lesson_and_the_article_setup_set_their_own_speed(
    qtbot: QtBot, window: MainWindow
) -> None:
    run = window.run_controls
    click(qtbot, window, "max_speed_action")
    assert run.max_speed_action.isChecked()
    window.lessons.open(0)
    qtbot.mouseClick(window.lessons.panel.start_button, Qt.MouseButton.LeftButton)
    assert run.speed.currentText() == "1,000 epochs/s"
    assert not run.max_speed_action.isChecked()
    qtbot.waitUntil(lambda: window.worker._pacing.epochs_per_second == DEFAULT_SPEED)
    click(qtbot, window, "max_speed_action")
    choose(qtbot, window, "Training", "Restore the article's setup")
    qtbot.waitUntil(lambda: window.worker._pacing.epochs_per_second == DEFAULT_SPEED)
    assert run.speed.currentText() == "1,000 epochs/s"
    assert not run.max_speed_action.isChecked()


def test_the_toolbar_buttons_keep_their_places_when_play_turns_into_continue(
    qtbot: QtBot, window: MainWindow
) -> None:
    run = window.run_controls
    others = [
        run.widgetForAction(action)
        for action in (run.step_action, run.reset_action, run.max_speed_action)
    ]
    before = [button.geometry() for button in others]
    play = run.widgetForAction(run.play_action)
    play_width = play.width()
    assert run.play_action.text() == "Play"
    finish_a_short_run(qtbot, window)
    assert run.play_action.text() == f"Continue +{EPOCHS:,}"
    qtbot.wait(50)
    assert [button.geometry() for button in others] == before
    assert play.width() == play_width
    # The widest text fits the button.
    run.play_action.setText("Continue +88,888")
    assert play.sizeHint().width() <= play.width()


def test_plays_reserved_width_follows_the_toolbars_button_style(
    window: MainWindow,
) -> None:
    """On a narrow screen the layout owner puts the texts under the icons:
    Play then reserves that style's width (not the wider one beside the
    icon, which would push buttons off the bar), and Step stays an icon."""
    run = window.run_controls
    play = run.play_button()
    step = run.widgetForAction(run.step_action)
    beside = play.minimumWidth()
    run.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    under = play.minimumWidth()
    assert 0 < under < beside
    assert step.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    run.play_action.setText("Continue +88,888")
    assert under >= play.sizeHint().width()
    run.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    assert play.minimumWidth() == beside
    assert step.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly


def test_a_pinned_run_is_named_by_its_preset_and_edits_with_the_status_bars_loss(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controls.seed.setValue(5)
    window.network_views.preset_action.trigger()
    qtbot.waitUntil(
        lambda: window.state is RunState.READY and window.snapshot.edits != ()
    )
    # An edit by hand, typed into the weights table.
    table = window.network_views.table
    window.docks.show_view("weights")
    qtbot.waitUntil(lambda: table.weights.refs != [])
    index = table.weights.index(table.row_of(ParameterRef(0, 0)), WeightsModel.VALUE)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "-12")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.snapshot.edits) == 2)
    window.controls.epochs.setValue(EPOCHS)
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.FINISHED, timeout=TIMEOUT_MS)
    choose(qtbot, window, "Training", "Pin this run")
    [pinned] = window.pins.runs()
    assert "seed 5" not in pinned.label
    assert "hand-made XOR" in pinned.label and "edited by hand" in pinned.label
    loss = window.loss_label.text().split()[-1]
    caption = window.pins.view.caption.text()
    assert caption.endswith(f"loss {loss}"), (caption, loss)


def test_sweep_this_setup_sweeps_the_cells_setup_and_keeps_the_run(
    qtbot: QtBot, window: MainWindow
) -> None:
    finish_a_short_run(qtbot, window)
    kept = window.snapshot
    config = window.controls.config()
    # The main window's own sweep first: its results are of the window's setup.
    sweep = window.open_sweep()
    sweep.seed_count.setValue(4)
    sweep.start()
    qtbot.waitUntil(lambda: sweep.sweep_result is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.state is RunState.FINISHED)
    # The atlas's "Sweep this setup..." for another cell: that cell's results.
    cell = config.with_changes(lr=0.5, hidden=(4,))
    atlas = window.atlas.open()
    atlas.sweep_requested.emit(cell, range(0, 4))
    qtbot.waitUntil(
        lambda: sweep.sweep_result is not None and sweep.sweep_result.config.lr == 0.5,
        timeout=TIMEOUT_MS,
    )
    assert sweep.sweep_result.config.with_changes(seed=0) == cell.with_changes(seed=0)
    assert not sweep.stale.isVisible() and sweep.watch_button.isEnabled()
    assert "atlas cell" in sweep.intro.text()
    # The main window's run is the one it had, finished, not reset.
    qtbot.waitUntil(lambda: window.state is RunState.FINISHED)
    assert window.controls.config() == config
    assert window.snapshot.epoch == kept.epoch and window.snapshot.loss == kept.loss
    # Watching a seed of the cell's sweep shows that cell's setup.
    qtbot.mouseClick(sweep.watch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.snapshot.config.lr == 0.5)
    assert window.controls.config().hidden == (4,)
    sweep.close()
    atlas.close()


def test_a_setting_change_keeps_the_finished_run_for_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    finish_a_short_run(qtbot, window)
    kept = window.snapshot
    gate = window.controls.gate
    gate.setCurrentIndex(gate.findData("and"))
    qtbot.waitUntil(
        lambda: window.snapshot.config.gate == "and" and window.snapshot.epoch == 0
    )
    qtbot.waitUntil(lambda: "Ctrl+Z" in window.statusBar().currentMessage())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The run's snapshot and its state arrive as two signals, in that order.
    qtbot.waitUntil(
        lambda: window.snapshot.epoch == EPOCHS and window.state is RunState.FINISHED
    )
    back = window.snapshot
    assert window.controls.config() == kept.config
    assert back.config == kept.config and back.loss == kept.loss
    np.testing.assert_array_equal(back.history_epochs, kept.history_epochs)
    np.testing.assert_array_equal(back.history_losses, kept.history_losses)
    for ours, theirs in zip(back.layers, kept.layers, strict=True):
        np.testing.assert_array_equal(ours.weight, theirs.weight)
    # Its timeline too: an earlier epoch can be looked at again.
    window.timeline.look_back(100)
    qtbot.waitUntil(lambda: window.snapshot.epoch == 100)
    assert window.timeline.latest == EPOCHS
