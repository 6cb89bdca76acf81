"""Right, wrong or undecided outputs, and which setups cannot learn a gate."""

from __future__ import annotations

import pytest

from xorgui.core.config import TrainConfig
from xorgui.core.outcome import UNDECIDED_MARGIN, Verdict, cannot_learn, verdict


@pytest.mark.parametrize(
    ("output", "target", "expected"),
    [
        (0.9, 1.0, Verdict.RIGHT),
        (0.1, 0.0, Verdict.RIGHT),
        (0.9, 0.0, Verdict.WRONG),
        (0.5, 1.0, Verdict.UNDECIDED),
        (0.5 + UNDECIDED_MARGIN / 2, 0.0, Verdict.UNDECIDED),
        (0.5 - UNDECIDED_MARGIN / 2, 0.0, Verdict.UNDECIDED),
        (0.5 + 2 * UNDECIDED_MARGIN, 1.0, Verdict.RIGHT),
        (0.5 - 2 * UNDECIDED_MARGIN, 1.0, Verdict.WRONG),
    ],
)
def test_verdict(output: float, target: float, expected: Verdict) -> None:
    assert verdict(output, target) is expected


@pytest.mark.parametrize(
    ("changes", "cannot"),
    [
        ({}, False),
        ({"hidden": ()}, True),
        ({"activation": "identity"}, True),
        ({"activation": "identity", "hidden": (8, 8)}, True),
        ({"gate": "xnor", "hidden": ()}, True),
        ({"gate": "and", "hidden": ()}, False),
        ({"gate": "or", "activation": "identity"}, False),
        ({"activation": "relu"}, False),
    ],
)
def test_cannot_learn_only_inseparable_gates_with_a_linear_network(
    changes: dict[str, object], cannot: bool
) -> None:
    assert cannot_learn(TrainConfig(**changes)) is cannot


def test_xor_by_a_feature_or_beyond_the_gates_data_is_not_refused() -> None:
    """A linear network cannot solve XOR's corners from x1 and x2, but it can
    with x1·x2 as an input; on a data set the gate does not label, the gate
    says nothing."""
    linear = TrainConfig(hidden=())
    assert cannot_learn(linear)
    assert cannot_learn(linear.with_changes(data="clouds"))
    assert not cannot_learn(linear.with_changes(features=("x1", "x2", "x1x2")))
    assert not cannot_learn(linear.with_changes(data="circle"))
