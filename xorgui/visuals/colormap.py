"""The colours the output views share: viridis for the model output (as in the
article) and one colour per target class for the points (test points hollow)."""

from __future__ import annotations

import functools
from functools import cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QBrush, QPen

from xorgui.visuals.palette import PAPER

LUT_SIZE = 256

# Orange and blue: apart for colour-blind eyes, and each far from the part of
# viridis it sits on (orange on the dark purple lows, blue on the yellow highs).
CLASS_COLOURS = {0: "#ff6a13", 1: "#1f6fff"}
POINT_OUTLINE = "#202020"


@cache
def viridis() -> pg.ColorMap:
    """Matplotlib's viridis (#440154 at 0 .. #fde725 at 1), from pyqtgraph."""
    return pg.colormap.get("viridis")


@cache
def viridis_lut() -> np.ndarray:
    """The 256 RGBA colours of viridis, uint8, shape (256, 4), read-only."""
    lut = viridis().getLookupTable(0.0, 1.0, LUT_SIZE, alpha=True)
    lut.setflags(write=False)
    return lut


def class_colour(target: float) -> str:
    """The colour of a training point whose target is `target` (0 or 1)."""
    return CLASS_COLOURS[int(target > 0.5)]


def point_colours(targets: np.ndarray, test: np.ndarray) -> tuple[list[str], list[str]]:
    """Each point's fill and outline: a training point filled with its
    target's colour, a test point hollow (white) with its target's outline."""
    fills, outlines = [], []
    for target, held_out in zip(targets, test, strict=True):
        colour = class_colour(float(target))
        fills.append(PAPER if held_out else colour)
        outlines.append(colour if held_out else POINT_OUTLINE)
    return fills, outlines


def point_styles(
    targets: np.ndarray, test: np.ndarray, width: float = 1.0
) -> tuple[list[QBrush], list[QPen]]:
    """`point_colours` as the brushes and pens a scatter plot takes, shared
    between points and draws (made once per colour: a view of 200 points
    redraws many times a second)."""
    fills, outlines = point_colours(targets, test)
    return [_brush(fill) for fill in fills], [_pen(o, width) for o in outlines]


@functools.lru_cache(maxsize=64)
def _brush(colour: str) -> QBrush:
    return pg.mkBrush(colour)


@functools.lru_cache(maxsize=64)
def _pen(colour: str, width: float) -> QPen:
    return pg.mkPen(colour, width=width)


def hollow_count(points: pg.ScatterPlotItem) -> int:
    """How many of the drawn points are hollow (white inside): test points."""
    return sum(point.brush().color().name() == PAPER for point in points.points())


class Colourer:
    """Colours heights in [0, 1] by viridis into buffers it keeps between frames.

    Heights outside [0, 1] take the end colours and NaN takes the lowest, so a
    surface never indexes outside the table. A call reuses the buffers of the
    previous one when the size is the same: its result is valid until the next.
    """

    def __init__(self) -> None:
        self._scaled = np.empty(0, dtype=np.float32)
        self._index = np.empty(0, dtype=np.intp)
        self._colours = np.empty((0, 4), dtype=np.uint8)

    def colours(self, heights: np.ndarray) -> np.ndarray:
        """RGBA uint8 colours, shape (heights.size, 4), in heights.ravel() order."""
        flat = np.ravel(heights)
        if self._scaled.size != flat.size:
            self._scaled = np.empty(flat.size, dtype=np.float32)
            self._index = np.empty(flat.size, dtype=np.intp)
            self._colours = np.empty((flat.size, 4), dtype=np.uint8)
        # Clip before scaling: a diverging linear output reaches 1e38, and
        # scaling that first would overflow float32.
        np.clip(flat, 0.0, 1.0, out=self._scaled, casting="unsafe")
        np.nan_to_num(self._scaled, copy=False, nan=0.0)
        self._scaled *= LUT_SIZE - 1
        np.rint(self._scaled, out=self._scaled)
        self._index[...] = self._scaled
        np.take(viridis_lut(), self._index, axis=0, out=self._colours)
        return self._colours
