"""Where a surface crosses a level: the article's red curve, the output's 0.5
contour, as short straight segments (marching squares, all cells at once).

Torch-free numpy; the plane view draws the segments as they come.
"""

from __future__ import annotations

import numpy as np


def contour_segments(axis: np.ndarray, values: np.ndarray, level: float) -> np.ndarray:
    """Segments, shape (n, 2, 2) as (segment, end, (x1, x2)), along which the
    surface `values` ([i, j] at (axis[i], axis[j]), as `Surface`) equals
    `level`, interpolated linearly along each cell's edges. A cell whose four
    corners alternate (a saddle) is split by its centre's value."""
    grid = np.asarray(values, dtype=np.float64)
    a = np.asarray(axis, dtype=np.float64)
    v00, v10 = grid[:-1, :-1], grid[1:, :-1]
    v11, v01 = grid[1:, 1:], grid[:-1, 1:]
    x_lo, x_hi = a[:-1, None], a[1:, None]
    y_lo, y_hi = a[None, :-1], a[None, 1:]
    shape = v00.shape
    # The crossing on each edge (NaN where none), in the order bottom, right, top, left.
    edges = np.stack(
        [
            _crossing(v00, v10, level, (x_lo, y_lo), (x_hi, y_lo), shape),
            _crossing(v10, v11, level, (x_hi, y_lo), (x_hi, y_hi), shape),
            _crossing(v01, v11, level, (x_lo, y_hi), (x_hi, y_hi), shape),
            _crossing(v00, v01, level, (x_lo, y_lo), (x_lo, y_hi), shape),
        ],
        axis=2,
    ).reshape(-1, 4, 2)
    crossed = ~np.isnan(edges[:, :, 0])
    count = crossed.sum(axis=1)
    pairs = edges[count == 2]
    mask = crossed[count == 2]
    first = np.argmax(mask, axis=1)
    second = 3 - np.argmax(mask[:, ::-1], axis=1)
    rows = np.arange(len(pairs))
    simple = np.stack([pairs[rows, first], pairs[rows, second]], axis=1)
    return np.concatenate([simple, _saddles(edges, count, v00, v10, v11, v01, level)])


def _crossing(
    here: np.ndarray,
    there: np.ndarray,
    level: float,
    start: tuple[np.ndarray, np.ndarray],
    end: tuple[np.ndarray, np.ndarray],
    shape: tuple[int, ...],
) -> np.ndarray:
    """Where the edge from `start` to `end` crosses `level`, (..., 2); NaN if not."""
    crosses = (here > level) != (there > level)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(crosses, (level - here) / (there - here), np.nan)
    x = np.broadcast_to(start[0], shape) + t * (end[0] - start[0])
    y = np.broadcast_to(start[1], shape) + t * (end[1] - start[1])
    return np.stack([x, y], axis=-1)


def _saddles(
    edges: np.ndarray,
    count: np.ndarray,
    v00: np.ndarray,
    v10: np.ndarray,
    v11: np.ndarray,
    v01: np.ndarray,
    level: float,
) -> np.ndarray:
    """Two segments for each cell crossed on all four edges."""
    saddle = count == 4
    centre = (v00 + v10 + v11 + v01).ravel()[saddle] / 4
    low_corner_above = (v00.ravel()[saddle] > level) == (centre > level)
    four = edges[saddle]
    bottom, right, top, left = (four[:, k] for k in range(4))
    # Centre on v00's side: v00 and v11 join, the cut runs round v10 and v01.
    joined = low_corner_above[:, None]
    first = np.stack(
        [np.where(joined, bottom, left), np.where(joined, right, bottom)], axis=1
    )
    second = np.stack(
        [np.where(joined, top, right), np.where(joined, left, top)], axis=1
    )
    return np.concatenate([first, second])
