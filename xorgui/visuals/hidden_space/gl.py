"""The hidden space in 3-D: three hidden units as the axes, the four inputs as
points in their box, and the output's plane through it.

A native OpenGL window (as the surface's, xorgui.visuals.surface.gl) keeps the
rest of the window raster-painted. The box is drawn as a unit cube: each axis
spans its unit's range, whatever that is (sigmoid 0..1, tanh -1..1, ...).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from OpenGL import GL
from pyqtgraph.opengl.GLGraphicsItem import GLGraphicsItem
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtOpenGL import QOpenGLWindow

from xorgui.core.hidden_space import HiddenSpace
from xorgui.visuals.colormap import point_colours
from xorgui.visuals.heatmap_view import FOREGROUND, LABEL_POINTS, TICK_POINTS
from xorgui.visuals.hidden_space.plot import (
    NEAR_SHARE,
    OUTPUT_LINE,
    point_size,
    shared_labels,
    unit_name,
)
from xorgui.visuals.palette import IDLE
from xorgui.visuals.scene3d.camera import Z_ASPECT
from xorgui.visuals.scene3d.gl_scene import GLScene
from xorgui.visuals.scene3d.scene_labels import SceneLabels, SceneText

OUTLINE_WIDTH = 4
PLANE_ALPHA = 0.35
_ON_TOP = {
    GL.GL_DEPTH_TEST: False,
    GL.GL_BLEND: True,
    GL.GL_CULL_FACE: False,
    "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA),
}


def _rgba(colour: str, alpha: float = 1.0) -> tuple[float, float, float, float]:
    red, green, blue, _ = pg.mkColor(colour).getRgbF()
    return red, green, blue, alpha


class HiddenSpaceScene(GLScene):
    """The points, the box and the output's plane, in unit-cube coordinates.

    A mixin for a pyqtgraph GL view (it comes before GLViewMixin in the bases).
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._root = GLGraphicsItem()
        self._root.scale(1.0, 1.0, Z_ASPECT)
        self.addItem(self._root)
        floor = gl.GLGridItem(color=(0, 0, 0, 40), parentItem=self._root)
        floor.setSize(1, 1, 0)
        floor.setSpacing(0.1, 0.1, 0)
        floor.translate(0.5, 0.5, 0)
        gl.GLBoxItem(color=(0, 0, 0, 90), parentItem=self._root)
        self._plane = gl.GLMeshItem(
            color=_rgba(OUTPUT_LINE, PLANE_ALPHA),
            glOptions="translucent",
            parentItem=self._root,
        )
        self._plane.hide()
        self._edges = gl.GLLinePlotItem(
            mode="lines", width=2, glOptions=_ON_TOP, parentItem=self._root
        )
        self._stems = gl.GLLinePlotItem(
            mode="lines", width=1, color=_rgba(FOREGROUND, 0.5), parentItem=self._root
        )
        self._outlines = gl.GLScatterPlotItem(glOptions=_ON_TOP, parentItem=self._root)
        self._outlines.setDepthValue(2)
        self._points = gl.GLScatterPlotItem(glOptions=_ON_TOP, parentItem=self._root)
        self._points.setDepthValue(3)
        self._labels: SceneLabels | None = None
        self._scale = 1.0

    def set_text_scale(self, scale: float) -> None:
        """Labels `scale` times their normal size (View > Larger text)."""
        self._scale = scale
        if self._labels is not None:
            self._labels.set_scale(scale)

    def draw_space(self, space: HiddenSpace) -> None:
        """Show the points of `space` (three units) and its planes."""
        low, high = space.box
        to_cube = 1.0 / (high - low)
        points = (space.points - low) * to_cube
        fills, outlines = point_colours(space.targets, space.test)
        ratio = self.devicePixelRatioF()
        size = point_size(space)
        self._points.setData(
            pos=points,
            color=np.array([_rgba(fill) for fill in fills]),
            size=size * ratio,
        )
        self._outlines.setData(
            pos=points,
            color=np.array([_rgba(outline) for outline in outlines]),
            size=(size + OUTLINE_WIDTH) * ratio,
        )
        # A stem to the floor helps read four points' heights; hundreds of
        # stems would hide the points.
        floor = points * np.array([1.0, 1.0, 0.0])
        self._stems.setData(pos=np.stack([points, floor], axis=1).reshape(-1, 3))
        self._stems.setVisible(space.corners)
        self._draw_planes(space, low, to_cube)
        self._draw_labels(space, points)

    def _draw_planes(
        self, space: HiddenSpace, low: np.ndarray, to_cube: np.ndarray
    ) -> None:
        """The output's plane filled; a next hidden layer's planes as outlines."""
        edges, colours = [], []
        self._plane.hide()
        for boundary in space.boundaries:
            if boundary.cut is None or len(boundary.cut) < 3:
                continue
            polygon = (boundary.cut - low) * to_cube
            ring = np.stack([polygon, np.roll(polygon, -1, axis=0)], axis=1)
            edges.append(ring.reshape(-1, 3))
            colour = OUTPUT_LINE if boundary.unit is None else IDLE
            colours += [_rgba(colour)] * len(ring) * 2
            if boundary.unit is None:
                fan = [[0, i, i + 1] for i in range(1, len(polygon) - 1)]
                self._plane.setMeshData(vertexes=polygon, faces=np.array(fan))
                self._plane.show()
        if edges:
            self._edges.setData(pos=np.concatenate(edges), color=np.array(colours))
        self._edges.setVisible(bool(edges))

    def _draw_labels(self, space: HiddenSpace, points: np.ndarray) -> None:
        """Axis names and each point's input, redone as the points move."""
        bold = QFont()
        bold.setPointSizeF(LABEL_POINTS)
        bold.setBold(True)
        small = QFont()
        small.setPointSizeF(TICK_POINTS)
        small.setBold(True)
        align = Qt.AlignmentFlag
        x, y, z = (unit_name(u) for u in space.units)
        texts = [
            SceneText((0.5, 0.0, 0.0), x, bold, align.AlignRight | align.AlignTop,
                      (-12, 12)),
            SceneText((1.0, 0.5, 0.0), y, bold, align.AlignLeft | align.AlignTop,
                      (12, 12)),
            SceneText((0.0, 0.0, 0.5), z, bold, align.AlignRight | align.AlignVCenter,
                      (-12, 0)),
        ]  # fmt: skip
        # The four corners are named by their input; many points are not.
        names = shared_labels(points, NEAR_SHARE) if space.corners else []
        texts += [
            SceneText(
                tuple(point), text, small, align.AlignLeft | align.AlignVCenter,
                (12, -12)
            )
            for point, text in zip(points, names, strict=False)
            if text is not None
        ]  # fmt: skip
        if self._labels is not None:
            self._labels.setParentItem(None)
            self.removeItem(self._labels)
        self._labels = SceneLabels(texts, FOREGROUND, parentItem=self._root)
        self._labels.set_scale(self._scale)


class HiddenSpaceGLWindow(HiddenSpaceScene, GLViewMixin, QOpenGLWindow):
    """The scene in a native OpenGL window, for embedding with a window container.

    It never takes the keyboard focus (as the surface's window)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus)


class HiddenSpaceGLWidget(HiddenSpaceScene, gl.GLViewWidget):
    """The scene in an OpenGL widget, for rendering off screen."""
