"""The hidden space and a unit's surface, held to the torch model's own layers."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from xorgui.core.config import TrainConfig
from xorgui.core.data.feature_inputs import feature_inputs
from xorgui.core.data.sets import data_set
from xorgui.core.gates import inputs, targets
from xorgui.core.grid import grid_axis
from xorgui.core.hidden_space import HiddenSpace, box_cut, hidden_space, separable
from xorgui.core.network import Layer
from xorgui.core.training.trainer import Trainer
from xorgui.core.unit_surface import unit_surface


def _name(value: object) -> str:
    return value.describe() if isinstance(value, TrainConfig) else str(value)


SETUPS = [
    (TrainConfig(), None),
    (TrainConfig(hidden=(3,), activation="tanh", seed=1), None),
    (TrainConfig(hidden=(8,), activation="relu", seed=2), (5, 2, 7)),
    (TrainConfig(hidden=(8,), output_activation="linear", loss="mse"), (6, 1)),
    (TrainConfig(hidden=(4, 4), activation="sigmoid", seed=3), (3, 0)),
]


def _trained(config: TrainConfig) -> Trainer:
    trainer = Trainer(config)
    trainer.train(400)
    return trainer


def _run(model: torch.nn.Sequential, rows: np.ndarray) -> np.ndarray:
    with torch.no_grad():
        return model(torch.from_numpy(np.asarray(rows, dtype=np.float32))).numpy()


def _space_and_torch(
    config: TrainConfig, units: tuple[int, ...] | None
) -> tuple[Trainer, HiddenSpace, np.ndarray]:
    """A trained model's hidden space, and its first Linear and activation's
    outputs for the four inputs as torch computes them."""
    trainer = _trained(config)
    snapshot = trainer.snapshot()
    space = hidden_space(
        snapshot.layers, config.activation, config.output_activation,
        snapshot.targets, units,
    )  # fmt: skip
    assert space is not None
    return trainer, space, _run(trainer.model[:2], inputs())


@pytest.mark.parametrize(("config", "units"), SETUPS, ids=_name)
def test_points_are_the_models_hidden_activations(
    config: TrainConfig, units: tuple[int, ...] | None
) -> None:
    trainer, space, hidden = _space_and_torch(config, units)
    expected = hidden[:, list(space.units)]
    np.testing.assert_allclose(space.points, expected, atol=1e-6)
    assert space.width == config.hidden[0]
    assert len(space.boundaries) == (1 if len(config.hidden) == 1 else 4)


@pytest.mark.parametrize(("config", "units"), SETUPS, ids=_name)
def test_each_line_is_where_the_next_layer_decides(
    config: TrainConfig, units: tuple[int, ...] | None
) -> None:
    """Points on a drawn line (the units left out at their mean) put the
    output at 0.5, or the next hidden unit's input at 0, in torch's layers."""
    trainer, space, hidden = _space_and_torch(config, units)
    for boundary in space.boundaries:
        if boundary.cut is None:
            continue
        on_line = np.repeat(hidden.mean(axis=0, keepdims=True), len(boundary.cut), 0)
        on_line[:, list(space.units)] = boundary.cut
        if boundary.unit is None:
            np.testing.assert_allclose(_run(trainer.model[2:], on_line), 0.5, atol=1e-5)
        else:
            pre = _run(trainer.model[2], on_line)[:, boundary.unit]
            np.testing.assert_allclose(pre, 0.0, atol=1e-5)


def test_the_article_run_becomes_separable_in_its_hidden_space() -> None:
    """Seed 42: XOR's points interleave in the hidden plane at first; as the
    hidden layer bends the space one line could cut them, and only later
    does the output's line cut them (read off the run itself, every 250
    epochs, not from one machine's numbers)."""
    trainer = Trainer(TrainConfig())
    seen = {}
    while True:
        snapshot = trainer.snapshot()
        space = hidden_space(snapshot.layers, "sigmoid", "sigmoid", snapshot.targets)
        assert space is not None and not space.separable_in_inputs
        seen[trainer.epoch] = (space.separable, space.output_line_cuts())
        if trainer.epoch == 20_000:
            break
        trainer.train(250)
    separable = min(epoch for epoch, (apart, _) in seen.items() if apart)
    cut = min(epoch for epoch, (_, cuts) in seen.items() if cuts)
    assert seen[0] == (False, False)
    assert 0 < separable < cut
    assert all(seen[epoch] == (True, True) for epoch in seen if epoch >= cut)


def test_the_hand_made_xor_is_separable_and_and_is_in_its_inputs() -> None:
    hand_made = (
        Layer(np.array([[20.0, 20.0], [-20.0, -20.0]]), np.array([-10.0, 30.0])),
        Layer(np.array([[20.0, 20.0]]), np.array([-30.0])),
    )
    space = hidden_space(hand_made, "sigmoid", "sigmoid", targets("xor"))
    assert space is not None and space.separable and space.separable_in_all_units
    gate_and = hidden_space(hand_made, "sigmoid", "sigmoid", targets("and"))
    assert gate_and is not None and gate_and.separable_in_inputs


def test_separable_needs_the_hulls_apart() -> None:
    corners = inputs().astype(np.float64)
    assert not separable(corners, targets("xor") > 0.5)
    assert separable(corners, targets("nand") > 0.5)
    assert separable(corners, np.zeros(4, dtype=bool))
    # Two points of different classes in one place: no line between them.
    same_place = np.array([[0.0, 0.0], [0.5, 0.5], [0.5, 0.5], [1.0, 1.0]])
    assert not separable(same_place, np.array([True, True, False, False]))


def test_a_network_without_a_hidden_layer_has_no_hidden_space() -> None:
    snapshot = Trainer(TrainConfig(hidden=(), gate="and")).snapshot()
    assert hidden_space(snapshot.layers, "sigmoid", "sigmoid", snapshot.targets) is None


def test_units_must_be_one_to_three_of_the_layers() -> None:
    layers = Trainer(TrainConfig(hidden=(8,))).snapshot().layers
    with pytest.raises(ValueError, match="different units"):
        hidden_space(layers, "sigmoid", "sigmoid", targets("xor"), (1, 1))
    with pytest.raises(ValueError, match="units 0 to 7"):
        hidden_space(layers, "sigmoid", "sigmoid", targets("xor"), (0, 8))


def test_box_cut_draws_vertical_lines_and_misses_cleanly() -> None:
    low, high = np.zeros(2), np.ones(2)
    vertical = box_cut(np.array([1.0, 0.0]), -0.25, low, high)
    assert vertical is not None
    np.testing.assert_allclose(sorted(map(tuple, vertical)), [(0.25, 0), (0.25, 1)])
    assert box_cut(np.array([1.0, 1.0]), 5.0, low, high) is None
    assert box_cut(np.zeros(2), 0.0, low, high) is None
    # Through two corners: the diagonal, once.
    diagonal = box_cut(np.array([1.0, -1.0]), 0.0, low, high)
    assert diagonal is not None and len(diagonal) == 2


def test_box_cut_of_a_plane_is_a_polygon_on_the_plane_inside_the_box() -> None:
    normal = np.array([1.0, 2.0, -1.5])
    polygon = box_cut(normal, -0.6, np.zeros(3), np.ones(3))
    assert polygon is not None and len(polygon) >= 3
    np.testing.assert_allclose(polygon @ normal - 0.6, 0.0, atol=1e-12)
    assert polygon.min() >= 0.0 and polygon.max() <= 1.0
    # In order round the centre: consecutive edges turn the same way.
    edges = np.roll(polygon, -1, axis=0) - polygon
    turns = np.cross(edges, np.roll(edges, -1, axis=0)) @ normal
    assert np.all(turns > 0) or np.all(turns < 0)


@pytest.mark.parametrize(
    ("config", "layer", "unit"),
    [
        (TrainConfig(), 0, 1),
        (TrainConfig(hidden=(3, 5), activation="tanh", seed=4), 1, 4),
        (TrainConfig(hidden=(4,), output_activation="linear", loss="mse"), 1, 0),
        (TrainConfig(hidden=(3,), features=("x1", "x2", "sinx1", "x1x2")), 0, 2),
    ],
)
def test_a_units_surface_is_the_models_unit(
    config: TrainConfig, layer: int, unit: int
) -> None:
    trainer = _trained(config)
    snapshot = trainer.snapshot()
    axis = grid_axis(21)
    surface = unit_surface(
        snapshot.layers, config.activation, config.output_activation, layer, unit,
        axis, config.features,
    )  # fmt: skip
    x1, x2 = np.meshgrid(axis, axis, indexing="ij")
    points = torch.from_numpy(np.column_stack([x1.ravel(), x2.ravel()]))
    grid = feature_inputs(points, config.features).numpy()
    # The Sequential up to that layer's activation (the last Linear has none
    # after it with a linear output).
    upto = trainer.model[: 2 * layer + 2]
    expected = _run(upto, grid)[:, unit].reshape(21, 21)
    np.testing.assert_allclose(surface.values, expected, atol=1e-6)
    assert surface.axis is axis


def test_a_unit_outside_the_network_is_refused() -> None:
    layers = Trainer(TrainConfig()).snapshot().layers
    with pytest.raises(ValueError, match="no unit 2 in layer 0"):
        unit_surface(layers, "sigmoid", "sigmoid", 0, 2, grid_axis(5))


def test_many_points_over_features_are_the_models_hidden_activations() -> None:
    """The circle's 200 points, test points among them, through a first
    layer over five features: placed where torch's model puts them, the
    output's line judged point by point, no exact separability claimed."""
    config = TrainConfig(
        data="circle",
        hidden=(3,),
        features=("x1", "x2", "x1sq", "x2sq", "x1x2"),
        test_share=0.3,
    )
    trainer = _trained(config)
    snapshot = trainer.snapshot()
    data = data_set(config)
    space = hidden_space(
        snapshot.layers,
        config.activation,
        config.output_activation,
        snapshot.targets,
        points=data.points,
        test=data.test,
        features=config.features,
    )
    assert space is not None and not space.corners
    inputs_there = feature_inputs(torch.tensor(data.points), config.features)
    with torch.no_grad():
        hidden = trainer.model[:2](inputs_there).numpy()
    np.testing.assert_allclose(space.points, hidden[:, list(space.units)], atol=1e-6)
    np.testing.assert_array_equal(space.test, data.test)
    assert space.test.sum() == 60
    assert space.separable is None and space.separable_in_inputs is None
    right = space.output_line_right()
    assert right is not None and right.shape == (200,)
    # All three units shown: the output's plane decides as the model does.
    with torch.no_grad():
        output = trainer.model(inputs_there).numpy().ravel()
    np.testing.assert_array_equal(right, (output > 0.5) == (data.targets.ravel() > 0.5))
