"""Unit thumbnails equal the model's own per-layer activations; the diagram's
plan of a wide network keeps the strongest units and links."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from test_network import SETUPS  # tests/core/
from torch import nn

from xorgui.core.config import TrainConfig
from xorgui.core.data.feature_inputs import feature_inputs
from xorgui.core.diagram_plan import plan_diagram
from xorgui.core.grid import grid_axis, grid_points
from xorgui.core.network import Layer
from xorgui.core.training.trainer import Trainer
from xorgui.core.unit_maps import unit_maps, value_range


def _model_activations(model: nn.Sequential, points: torch.Tensor) -> list[np.ndarray]:
    """Each Linear layer's activations from the torch model itself: the output
    of the module after each Linear (its activation, or the Linear when the
    activation is the last Sigmoid's absence)."""
    values = points.float()
    found = []
    modules = list(model)
    with torch.no_grad():
        for index, module in enumerate(modules):
            values = module(values)
            after_linear = isinstance(modules[index - 1], nn.Linear) if index else False
            is_last = index == len(modules) - 1
            if (after_linear and not isinstance(module, nn.Linear)) or (
                is_last and isinstance(module, nn.Linear)
            ):
                found.append(values.numpy().copy())
    return found


@pytest.mark.parametrize("config", SETUPS, ids=lambda c: f"{c.describe()} {c.features}")
def test_every_units_map_is_the_models_activation(config: TrainConfig) -> None:
    trainer = Trainer(config)
    trainer.train(300)
    snapshot = trainer.snapshot()
    size = 9
    maps = unit_maps(
        snapshot.layers,
        config.activation,
        config.output_activation,
        size,
        config.features,
    )
    inputs = feature_inputs(
        torch.from_numpy(grid_points(grid_axis(size))), config.features
    )
    theirs = _model_activations(trainer.model, inputs)
    assert [m.shape for m in maps] == [(w, size, size) for w in (*config.hidden, 1)]
    axis = grid_axis(size)
    for ours, model_values in zip(maps, theirs, strict=True):
        assert model_values.shape[1] == ours.shape[0]
        for unit in range(ours.shape[0]):
            grid = model_values[:, unit].reshape(size, size)
            np.testing.assert_allclose(ours[unit], grid, atol=2e-6)
    # [u, i, j] is at (axis[i], axis[j]): the output map is the surface.
    surface = trainer.surface(size)
    np.testing.assert_array_equal(surface.axis, axis)
    np.testing.assert_allclose(maps[-1][0], surface.values, atol=2e-6)


def test_value_ranges() -> None:
    assert value_range("sigmoid") == (0.0, 1.0)
    assert value_range("tanh") == (-1.0, 1.0)
    assert value_range("relu") is None and value_range("linear") is None


def _layers(*shapes: tuple[int, int], seed: int = 0) -> list[Layer]:
    rng = np.random.default_rng(seed)
    return [
        Layer(rng.normal(size=shape).astype(np.float32), np.zeros(shape[0]))
        for shape in shapes
    ]


def test_a_narrow_network_is_drawn_whole() -> None:
    plan = plan_diagram(_layers((2, 2), (1, 2)))
    assert plan.shown == ((0, 1), (0, 1), (0,))
    assert len(plan.links) == 4 + 2 and not plan.thinned


def test_a_wide_layer_shows_the_units_with_the_strongest_outgoing_weights() -> None:
    layers = _layers((64, 2), (64, 64), (1, 64))
    plan = plan_diagram(layers, max_units=12, max_links=48)
    strength = np.abs(layers[1].weight).sum(axis=0)
    expected = sorted(np.argsort(-strength)[:12].tolist())
    assert list(plan.shown[1]) == expected
    assert plan.hidden_count(1) == 52 and plan.hidden_count(0) == 0
    assert plan.thinned
    between = [link for link in plan.links if link.layer == 1]
    assert len(between) == 48 and plan.link_counts[1] == 64 * 64
    # The weakest drawn link is at least as strong as any shown one left out.
    shown_block = np.abs(layers[1].weight[np.ix_(plan.shown[2], plan.shown[1])])
    weakest = min(abs(link.weight) for link in between)
    assert np.sum(shown_block > weakest) <= 47
    for link in plan.links:
        assert link.weight == layers[link.layer].weight[link.row, link.col]


def test_weights_typed_by_hand_saturate_without_warnings() -> None:
    layers = [
        Layer(np.array([[1000.0, -1000.0]], dtype=np.float32), np.array([0.0])),
        Layer(np.array([[1000.0]], dtype=np.float32), np.array([0.0])),
    ]
    maps = unit_maps(layers, "sigmoid", "sigmoid", 5)
    assert maps[0].min() == 0.0 and maps[0].max() == 1.0
    assert np.isfinite(maps[1]).all()
