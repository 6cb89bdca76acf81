"""The 3-D scene in OpenGL: on screen in a native window, off screen in a widget.

On screen the scene lives in a `SurfaceGLWindow`, a native OpenGL window
embedded in the app's window: the rest of the window is then painted by Qt's
raster engine, not composed with OpenGL at every repaint, which under software
OpenGL costs more than drawing the surface. `SurfaceGLWidget` holds the same
scene in a widget for rendering off screen (xorgui.headless.render).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pyqtgraph.opengl as gl
from OpenGL import GL
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QMatrix4x4, QVector3D
from PySide6.QtOpenGL import QOpenGLFramebufferObject, QOpenGLWindow

from xorgui.core.snapshot import Snapshot
from xorgui.visuals.camera import DEFAULT_CAMERA, DEFAULT_FOV, camera_position
from xorgui.visuals.heatmap_view import BACKGROUND
from xorgui.visuals.surface_items import SurfaceItems


class SurfaceScene:
    """A pyqtgraph GL view showing the surface's items, with the article's camera.

    A mixin for a pyqtgraph GL view (it comes before GLViewMixin in the bases).
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.setBackgroundColor(BACKGROUND)
        self.renderer = ""
        self._items = SurfaceItems(self)
        self._marks_ratio = 0.0  # the device pixel ratio the marks are sized for
        self.reset_camera()

    def draw_snapshot(self, snapshot: Snapshot) -> None:
        """Show the snapshot's surface (if it has one) and its training points."""
        self._items.draw_snapshot(snapshot)

    def set_overlay(self, on: bool) -> float | None:
        """Show or hide the single layer's wireframe; returns the max difference
        it measured from the surface (None when not drawn)."""
        self._items.overlay.set_on(on)
        self.update()
        return self.overlay_difference()

    @property
    def overlay_on(self) -> bool:
        return self._items.overlay.on

    def overlay_difference(self) -> float | None:
        """Max |single layer - surface| of the wireframe drawn (None: not drawn)."""
        return self._items.overlay.difference

    def drawn_heights(self) -> np.ndarray | None:
        """A copy of the heights the surface mesh holds now (None before the first)."""
        return self._items.drawn_heights()

    def set_text_scale(self, scale: float) -> None:
        """Labels `scale` times their normal size (View > Larger text)."""
        self._items.set_text_scale(scale)

    def projectionMatrix(
        self, region: tuple[int, int, int, int], viewport: tuple[int, int, int, int]
    ) -> QMatrix4x4:
        """pyqtgraph's field of view spans the width, so a wide, short view would crop
        the box: widen it there to keep the box whole in a view of any shape."""
        width, height = viewport[2], viewport[3]
        fov = self.opts["fov"]
        if width > height > 0:
            half = math.atan(math.tan(math.radians(fov / 2)) * width / height)
            self.opts["fov"] = math.degrees(2 * half)
        try:
            return super().projectionMatrix(region, viewport)
        finally:
            self.opts["fov"] = fov

    def initializeGL(self) -> None:
        super().initializeGL()
        self.renderer = GL.glGetString(GL.GL_RENDERER).decode(errors="replace")

    def reset_camera(self) -> None:
        """The article's oblique view (matplotlib's azimuth -60, elevation 30)."""
        self.opts["fov"] = DEFAULT_FOV
        self.set_camera_state(DEFAULT_CAMERA)

    def camera_state(self) -> dict[str, object]:
        """Distance, elevation, azimuth and centre, plain values for QSettings."""
        centre = self.opts["center"]
        return {
            "distance": float(self.opts["distance"]),
            "elevation": float(self.opts["elevation"]),
            "azimuth": float(self.opts["azimuth"]),
            "center": [float(centre.x()), float(centre.y()), float(centre.z())],
        }

    def set_camera_state(self, state: Mapping[str, object]) -> None:
        """Apply what camera_state() returned; missing or invalid values are ignored."""
        if not isinstance(state, Mapping):
            return
        position = camera_position(state)
        centre = position.pop("pos")
        pos = None if centre is None else QVector3D(*centre)
        self.setCameraPosition(pos=pos, **position)

    def grab_image(self) -> QImage:
        """The scene rendered afresh into an image of the view's size, in device
        pixels; the view need not be on screen now, only to have been drawn once.
        A null image before that (there is no OpenGL context to render with)."""
        if not self.isValid():
            return QImage()
        self.makeCurrent()
        target = QOpenGLFramebufferObject(
            self.deviceWidth(),
            self.deviceHeight(),
            QOpenGLFramebufferObject.Attachment.CombinedDepthStencil,
        )
        try:
            target.bind()
            GL.glViewport(0, 0, target.width(), target.height())
            region = self.getViewport()
            self.paint(region=region, viewport=region)
            image = target.toImage()
            target.release()
        finally:
            del target  # its GL objects go while the context is current
            self.doneCurrent()
        image.setDevicePixelRatio(self.devicePixelRatioF())
        return image

    def paint(self, *, region: object, viewport: object, **kwargs: object) -> None:
        """Draw the scene (pyqtgraph's paint), sized for the current screen."""
        ratio = self.devicePixelRatioF()
        if ratio != self._marks_ratio:
            self._marks_ratio = ratio
            self._items.size_marks(ratio)
        super().paint(region=region, viewport=viewport, **kwargs)


class SurfaceGLWindow(SurfaceScene, GLViewMixin, QOpenGLWindow):
    """The scene in a native OpenGL window, for embedding with a window container.

    It never takes the keyboard focus: a click or drag on the surface leaves
    it with the control being edited.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus)


class SurfaceGLWidget(SurfaceScene, gl.GLViewWidget):
    """The scene in an OpenGL widget, for rendering off screen."""
