"""The sweep's fast initial weights are `build_model`'s, bit for bit."""

from __future__ import annotations

import pytest
import torch

from xorgui.core.config import MAX_SEED, TrainConfig
from xorgui.core.sweep.initial_weights import initial_parameters
from xorgui.core.training.model import build_model, linear_layers

# Every depth the app allows (0-4 hidden layers), each width 1..64 at least
# once, the extremes side by side.
HIDDEN = [
    (),
    *[(width,) for width in range(1, 65)],
    (1, 64),
    (64, 1),
    (3, 7, 5),
    (64, 64, 64, 64),
    (1, 1, 1, 1),
    (2, 9, 33, 4),
]
SEEDS = [range(0, 6), range(1000, 1003), range(MAX_SEED - 2, MAX_SEED + 1)]


def assert_same_as_built(config: TrainConfig, seeds: range) -> None:
    weights, biases = initial_parameters(config, seeds)
    for row, seed in enumerate(seeds):
        built = linear_layers(build_model(config.with_changes(seed=seed)))
        assert len(built) == len(weights)
        for layer, weight, bias in zip(built, weights, biases, strict=True):
            assert torch.equal(layer.weight.data, weight[row]), (config.hidden, seed)
            assert torch.equal(layer.bias.data, bias[row]), (config.hidden, seed)


@pytest.mark.parametrize("hidden", HIDDEN, ids=str)
def test_every_architectures_initial_weights_are_build_models(
    hidden: tuple[int, ...],
) -> None:
    for seeds in SEEDS:
        assert_same_as_built(TrainConfig(hidden=hidden), seeds)


def test_many_seeds_of_the_default_are_build_models() -> None:
    assert_same_as_built(TrainConfig(), range(0, 2000, 7))


def test_activation_and_output_do_not_change_the_draws() -> None:
    # The activation and output modules draw nothing: same numbers for all.
    seeds = range(40, 45)
    for activation in ("tanh", "relu", "identity"):
        assert_same_as_built(
            TrainConfig(
                hidden=(3, 2),
                activation=activation,
                loss="mse",
                output_activation="linear",
            ),
            seeds,
        )
