"""The atlas's axes: which setting varies along one side of the grid, and its values.

An axis is written as the command line takes it: `lr=0.01:10:8log` (eight
learning rates, log-spaced), `hidden=1,2,3,4,8,16`, `depth=0:4`,
`momentum=0,0.5,0.9`, `optimizer=sgd,adam`, `activation=sigmoid,tanh`, and for
the data and its training `noise=0,0.1,0.2`, `batch_size=0,1,8` (0: the whole
training set), `l1=0,0.001,0.01`, `l2=...`, and `features=x1+x2,x1+x2+x1x2`
(each value a set of inputs, joined by "+"). A bad specification is an
AxisError whose message is one line saying what is allowed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from xorgui.core.config import (
    ACTIVATIONS,
    MAX_HIDDEN_LAYERS,
    OPTIMIZERS,
    ConfigError,
    TrainConfig,
    parse_features,
)

AXIS_NAMES = (
    "lr",
    "hidden",
    "depth",
    "momentum",
    "optimizer",
    "activation",
    "noise",
    "batch_size",
    "features",
    "l1",
    "l2",
)
"""The settings an atlas can vary, in the order they are applied to a cell."""
FLOAT_AXES = ("lr", "momentum", "noise", "l1", "l2")
CHOICE_AXES = ("optimizer", "activation")
NUMERIC_AXES = ("lr", "hidden", "depth", "momentum")
MAX_AXIS_VALUES = 32
DEFAULT_WIDTH = 2
"""The width of every hidden layer a depth axis adds to a setup that has none."""

DEFAULT_VALUES = {
    "lr": "0.01:10:8log",
    "hidden": "1,2,3,4,8,16",
    "depth": f"0:{MAX_HIDDEN_LAYERS}",
    "momentum": "0,0.5,0.9",
    "optimizer": ",".join(OPTIMIZERS),
    "activation": ",".join(ACTIVATIONS),
    "noise": "0,0.05,0.1,0.2,0.3",
    "batch_size": "0,1,2,8,32",
    "features": "x1+x2,x1+x2+x1x2,x1+x2+x1sq+x2sq",
    "l1": "0,0.0001,0.001,0.01",
    "l2": "0,0.0001,0.001,0.01",
}
"""Each axis's values when a person picks it (lr and hidden: the default atlas)."""
FEATURE_JOIN = "+"
"""Joins the inputs of one value of a features axis (commas part the values)."""
DEFAULT_X, DEFAULT_Y = "lr", "hidden"

EXAMPLES = {
    "lr": ("0.01:10:8log", "0.03,0.1,0.3"),
    "hidden": ("1,2,3,4,8,16", "1:8"),
    "depth": (f"0:{MAX_HIDDEN_LAYERS}", "1,2"),
    "momentum": ("0,0.5,0.9", "0:0.9:4"),
    "optimizer": (",".join(OPTIMIZERS),),
    "activation": (",".join(ACTIVATIONS),),
    "noise": ("0,0.05,0.1,0.2,0.3", "0:0.3:4"),
    "batch_size": ("0,1,2,8,32", "1:4"),
    "features": ("x1+x2,x1+x2+x1x2,x1+x2+x1sq+x2sq",),
    "l1": ("0,0.0001,0.001,0.01", "0.0001:0.1:4log"),
    "l2": ("0,0.0001,0.001,0.01", "0.0001:0.1:4log"),
}
"""Values each axis takes, as examples for a person who typed some it cannot."""

AXIS_ERRORS = {
    "not_axis": "{text!r} is not an axis; expected NAME=VALUES with NAME one of "
    + ", ".join(AXIS_NAMES)
    + ", e.g. {example}",
    "malformed": "{text!r} is not allowed; expected {example}",
    "too_many": "{text!r} has {count} values; an axis takes {most} at most",
    "repeated": "{text!r} repeats a value; give each value once",
    "refused": "{text!r}: {value} is not allowed; expected {allowed}",
    "same_axis": "both axes vary {name}; give the other axis another setting",
}
"""What can be wrong with an axis, by reason, as the command line says it."""


def example(name: str) -> str:
    """Examples of axis `name` as the command line takes it: "lr=... or lr=..."."""
    return " or ".join(f"{name}={values}" for values in EXAMPLES[name])


class AxisError(ValueError):
    """An axis specification that cannot be used; the message is one line.

    Besides the message, what is wrong without words, for the window to say
    in its own language: `reason` (a key of AXIS_ERRORS), the axis's `name`
    ("" where it names none), its `values` as typed, and `details` (count,
    most, value, allowed).
    """

    def __init__(
        self, reason: str, text: str, name: str = "", values: str = "", **details: str
    ) -> None:
        self.reason = reason
        self.name = name
        self.values = values
        self.details = details
        examples = example(name if name in EXAMPLES else "lr")
        super().__init__(
            AXIS_ERRORS[reason].format(
                text=text, name=name, example=examples, **details
            )
        )


@dataclass(frozen=True, slots=True)
class Axis:
    """One side of the atlas: a setting's name and the values it takes, in order."""

    name: str
    values: tuple[float | int | str, ...]

    def apply(self, config: TrainConfig, value: float | int | str) -> TrainConfig:
        """`config` with this axis's setting at `value`.

        A hidden width applies to every hidden layer (a setup without one gets
        one); a depth repeats the first hidden layer's width; a features value
        names the inputs joined by FEATURE_JOIN.
        """
        if self.name == "features":
            return config.with_changes(features=tuple(str(value).split(FEATURE_JOIN)))
        if self.name == "hidden":
            return config.with_changes(hidden=(value,) * max(1, len(config.hidden)))
        if self.name == "depth":
            width = config.hidden[0] if config.hidden else DEFAULT_WIDTH
            return config.with_changes(hidden=(width,) * int(value))
        return config.with_changes(**{self.name: value})

    def label(self, index: int) -> str:
        """The value at `index` as a person reads it: 0.193, 16, adam."""
        return value_label(self.values[index])

    def spec(self) -> str:
        """The specification that gives this axis again (its values listed)."""
        return f"{self.name}=" + ",".join(map(self.label, range(len(self.values))))


def value_label(value: float | int | str) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def parse_axis(text: str) -> Axis:
    """An axis from `name=values`; AxisError (one line) if it is not allowed."""
    name, equals, values = (part.strip() for part in text.partition("="))
    name = name.lower()
    if not equals or name not in AXIS_NAMES:
        raise AxisError("not_axis", text)
    try:
        parsed = _values(name, values)
    except (ValueError, ConfigError):
        parsed = ()
    if not parsed:
        raise AxisError("malformed", text, name, values)
    if len(parsed) > MAX_AXIS_VALUES:
        raise AxisError(
            "too_many",
            text,
            name,
            values,
            count=str(len(parsed)),
            most=str(MAX_AXIS_VALUES),
        )
    if len(set(parsed)) != len(parsed):
        raise AxisError("repeated", text, name, values)
    axis = Axis(name, parsed)
    for value in parsed:
        try:
            axis.apply(TrainConfig(), value)
        except ConfigError as exc:
            raise AxisError(
                "refused",
                text,
                name,
                values,
                value=value_label(value),
                allowed=exc.allowed,
            ) from None
    return axis


def _values(name: str, text: str) -> tuple[float | int | str, ...]:
    """The values of `text` for axis `name`; () or ValueError when malformed."""
    if name in CHOICE_AXES:
        choices = tuple(part.strip().lower() for part in text.split(","))
        return choices if all(choices) else ()
    if name == "features":
        return tuple(
            FEATURE_JOIN.join(parse_features(part.replace(FEATURE_JOIN, ",")))
            for part in text.split(",")
        )
    convert = float if name in FLOAT_AXES else int
    if ":" not in text:
        return tuple(convert(part) for part in text.split(","))
    first, last, *count = text.split(":")
    if convert is int:
        if count:
            return ()
        return tuple(range(int(first), int(last) + 1))
    if len(count) != 1:
        return ()
    steps = count[0].strip().lower()
    log = steps.endswith("log")
    return spaced(float(first), float(last), int(steps.removesuffix("log")), log=log)


def spaced(first: float, last: float, count: int, *, log: bool) -> tuple[float, ...]:
    """`count` values from `first` to `last`, evenly or log-spaced, each rounded
    to three significant figures so that it can be typed back (`sweep --lr`)."""
    if count < 2 or not first < last or (log and first <= 0):
        return ()
    if log:
        low, high = math.log10(first), math.log10(last)
        raw = [10 ** (low + (high - low) * k / (count - 1)) for k in range(count)]
    else:
        raw = [first + (last - first) * k / (count - 1) for k in range(count)]
    return tuple(float(f"{value:.3g}") for value in raw)


def check_pair(x: Axis, y: Axis) -> None:
    """Two axes that can span an atlas: different settings."""
    if x.name == y.name:
        raise AxisError("same_axis", "", x.name)
