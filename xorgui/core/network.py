"""The network's weights as plain arrays, and its forward pass in numpy.

Torch-free: the views (decision lines, unit thumbnails, the hidden space, the
collapsed layer) compute what they draw from a snapshot's `layers` without
loading torch. Tests hold `forward` to the model's own output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.data.features import feature_values


@dataclass(frozen=True, slots=True)
class Layer:
    """One Linear layer: `weight[j, i]` joins input i to unit j; `bias[j]`."""

    weight: np.ndarray
    bias: np.ndarray

    def __post_init__(self) -> None:
        if self.weight.ndim != 2 or self.bias.shape != (self.weight.shape[0],):
            raise ValueError(
                f"a layer needs weights (units, inputs) and one bias per unit, "
                f"got {self.weight.shape} and {self.bias.shape}"
            )

    @property
    def units(self) -> int:
        return int(self.weight.shape[0])

    @property
    def inputs(self) -> int:
        return int(self.weight.shape[1])


def activate(name: str, values: np.ndarray) -> np.ndarray:
    """`values` through the activation called `name` (as in TrainConfig)."""
    if name == "sigmoid":
        # exp overflows to inf far below zero, where σ is 0, as it should be.
        with np.errstate(over="ignore"):
            return 1.0 / (1.0 + np.exp(-values))
    if name == "tanh":
        return np.tanh(values)
    if name == "relu":
        return np.maximum(values, 0.0)
    if name in ("identity", "linear"):
        return values
    raise ValueError(f"unknown activation {name!r}")


def forward(
    layers: Sequence[Layer],
    activation: str,
    output_activation: str,
    points: np.ndarray,
    features: tuple[str, ...] = DEFAULT_FEATURES,
) -> list[np.ndarray]:
    """Every layer's activations for `points` (shape (n, 2), on the square),
    whose `features` are the first layer's inputs: one (n, units) array per
    layer, hidden layers through `activation`, the last through
    `output_activation`. Computed in float64 so small differences show."""
    values = feature_values(points, features)
    outputs = []
    for index, layer in enumerate(layers):
        # einsum, not `@`: numpy's BLAS runs even these tiny products on all its
        # threads, which wait on a busy CPU (the training thread has one):
        # a 24 x 24 grid through 2-64-64-64-64-1 took 85 ms with `@`, 5 ms here.
        weight = layer.weight.astype(np.float64)
        pre = np.einsum("pi,ui->pu", values, weight) + layer.bias
        last = index == len(layers) - 1
        values = activate(output_activation if last else activation, pre)
        outputs.append(values)
    return outputs
