"""The loss plot's axes: grid lines painted opaque (Qt's raster engine draws
translucent strokes many times slower), log ticks at 1, 2 and 5, and epoch
labels in whole epochs spaced so they never collide."""

from __future__ import annotations

import math
from functools import cache

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

LABEL_GAP = 1.5
"""Epoch labels stand at least this many label widths apart."""


class OpaqueGridAxis(pg.AxisItem):
    """An axis whose tick and grid lines are opaque, in the colour pyqtgraph's
    translucent ones show over the white plot.

    Qt's raster engine draws a translucent line some twenty times slower than an
    opaque one, and a growing curve has its axes (grid included) redrawn at every
    update: with translucent lines that was the window's dearest paint, done
    while holding the GIL the training thread needs.
    """

    def generateDrawSpecs(self, p: QPainter) -> tuple | None:
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        opaque = [(_over_white(pen), start, end) for pen, start, end in ticks]
        return axis, opaque, _apart(texts)


def _apart(texts: list[tuple[QRectF, int, str]]) -> list[tuple[QRectF, int, str]]:
    """The tick labels that do not overlap one kept before them (pyqtgraph
    limits how much of the axis text fills, not whether two labels meet:
    "0.2" ran into "0.4" on a short plot with larger text)."""
    kept: list[tuple[QRectF, int, str]] = []
    for text in texts:
        if not any(text[0].intersects(other[0]) for other in kept):
            kept.append(text)
    return kept


def _over_white(pen: QPen) -> QPen:
    """`pen` with its colour blended onto white, fully opaque."""
    opaque = QPen(pen)
    opaque.setColor(_blended_over_white(pen.color().rgba()))
    return opaque


@cache
def _blended_over_white(rgba: int) -> QColor:
    colour = QColor.fromRgba(rgba)
    alpha = colour.alphaF()
    channels = (colour.redF(), colour.greenF(), colour.blueF())
    return QColor.fromRgbF(*(alpha * channel + 1.0 - alpha for channel in channels))


class LossAxis(OpaqueGridAxis):
    """The loss axis: on a log scale within a decade or two, only 1, 2 and 5 per
    decade are sure to be labelled; the other ticks get a label only if there
    is room (pyqtgraph labels them all, and they overlap on a short plot)."""

    def logTickValues(
        self,
        minVal: float,
        maxVal: float,
        size: float,
        stdTicks: list[tuple[float | None, list[float]]],
    ) -> list[tuple[float | None, list[float]]]:
        levels = []
        for spacing, values in super().logTickValues(minVal, maxVal, size, stdTicks):
            if spacing is not None:
                levels.append((spacing, values))
                continue
            labelled = [v for v in values if _mantissa(v) in (1, 2, 5)]
            levels.append((None, labelled))
            levels.append((None, [v for v in values if v not in labelled]))
        return levels


def _mantissa(log_value: float) -> int:
    """The leading digit of 10**log_value (ticks sit on whole digits)."""
    return round(10 ** (log_value - math.floor(log_value)))


class EpochAxis(OpaqueGridAxis):
    """The epoch axis: ticks on whole epochs only, with thousands separators.

    Its first and last labels stand at the plot's edges, half outside the axis;
    pyqtgraph hides such labels when the grid is on, so the axis claims
    `overhang` pixels either side (the plot leaves that room free).
    """

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self._overhang = 0

    def set_overhang(self, pixels: int) -> None:
        self.prepareGeometryChange()
        self._overhang = pixels
        self.picture = None
        self.update()

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-self._overhang, 0, self._overhang, 0)

    def tickValues(
        self,
        minVal: float,
        maxVal: float,
        size: float,
    ) -> list[tuple[float, list[float]]]:
        """pyqtgraph's ticks, but only whole epochs and only as many as leave
        room between their labels (large text on a narrow plot has fewer)."""
        span = maxVal - minVal
        if span <= 0 or size <= 0:
            return []
        font = self.style["tickFont"] or QFont()
        widest = QFontMetrics(font).horizontalAdvance(
            f"{round(max(abs(minVal), abs(maxVal))):,}"
        )
        asked = size
        while asked >= 1:
            spacings = [
                spacing
                for spacing, _offset in self.tickSpacing(minVal, maxVal, asked)
                if spacing >= 1 and spacing / span * size >= widest * LABEL_GAP
            ]
            if spacings:
                return _ticks_at(spacings, minVal, maxVal)
            asked /= 2  # pyqtgraph spaces ticks more widely on a shorter axis
        # A narrow plot: pyqtgraph offers nothing wider than a quarter of the
        # span, so take the smallest 1, 2 or 5 x 10^k epochs that leaves room.
        spacing = _nice_at_least(widest * LABEL_GAP * span / size)
        return _ticks_at([spacing], minVal, maxVal) if spacing <= span else []

    def tickStrings(
        self,
        values: list[float],
        scale: float,
        spacing: float,
    ) -> list[str]:
        return [f"{round(value * scale):,}" for value in values]


def _nice_at_least(value: float) -> float:
    """The smallest 1, 2 or 5 x 10^k (k >= 0) not below `value`."""
    power = 10 ** max(0, math.floor(math.log10(max(value, 1.0))))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= value)


def _ticks_at(
    spacings: list[float], low: float, high: float
) -> list[tuple[float, list[float]]]:
    """Each spacing's multiples in [low, high], less those of a wider one."""
    levels: list[tuple[float, list[float]]] = []
    taken: set[float] = set()
    for spacing in spacings:
        first = math.ceil(low / spacing)
        values = [
            n * spacing
            for n in range(first, math.floor(high / spacing) + 1)
            if n * spacing not in taken
        ]
        taken.update(values)
        levels.append((spacing, values))
    return levels
