"""The Qt application as xorgui makes it, for the window, the headless render
and the GUI bench alike: its names (so QSettings() needs no arguments), its
OpenGL format set before it exists, its icon, wrapping tooltips and a visible
focus ring."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QSurfaceFormat
from PySide6.QtWidgets import QApplication

from xorgui.resources import icon
from xorgui.window.focus_ring import install_focus_ring
from xorgui.window.tooltips import install_wrapping_tooltips

ORGANIZATION = "xorgui"
APPLICATION = "xorgui"


def set_default_surface_format() -> None:
    """OpenGL defaults for every GL widget; must run before the QApplication exists."""
    surface_format = QSurfaceFormat()
    surface_format.setDepthBufferSize(24)
    if sys.platform == "darwin":
        # macOS only offers OpenGL > 2.1 as a core profile.
        surface_format.setVersion(4, 1)
        surface_format.setProfile(QSurfaceFormat.OpenGLContextProfile.CoreProfile)
    QSurfaceFormat.setDefaultFormat(surface_format)


def create_app(argv: Sequence[str]) -> QApplication:
    """The QApplication with the app's names, OpenGL format, icon, wrapping
    tooltips and a visible focus ring."""
    set_default_surface_format()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    # The GL view keeps its context when it moves between windows or docks.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(list(argv))
    app.setWindowIcon(icon("app"))
    # Readable on a projector: tooltips wrap, the keyboard focus shows.
    install_wrapping_tooltips(app)
    install_focus_ring(app)
    return app
