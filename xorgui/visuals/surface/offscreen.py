"""The surface drawn off screen: the same scene as the app's view, into an image
of a fixed size, for the window's surface export, the headless render and the
frames of an animation."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import closing

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from xorgui.core.snapshot import Snapshot
from xorgui.visuals.heatmap_view import HeatmapView
from xorgui.visuals.surface.gl import SurfaceGLWidget


class OffscreenSurface:
    """A canvas never shown on the screen that draws snapshots into images of
    `size` device pixels: the 3-D scene seen from `camera` (the default view if
    None), or the 2-D heatmap without OpenGL. One canvas draws any number of
    images (an animation's frames); close it when done.

    Needs a QApplication (and, for 3-D, an OpenGL context).
    """

    def __init__(
        self,
        size: tuple[int, int],
        *,
        opengl: bool = True,
        camera: Mapping[str, object] | None = None,
    ) -> None:
        canvas = SurfaceGLWidget() if opengl else HeatmapView()
        # Rendered and grabbed for real, but never shown on the screen.
        canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        ratio = canvas.devicePixelRatioF()
        canvas.resize(round(size[0] / ratio), round(size[1] / ratio))
        canvas.show()
        if camera is not None and isinstance(canvas, SurfaceGLWidget):
            canvas.set_camera_state(camera)
        self._canvas = canvas

    def render(self, snapshot: Snapshot) -> QImage:
        """`snapshot`'s surface and training points, drawn now."""
        self._canvas.draw_snapshot(snapshot)
        return self._canvas.grab_image()

    def close(self) -> None:
        self._canvas.close()
        self._canvas.deleteLater()


def render_surface_image(
    snapshot: Snapshot,
    size: tuple[int, int],
    *,
    opengl: bool = True,
    camera: Mapping[str, object] | None = None,
) -> QImage:
    """The surface of `snapshot` drawn off screen into an image of `size` device
    pixels, whatever size the view on screen has (see OffscreenSurface)."""
    with closing(OffscreenSurface(size, opengl=opengl, camera=camera)) as canvas:
        return canvas.render(snapshot)
