"""One unit's activation over [0, 1]², the surface the 3-D view shows for it.

The network's output is one surface; every hidden unit draws one too (the
article's lines are where a first-layer unit's sigmoid crosses 0.5). Torch-free,
from a snapshot's layers; tests hold it to the model's own layers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.grid import grid_points
from xorgui.core.network import Layer, forward
from xorgui.core.snapshot import Surface


def unit_surface(
    layers: Sequence[Layer],
    activation: str,
    output_activation: str,
    layer: int,
    unit: int,
    axis: np.ndarray,
    features: tuple[str, ...] = DEFAULT_FEATURES,
) -> Surface:
    """Unit `unit` of `layers[layer]` (both 0-based; the last layer is the
    output) over the grid `axis` x `axis`, after its activation (the
    network's inputs: the points' `features`)."""
    if not 0 <= layer < len(layers) or not 0 <= unit < layers[layer].units:
        raise ValueError(f"the network has no unit {unit} in layer {layer}")
    last = layer == len(layers) - 1
    values = forward(
        layers[: layer + 1],
        activation,
        output_activation if last else activation,
        grid_points(axis),
        features,
    )[-1][:, unit]
    size = len(axis)
    return Surface(axis, values.reshape(size, size).astype(np.float32))
