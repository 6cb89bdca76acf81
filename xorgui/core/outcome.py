"""How a run stands, in the terms a learner reads: right, wrong or undecided
outputs, and why a finished run did not solve its gate.

Qt-free, so the views, the CLI and the tests share one definition.
"""

from __future__ import annotations

from enum import StrEnum

from xorgui.core.config import TrainConfig
from xorgui.core.data.features import uses_only_the_point

LINEARLY_INSEPARABLE = ("xor", "xnor")
"""Gates whose 1s and 0s no straight line separates: of the sixteen two-input
functions, only these two."""

CONSTANT = ("0000", "1111")
"""The functions whose output does not depend on the inputs (FALSE, TRUE)."""

UNDECIDED_MARGIN = 0.01
"""An output this close to 0.5 is on neither side yet: a model stuck between
two corners (0.499 vs 0.502) is undecided there, not right or wrong by luck."""


class Verdict(StrEnum):
    """What one output says about its target."""

    RIGHT = "right"
    WRONG = "wrong"
    UNDECIDED = "undecided"


def verdict(output: float, target: float) -> Verdict:
    """Right when `output` is on the target's side of 0.5 by more than the margin."""
    if abs(output - 0.5) < UNDECIDED_MARGIN:
        return Verdict.UNDECIDED
    return Verdict.RIGHT if (output > 0.5) == (target > 0.5) else Verdict.WRONG


def is_linear(config: TrainConfig) -> bool:
    """The network draws one straight line: no hidden layer, or identity
    activations (stacked linear layers collapse into one)."""
    return not config.hidden or config.activation == "identity"


def cannot_learn(config: TrainConfig) -> bool:
    """No choice of weights solves the gate: it needs a bent boundary and the
    network can only draw a straight one (its inputs x1 and x2 themselves;
    a feature such as x1·x2 bends the boundary). Said of the gate's four
    corners and its clouds, whose labels the gate gives."""
    return (
        config.gate in LINEARLY_INSEPARABLE
        and is_linear(config)
        and config.data in ("corners", "clouds")
        and uses_only_the_point(config.features)
    )
