"""The menus and dialogs a learner reaches with the mouse or the keyboard: Help,
View > Reset camera, the configuration files through the real file dialog, and
the loss plot's log scale."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from window_actions import choose  # tests/gui/

from xorgui.core.config import TrainConfig
from xorgui.core.session.run_session import RunState
from xorgui.visuals.scene3d.camera import DEFAULT_CAMERA
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

TIMEOUT_MS = 30_000
RETRY_MS = 20


def type_into_file_dialog(qtbot: QtBot, path: Path) -> list[str]:
    """When the next file dialog opens, type `path` into it and press Enter.

    Returns a list that receives the dialog's title. A dialog that is still
    open afterwards is cancelled, so that the test fails instead of hanging.
    """
    titles: list[str] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            QTimer.singleShot(RETRY_MS, fill_in)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        # Enter reaches the dialog's default button from the focused name box.
        dialog.activateWindow()
        name.setFocus()
        qtbot.waitUntil(name.hasFocus, timeout=TIMEOUT_MS)
        name.selectAll()
        qtbot.keyClicks(name, str(path))
        qtbot.keyClick(name, Qt.Key.Key_Return)
        try:
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
        except TimeoutError:
            dialog.reject()  # the test fails, and does not hang
        else:
            titles.append(dialog.windowTitle())

    QTimer.singleShot(0, fill_in)
    return titles


# ------------------------------------------------------------------- help


def test_help_explains_what_the_window_shows(
    qtbot: QtBot, window: MainWindow, message_boxes: Callable[[], list[str]]
) -> None:
    texts = message_boxes()
    choose(qtbot, window, "Help", "What am I looking at?")
    qtbot.waitUntil(lambda: bool(texts), timeout=TIMEOUT_MS)
    for part in ("3-D surface", "loss curve", "truth table", "Why XOR is special"):
        assert part in texts[0]


def test_about_names_the_versions_and_how_the_surface_is_drawn(
    qtbot: QtBot, window: MainWindow, message_boxes: Callable[[], list[str]]
) -> None:
    texts = message_boxes()
    choose(qtbot, window, "Help", "About xorgui")
    qtbot.waitUntil(lambda: bool(texts), timeout=TIMEOUT_MS)
    assert "<h3>xorgui " in texts[0]
    assert f"Qt {qVersion()}" in texts[0]
    assert window.surface_view is not None
    assert f"OpenGL ({window.surface_view.renderer})" in texts[0]


# ----------------------------------------------------------------- camera


def test_view_reset_camera_brings_back_the_articles_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.surface_view
    assert view is not None and window.reset_camera_button.isVisible()
    view.set_camera_state({**view.camera_state(), "azimuth": 15.0, "distance": 3.0})
    choose(qtbot, window, "View", "Reset camera")
    camera = view.camera_state()
    for key in ("azimuth", "elevation", "distance"):
        assert camera[key] == pytest.approx(DEFAULT_CAMERA[key])


@pytest.mark.usefixtures("no_opengl")
def test_without_opengl_there_is_no_camera_to_reset(window: MainWindow) -> None:
    assert window.surface_view is not None and not window.surface_view.uses_opengl
    assert not window.reset_camera_button.isVisible()
    assert not window.reset_camera_action.isEnabled()


# ------------------------------------------------------------------ files


def test_save_configuration_writes_what_the_controls_show(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    config = TrainConfig(gate="nand", hidden=(3, 2), activation="tanh", seed=11)
    window.controls.set_config(config)
    path = tmp_path / "lesson.json"
    titles = type_into_file_dialog(qtbot, path)
    choose(qtbot, window, "File", "Save configuration...")
    assert titles == ["Save configuration"]
    assert TrainConfig.load(path) == config


def test_open_configuration_starts_a_run_with_the_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    config = TrainConfig(gate="or", hidden=(4,), seed=5, lr=0.5)
    path = tmp_path / "from-the-teacher.json"
    path.write_text(config.to_json())
    window.run_controls.play_action.trigger()  # opening also stops a run
    titles = type_into_file_dialog(qtbot, path)
    choose(qtbot, window, "File", "Open configuration...")
    assert titles == ["Open configuration"]
    assert window.controls.config() == config
    qtbot.waitUntil(
        lambda: (
            window.state is RunState.READY
            and window.snapshot is not None
            and window.snapshot.config == config
            and window.snapshot.epoch == 0
        ),
        timeout=TIMEOUT_MS,
    )
    assert str(path) in window.statusBar().currentMessage()


# --------------------------------------------------------------- loss plot


def test_the_log_scale_box_puts_the_loss_axis_on_a_log_scale(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.run_controls.step_count.setValue(3000)
    window.run_controls.step_many_action.trigger()
    qtbot.waitUntil(
        lambda: window.snapshot is not None and window.snapshot.epoch == 3000,
        timeout=TIMEOUT_MS,
    )
    losses = window.snapshot.history_losses
    item = window.loss_plot.plot.getPlotItem()

    def shown_range() -> tuple[float, float]:
        low, high = item.viewRange()[1]
        return low, high

    def spans(low: float, high: float) -> Callable[[], bool]:
        return lambda: shown_range()[0] <= low and shown_range()[1] >= high

    # Linear: the axis runs over the losses themselves (all between 0 and 1).
    qtbot.waitUntil(spans(losses.min(), losses.max()), timeout=TIMEOUT_MS)
    assert shown_range()[0] > 0
    qtbot.mouseClick(window.loss_plot.log_checkbox, Qt.MouseButton.LeftButton)
    assert item.getAxis("left").logMode
    # Log: the axis runs over their logarithms, all below zero.
    qtbot.waitUntil(
        spans(math.log10(losses.min()), math.log10(losses.max())), timeout=TIMEOUT_MS
    )
    assert shown_range()[1] < 0
    qtbot.mouseClick(window.loss_plot.log_checkbox, Qt.MouseButton.LeftButton)
    assert not item.getAxis("left").logMode
    qtbot.waitUntil(lambda: shown_range()[0] > 0, timeout=TIMEOUT_MS)
