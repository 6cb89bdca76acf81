"""The atlas read in plain words: for each value of one axis, how well the best
setting of the other does ("with 16 hidden units 100% of seeds learn XOR,
median 320 epochs; with 2, 83%").

Qt-free facts; the window words them (and translates the words).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from xorgui.core.atlas.axes import NUMERIC_AXES, Axis
from xorgui.core.atlas.grid import AtlasGrid, CellSummary

READ_FIRST = (
    "hidden",
    "depth",
    "features",
    "activation",
    "noise",
    "optimizer",
    "batch_size",
    "l2",
    "l1",
    "momentum",
    "lr",
)
"""Which axis a note is about when it has a choice: the network's own shape
and its data before how it is trained (the learning rate is the best-of axis
most often)."""


@dataclass(frozen=True, slots=True)
class RowReading:
    """One value of the axis read, at its best cell along the other axis."""

    value: str
    other: str  # the other axis's value at that best cell
    seeds: int
    share: float
    median: float | None  # None when too few seeds solved to tell


@dataclass(frozen=True, slots=True)
class AtlasReading:
    """What the note says: the rows of the axis read, most capable value first."""

    axis: Axis
    other: Axis
    rows: tuple[RowReading, ...]
    gate: str
    finished: bool


def read_atlas(grid: AtlasGrid) -> AtlasReading | None:
    """The reading of `grid`, or None while no cell has been trained."""
    spec = grid.spec
    x_read = READ_FIRST.index(spec.x.name) < READ_FIRST.index(spec.y.name)
    axis, other = (spec.x, spec.y) if x_read else (spec.y, spec.x)
    order: Sequence[int] = range(len(axis.values))
    if axis.name in NUMERIC_AXES:  # widest, deepest, fastest first
        order = sorted(order, key=axis.values.__getitem__, reverse=True)
    rows = []
    for index in order:
        cells = [
            ((index, k) if x_read else (k, index), k) for k in range(len(other.values))
        ]
        trained = [
            (summary, k)
            for cell, k in cells
            if (summary := grid.summary(cell)) is not None
        ]
        if not trained:
            continue
        summary, k = max(trained, key=lambda pair: _merit(pair[0]))
        rows.append(
            RowReading(
                axis.label(index),
                other.label(k),
                summary.seeds,
                summary.share,
                None if summary.too_few else summary.median,
            )
        )
    if not rows:
        return None
    return AtlasReading(axis, other, tuple(rows), spec.base.gate, grid.finished)


def _merit(summary: CellSummary) -> tuple[float, float]:
    """Better cells compare greater: a larger share, then fewer epochs."""
    median = summary.median if not summary.too_few else None
    return summary.share, -(median if median is not None else math.inf)
