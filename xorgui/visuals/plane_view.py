"""The plane view: the article's AND/OR/XOR figures, live.

The unit square seen from above: the four points coloured by target, the
output as a heatmap (a toggle), the article's red curve where the output is
0.5, and each first-layer unit's straight line with its equation
x2 = w'x1 + b' (over input features other than x1 and x2, its boundary
w·φ(x) + b = 0, a curve). A note says what the picture means: one line cuts AND, no
straight line can cut XOR, the hidden units' lines bend into the red curve.
A click in the square says where (`point_clicked`): the window draws points
there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from xorgui.core.collapse import output_boundary, output_unit_boundary
from xorgui.core.contour import contour_segments
from xorgui.core.data.features import uses_only_the_point
from xorgui.core.data.sets import is_regression
from xorgui.core.decision_lines import (
    DecisionLine,
    LineKind,
    UnitBoundary,
    linearly_separable,
    output_is_flat,
    unit_boundaries,
)
from xorgui.core.grid import grid_axis
from xorgui.core.outcome import is_linear
from xorgui.core.snapshot import Snapshot, Surface
from xorgui.core.unit_surface import unit_surface
from xorgui.visuals.fitted_labels import ElidedLabel, TextScroller, WrappedLabel
from xorgui.visuals.heatmap_view import HeatmapView
from xorgui.visuals.latest_view import LatestView
from xorgui.visuals.palette import (
    BAD_NOTE,
    BOUNDARY,
    GOOD_NOTE,
    INFO_NOTE,
    LINE_HALO,
    UNIT_LINES,
    NoteColours,
    restyle,
)
from xorgui.visuals.setup_text import subject_text
from xorgui.visuals.text_size import text_scale

FRAME_INTERVAL_MS = 100
OWN_GRID = 64
"""Points a side of the surface computed here when a snapshot brings none."""
LISTED_LINES = 6
"""Equations listed under the plot; more units' lines are drawn, not listed."""
LINE_WIDTH, HALO_WIDTH, BOUNDARY_WIDTH = 3.5, 6.0, 2.5
REACH_PIXELS = 12
"""How near a point a right click must be to remove it, in screen pixels."""


@dataclass(frozen=True, slots=True)
class PlaneClick:
    """A click in the unit square: where (x1, x2), which way (a right click
    removes, Shift asks for the other class) and how far `reach` a removal
    looks for a point (REACH_PIXELS, in the square's units)."""

    x1: float
    x2: float
    remove: bool
    other_class: bool
    reach: float


class PlaneView(LatestView):
    """The unit square with the output, its 0.5 curve and the units' lines."""

    point_clicked = Signal(object)
    """A PlaneClick in the square."""
    file_dropped = Signal(str)
    """A CSV file of points was dropped on the view: its path."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(FRAME_INTERVAL_MS, parent)
        self._straight = True
        """Whether the first layer's inputs are x1 and x2: its units draw lines."""
        self.setObjectName("planeView")
        self.caption = ElidedLabel(self)
        self.caption.setObjectName("planeCaption")
        self.heatmap_box = QCheckBox(self.tr("&Heatmap"), self)
        self.heatmap_box.setChecked(True)
        self.heatmap_box.setToolTip(
            self.tr("Colour the square by the network's output (viridis, as in 3-D).")
        )
        self.heatmap_box.toggled.connect(self._heatmap_toggled)
        self.plot = HeatmapView(self)
        self.plot.setMinimumSize(220, 220)
        self._show_tips()
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        # A file dropped anywhere on the view reaches the view, not the plot.
        self.plot.setAcceptDrops(False)
        self.setAcceptDrops(True)
        self.legend = WrappedLabel(self)
        self.legend.setObjectName("planeLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.note = WrappedLabel(self)
        self.note.setObjectName("planeNote")
        self._items = _PlaneItems(self.plot.getPlotItem())

        header = QHBoxLayout()
        header.addWidget(self.caption, 1)
        header.addWidget(self.heatmap_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.plot, 1)
        layout.addWidget(TextScroller([self.legend, self.note], self))

    def changeEvent(self, event: QEvent) -> None:
        """Larger or normal text: the plot's painted labels follow; a new
        language: the tips made of two texts."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.plot.set_text_scale(text_scale())
        if event.type() == QEvent.Type.LanguageChange:
            self._show_tips()

    def _show_tips(self) -> None:
        """What the plot shows (lines, or curves over features) and how to
        draw points on it."""
        self.plot.setToolTip(
            (
                self.tr(
                    "Red: where the output is 0.5, the network's boundary. Dashed: "
                    "each first-layer unit's line w1·x1 + w2·x2 + b = 0. Rings: "
                    "test points."
                )
                if self._straight
                else self.tr(
                    "Red: where the output is 0.5, the network's boundary. Dashed: "
                    "each first-layer unit's boundary w·φ(x) + b = 0, curved by "
                    "the features. Rings: test points."
                )
            )
            + "\n"
            + draw_hint()
        )
        self.plot.setStatusTip(draw_hint())

    def _heatmap_toggled(self, on: bool) -> None:
        self.plot.set_heatmap_visible(on)

    def set_test_points_visible(self, on: bool) -> None:
        """Draw the test points (rings), or only the training points."""
        self.plot.set_test_points_visible(on)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Only a CSV file is taken."""
        if _dropped_csv(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_csv(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.file_dropped.emit(path)

    def _clicked(self, event: MouseClickEvent) -> None:
        """A left or right click in the square."""
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return
        box = self.plot.getPlotItem().getViewBox()
        where = box.mapSceneToView(event.scenePos())
        x1, x2 = where.x(), where.y()
        if not (0.0 <= x1 <= 1.0 and 0.0 <= x2 <= 1.0):
            return
        event.accept()
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        self.point_clicked.emit(
            PlaneClick(
                x1,
                x2,
                remove=button == Qt.MouseButton.RightButton,
                other_class=bool(shift),
                reach=REACH_PIXELS * box.viewPixelSize()[0],
            )
        )

    def _draw(self, snapshot: Snapshot) -> None:
        config = snapshot.config
        surface = snapshot.surface or _own_surface(snapshot)
        self.plot.draw_snapshot(replace(snapshot, surface=surface))
        flat = output_is_flat(
            snapshot.layers,
            config.activation,
            config.output_activation,
            config.features,
        )
        straight = uses_only_the_point(config.features)
        if straight != self._straight:
            self._straight = straight
            self._show_tips()
        if flat:
            self._items.draw_straight_boundary(None)
        elif is_linear(config) and snapshot.layers and straight:
            line = output_boundary(snapshot.layers, config.output_activation)
            self._items.draw_straight_boundary(line)
        else:
            self._items.draw_boundary(surface)
        lines, names = _lines_and_names(snapshot, flat)
        self._items.draw_lines(lines, names)
        self.caption.setText(
            self.tr("{gate}, network {shape}, epoch {epoch}").format(
                gate=subject_text(config),
                shape=config.architecture,
                epoch=f"{snapshot.epoch:,}",
            )
        )
        self.legend.setText(self._legend_text(lines, names, flat))
        text, colours = self._note_for(snapshot, flat)
        self.note.setText(text)
        restyle(self.note, colours.style_sheet())

    def boundary_points(self) -> np.ndarray:
        """The red boundary's drawn segment ends, shape (2n, 2) (none: (0, 2))."""
        return _points_of(self._items.boundary)

    def line_points(self, index: int) -> np.ndarray:
        """The drawn segment ends of listed line `index` (0-based), shape (2, 2)
        or (0, 2) when it is not drawn."""
        return _points_of(self._items.lines[index])

    def _legend_text(
        self, lines: list[UnitBoundary], names: list[str], flat: bool
    ) -> str:
        """Each listed line's colour, name and equation (or why it has none)."""
        boundary = (
            self.tr("the output is 0.5 everywhere: no boundary yet")
            if flat
            else self.tr("the network's boundary, where the output is 0.5")
        )
        rows = [f"{_swatch(BOUNDARY, '#ffffff')} {boundary}"]
        for index, (line, name) in enumerate(
            zip(lines[:LISTED_LINES], names, strict=False)
        ):
            colour = UNIT_LINES[index % len(UNIT_LINES)]
            rows.append(
                f"{_swatch(colour, LINE_HALO)} <b>{name}</b>: {self._describe(line)}"
            )
        hidden = len(lines) - LISTED_LINES
        if hidden > 0:
            rows.append(
                (
                    self.tr("... and {count} more units' lines, drawn but not listed")
                    if lines[0].line is not None
                    else self.tr(
                        "... and {count} more units' boundaries, drawn but not listed"
                    )
                ).format(count=hidden)
            )
        return "<br>".join(rows)

    def _describe(self, boundary: UnitBoundary) -> str:
        line = boundary.line
        if line is None:
            if not len(boundary.segments()):
                return self.tr("{equation} (misses the square)").format(
                    equation=boundary.equation()
                )
            return boundary.equation()
        if line.kind is LineKind.NONE:
            return self.tr("no line (w1 = w2 = 0)")
        if line.segment is None:
            return self.tr("{equation} (misses the square)").format(
                equation=line.equation()
            )
        return line.equation()

    def _note_for(self, snapshot: Snapshot, flat: bool) -> tuple[str, NoteColours]:
        """What the picture shows, in a sentence, and the note's colours."""
        config = snapshot.config
        gate = config.gate.upper()
        no_boundary = self.tr("The output is 0.5 everywhere: no boundary yet.")
        if not uses_only_the_point(config.features):
            if flat:
                return no_boundary, INFO_NOTE
            if snapshot.solved:
                return (
                    self.tr(
                        "The features bend the boundary: the network's curve "
                        "separates the points, where straight lines of x1 and x2 "
                        "would need a hidden layer."
                    ),
                    GOOD_NOTE,
                )
            return (
                self.tr(
                    "With features such as x1·x2 as inputs, each unit's boundary "
                    "is a curve on the square, even with no hidden layer."
                ),
                INFO_NOTE,
            )
        if is_regression(config):
            return self.tr(
                "The colours are the heights the network fits; the red curve "
                "only marks where its output is 0.5. Points are drawn in their "
                "target's colour."
            ), INFO_NOTE
        if config.data != "corners":  # the notes below speak of a gate's corners
            return no_boundary if flat else self.tr(
                "The red curve is the network's boundary, where the output is "
                "0.5: it should keep the blue points on one side and the orange "
                "on the other."
            ), INFO_NOTE
        separable = linearly_separable(snapshot.targets)
        if not separable and is_linear(config):
            text = self.tr(
                "No straight line can separate {gate}: its 1s sit on one "
                "diagonal, its 0s on the other. This network draws only one "
                "straight line."
            ).format(gate=gate)
            return (f"{text} {no_boundary}" if flat else text), BAD_NOTE
        if flat:
            return no_boundary, INFO_NOTE
        if not config.hidden:
            boundary = output_boundary(snapshot.layers, config.output_activation)
            if boundary.separates(snapshot.targets):
                return (
                    self.tr(
                        "One line separates {gate}: the network's own line cuts "
                        "its 1s from its 0s."
                    ).format(gate=gate),
                    GOOD_NOTE,
                )
            return (
                self.tr("One line can separate {gate}; this one does not yet.").format(
                    gate=gate
                ),
                INFO_NOTE,
            )
        if config.activation == "identity":
            return (
                self.tr(
                    "Without an activation the layers collapse into one: the red "
                    "boundary stays a straight line (see Single layer)."
                ),
                INFO_NOTE,
            )
        if snapshot.solved:
            return (
                self.tr(
                    "The red curve separates {gate}: the hidden units' lines, "
                    "bent by the activation, make one curved boundary."
                ).format(gate=gate),
                GOOD_NOTE,
            )
        return (
            self.tr(
                "Each hidden unit draws a straight line; the activation bends "
                "them into the red curve, where the output is 0.5."
            ),
            INFO_NOTE,
        )


class _PlaneItems:
    """The curve and lines drawn over the heatmap, built once, refilled each frame."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self._plot = plot
        self.boundary = pg.PlotDataItem(
            pen=pg.mkPen(BOUNDARY, width=BOUNDARY_WIDTH), connect="pairs"
        )
        self.boundary.setZValue(8)
        plot.addItem(self.boundary)
        self._halo = pg.PlotDataItem(
            pen=pg.mkPen(LINE_HALO, width=HALO_WIDTH), connect="pairs"
        )
        self._halo.setZValue(6)
        plot.addItem(self._halo)
        self.lines: list[pg.PlotDataItem] = []
        for colour in UNIT_LINES:
            item = pg.PlotDataItem(
                pen=pg.mkPen(colour, width=LINE_WIDTH, style=Qt.PenStyle.DashLine),
                connect="pairs",
            )
            item.setZValue(7)
            plot.addItem(item)
            self.lines.append(item)
        self._labels: list[pg.TextItem] = []

    def draw_boundary(self, surface: Surface) -> None:
        """The output's 0.5 contour."""
        ends = contour_segments(surface.axis, surface.values, 0.5).reshape(-1, 2)
        self.boundary.setData(ends[:, 0], ends[:, 1])

    def draw_straight_boundary(self, line: DecisionLine | None) -> None:
        """A linear network's boundary, exactly: its output's tilt can be too
        small for the surface's float32 values to show where it crosses 0.5.
        None: no boundary (a flat output)."""
        segment = None if line is None else line.segment
        _set_pairs(self.boundary, list(segment or ()))

    def draw_lines(self, lines: list[UnitBoundary], names: list[str]) -> None:
        """Every line (or curve) that crosses the square, coloured in turn; the
        first few named."""
        groups: list[list[tuple[float, float]]] = [[] for _ in UNIT_LINES]
        labelled = 0
        for index, line in enumerate(lines):
            segments = line.segments()
            if not len(segments):
                continue
            groups[index % len(UNIT_LINES)].extend(map(tuple, segments.reshape(-1, 2)))
            if index < LISTED_LINES:
                self._label(labelled, names[index], tuple(map(tuple, segments[0])))
                labelled += 1
        for label in self._labels[labelled:]:
            label.hide()
        every = [end for group in groups for end in group]
        _set_pairs(self._halo, every)
        for item, group in zip(self.lines, groups, strict=True):
            _set_pairs(item, group)

    def _label(
        self, index: int, name: str, segment: tuple[tuple[float, float], ...]
    ) -> None:
        """Name a line near its start: label `index`, made once and reused (a
        new text item each frame cost more than the rest of the view)."""
        if index == len(self._labels):
            label = pg.TextItem(color=LINE_HALO, fill=pg.mkBrush("#ffffff"))
            label.setZValue(9)
            self._plot.addItem(label)
            self._labels.append(label)
        label = self._labels[index]
        if label.textItem.toPlainText() != name:
            label.setText(name)
        (a1, a2), (b1, b2) = segment
        label.setPos(a1 + 0.3 * (b1 - a1), a2 + 0.3 * (b2 - a2))
        label.show()


def _swatch(colour: str, background: str) -> str:
    """A short thick bar in a line's colour, for the legend."""
    return (
        f'<span style="color:{colour}; background:{background}">'
        "&nbsp;&#9644;&#9644;&nbsp;</span>"
    )


def _set_pairs(item: pg.PlotDataItem, ends: list[tuple[float, float]]) -> None:
    if ends:
        points = np.asarray(ends, dtype=np.float64)
        item.setData(points[:, 0], points[:, 1])
    else:
        item.setData([], [])


def _points_of(item: pg.PlotDataItem) -> np.ndarray:
    x, y = item.getData()
    if x is None or y is None:
        return np.zeros((0, 2))
    return np.column_stack([x, y])


def _lines_and_names(
    snapshot: Snapshot, flat: bool
) -> tuple[list[UnitBoundary], list[str]]:
    """The first-layer units' boundaries and names (h1, h2, ...), or with no
    hidden layer the output's own, named y (none while the output is flat)."""
    config = snapshot.config
    if not snapshot.layers:
        return [], []
    if not config.hidden:
        if flat:
            return [], []
        line = output_unit_boundary(
            snapshot.layers, config.output_activation, config.features
        )
        return [line], ["y"]
    lines = unit_boundaries(snapshot.layers, config.features)
    return lines, [f"h{index}" for index in range(1, len(lines) + 1)]


def _own_surface(snapshot: Snapshot) -> Surface:
    """The output over a grid, from the snapshot's layers (no surface came)."""
    axis = grid_axis(OWN_GRID)
    if not snapshot.layers:
        return Surface(axis, np.full((OWN_GRID, OWN_GRID), 0.5, dtype=np.float32))
    config = snapshot.config
    output = len(snapshot.layers) - 1
    return unit_surface(
        snapshot.layers,
        config.activation,
        config.output_activation,
        output,
        0,
        axis,
        config.features,
    )


def _dropped_csv(mime: QMimeData) -> str | None:
    """The path of the one local .csv file in `mime`, if that is what it holds."""
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if path.lower().endswith(".csv") else None


def draw_hint() -> str:
    """How a person draws points here (a tooltip and the status bar say it)."""
    return QCoreApplication.translate(
        "PlaneView",
        "While training is paused: click to add a point of the class chosen "
        "under Data (Shift+click: the other class), right-click to remove the "
        "nearest point.",
    )
