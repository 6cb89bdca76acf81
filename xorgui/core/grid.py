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
