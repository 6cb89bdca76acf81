"""With identity activations the whole network is one linear layer: the
collapsed layer's output equals the torch model's over the grid, for every
depth and width the app allows."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from xorgui.core.collapse import (
    collapse,
    derivation,
    output_boundary,
    output_unit_boundary,
    single_layer_surface,
)
from xorgui.core.config import TrainConfig
from xorgui.core.contour import contour_segments
from xorgui.core.grid import grid_axis
from xorgui.core.training.trainer import Trainer

SHAPES = [(), (1,), (2,), (5, 5), (64, 2, 5), (64, 64, 64, 64), (1, 2, 5, 64)]


@pytest.mark.parametrize("hidden", SHAPES, ids=lambda h: "-".join(map(str, h)))
@pytest.mark.parametrize("output", ["sigmoid", "linear"])
def test_the_single_layer_equals_the_network_over_the_grid(
    hidden: tuple[int, ...], output: str
) -> None:
    config = TrainConfig(
        hidden=hidden,
        activation="identity",
        output_activation=output,
        loss="bce" if output == "sigmoid" else "mse",
        lr=0.01,
        seed=3,
    )
    trainer = Trainer(config)
    trainer.train(200)
    collapsed = collapse(trainer.snapshot().layers)
    assert collapsed.depth == len(hidden)
    assert collapsed.layer.weight.shape == (1, 2)
    axis = grid_axis(64)
    ours = single_layer_surface(collapsed, output, axis)
    x1, x2 = torch.meshgrid(
        torch.from_numpy(axis), torch.from_numpy(axis), indexing="ij"
    )
    with torch.no_grad():
        theirs = trainer.model(torch.stack([x1.ravel(), x2.ravel()], dim=1))
    difference = np.abs(ours - theirs.numpy().reshape(64, 64)).max()
    assert difference < 1e-5
    np.testing.assert_allclose(sum(collapsed.bias_terms), collapsed.bias, atol=1e-12)


def test_a_network_with_an_activation_is_not_its_collapse() -> None:
    trainer = Trainer(TrainConfig())
    trainer.train(20000)
    axis = grid_axis(32)
    ours = single_layer_surface(collapse(trainer.snapshot().layers), "sigmoid", axis)
    assert np.abs(ours - trainer.surface(32).values).max() > 0.3


def test_the_derivation_follows_the_article_with_the_live_numbers() -> None:
    trainer = Trainer(TrainConfig(hidden=(2,), activation="identity"))
    collapsed = collapse(trainer.snapshot().layers)
    lines = derivation(collapsed)
    w1, w2 = collapsed.weights
    assert lines[:4] == [
        "h₁ = W₁·x + b₁",
        "y = W₂·h₁ + b₂",
        "y = W₂·(W₁·x + b₁) + b₂",
        "  = (W₂·W₁)·x + (W₂·b₁ + b₂)",
    ]
    assert lines[4].startswith(f"  = ({w1:.2f}, {w2:.2f})·x + (")
    assert lines[-1].startswith(f"  = {w1:.2f}·x1 ")
    deep = derivation(
        collapse(Trainer(TrainConfig(hidden=(3, 3, 3))).snapshot().layers)
    )
    assert "(W₄·W₃·W₂·W₁)·x + (W₄·W₃·W₂·b₁ + W₄·W₃·b₂ + W₄·b₃ + b₄)" in deep[5]
    single = derivation(collapse(Trainer(TrainConfig(hidden=())).snapshot().layers))
    assert single[0] == "y = W₁·x + b₁" and single[1].startswith("y = ")


def test_the_contour_of_a_plane_lies_on_its_line() -> None:
    axis = grid_axis(41).astype(np.float64)
    values = axis[:, None] * 0.8 + axis[None, :] * 0.4
    segments = contour_segments(axis, values, 0.5)
    assert len(segments) > 20
    np.testing.assert_allclose(segments[..., 0] * 0.8 + segments[..., 1] * 0.4, 0.5)
    # It runs from x2 = 0 (x1 = 0.625) to x1 = 0.125 at x2 = 1, the whole way.
    ends = segments.reshape(-1, 2)
    assert np.isclose(ends[:, 1].min(), 0.0) and np.isclose(ends[:, 1].max(), 1.0)


def test_the_contour_of_the_solved_xor_surface_is_where_it_is_one_half() -> None:
    trainer = Trainer()
    trainer.train(20000)
    surface = trainer.surface(50)
    segments = contour_segments(surface.axis, surface.values, 0.5)
    assert len(segments) > 50
    # Two curves cut off the two XOR corners: crossing x2 = 0 and x2 = 1 twice.
    ends = segments.reshape(-1, 2)
    inside = torch.from_numpy(ends.astype(np.float32))
    with torch.no_grad():
        out = trainer.model(inside).numpy().ravel()
    assert np.abs(out - 0.5).max() < 0.02
    saddle = np.array([[0.0, 1.0], [1.0, 0.0]])
    crossing = contour_segments(np.array([0.0, 1.0]), saddle, 0.5)
    assert crossing.shape == (2, 2, 2)


@pytest.mark.parametrize("output", ["sigmoid", "linear"])
def test_the_boundary_of_a_deep_identity_network_is_one_line(output: str) -> None:
    config = TrainConfig(
        gate="or",
        hidden=(4, 4),
        activation="identity",
        output_activation=output,
        loss="bce" if output == "sigmoid" else "mse",
    )
    trainer = Trainer(config)
    trainer.train(3000)
    boundary = output_boundary(trainer.snapshot().layers, output)
    assert boundary.separates(trainer.snapshot().targets) == trainer.snapshot().solved
    assert boundary.segment is not None
    with torch.no_grad():
        out = trainer.model(torch.tensor(boundary.segment, dtype=torch.float32))
    np.testing.assert_allclose(out.numpy().ravel(), 0.5, atol=1e-5)


@pytest.mark.parametrize("hidden", [(), (3, 2)], ids=["no hidden layer", "3-2"])
def test_over_features_the_single_layer_equals_the_network(
    hidden: tuple[int, ...],
) -> None:
    """XOR with x1·x2 as an input: the single layer weighs each feature, its
    surface is the network's, and its boundary the curve where it is 0.5."""
    features = ("x1", "x2", "x1x2")
    config = TrainConfig(
        hidden=hidden, activation="identity", features=features, lr=1.0
    )
    trainer = Trainer(config)
    trainer.train(2000)
    layers = trainer.snapshot().layers
    collapsed = collapse(layers, features)
    assert len(collapsed.weights) == 3
    axis = grid_axis(64)
    surface = trainer.surface(64)
    ours = single_layer_surface(collapsed, "sigmoid", axis)
    assert np.abs(ours - surface.values).max() < 1e-5
    final = derivation(collapsed)[-1]
    assert "·x1·x2" in final and "·x1 " in final
    boundary = output_unit_boundary(layers, "sigmoid", features)
    assert boundary.line is None
    ends = boundary.segments().reshape(-1, 2)
    assert len(ends) > 0
    outputs = single_layer_surface(collapsed, "sigmoid", axis)
    contour = contour_segments(axis, outputs, 0.5).reshape(-1, 2)
    # The traced curve and the surface's 0.5 contour run together.
    nearest = np.min(np.linalg.norm(ends[:, None] - contour[None], axis=2), axis=1)
    assert nearest.max() < 0.02
    assert collapsed.to_dict()["weights"] == dict(
        zip(features, collapsed.weights, strict=True)
    )
