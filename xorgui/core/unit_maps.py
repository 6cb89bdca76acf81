"""Every unit's activation over [0,1]²: the network diagram's thumbnails.

Each hidden and output unit computes a function of (x1, x2); drawn over the
unit square it shows what that unit has learned to detect (TensorFlow
Playground's neuron thumbnails). Computed from a snapshot's layers with the
torch-free forward pass, on a small grid, only for a view that will draw it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.grid import grid_axis, grid_points
from xorgui.core.network import Layer, forward

THUMBNAIL_GRID = 24
"""Points along each axis of a thumbnail: enough to see a line or a bend."""


def unit_maps(
    layers: Sequence[Layer],
    activation: str,
    output_activation: str,
    size: int = THUMBNAIL_GRID,
    features: tuple[str, ...] = DEFAULT_FEATURES,
) -> list[np.ndarray]:
    """Per Linear layer, its units' activations over the grid: an array
    (units, size, size) whose [u, i, j] is unit u at (axis[i], axis[j])
    (the network's inputs: the points' `features`)."""
    # Weights typed by hand (up to 1000) saturate a sigmoid: exp overflows to
    # inf, and the unit's value is 0 or 1 as it should be.
    with np.errstate(over="ignore"):
        points = grid_points(grid_axis(size))
        outputs = forward(layers, activation, output_activation, points, features)
    return [values.T.reshape(-1, size, size) for values in outputs]


def value_range(activation: str) -> tuple[float, float] | None:
    """The fixed range an activation's values lie in (colours stay comparable
    between units and over time), or None for an unbounded one."""
    if activation == "sigmoid":
        return 0.0, 1.0
    if activation == "tanh":
        return -1.0, 1.0
    return None
