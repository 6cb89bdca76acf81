"""Weights and biases set by hand: which parameter, its name, and the record.

A learner edits the network while it is paused; the edit becomes part of the
run, so the loss plot, the exports and the saved files can say "model edited
by hand at epoch N". Torch-free: the views name parameters with the same words
the trainer records.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.data.features import FEATURE_LABELS
from xorgui.core.network import Layer

LIMIT = 1000.0
"""The largest |value| a person may type: the classic hand-made XOR needs 30,
and far larger values only saturate the sigmoid (or overflow a linear unit)."""


class HandEditError(ValueError):
    """An edit that cannot be made: `problem` names why (one of PROBLEMS), and
    `values` fill in its words; str() says it in English. The window words the
    problem in its own language (xorgui.visuals.network.edit_words)."""

    PROBLEMS = {
        "no_layer": "the network has no layer {layer}",
        "no_unit": "layer {layer} has no unit {unit}",
        "no_input": "layer {layer} has no input {input}",
        "not_finite": "a weight must be a finite number",
        "too_large": "a weight must lie between {low:g} and {high:g}",
        "not_a_number": "{text} is not a number: type one such as -2.5",
        "empty": "nothing was typed: type a number such as -2.5",
        "wrong_shape": "the new weights do not fit this network's shape",
    }

    def __init__(self, problem: str, **values: Any) -> None:
        super().__init__(self.PROBLEMS[problem].format(**values))
        self.problem = problem
        self.values = values


def unit_name(
    layer: int,
    unit: int,
    layer_count: int,
    features: tuple[str, ...] = DEFAULT_FEATURES,
) -> str:
    """The name of unit `unit` of Linear layer `layer`, 1-based as people
    count: "h2" for the second hidden unit when there is one hidden layer (as
    the plane and the hidden space name them), "h1.2" for the second unit of
    the first of several; "y" for the output; layer -1 is the inputs, the
    `features` as written for a person ("x1", "x2", "x1·x2", ...)."""
    if layer < 0:
        if unit < len(features):
            return FEATURE_LABELS[features[unit]]
        return f"x{unit + 1}"
    if layer == layer_count - 1:
        return "y"
    if layer_count == 2:
        return f"h{unit + 1}"
    return f"h{layer + 1}.{unit + 1}"


@dataclass(frozen=True, slots=True)
class ParameterRef:
    """One weight (`col` the input it comes from) or bias (`col` None) of the
    unit `row` of Linear layer `layer` (0 the first, as in `Snapshot.layers`)."""

    layer: int
    row: int
    col: int | None = None

    @property
    def is_bias(self) -> bool:
        return self.col is None

    def value(self, layers: Sequence[Layer]) -> float:
        """This parameter's value in `layers`."""
        layer = layers[self.layer]
        if self.col is None:
            return float(layer.bias[self.row])
        return float(layer.weight[self.row, self.col])

    def describe(self, layer_count: int) -> str:
        """ "the weight h1.1 <- x2" or "the bias of y"."""
        unit = unit_name(self.layer, self.row, layer_count)
        if self.col is None:
            return f"the bias of {unit}"
        source = unit_name(self.layer - 1, self.col, layer_count)
        return f"the weight {unit} <- {source}"

    def check(self, layers: Sequence[Layer]) -> None:
        """HandEditError unless this parameter exists in `layers`."""
        if not 0 <= self.layer < len(layers):
            raise HandEditError("no_layer", layer=self.layer + 1)
        layer = layers[self.layer]
        if not 0 <= self.row < layer.units:
            raise HandEditError("no_unit", layer=self.layer + 1, unit=self.row + 1)
        if self.col is not None and not 0 <= self.col < layer.inputs:
            raise HandEditError("no_input", layer=self.layer + 1, input=self.col + 1)


def every_parameter(layers: Sequence[Layer]) -> Iterator[ParameterRef]:
    """Every parameter, layer by layer, unit by unit: its weights, then its bias."""
    for index, layer in enumerate(layers):
        for row in range(layer.units):
            for col in range(layer.inputs):
                yield ParameterRef(index, row, col)
            yield ParameterRef(index, row)


def check_value(value: float) -> float:
    """`value` as a float if a person may set it; HandEditError saying why not."""
    if not math.isfinite(value):
        raise HandEditError("not_finite")
    if abs(value) > LIMIT:
        raise HandEditError("too_large", low=-LIMIT, high=LIMIT)
    return float(value)


def parse_value(text: str) -> float:
    """A typed number ("20", "-0.5", "1e-2", "1,5" with a decimal comma)."""
    cleaned = text.strip().replace("\u2212", "-").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        typed = text.strip()
        if not typed:
            raise HandEditError("empty") from None
        raise HandEditError("not_a_number", text=typed) from None
    return check_value(value)


@dataclass(frozen=True, slots=True)
class Change:
    """One parameter set by hand: from what to what."""

    parameter: ParameterRef
    before: float
    after: float


@dataclass(frozen=True, slots=True)
class Edit:
    """Parameters set by hand at `epoch` (before that epoch's training), with
    a name for a preset that set them all (None for a person's own edit)."""

    epoch: int
    changes: tuple[Change, ...]
    layer_count: int
    preset: str | None = None

    def describe(self) -> str:
        """What changed, in one line."""
        if self.preset is not None:
            return f"set to the {self.preset} preset"
        if len(self.changes) == 1:
            change = self.changes[0]
            return (
                f"{change.parameter.describe(self.layer_count)} set to "
                f"{change.after:g} (was {change.before:.6g})"
            )
        return f"{len(self.changes)} weights and biases set by hand"

    @property
    def note(self) -> str:
        """The line exports carry: "model edited by hand at epoch N: ..."."""
        return f"model edited by hand at epoch {self.epoch}: {self.describe()}"

    def to_dict(self) -> dict[str, Any]:
        """Plain values for a session file."""
        return {
            "epoch": self.epoch,
            "layer_count": self.layer_count,
            "preset": self.preset,
            "changes": [
                [c.parameter.layer, c.parameter.row, c.parameter.col, c.before, c.after]
                for c in self.changes
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Edit:
        """The edit `to_dict` wrote (KeyError, TypeError or ValueError if not)."""
        preset = data["preset"]
        if preset is not None and not isinstance(preset, str):
            raise TypeError("an edit's preset is not a name")
        changes = tuple(
            Change(
                ParameterRef(int(layer), int(row), None if col is None else int(col)),
                float(before),
                float(after),
            )
            for layer, row, col, before, after in data["changes"]
        )
        return cls(int(data["epoch"]), changes, int(data["layer_count"]), preset)


def changes_between(
    before: Sequence[Layer], after: Sequence[Layer]
) -> tuple[Change, ...]:
    """Every parameter whose value differs from `before` to `after` (same shapes)."""
    if [(a.weight.shape, a.bias.shape) for a in before] != [
        (b.weight.shape, b.bias.shape) for b in after
    ]:
        raise HandEditError("wrong_shape")
    return tuple(
        Change(ref, ref.value(before), ref.value(after))
        for ref in every_parameter(before)
        if ref.value(before) != ref.value(after)
    )


def with_value(
    layers: Sequence[Layer], ref: ParameterRef, value: float
) -> tuple[Layer, ...]:
    """Copies of `layers` with `ref` set to `value` (checked first)."""
    ref.check(layers)
    value = check_value(value)
    copies = [Layer(layer.weight.copy(), layer.bias.copy()) for layer in layers]
    target = copies[ref.layer]
    if ref.col is None:
        target.bias[ref.row] = value
    else:
        target.weight[ref.row, ref.col] = value
    return tuple(copies)


def edit_notes(edits: Sequence[Edit]) -> list[str]:
    """One line per edit, for a file's header."""
    return [edit.note for edit in edits]
