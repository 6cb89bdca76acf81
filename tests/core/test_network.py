"""The numpy forward pass of a snapshot's layers equals the torch model's."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from xorgui.core.config import TrainConfig
from xorgui.core.data.feature_inputs import feature_inputs
from xorgui.core.grid import grid_axis
from xorgui.core.network import Layer, forward
from xorgui.core.training.trainer import Trainer

SETUPS = [
    TrainConfig(),
    TrainConfig(hidden=(), gate="and"),
    TrainConfig(hidden=(4, 4), activation="identity"),
    TrainConfig(hidden=(8, 3, 5, 2), activation="tanh", seed=3),
    TrainConfig(
        hidden=(16,), activation="relu", output_activation="linear", loss="mse"
    ),
    TrainConfig(hidden=(), features=("x1", "x2", "x1x2")),
    TrainConfig(
        data="circle",
        hidden=(3,),
        features=("x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2"),
        test_share=0.3,
    ),
]


def _grid_points() -> np.ndarray:
    axis = grid_axis(17)
    x1, x2 = np.meshgrid(axis, axis, indexing="ij")
    return np.stack([x1.ravel(), x2.ravel()], axis=1)


@pytest.mark.parametrize("config", SETUPS, ids=lambda c: f"{c.describe()} {c.features}")
def test_forward_of_the_snapshot_layers_is_the_model(config: TrainConfig) -> None:
    trainer = Trainer(config)
    trainer.train(300)
    snapshot = trainer.snapshot()
    assert len(snapshot.layers) == len(config.hidden) + 1
    points = _grid_points()
    ours = forward(
        snapshot.layers,
        config.activation,
        config.output_activation,
        points,
        config.features,
    )
    with torch.no_grad():
        inputs = feature_inputs(torch.from_numpy(points), config.features)
        theirs = trainer.model(inputs).numpy().ravel()
    assert [a.shape[1] for a in ours] == [*config.hidden, 1]
    np.testing.assert_allclose(ours[-1].ravel(), theirs, atol=1e-6)


def test_snapshot_layers_are_copies() -> None:
    trainer = Trainer(TrainConfig())
    before = trainer.snapshot().layers[0].weight.copy()
    layers = trainer.snapshot().layers
    trainer.train(500)
    np.testing.assert_array_equal(layers[0].weight, before)


def test_a_layer_refuses_mismatched_shapes() -> None:
    with pytest.raises(ValueError, match="one bias per unit"):
        Layer(np.zeros((2, 2)), np.zeros(3))
