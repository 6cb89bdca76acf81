"""Painting the network diagram: titles, links, nodes with their thumbnails
and bias badges, and a caption that says what is shown.

Every colour is opaque (the palette's, or tinted towards white): Qt's raster
engine draws translucent strokes many times slower.
"""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap

from xorgui.visuals.network.diagram_geometry import MARGIN, LinkSpot, NodeSpot
from xorgui.visuals.network.diagram_text import caption, column_title, translate
from xorgui.visuals.palette import (
    ATTENTION,
    INK,
    PAPER,
    WEIGHT_NEGATIVE,
    WEIGHT_POSITIVE,
)

if TYPE_CHECKING:
    from xorgui.visuals.network.diagram import Hit, NetworkDiagram

MORE_FILL = "#eceff1"
INPUT_FILL = "#f5f5f5"
HIGHLIGHT_WIDTH = 3.0
MIN_LABEL_POINTS = 6.0
"""An input's name shrinks to fit its circle, but no smaller than this."""


def link_width(weight: float) -> float:
    """A link's pen width: 1.5 px at |w| = 0.25, 4.6 at 6, 8 (the most) at 21;
    by the square root, so small weights still differ and large ones fit."""
    return min(0.7 + 1.6 * math.sqrt(abs(weight)), 8.0)


def sign_colour(value: float) -> QColor:
    return QColor(WEIGHT_POSITIVE if value >= 0 else WEIGHT_NEGATIVE)


def paint_diagram(
    painter: QPainter, diagram: NetworkDiagram, highlighted: Hit | None
) -> None:
    """Paint the whole diagram as `diagram` last laid it out."""
    painter.fillRect(diagram.rect(), QColor(PAPER))
    geometry, plan = diagram.geometry_, diagram.plan
    if geometry is None or plan is None or diagram.snapshot is None:
        painter.setPen(QColor(INK))
        painter.drawText(
            diagram.rect(),
            Qt.AlignmentFlag.AlignCenter,
            translate(
                "NetworkDiagram", "The network appears here once training has started."
            ),
        )
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = QFont(diagram.font())
    painter.setFont(font)
    layer_count = len(diagram.snapshot.layers)
    painter.setPen(QColor(INK))
    for column, x in enumerate(geometry.column_x):
        title = QRectF(x - 60, MARGIN - 4, 120, 20)
        painter.drawText(
            title, Qt.AlignmentFlag.AlignCenter, column_title(column, layer_count)
        )
    for spot in sorted(geometry.links, key=lambda s: abs(s.link.weight)):
        _paint_link(painter, spot, spot is highlighted)
    for node in geometry.nodes:
        _paint_node(painter, diagram, node, highlighted)
    painter.setPen(QColor(INK))
    footer = diagram.caption_height()
    bottom = QRectF(
        MARGIN,
        diagram.height() - footer - MARGIN / 2,
        diagram.width() - 2 * MARGIN,
        footer,
    )
    painter.drawText(
        bottom,
        Qt.AlignmentFlag.AlignLeft
        | Qt.AlignmentFlag.AlignVCenter
        | Qt.TextFlag.TextWordWrap,
        caption(plan, for_file=diagram.for_file),
    )


def _paint_link(painter: QPainter, spot: LinkSpot, highlighted: bool) -> None:
    weight = spot.link.weight
    if highlighted:
        painter.setPen(QPen(QColor(ATTENTION), link_width(weight) + 4))
        painter.drawLine(spot.line)
    pen = QPen(sign_colour(weight), link_width(weight))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(spot.line)


def _paint_node(
    painter: QPainter, diagram: NetworkDiagram, node: NodeSpot, highlighted: object
) -> None:
    rect = node.rect
    is_highlighted = highlighted is node
    border = QPen(QColor(ATTENTION if is_highlighted else INK))
    border.setWidthF(HIGHLIGHT_WIDTH if is_highlighted else 1.0)
    if node.column == 0 and node.unit is not None:
        painter.setPen(border)
        painter.setBrush(QBrush(QColor(INPUT_FILL)))
        painter.drawEllipse(rect)
        _draw_fitted(painter, rect, diagram.input_label(node.unit))
        return
    if node.unit is None:
        painter.setPen(border)
        painter.setBrush(QBrush(QColor(MORE_FILL)))
        painter.drawRoundedRect(rect, 4, 4)
        assert diagram.plan is not None
        hidden = diagram.plan.hidden_count(node.column)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            translate("NetworkDiagram", "+{0}").format(hidden),
        )
        return
    image = diagram.thumbnails.get((node.column, node.unit))
    if image is not None:
        painter.drawImage(rect, image)
    painter.setPen(border)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    _paint_badge(painter, diagram, node, highlighted == (node, "bias"))


def _draw_fitted(painter: QPainter, rect: QRectF, text: str) -> None:
    """`text` centred in `rect`, in a smaller font if it is wider than the
    node ("sin x1" in a small circle), never below MIN_LABEL_POINTS."""
    font = QFont(painter.font())
    room = rect.width() * 0.9
    width = painter.fontMetrics().horizontalAdvance(text)
    if width > room and font.pointSizeF() > 0:
        font.setPointSizeF(max(MIN_LABEL_POINTS, font.pointSizeF() * room / width))
    painter.save()
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _paint_badge(
    painter: QPainter, diagram: NetworkDiagram, node: NodeSpot, highlighted: bool
) -> None:
    assert diagram.snapshot is not None and node.unit is not None
    bias = float(diagram.snapshot.layers[node.column - 1].bias[node.unit])
    side = round(node.badge.width())
    scale = painter.device().devicePixelRatioF()
    painter.drawPixmap(
        node.badge.topLeft(), _badge(side, bias >= 0, highlighted, scale)
    )


@cache
def _badge(side: int, positive: bool, highlighted: bool, scale: float) -> QPixmap:
    """A bias badge: a disc of the sign's colour with + or - in white, drawn
    once per size (antialiased circles are costly to draw by the dozen)."""
    pixmap = QPixmap(round(side * scale), round(side * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(ATTENTION if highlighted else PAPER))
        pen.setWidthF(HIGHLIGHT_WIDTH if highlighted else 1.5)
        painter.setPen(pen)
        painter.setBrush(QBrush(sign_colour(1.0 if positive else -1.0)))
        inset = pen.widthF() / 2
        painter.drawEllipse(QRectF(inset, inset, side - 2 * inset, side - 2 * inset))
        centre, half = side / 2, side * 0.28
        painter.setPen(QPen(QColor(PAPER), 1.5))
        painter.drawLine(QPointF(centre - half, centre), QPointF(centre + half, centre))
        if positive:
            painter.drawLine(
                QPointF(centre, centre - half), QPointF(centre, centre + half)
            )
    finally:
        painter.end()
    return pixmap
