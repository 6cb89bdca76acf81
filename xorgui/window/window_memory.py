"""What the window remembers between sessions: its geometry, toolbars and
splitters, the setup, the loss plot's scale and the 3-D camera (all through
`Settings`, which reads anything unusable as "nothing saved")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow, QSplitter

from xorgui.window.settings import Settings
from xorgui.window.window_layout import DEFAULT_SIZE, SPLITTERS

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow


def restore_layout(window: QMainWindow, settings: Settings) -> None:
    """The saved geometry, toolbars and splitters, or the default size."""
    geometry = settings.layout_state("geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(default_size(window))
    state = settings.layout_state("windowState")
    if state is not None:
        window.restoreState(state)
    for name in SPLITTERS:
        saved = settings.layout_state(name)
        splitter = window.findChild(QSplitter, name)
        if saved is not None and splitter is not None:
            splitter.restoreState(saved)


def default_size(window: QMainWindow) -> QSize:
    """1280 x 800, or less on a smaller screen such as a 1024 x 768 projector."""
    screen = window.screen()
    if screen is None:
        return DEFAULT_SIZE
    return DEFAULT_SIZE.boundedTo(screen.availableGeometry().size())


def remember_session(window: MainWindow, settings: Settings) -> None:
    """Save the layout, the setup the controls show, the loss plot's scale and
    (in 3-D) the camera, and write them to disk now."""
    settings.set_layout_state("geometry", window.saveGeometry())
    settings.set_layout_state("windowState", window.saveState())
    for name in SPLITTERS:
        splitter = window.findChild(QSplitter, name)
        if splitter is not None:
            settings.set_layout_state(name, splitter.saveState())
    settings.set_config(window.controls.config())
    settings.set_log_scale(window.loss_plot.log_scale())
    view = window.surface_view
    if view is not None and view.uses_opengl:
        settings.set_camera_state(view.camera_state())
    settings.sync()
