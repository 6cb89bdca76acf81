"""Where the network diagram puts things: a column per layer, nodes evenly
down each column, links from node to node, a bias badge on each unit.

Plain geometry from a `DiagramPlan` and the widget's size, used both to paint
and to find what the mouse is over.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF

from xorgui.core.diagram_plan import DiagramPlan, Link

MARGIN = 14.0
HEADER = 22.0
"""Room above the nodes for the column titles."""
LARGEST_NODE, SMALLEST_NODE = 64.0, 14.0
BADGE_SHARE = 0.32
"""A bias badge's diameter, as a share of its node's side (at least 9 px)."""


@dataclass(frozen=True, slots=True)
class NodeSpot:
    """One drawn node: its column (0 the inputs), its unit (None for the
    "+N more" node), its square and its bias badge's circle."""

    column: int
    unit: int | None
    rect: QRectF
    badge: QRectF

    def contains(self, point: QPointF) -> bool:
        return self.rect.contains(point)

    def on_badge(self, point: QPointF) -> bool:
        centre = self.badge.center()
        radius = self.badge.width() / 2 + 2
        return math.hypot(point.x() - centre.x(), point.y() - centre.y()) <= radius


@dataclass(frozen=True, slots=True)
class LinkSpot:
    """One drawn link and its line."""

    link: Link
    line: QLineF


@dataclass(frozen=True, slots=True)
class DiagramGeometry:
    """Every node and link of a plan laid out in a width x height area."""

    nodes: tuple[NodeSpot, ...]
    links: tuple[LinkSpot, ...]
    column_x: tuple[float, ...]
    side: float

    def node(self, column: int, unit: int) -> NodeSpot | None:
        for spot in self.nodes:
            if spot.column == column and spot.unit == unit:
                return spot
        return None


def layout(
    plan: DiagramPlan, width: float, height: float, footer: float
) -> DiagramGeometry:
    """Lay `plan` out above a `footer` px high caption: columns spread across,
    each column's nodes (and a "+N more" node where units are hidden) spread
    down, all the same size."""
    columns = len(plan.shown)
    rows = max(len(s) + (plan.hidden_count(c) > 0) for c, s in enumerate(plan.shown))
    usable_h = max(height - HEADER - footer - 2 * MARGIN, 1.0)
    step_x = (width - 2 * MARGIN) / max(columns, 1)
    side = min(LARGEST_NODE, usable_h / (rows * 1.3), step_x * 0.42)
    side = max(side, SMALLEST_NODE)
    column_x = tuple(MARGIN + step_x * (c + 0.5) for c in range(columns))
    nodes: list[NodeSpot] = []
    for column, shown in enumerate(plan.shown):
        units: list[int | None] = list(shown)
        if plan.hidden_count(column):
            units.append(None)
        gap = usable_h / len(units)
        for position, unit in enumerate(units):
            centre_y = MARGIN + HEADER + gap * (position + 0.5)
            rect = QRectF(column_x[column] - side / 2, centre_y - side / 2, side, side)
            badge_side = max(side * BADGE_SHARE, 9.0)
            badge = QRectF(
                rect.left() - badge_side / 2,
                rect.bottom() - badge_side / 2,
                badge_side,
                badge_side,
            )
            nodes.append(NodeSpot(column, unit, rect, badge))
    spots = {(spot.column, spot.unit): spot for spot in nodes}
    links = []
    for link in plan.links:
        source = spots[(link.layer, link.col)].rect
        target = spots[(link.layer + 1, link.row)].rect
        line = QLineF(
            QPointF(source.right(), source.center().y()),
            QPointF(target.left(), target.center().y()),
        )
        links.append(LinkSpot(link, line))
    return DiagramGeometry(tuple(nodes), tuple(links), column_x, side)


def distance_to(line: QLineF, point: QPointF) -> float:
    """The shortest distance from `point` to the segment `line`."""
    dx, dy = line.dx(), line.dy()
    length2 = dx * dx + dy * dy
    t = 0.0
    if length2 > 0:
        t = ((point.x() - line.x1()) * dx + (point.y() - line.y1()) * dy) / length2
        t = min(max(t, 0.0), 1.0)
    return math.hypot(
        point.x() - (line.x1() + t * dx), point.y() - (line.y1() + t * dy)
    )
