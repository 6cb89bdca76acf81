"""The timeline in the window: drag back to an earlier epoch, step with keys,
click the loss plot, train on from here, and sessions saved and opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
)
from pytestqt.qtbot import QtBot
from window_actions import activate, click  # tests/gui/

from xorgui.core.config import TrainConfig
from xorgui.core.session.run_session import RunState
from xorgui.core.training.trainer import Trainer
from xorgui.visuals.truth_table import format_output
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

TIMEOUT_MS = 30_000
BUDGET = 3000


def trained_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The article's run with a 3,000-epoch budget, trained to its end."""
    window.controls.epochs.setValue(BUDGET)
    click(qtbot, window, "max_speed_action")
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.FINISHED, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.timeline.bar.slider.isEnabled())
    return window


def model_after(epochs: int, lr_from: tuple[int, float] | None = None) -> Trainer:
    trainer = Trainer(TrainConfig(epochs=BUDGET))
    if lr_from is not None:
        trainer.train(lr_from[0])
        trainer.set_learning_rate(lr_from[1])
    trainer.train(epochs - trainer.epoch)
    return trainer


def wait_for_shown(qtbot: QtBot, window: MainWindow, epoch: int) -> None:
    qtbot.waitUntil(
        lambda: window.snapshot is not None and window.snapshot.epoch == epoch,
        timeout=TIMEOUT_MS,
    )


def shows_the_model_of(qtbot: QtBot, window: MainWindow, epoch: int) -> None:
    """Every view shows the model after `epoch` epochs, exactly."""
    wait_for_shown(qtbot, window, epoch)
    expected = model_after(epoch)
    snapshot = window.snapshot
    assert snapshot is not None and snapshot.looking_back
    assert snapshot.tip_epoch == BUDGET
    np.testing.assert_array_equal(snapshot.predictions, expected.predictions())
    assert snapshot.surface is not None
    np.testing.assert_array_equal(
        snapshot.surface.values, expected.surface(snapshot.surface.size).values
    )
    outputs = [format_output(float(v)) for v in expected.predictions()]
    table = window.truth_table
    qtbot.waitUntil(lambda: [table.item(row, 3).text() for row in range(4)] == outputs)
    marker = window.loss_plot.epoch_marker.line
    qtbot.waitUntil(lambda: marker.isVisible() and marker.value() == epoch)
    assert window.epoch_label.text().endswith(
        f"Showing epoch {epoch:,} of {BUDGET:,}</b>"
    )
    assert window.timeline.bar.slider.value() == epoch


def drag_slider_to(qtbot: QtBot, window: MainWindow, epoch: int) -> None:
    """Drag the slider's handle with the mouse to about `epoch`."""
    slider = window.timeline.bar.slider
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider,
        option,
        QStyle.SubControl.SC_SliderHandle,
        slider,
    )
    start = handle.center()
    span = slider.width() - handle.width()
    target = QPoint(
        round(handle.width() / 2 + span * epoch / slider.maximum()), start.y()
    )
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    for fraction in (0.25, 0.5, 0.75, 1.0):
        point = start + (target - start) * fraction
        qtbot.mouseMove(slider, point)
        qtbot.wait(20)
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=target)


def accept_next_question(button_text: str) -> None:
    """Click `button_text` in the next modal message box."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            chosen = next(b for b in box.buttons() if b.text() == button_text)
            chosen.click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_dragging_the_slider_and_the_keys_show_earlier_epochs_exactly(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = window.timeline.bar
    assert not bar.slider.isEnabled()  # nothing trained yet
    trained_window(qtbot, window)
    drag_slider_to(qtbot, window, 1000)
    qtbot.waitUntil(lambda: window.snapshot.looking_back)
    dragged = bar.slider.value()
    assert abs(dragged - 1000) < BUDGET / 50
    shows_the_model_of(qtbot, window, dragged)

    activate(qtbot, bar.slider)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    shows_the_model_of(qtbot, window, dragged - 1)
    shift_alt = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Right, shift_alt)
    shows_the_model_of(qtbot, window, dragged + 99)
    window.timeline.back_many_action.trigger()
    shows_the_model_of(qtbot, window, dragged - 1)

    plot = window.loss_plot.plot
    view_box = plot.getPlotItem().getViewBox()
    middle = sum(view_box.viewRange()[1]) / 2
    scene_point = view_box.mapViewToScene(QPointF(2000, middle))
    clicked_at = plot.mapFromScene(scene_point)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=clicked_at)
    qtbot.waitUntil(lambda: abs(window.snapshot.epoch - 2000) <= 10)
    shows_the_model_of(qtbot, window, window.snapshot.epoch)

    button = bar.widgetForAction(window.timeline.latest_action)
    assert isinstance(button, QToolButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_shown(qtbot, window, BUDGET)
    assert not window.snapshot.looking_back
    qtbot.waitUntil(lambda: not window.loss_plot.epoch_marker.line.isVisible())
    assert not window.timeline.rewind_action.isEnabled()


def test_play_goes_on_from_the_end_and_train_on_from_here_drops_the_rest(
    qtbot: QtBot, window: MainWindow
) -> None:
    trained_window(qtbot, window)
    window.timeline.look_back(1200)
    shows_the_model_of(qtbot, window, 1200)
    # Play (Continue) trains on from the latest epoch, not the one shown.
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.FINISHED, timeout=TIMEOUT_MS)
    wait_for_shown(qtbot, window, 2 * BUDGET)
    assert not window.snapshot.looking_back

    window.timeline.look_back(1500)
    wait_for_shown(qtbot, window, 1500)
    # A setting changed while looking back: the look back stays, with it.
    window.controls.lr.setValue(0.5)
    qtbot.waitUntil(lambda: window.snapshot.config.lr == 0.5, timeout=TIMEOUT_MS)
    assert window.snapshot.epoch == 1500 and window.snapshot.looking_back
    assert window.timeline.bar.slider.value() == 1500
    # Hand edits would change the latest model, not the one shown: refused.
    diagram = window.network_views.diagram
    assert diagram.edit_block is not None and "Alt+End" in diagram.edit_block
    accept_next_question("Train on from here")
    button = window.timeline.bar.widgetForAction(window.timeline.rewind_action)
    assert isinstance(button, QToolButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.state is RunState.FINISHED
            and window.snapshot.epoch == 2 * BUDGET
            and not window.snapshot.looking_back
        ),
        timeout=TIMEOUT_MS,
    )
    assert window.network_views.diagram.edit_block is None
    expected = model_after(2 * BUDGET, lr_from=(1500, 0.5))
    np.testing.assert_array_equal(window.snapshot.predictions, expected.predictions())
    assert window.snapshot.loss == expected.current_loss()


def test_a_session_saved_and_opened_is_where_it_was(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Callable[[], list[str]],
) -> None:
    trained_window(qtbot, window)
    saved = window.snapshot
    path = tmp_path / "lesson.xorgui"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), "")
    )
    window.sessions.save_action.trigger()
    qtbot.waitUntil(lambda: "Saved the session" in window.status.currentMessage())
    assert path.exists()

    window.controls.seed.setValue(7)  # another run
    qtbot.waitUntil(
        lambda: window.state is RunState.READY and window.snapshot.epoch == 0
    )

    broken = tmp_path / "broken.xorgui"
    broken.write_bytes(path.read_bytes()[:1000])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(broken), "")
    )
    texts = message_boxes()
    window.sessions.open_action.trigger()
    qtbot.waitUntil(lambda: bool(texts))
    assert "not an xorgui session file" in texts[0]
    assert "Nothing was changed." in texts[0]
    assert window.controls.config().seed == 7 and window.snapshot.epoch == 0

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "")
    )
    window.sessions.open_action.trigger()
    qtbot.waitUntil(
        lambda: window.state is RunState.FINISHED and window.snapshot.epoch == BUDGET,
        timeout=TIMEOUT_MS,
    )
    assert window.controls.config() == TrainConfig(epochs=BUDGET)
    assert window.snapshot.loss == saved.loss
    np.testing.assert_array_equal(window.snapshot.history_losses, saved.history_losses)
    window.timeline.look_back(700)
    shows_the_model_of(qtbot, window, 700)
