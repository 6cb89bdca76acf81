"""Each first-layer unit's line is its weights' line, and with no hidden layer
the one line is the network's own boundary: it cuts AND and OR, never XOR."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from xorgui.core.collapse import output_boundary
from xorgui.core.config import TrainConfig
from xorgui.core.data.features import feature_values
from xorgui.core.decision_lines import (
    FLAT_MARGIN,
    DecisionLine,
    LineKind,
    UnitBoundary,
    first_layer_summary,
    linearly_separable,
    number,
    output_is_flat,
    unit_boundaries,
    unit_lines,
)
from xorgui.core.gates import GATES, inputs
from xorgui.core.network import Layer, forward
from xorgui.core.training.trainer import Trainer


def _trained(config: TrainConfig, epochs: int) -> Trainer:
    trainer = Trainer(config)
    trainer.train(epochs)
    return trainer


@pytest.mark.parametrize("hidden", [(2,), (5, 3), (64,)])
def test_each_unit_line_is_where_its_pre_activation_is_zero(
    hidden: tuple[int, ...],
) -> None:
    trainer = _trained(TrainConfig(hidden=hidden, seed=7), 500)
    first = trainer.model[0]
    lines = unit_lines(trainer.snapshot().layers)
    assert len(lines) == hidden[0]
    weight, bias = first.weight.numpy(), first.bias.numpy()
    for unit, line in enumerate(lines):
        assert (line.w1, line.w2, line.b) == (
            float(weight[unit, 0]),
            float(weight[unit, 1]),
            float(bias[unit]),
        )
        assert line.kind is LineKind.SLANTED
        x1 = np.array([-1.0, 0.0, 0.5, 2.0])
        on_line = np.stack([x1, line.slope * x1 + line.intercept], axis=1)
        np.testing.assert_allclose(_pre(first, on_line)[:, unit], 0.0, atol=1e-12)
        if line.segment is not None:
            ends = np.array(line.segment)
            assert ((ends >= -1e-12) & (ends <= 1 + 1e-12)).all()
            np.testing.assert_allclose(_pre(first, ends)[:, unit], 0.0, atol=1e-12)


def _pre(layer: torch.nn.Linear, points: np.ndarray) -> np.ndarray:
    """The torch layer's pre-activations at `points`, in float64."""
    with torch.no_grad():
        weight, bias = layer.weight.double(), layer.bias.double()
        return (torch.from_numpy(points) @ weight.T + bias).numpy()


def test_the_equation_is_written_the_articles_way() -> None:
    line = DecisionLine(2.0, 4.0, -1.0)
    assert (line.slope, line.intercept) == (-0.5, 0.25)
    assert line.equation() == "x2 = -0.50 x1 + 0.25"
    assert DecisionLine(-1.0, 2.0, 1.0).equation() == "x2 = 0.50 x1 - 0.50"
    assert DecisionLine(0.0, 1.0, 0.0005).equation() == "x2 = 0.00 x1 - 0.0005"
    assert [number(v) for v in (-0.001, -1e-9, 12.345, -4321.0, -0.0)] == [
        "-0.001",
        "-1e-09",
        "12.35",
        "-4.32e+03",
        "0.00",
    ]


def test_a_vertical_line_is_x1_equals_c_and_is_clipped_to_the_square() -> None:
    line = DecisionLine(4.0, 1e-12, -1.0)
    assert line.kind is LineKind.VERTICAL
    assert line.slope is None and line.intercept is None
    assert line.x1 == 0.25
    assert line.equation() == "x1 = 0.25"
    ends = sorted(line.segment, key=lambda end: end[1])
    np.testing.assert_allclose(ends, [(0.25, 0.0), (0.25, 1.0)], atol=1e-9)
    exact = DecisionLine(-3.0, 0.0, 1.5)
    assert exact.kind is LineKind.VERTICAL and exact.x1 == 0.5


def test_no_weights_no_line_and_a_line_outside_misses_the_square() -> None:
    for line in (DecisionLine(0.0, 0.0, 1.0), DecisionLine(0.0, 0.0, 0.0)):
        assert line.kind is LineKind.NONE
        assert line.segment is None and line.equation() == ""
        assert line.slope is None and line.x1 is None
    outside = DecisionLine(1.0, 1.0, 5.0)
    assert outside.kind is LineKind.SLANTED and outside.segment is None
    # Touching a corner is not crossing the square.
    assert DecisionLine(1.0, 1.0, -2.0).segment is None
    diagonal = DecisionLine(1.0, 1.0, -1.0).segment
    assert diagonal is not None and set(diagonal) == {(1.0, 0.0), (0.0, 1.0)}


def test_a_near_vertical_line_never_blows_up() -> None:
    for w2 in (1e-300, 1e-200, 1e-12, 1e-8, 5e-324):
        line = DecisionLine(1.0, w2, -0.5)
        numbers = [line.slope, line.intercept, line.x1]
        assert all(v is None or np.isfinite(v) for v in numbers)
        assert line.segment is not None
        assert all(np.isfinite(np.array(line.segment)).ravel())


@pytest.mark.parametrize("gate", ["and", "or", "nand", "nor"])
def test_one_line_separates_a_linear_gate_after_training(gate: str) -> None:
    config = TrainConfig(gate=gate, hidden=(), lr=1.0)
    trainer = _trained(config, 3000)
    snapshot = trainer.snapshot()
    boundary = output_boundary(snapshot.layers, config.output_activation)
    assert linearly_separable(snapshot.targets)
    assert snapshot.solved and boundary.separates(snapshot.targets)
    # The line is where the model outputs 0.5.
    (a, b) = boundary.segment
    with torch.no_grad():
        out = trainer.model(torch.tensor([a, b], dtype=torch.float64).float())
    np.testing.assert_allclose(out.numpy().ravel(), 0.5, atol=1e-5)


def test_a_linear_output_has_its_boundary_where_it_outputs_one_half() -> None:
    config = TrainConfig(
        gate="or", hidden=(), output_activation="linear", loss="mse", lr=0.5
    )
    trainer = _trained(config, 2000)
    boundary = output_boundary(trainer.snapshot().layers, "linear")
    assert boundary.level == 0.5 and boundary.separates(GATES["or"])
    with torch.no_grad():
        out = trainer.model(torch.tensor(boundary.segment, dtype=torch.float32))
    np.testing.assert_allclose(out.numpy().ravel(), 0.5, atol=1e-5)


@pytest.mark.parametrize("gate", ["xor", "xnor"])
def test_no_line_ever_separates_xor(gate: str) -> None:
    targets = GATES[gate]
    assert not linearly_separable(targets)
    trainer = Trainer(TrainConfig(gate=gate, hidden=(), lr=1.0))
    for _ in range(5):
        trainer.train(1000)
        boundary = output_boundary(trainer.snapshot().layers, "sigmoid")
        assert not boundary.separates(targets)
    rng = np.random.default_rng(0)
    for w1, w2, b in rng.normal(size=(2000, 3)) * 5:
        assert not DecisionLine(w1, w2, b).separates(targets)


def test_separable_is_every_pattern_but_the_two_diagonal_ones() -> None:
    patterns = [tuple(float(bit) for bit in f"{n:04b}") for n in range(16)]
    inseparable = [p for p in patterns if not linearly_separable(p)]
    assert inseparable == [GATES["xor"], GATES["xnor"]]
    # And each separable one has a line that does it, found by a search.
    rng = np.random.default_rng(1)
    candidates = [DecisionLine(*row) for row in rng.normal(size=(4000, 3)) * 4]
    for pattern in patterns:
        if linearly_separable(pattern) and 0 < sum(pattern) < 4:
            assert any(line.separates(pattern) for line in candidates), pattern


def test_the_summary_numbers_units_from_one_with_plain_values() -> None:
    layers = Trainer(TrainConfig(hidden=(3,))).snapshot().layers
    summary = first_layer_summary(layers, "sigmoid", "sigmoid")
    assert [row["unit"] for row in summary] == [1, 2, 3]
    assert summary[0]["kind"] == "slanted"
    assert summary[0]["w1"] == float(layers[0].weight[0, 0])
    assert inputs().shape == (4, 2)


def test_the_margin_says_where_the_output_is_flat() -> None:
    """One margin: within it of 0.5 over the whole square there is no boundary."""
    tiny = Layer(np.array([[1.3e-7, 1.3e-7]]), np.array([-1.8e-7]))
    assert output_is_flat([tiny], "sigmoid", "sigmoid")
    # 4·margin at the corner (1, 1) from the centre: a tilt the numbers support.
    tilt = 4 * 4 * FLAT_MARGIN
    leaning = Layer(np.array([[tilt, tilt]]), np.array([-tilt]))
    assert not output_is_flat([leaning], "sigmoid", "sigmoid")
    xor = _trained(TrainConfig(hidden=()), 20_000)
    assert output_is_flat(xor.layers(), "sigmoid", "sigmoid")
    solved = _trained(TrainConfig(), 20_000)
    assert not output_is_flat(solved.layers(), "sigmoid", "sigmoid")


def test_a_boundary_of_x1_and_x2_is_the_articles_line() -> None:
    trainer = Trainer(TrainConfig())
    trainer.train(2000)
    layers = trainer.snapshot().layers
    for line, boundary in zip(unit_lines(layers), unit_boundaries(layers), strict=True):
        assert boundary.line == line
        assert boundary.equation() == line.equation()
        assert line.segment is not None
        np.testing.assert_array_equal(boundary.segments(), [line.segment])


def test_a_single_feature_weighs_the_other_coordinate_zero() -> None:
    layer = Layer(np.array([[2.0], [-1.0]]), np.array([-1.0, 0.5]))
    lines = unit_lines([layer], ("x2",))
    assert [(line.w1, line.w2, line.b) for line in lines] == [
        (0.0, 2.0, -1.0),
        (0.0, -1.0, 0.5),
    ]
    assert lines[0].equation() == "x2 = 0.00 x1 + 0.50"


def test_a_boundary_over_features_is_the_curve_where_the_unit_is_zero() -> None:
    """x1·x2 = 0.25 with a slope in x1: a hyperbola, traced on the square;
    every traced point is where w·φ(x) + b is (nearly) 0."""
    features = ("x1", "x2", "x1x2")
    boundary = UnitBoundary((0.5, 0.0, 4.0), -1.0, features)
    assert boundary.line is None
    segments = boundary.segments()
    assert len(segments) > 20
    ends = segments.reshape(-1, 2)
    assert ends.min() >= 0.0 and ends.max() <= 1.0
    values = feature_values(ends, features) @ np.array(boundary.weights) - 1.0
    assert np.abs(values).max() < 2e-3
    assert boundary.equation() == "0.50 x1 + 0.00 x2 + 4.00 x1·x2 - 1.00 = 0"


def test_the_boundaries_follow_the_trained_features() -> None:
    config = TrainConfig(hidden=(), features=("x1", "x2", "x1x2"), lr=1.0)
    trainer = Trainer(config)
    trainer.train(3000)
    snapshot = trainer.snapshot()
    [boundary] = unit_boundaries(snapshot.layers, config.features)
    ends = boundary.segments().reshape(-1, 2)
    # Where the boundary runs, the network's own output is 0.5.
    output = forward(snapshot.layers, "sigmoid", "sigmoid", ends, config.features)[
        -1
    ].ravel()
    np.testing.assert_allclose(output, 0.5, atol=2e-3)
    assert "x1·x2" in boundary.equation()


def test_the_summary_over_features_gives_each_units_weights_and_equation() -> None:
    features = ("x1", "x2", "x1x2")
    layer = Layer(np.array([[0.5, 0.0, 4.0]]), np.array([-1.0]))
    [entry] = first_layer_summary([layer], "sigmoid", "sigmoid", features)
    assert entry == {
        "unit": 1,
        "weights": {"x1": 0.5, "x2": 0.0, "x1x2": 4.0},
        "b": -1.0,
        "equation": "0.50 x1 + 0.00 x2 + 4.00 x1·x2 - 1.00 = 0",
        "boundary": True,
    }
