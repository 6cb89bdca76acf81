"""The 3-D scene in OpenGL: on screen in a native window, off screen in a widget.

On screen the scene lives in a `SurfaceGLWindow`, a native OpenGL window
embedded in the app's window: the rest of the window is then painted by Qt's
raster engine, not composed with OpenGL at every repaint, which under software
OpenGL costs more than drawing the surface. `SurfaceGLWidget` holds the same
scene in a widget for rendering off screen (xorgui.headless.render).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph.opengl as gl
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtCore import Qt
from PySide6.QtOpenGL import QOpenGLWindow

from xorgui.core.snapshot import Snapshot
from xorgui.visuals.scene3d.gl_scene import GLScene
from xorgui.visuals.surface.items import SurfaceItems


class SurfaceScene(GLScene):
    """A pyqtgraph GL view showing the surface's items, with the article's camera.

    A mixin for a pyqtgraph GL view (it comes before GLViewMixin in the bases).
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._items = SurfaceItems(self)
        self._marks_ratio = 0.0  # the device pixel ratio the marks are sized for

    def draw_snapshot(self, snapshot: Snapshot) -> None:
        """Show the snapshot's surface (if it has one) and its training points."""
        self._items.draw_snapshot(snapshot)

    def set_test_points_visible(self, on: bool) -> None:
        """Draw the test points (rings), or only the training points."""
        self._items.set_test_points_visible(on)
        self.update()

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

    def overlay_points(self) -> np.ndarray | None:
        """The wireframe's drawn points (x1, x2, height), shape (n, 3); None
        when it is not shown."""
        return self._items.overlay.drawn_points()

    def set_text_scale(self, scale: float) -> None:
        """Labels `scale` times their normal size (View > Larger text)."""
        self._items.set_text_scale(scale)

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
