"""Build the article's network from a config, seeded as the article seeds it."""

from __future__ import annotations

import threading

import torch
from torch import nn

from xorgui.core.config import TrainConfig

_ACTIVATION_MODULES: dict[str, type[nn.Module]] = {
    "sigmoid": nn.Sigmoid,
    "tanh": nn.Tanh,
    "relu": nn.ReLU,
    "identity": nn.Identity,
}

_SEEDING = threading.Lock()
"""torch's generator is one per process: two threads building at once (the
worker's new run while a sweep or a test builds another) would draw from each
other's seed."""


def build_model(config: TrainConfig) -> nn.Sequential:
    """Seed torch, then build `nn.Sequential(Linear, act, ..., Linear, Sigmoid)`
    (without the last Sigmoid for a linear output).

    Nothing random is drawn between seeding and building, so seed *s* gives the
    same initial weights as the article's script with ``seed = s``, whichever
    thread builds it.
    """
    layers: list[nn.Module] = []
    width = len(config.features)
    with _SEEDING:
        torch.manual_seed(config.seed)
        for hidden in config.hidden:
            layers += [
                nn.Linear(width, hidden),
                _ACTIVATION_MODULES[config.activation](),
            ]
            width = hidden
        layers.append(nn.Linear(width, 1))
    if config.output_activation == "sigmoid":
        layers.append(nn.Sigmoid())
    return nn.Sequential(*layers)


def linear_layers(model: nn.Sequential) -> list[nn.Linear]:
    """The model's Linear layers, input to output."""
    return [layer for layer in model if isinstance(layer, nn.Linear)]
