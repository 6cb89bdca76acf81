"""The hidden space in 2-D: the inputs placed by two hidden units'
activations (one unit: along a line), coloured by target (the four corners
labelled with their input; test points of a larger data set hollow), and
the next layer's lines across them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QWidget

from xorgui.core.gates import INPUTS
from xorgui.core.hidden_space import HiddenSpace
from xorgui.visuals.colormap import POINT_OUTLINE, hollow_count, point_styles
from xorgui.visuals.heatmap_view import BACKGROUND, FOREGROUND, POINT_SIZE
from xorgui.visuals.palette import IDLE

OUTPUT_LINE = "#d62728"
"""The output's line: red, as the article draws XOR's boundary."""
LINE_WIDTH = 3
LABEL_POINTS = 11.0
NEAR_SHARE = 0.04
"""Points closer than this share of the view's width share a label."""
MANY_POINT_SIZE = 8
"""A data set's points, smaller than the four corners: hundreds must not
cover each other."""


def point_size(space: HiddenSpace) -> int:
    """The four corners large, as in the plane view; many points small."""
    return POINT_SIZE if space.corners else MANY_POINT_SIZE


def input_label(index: int) -> str:
    """The input of point `index` as the article writes it: "(0,1)"."""
    x1, x2 = INPUTS[index]
    return f"({x1:g},{x2:g})"


def shared_labels(points: np.ndarray, near: float) -> list[str | None]:
    """Each point's label, the inputs of points within `near` of it (in every
    coordinate) written together, "(0,0), (1,0)", on the first of them only;
    None for the others, so coincident points never print over each other."""
    labels: list[str | None] = []
    for index, point in enumerate(points):
        close = np.all(np.abs(points - point) < near, axis=1)
        twins = [int(other) for other in np.flatnonzero(close)]
        first = twins[0] == index
        labels.append(", ".join(input_label(o) for o in twins) if first else None)
    return labels


def unit_name(unit: int) -> str:
    """A hidden unit as the views name it, counted from 1: "h1"."""
    return f"h{unit + 1}"


class HiddenSpacePlot(pg.PlotWidget):
    """Two (or one) of the first hidden layer's units as the axes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=BACKGROUND)
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        for name in ("bottom", "left"):
            axis = plot.getAxis(name)
            axis.setPen(FOREGROUND)
            axis.setTextPen(FOREGROUND)
        self._lines: list[pg.PlotDataItem] = []
        self._points = pg.ScatterPlotItem(
            size=POINT_SIZE, pen=pg.mkPen(POINT_OUTLINE, width=2)
        )
        self._points.setZValue(10)
        plot.addItem(self._points)
        font = QFont()
        font.setPointSizeF(LABEL_POINTS)
        font.setBold(True)
        self._labels = []
        for index in range(len(INPUTS)):
            label = pg.TextItem(input_label(index), color=FOREGROUND, anchor=(-0.15, 1))
            label.setFont(font)
            label.setZValue(11)
            plot.addItem(label)
            self._labels.append(label)

    def draw_space(self, space: HiddenSpace) -> None:
        """Show the points of `space` (its first two units) and its lines."""
        plot = self.getPlotItem()
        flat = space.points.shape[1] == 1
        xs = space.points[:, 0]
        ys = np.zeros(len(xs)) if flat else space.points[:, 1]
        brushes, pens = point_styles(space.targets, space.test, width=2)
        self._points.setData(
            x=xs,
            y=ys,
            size=point_size(space),
            brush=brushes,
            pen=pens,
        )
        low, high = space.box
        if space.corners:
            self._place_labels(xs, ys, (low[0] + high[0]) / 2, float(high[0] - low[0]))
        else:
            for label in self._labels:
                label.setVisible(False)
        plot.setRange(
            xRange=(low[0], high[0]),
            yRange=(-1, 1) if flat else (low[1], high[1]),
            padding=0,
        )
        plot.getAxis("left").setVisible(not flat)
        plot.setLabel("bottom", _axis_title(space.units[0]))
        if not flat:
            plot.setLabel("left", _axis_title(space.units[1]))
        self._draw_lines(space, flat)

    def _place_labels(
        self, xs: np.ndarray, ys: np.ndarray, middle: float, span: float
    ) -> None:
        """Each input's label beside its point, on the side with more room;
        points that (nearly) coincide share one label."""
        texts = shared_labels(np.column_stack([xs, ys]), NEAR_SHARE * span)
        for index, (label, text) in enumerate(zip(self._labels, texts, strict=True)):
            label.setVisible(text is not None)
            if text is not None and label.textItem.toPlainText() != text:
                label.setText(text)
            label.setAnchor((1.1, 1.0) if xs[index] > middle else (-0.1, 1.0))
            label.setPos(float(xs[index]), float(ys[index]))

    def _draw_lines(self, space: HiddenSpace, flat: bool) -> None:
        while len(self._lines) < len(space.boundaries):
            line = pg.PlotDataItem()
            self.getPlotItem().addItem(line)
            self._lines.append(line)
        for line, boundary in zip(self._lines, space.boundaries, strict=False):
            output = boundary.unit is None
            line.setPen(
                pg.mkPen(OUTPUT_LINE if output else IDLE, width=LINE_WIDTH - 1 + output)
            )
            cut = boundary.cut
            if cut is None:
                line.setData([], [])
            elif flat:
                line.setData([cut[0, 0], cut[0, 0]], [-1, 1])
            else:
                line.setData(cut[:, 0], cut[:, 1])
        for line in self._lines[len(space.boundaries) :]:
            line.setData([], [])

    def shown_labels(self) -> list[str]:
        """The input labels shown now, one per group of coincident points."""
        return [
            label.textItem.toPlainText() for label in self._labels if label.isVisible()
        ]

    def drawn_points(self) -> np.ndarray:
        """The points as drawn, shape (n, 2)."""
        x, y = self._points.getData()
        return np.column_stack([x, y])

    def hollow_points(self) -> int:
        """How many points are drawn hollow (white inside): the test points."""
        return hollow_count(self._points)

    def drawn_lines(self) -> list[np.ndarray]:
        """Each line's drawn points, shape (n, 2) (n is 0 for one not drawn)."""
        drawn = [line.getData() for line in self._lines]
        return [
            np.zeros((0, 2)) if x is None else np.column_stack([x, y]) for x, y in drawn
        ]

    def grab_image(self) -> QImage:
        return self.grab().toImage()


def _axis_title(unit: int) -> str:
    return QCoreApplication.translate(
        "hidden_space_plot", "{unit}: unit {number} of hidden layer 1"
    ).format(unit=unit_name(unit), number=unit + 1)
