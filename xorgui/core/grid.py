"""The grid over [0,1]² on which the model's output surface is evaluated."""

from __future__ import annotations

import numpy as np

DEFAULT_GRID = 100
"""The article's 100 x 100 grid."""
MIN_GRID, MAX_GRID = 2, 512


def grid_axis(size: int) -> np.ndarray:
    """The N sample positions along each axis of the output grid over [0, 1]."""
    return np.linspace(0.0, 1.0, size, dtype=np.float32)


def grid_points(axis: np.ndarray) -> np.ndarray:
    """The axis x axis grid's (x1, x2) points, shape (len(axis)², 2), float64,
    x1 slowest: point i * n + j is (axis[i], axis[j]), as a `Surface` orders
    its values."""
    x1, x2 = np.meshgrid(
        axis.astype(np.float64), axis.astype(np.float64), indexing="ij"
    )
    return np.stack([x1.ravel(), x2.ravel()], axis=1)


def values_at(axis: np.ndarray, values: np.ndarray, points: np.ndarray) -> np.ndarray:
    """A surface's values ([i, j] at (axis[i], axis[j])) at `points` (n, 2) of
    the square, interpolated bilinearly between the grid's points (exact at
    them: the square's corners read the grid's corners)."""
    a = np.asarray(axis, dtype=np.float64)
    grid = np.asarray(values, dtype=np.float64)
    where = np.clip(np.asarray(points, dtype=np.float64), a[0], a[-1])
    last = len(a) - 2
    i = np.clip(np.searchsorted(a, where[:, 0], side="right") - 1, 0, last)
    j = np.clip(np.searchsorted(a, where[:, 1], side="right") - 1, 0, last)
    s = (where[:, 0] - a[i]) / (a[i + 1] - a[i])
    t = (where[:, 1] - a[j]) / (a[j + 1] - a[j])
    low = grid[i, j] * (1 - s) + grid[i + 1, j] * s
    high = grid[i, j + 1] * (1 - s) + grid[i + 1, j + 1] * s
    return low * (1 - t) + high * t
