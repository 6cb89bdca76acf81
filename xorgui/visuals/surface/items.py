"""The items of the 3-D scene: the viridis surface, the data points with
their error lines (training points filled, test points rings), the floor
grid, the box and its labels.

The surface mesh is built once per grid; a new surface only replaces its
heights and colours, with no normals to recompute.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from OpenGL import GL
from pyqtgraph.opengl.GLGraphicsItem import GLGraphicsItem
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from xorgui.core.config import TrainConfig
from xorgui.core.snapshot import Snapshot, Surface
from xorgui.visuals.colormap import POINT_OUTLINE, Colourer
from xorgui.visuals.data_points import PointMarks, point_marks
from xorgui.visuals.heatmap_view import FOREGROUND, LABEL_POINTS, TICK_POINTS
from xorgui.visuals.scene3d.camera import Z_ASPECT
from xorgui.visuals.scene3d.scene_labels import SceneLabels, SceneText
from xorgui.visuals.surface.single_layer_overlay import SingleLayerOverlay

POINT_SIZE = 20
OUTLINE_WIDTH = 5
ERROR_LINE_WIDTH = 3
RING_FILL = "#ffffff"
"""A test point's inside: a ring of its colour around white."""
HEIGHT_LIMITS = (-0.5, 1.5)
"""A linear output can leave [0, 1] far behind; the mesh is cut off here, so the
box stays in view and a diverging model does not fill the screen."""
# Points and error lines are drawn over the surface, never hidden by it.
_ON_TOP = {
    GL.GL_DEPTH_TEST: False,
    GL.GL_BLEND: True,
    GL.GL_CULL_FACE: False,
    "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA),
}


def _rgba(colour: str) -> tuple[float, float, float, float]:
    return pg.mkColor(colour).getRgbF()


# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


class SurfaceItems:
    """The scene's items under one root in a pyqtgraph GL view, and what they show."""

    def __init__(self, view: GLViewMixin) -> None:
        self._colourer = Colourer()
        self._axis: np.ndarray | None = None  # the grid the mesh is built on
        self._root = GLGraphicsItem()
        self._root.scale(1.0, 1.0, Z_ASPECT)
        view.addItem(self._root)
        self._mesh = gl.GLSurfacePlotItem(
            computeNormals=False, glOptions="opaque", parentItem=self._root
        )
        self._mesh.hide()  # pyqtgraph cannot paint a surface before its data
        self._labels = _add_box(self._root)
        self._errors = gl.GLLinePlotItem(
            mode="lines", glOptions=_ON_TOP, parentItem=self._root
        )
        self._errors.setDepthValue(1)
        self._outlines = gl.GLScatterPlotItem(
            color=_rgba(POINT_OUTLINE), glOptions=_ON_TOP, parentItem=self._root
        )
        self._outlines.setDepthValue(2)
        self._points = gl.GLScatterPlotItem(glOptions=_ON_TOP, parentItem=self._root)
        self._points.setDepthValue(3)
        self.overlay = SingleLayerOverlay(self._root, HEIGHT_LIMITS)
        self._ratio = 1.0
        self._with_test = True
        self._config: TrainConfig | None = None
        self._predictions: np.ndarray | None = None
        self.marks: PointMarks | None = None
        """The points drawn now (None before the first snapshot)."""

    def set_text_scale(self, scale: float) -> None:
        """Labels `scale` times their normal size (View > Larger text), in
        the language the app shows now."""
        self._labels.set_texts(_box_texts())
        self._labels.set_scale(scale)

    def size_marks(self, ratio: float) -> None:
        """OpenGL point sizes and line widths are in device pixels: scaled by the
        screen's ratio, the marks look the same on a high-DPI screen as on any."""
        self._ratio = ratio
        self._errors.setData(width=ERROR_LINE_WIDTH * ratio)
        self.overlay.size_marks(ratio)
        self._size_points()

    def _size_points(self) -> None:
        share = 1.0 if self.marks is None else self.marks.size_share
        self._points.setData(size=POINT_SIZE * share * self._ratio)
        self._outlines.setData(size=(POINT_SIZE * share + OUTLINE_WIDTH) * self._ratio)

    def set_test_points_visible(self, on: bool) -> None:
        """Draw the test points (rings), or only the training points."""
        self._with_test = on
        if self._config is not None and self._predictions is not None:
            self._draw_points(self._config, self._predictions)

    def draw_snapshot(self, snapshot: Snapshot) -> None:
        """Show the snapshot's surface (if it has one) and its data points."""
        if snapshot.surface is not None:
            self._draw_surface(snapshot.surface)
            self.overlay.draw(snapshot)
        self._draw_points(snapshot.config, np.asarray(snapshot.predictions))

    def _draw_points(self, config: TrainConfig, predictions: np.ndarray) -> None:
        """Each point at its target's height, a line from it to the model's
        output there (the error); the points move only with the setup."""
        self._predictions = predictions
        marks = point_marks(config, self._with_test)
        points = np.column_stack([marks.positions, marks.heights])
        if marks is not self.marks:
            self._config = config
            self.marks = marks
            ring = np.asarray(_rgba(RING_FILL), dtype=np.float32)
            fills = np.where(marks.test[:, None], ring, marks.colours)
            edges = np.where(
                marks.test[:, None],
                marks.colours,
                np.asarray(_rgba(POINT_OUTLINE), dtype=np.float32),
            )
            self._points.setData(pos=points, color=fills)
            self._outlines.setData(pos=points, color=edges)
            self._size_points()
        heights = np.clip(predictions.reshape(-1)[marks.index], *HEIGHT_LIMITS)
        outputs = np.column_stack([marks.positions, heights])
        self._errors.setData(
            pos=np.stack([points, outputs], axis=1).reshape(-1, 3),
            color=np.repeat(marks.colours, 2, axis=0),
        )

    def _draw_surface(self, surface: Surface) -> None:
        colours = self._colourer.colours(surface.values)
        heights = np.clip(surface.values, *HEIGHT_LIMITS)
        if self._axis is None or not np.array_equal(surface.axis, self._axis):
            self._axis = surface.axis
            self._mesh.setData(x=self._axis, y=self._axis, z=heights, colors=colours)
            self._mesh.show()
        else:
            self._mesh.setData(z=heights, colors=colours)

    def drawn_heights(self) -> np.ndarray | None:
        """A copy of the heights the surface mesh holds now (None before the first)."""
        vertices = self._mesh.opts["meshdata"].vertexes()
        if vertices is None or self._axis is None:
            return None
        points = len(self._axis)
        return vertices[:, 2].reshape(points, points).copy()


def _add_box(root: GLGraphicsItem) -> SceneLabels:
    """The floor grid, the box around [0, 1]³ and its labels; returns the labels."""
    floor = gl.GLGridItem(color=(0, 0, 0, 40), parentItem=root)
    floor.setSize(1, 1, 0)
    floor.setSpacing(0.1, 0.1, 0)
    floor.translate(0.5, 0.5, 0)
    gl.GLBoxItem(color=(0, 0, 0, 90), parentItem=root)
    return SceneLabels(_box_texts(), FOREGROUND, parentItem=root)


def _box_texts() -> list[SceneText]:
    """The box's axis names and ticks, in the app's language now."""
    label_font = QFont()
    label_font.setPointSizeF(LABEL_POINTS)
    label_font.setBold(True)
    tick_font = QFont()
    tick_font.setPointSizeF(TICK_POINTS)
    align = Qt.AlignmentFlag
    # Sides and offsets suit the default view: x1 runs along the front left
    # edge, x2 along the front right edge, y up the left edge (as matplotlib);
    # ticks at the corners stand clear of the training points there.
    below_left = align.AlignRight | align.AlignTop
    below_right = align.AlignLeft | align.AlignTop
    left = align.AlignRight | align.AlignVCenter
    texts = [
        SceneText((0.5, 0.0, 0.0), "x1", label_font, below_left, (-14, 14)),
        SceneText((1.0, 0.5, 0.0), "x2", label_font, below_right, (14, 14)),
        SceneText(
            (0.0, 0.0, 0.5),
            translate("surface_items", "y (Model Output)"),
            label_font,
            offset=(-52, 0),
            angle=-90,
        ),
    ]
    texts += [
        SceneText((v, 0.0, 0.0), str(v), tick_font, below_left, (-10, 8))
        for v in (0, 1)
    ]
    texts += [
        SceneText((1.0, v, 0.0), str(v), tick_font, below_right, (12, 6))
        for v in (0, 1)
    ]
    # No 0 on the y axis: x1's 0 already stands at that corner.
    texts += [
        SceneText((0.0, 0.0, v), str(v), tick_font, left, (-8, 0)) for v in (0.5, 1)
    ]
    return texts
