"""The surface drawn off screen: the same scene as the app's view, into an image
of a fixed size, for the window's surface export and the headless render."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from xorgui.core.snapshot import Snapshot
from xorgui.visuals.heatmap_view import HeatmapView
from xorgui.visuals.surface_gl import SurfaceGLWidget


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
