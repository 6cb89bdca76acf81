"""What the window remembers between sessions besides its layout (which
window/layout/memory.py keeps): the setup, the loss plot's scale and the 3-D
camera (all through `Settings`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from xorgui.window.settings import Settings

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow


def remember_session(window: MainWindow, settings: Settings) -> None:
    """Save the layout, the setup the controls show, the loss plot's scale and
    (in 3-D) the camera, and write them to disk now."""
    window.window_layout.remember()
    settings.set_config(window.controls.config())
    settings.set_log_scale(window.loss_plot.log_scale())
    view = window.surface_view
    if view is not None and view.uses_opengl:
        settings.set_camera_state(view.camera_state())
    settings.sync()
