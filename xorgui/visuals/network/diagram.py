"""The network diagram: inputs, every unit and the output, with their links.

Links are coloured by the weight's sign (blue positive, orange negative) and
drawn thicker for a larger |weight|; each unit's small badge is its bias, in
the same colours. Each hidden and output unit shows its activation over
[0,1]² as a thumbnail (TensorFlow Playground's picture), redrawn live while
the view is shown. Hovering tells the exact weight, bias or value range.

Signals: `unit_clicked(layer, unit)` when a hidden or output node is clicked
(`layer` indexes `Snapshot.layers`, 0 the first; the output is the last), for
a view that shows that unit (the 3-D view, via the window); `parameter_edited
(ParameterRef, float)` when a person typed a value for a link or a bias
(double-click it; the window passes it to the worker); `notice(str)` for the
status bar, such as why an edit cannot be made now.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.diagram_plan import DiagramPlan, plan_diagram
from xorgui.core.hand_edit.edits import (
    HandEditError,
    ParameterRef,
    parse_value,
    unit_name,
)
from xorgui.core.snapshot import Snapshot
from xorgui.core.unit_maps import unit_maps
from xorgui.visuals.latest import LatestSnapshot
from xorgui.visuals.network.diagram_geometry import (
    DiagramGeometry,
    LinkSpot,
    NodeSpot,
    distance_to,
    layout,
)
from xorgui.visuals.network.diagram_paint import link_width, paint_diagram
from xorgui.visuals.network.diagram_text import tooltip_for
from xorgui.visuals.network.edit_words import problem_words
from xorgui.visuals.network.live_view import LiveView
from xorgui.visuals.network.unit_thumbnails import thumbnail, unit_span
from xorgui.visuals.network.value_editor import ValueEditor

FRAME_INTERVAL_MS = 60
"""At most 16 drawings a second while training (new thumbnails; the painting
is cheap): a busy window's late timers still leave more than ten."""
LINK_REACH = 4.0
"""How far (px) from a link the mouse still counts as on it."""

Hit = NodeSpot | LinkSpot | tuple[NodeSpot, str]


class NetworkDiagram(LiveView, QWidget):
    """The network drawn from a snapshot's layers; see the module's notes."""

    unit_clicked = Signal(int, int)
    parameter_edited = Signal(object, float)
    notice = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(200, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.snapshot: Snapshot | None = None
        self.plan: DiagramPlan | None = None
        self.geometry_: DiagramGeometry | None = None
        self.thumbnails: dict[tuple[int, int], QImage] = {}
        # Per shown unit: its colours' range, and its values' (min, max).
        self.spans: dict[tuple[int, int], tuple[float, float]] = {}
        self.value_ranges: dict[tuple[int, int], tuple[float, float]] = {}
        self.draw_count = 0
        self.for_file = False
        self._hover: Hit | None = None
        self._latest = LatestSnapshot(self._draw, FRAME_INTERVAL_MS, self)
        self.editor = ValueEditor(self)
        self.editor.committed.connect(self._commit)
        self.editor.cancelled.connect(self.update)

    def set_for_file(self, on: bool) -> None:
        """Paint for an exported figure (no hint to double-click) or the window."""
        self.for_file = on
        self.update()

    # ------------------------------------------------------------ feeding

    def _edit_block_changed(self) -> None:
        if self.edit_block is not None and self.editor.isVisible():
            self.editor.close_editor()
            self.update()

    def _draw(self, snapshot: Snapshot) -> None:
        """New weights: plan, thumbnails of the shown units, layout, repaint."""
        layers = snapshot.layers
        if not layers:
            return
        config = snapshot.config
        self.snapshot = snapshot
        self.plan = plan_diagram(layers)
        maps = unit_maps(
            layers,
            config.activation,
            config.output_activation,
            features=config.features,
        )
        self.thumbnails, self.spans, self.value_ranges = {}, {}, {}
        for index, values in enumerate(maps):
            is_output = index == len(layers) - 1
            for unit in self.plan.shown[index + 1]:
                key = (index + 1, unit)
                span = unit_span(values[unit], is_output, config.activation)
                self.thumbnails[key] = thumbnail(values[unit], span)
                self.spans[key] = span
                self.value_ranges[key] = (
                    float(values[unit].min()),
                    float(values[unit].max()),
                )
        self._relayout()
        self.draw_count += 1

    def _relayout(self) -> None:
        if self.plan is not None:
            self.geometry_ = layout(
                self.plan, self.width(), self.height(), self.caption_height()
            )
        self.update()

    def caption_height(self) -> float:
        """Two lines of the widget's text, for the caption below the nodes."""
        return 2.0 * self.fontMetrics().lineSpacing() + 6.0

    def changeEvent(self, event: QEvent) -> None:
        """Follow the app's text size (View > Larger text)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_diagram(painter, self, self._highlighted())
        finally:
            painter.end()

    def _highlighted(self) -> Hit | None:
        """What is being edited, else what the mouse is over."""
        ref = self.editor.parameter
        if ref is not None and self.geometry_ is not None:
            return self._spot_of(ref)
        return self._hover

    def _spot_of(self, ref: ParameterRef) -> Hit | None:
        assert self.geometry_ is not None
        if ref.col is None:
            node = self.geometry_.node(ref.layer + 1, ref.row)
            return None if node is None else (node, "bias")
        for spot in self.geometry_.links:
            link = spot.link
            if (link.layer, link.row, link.col) == (ref.layer, ref.row, ref.col):
                return spot
        return None

    # ------------------------------------------------------------ the mouse

    def hit(self, point: QPointF) -> Hit | None:
        """The bias badge, node or link at `point` (in that order), if any."""
        geometry = self.geometry_
        if geometry is None:
            return None
        for node in geometry.nodes:
            if node.column > 0 and node.unit is not None and node.on_badge(point):
                return (node, "bias")
        for node in geometry.nodes:
            if node.contains(point):
                return node
        near = [(distance_to(s.line, point), s) for s in geometry.links]
        reach = [(d, s) for d, s in near if d <= LINK_REACH + _pen_width(s) / 2]
        return min(reach, key=lambda pair: pair[0])[1] if reach else None

    def parameter_at(self, hit: Hit | None) -> ParameterRef | None:
        """The weight or bias a double-click on `hit` edits (a unit's bias
        when the node itself is hit)."""
        if isinstance(hit, LinkSpot):
            link = hit.link
            return ParameterRef(link.layer, link.row, link.col)
        node = hit[0] if isinstance(hit, tuple) else hit
        if node is None or node.column == 0 or node.unit is None:
            return None
        return ParameterRef(node.column - 1, node.unit)

    def tooltip_at(self, point: QPointF) -> str | None:
        """The text hovering at `point` shows."""
        hit = self.hit(point)
        if hit is None or self.snapshot is None:
            return None
        return tooltip_for(self, hit, self.snapshot)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self.hit(event.position())
        if hover != self._hover:
            self._hover = hover
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position())
        unit = hit.unit if isinstance(hit, NodeSpot) and hit.column > 0 else None
        if event.button() == Qt.MouseButton.LeftButton and unit is not None:
            assert isinstance(hit, NodeSpot)
            self.unit_clicked.emit(hit.column - 1, unit)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        ref = self.parameter_at(self.hit(event.position()))
        if ref is None or self.snapshot is None:
            super().mouseDoubleClickEvent(event)
            return
        self.start_edit(ref, event.position())

    def start_edit(self, ref: ParameterRef, where: QPointF) -> bool:
        """Open the editor for `ref` at `where`, or say why it cannot be edited."""
        if self.edit_block is not None:
            self.notice.emit(self.edit_block)
            QToolTip.showText(self.mapToGlobal(where.toPoint()), self.edit_block, self)
            return False
        assert self.snapshot is not None
        self.editor.open(ref, ref.value(self.snapshot.layers), where.x(), where.y())
        self.update()
        return True

    def _commit(self, ref: ParameterRef, text: str) -> None:
        try:
            value = parse_value(text)
        except HandEditError as exc:
            message = self.tr("Cannot use that value: {0}.").format(problem_words(exc))
            self.notice.emit(message)
            QToolTip.showText(
                self.editor.mapToGlobal(self.editor.rect().bottomLeft()), message
            )
            return
        self.editor.close_editor()
        self.update()
        self.parameter_edited.emit(ref, value)

    def input_label(self, unit: int) -> str:
        """Input `unit` as the network receives it: "x1", "x1²", "sin x2"..."""
        features = (
            DEFAULT_FEATURES
            if self.snapshot is None
            else (self.snapshot.config.features)
        )
        return unit_name(-1, unit, 0, features)

    def unit_title(self, column: int, unit: int) -> str:
        """ "h2" for the second hidden unit, "h1.2" with several hidden layers."""
        layers = 0 if self.snapshot is None else len(self.snapshot.layers)
        return unit_name(column - 1, unit, layers)


def _pen_width(spot: LinkSpot) -> float:
    return link_width(spot.link.weight)
