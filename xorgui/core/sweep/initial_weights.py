"""Every seed's initial weights, drawn the way `build_model` draws them, fast.

`build_model` seeds torch's global generator and builds an `nn.Sequential`:
about 0.6 ms a seed, most of it building modules. Each `nn.Linear` fills its
weight with `kaiming_uniform_(a=sqrt(5))`, a uniform draw in +-bound, then its
bias with a uniform draw in +-1/sqrt(fan_in), layer by layer. Seeding one
`torch.Generator` per seed and making the same `uniform_` calls in the same
order gives the same numbers, bit for bit (tests/core/test_initial_weights.py
checks every depth and many widths), at about 15 us a seed.
"""

from __future__ import annotations

import math

import torch
from torch import Tensor
from torch.nn import init

from xorgui.core.config import TrainConfig


def layer_shapes(config: TrainConfig) -> list[tuple[int, int]]:
    """(out, in) of each Linear layer, input to output."""
    widths = [len(config.features), *config.hidden, 1]
    return list(zip(widths[1:], widths[:-1], strict=True))


def _weight_bound(fan_in: int) -> float:
    """`kaiming_uniform_(a=sqrt(5))`'s bound, computed as it computes it."""
    gain = init.calculate_gain("leaky_relu", math.sqrt(5))
    std = gain / math.sqrt(fan_in)
    return math.sqrt(3.0) * std


def initial_parameters(
    config: TrainConfig, seeds: range
) -> tuple[list[Tensor], list[Tensor]]:
    """Per layer, the weights (S, out, in) and biases (S, out) of seeds `seeds`:
    row k holds what `build_model(config.with_changes(seed=seeds[k]))` starts with."""
    shapes = layer_shapes(config)
    weights = [torch.empty(len(seeds), out, fan_in) for out, fan_in in shapes]
    biases = [torch.empty(len(seeds), out) for out, _ in shapes]
    bounds = [(_weight_bound(fan_in), 1 / math.sqrt(fan_in)) for _, fan_in in shapes]
    generator = torch.Generator()
    for row, seed in enumerate(seeds):
        generator.manual_seed(seed)
        for weight, bias, (weight_bound, bias_bound) in zip(
            weights, biases, bounds, strict=True
        ):
            weight[row].uniform_(-weight_bound, weight_bound, generator=generator)
            bias[row].uniform_(-bias_bound, bias_bound, generator=generator)
    return weights, biases
