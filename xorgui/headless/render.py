"""Render the 3-D surface of a snapshot to an image without opening a window.

For the headless `train --surface-png FILE` and the window's surface export:
the same scene as the app's 3-D view, drawn by OpenGL into a widget that is
never put on screen, at a fixed size. OpenGL still
needs a display (an X server, e.g. xvfb-run); without one this raises
OpenGLUnavailable instead of letting Qt abort the process.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from xorgui.app import create_app
from xorgui.core.snapshot import Snapshot
from xorgui.display import probed_display
from xorgui.visuals.gl_support import opengl_unavailable_reason
from xorgui.visuals.heatmap_view import HeatmapView
from xorgui.visuals.image_export import save_image
from xorgui.visuals.surface_gl import SurfaceGLWidget

# Kept for the life of the process: Qt allows one application object, ever.
_application: QApplication | None = None


class OpenGLUnavailable(RuntimeError):
    """No OpenGL context can be had in this process; str() says why and what to do."""


def render_surface_png(
    snapshot: Snapshot, path: str | os.PathLike[str], size: tuple[int, int] = (800, 600)
) -> None:
    """Write the 3-D view of `snapshot` to `path` as a PNG of `size` (width, height).

    Raises OpenGLUnavailable without a display or context, ValueError for a
    snapshot without a surface or a bad size, ExportError when the file cannot
    be written (an existing file is then left as it was).
    """
    if snapshot.surface is None:
        raise ValueError("the snapshot has no surface: take it with snapshot(grid=N)")
    width, height = size
    if width < 1 or height < 1:
        raise ValueError(f"the image size must be positive, got {width}x{height}")
    _ensure_application()
    reason = opengl_unavailable_reason()
    if reason is not None:
        raise OpenGLUnavailable(_unavailable(reason))
    save_image(path, render_surface_image(snapshot, size))


def render_surface_image(
    snapshot: Snapshot,
    size: tuple[int, int],
    *,
    opengl: bool = True,
    camera: Mapping[str, object] | None = None,
) -> QImage:
    """The surface of `snapshot` drawn off screen into an image of `size` device
    pixels, whatever size the view on screen has: the 3-D scene seen from
    `camera` (the default view if None), or the 2-D heatmap without OpenGL.

    Needs a QApplication (and, for 3-D, an OpenGL context).
    """
    canvas = SurfaceGLWidget() if opengl else HeatmapView()
    try:
        # Rendered and grabbed for real, but never shown on the screen.
        canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        ratio = canvas.devicePixelRatioF()
        canvas.resize(round(size[0] / ratio), round(size[1] / ratio))
        canvas.show()
        if camera is not None and isinstance(canvas, SurfaceGLWidget):
            canvas.set_camera_state(camera)
        canvas.draw_snapshot(snapshot)
        return canvas.grab_image()
    finally:
        canvas.close()
        canvas.deleteLater()


def _ensure_application() -> None:
    """Create the QApplication a CLI process lacks, unless that would abort it."""
    global _application
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise OpenGLUnavailable(
                _unavailable("this process has a QCoreApplication, without graphics")
            )
        return
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in ("offscreen", "minimal"):
        raise OpenGLUnavailable(
            _unavailable(f"QT_QPA_PLATFORM={platform} has no OpenGL: unset it")
        )
    with probed_display() as problem:
        if problem is not None:
            raise OpenGLUnavailable(
                _unavailable(f"no display: {problem}; run under xvfb-run")
            )
        # The app's own setup: its OpenGL format and shared contexts, which
        # pyqtgraph.opengl needs when a process has more than one GL widget.
        _application = create_app(sys.argv[:1])


def _unavailable(reason: str) -> str:
    return f"cannot render --surface-png: no OpenGL context could be created ({reason})"
