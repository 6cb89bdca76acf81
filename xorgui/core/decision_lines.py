"""Each first-layer unit's line on the plane, as the article draws it (or its
curve, when the inputs are features other than x1 and x2).

A unit computes w1·x1 + w2·x2 + b; where that is 0 it draws a straight line,
which the article writes as x2 = w'x1 + b' (w' = -w1/w2, b' = -b/w2). A line
with w2 next to nothing is vertical (x1 = c), a unit with w1 = w2 = 0 draws
none. With no hidden layer the one line is the network's own boundary (output
0.5: `xorgui.core.collapse.output_boundary`); `separates` says whether it cuts
the gate's four points apart. Where the output stays within `FLAT_MARGIN` of
0.5 over the whole square (`output_is_flat`) the network has no boundary yet,
whatever line its near-zero weights would give: the plane view, the hidden
space and `train --json` all say so from this one test.

With features such as x1² or x1·x2 a unit computes w·φ(x) + b, whose zero
set on the square is a curve: `UnitBoundary` traces it as the contour of
that expression (core/contour.py), and writes its equation the same way.

Torch-free numpy: the plane view and `train --json` share it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.contour import contour_segments
from xorgui.core.data.features import (
    FEATURE_LABELS,
    feature_values,
    uses_only_the_point,
)
from xorgui.core.gates import INPUTS
from xorgui.core.grid import grid_axis, grid_points
from xorgui.core.network import Layer, forward

VERTICAL_RATIO = 1e-9
"""|w2| at most this fraction of |w1|: the line is vertical (x1 = c); its slope
would be a number beyond any drawing."""
NO_LINE = 1e-30
"""|w1| and |w2| both at most this: the unit draws no line."""
FLAT_MARGIN = 1e-3
"""The output within this of 0.5 over the whole square: no boundary yet. It
then reads 0.500 everywhere, and the line its weights would give (XOR with no
hidden layer ends with weights near 1e-7) is no boundary the numbers support."""
FLAT_GRID = 33
"""Points a side where `output_is_flat` looks (the corners among them: a
network without activations has its extremes there)."""
CORNERS = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
"""The unit square's corners, in order round it."""
CURVE_GRID = 65
"""Points a side of the grid a unit's curve is traced on: smooth at the
plane view's size, cheap enough for every frame."""


class LineKind(StrEnum):
    """How a unit's line stands on the plane."""

    SLANTED = "slanted"
    VERTICAL = "vertical"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class DecisionLine:
    """Where w1·x1 + w2·x2 + b equals `level` (0 for a unit's own line).

    `segment` is the part inside the unit square, None when the line misses it.
    """

    w1: float
    w2: float
    b: float
    level: float = 0.0

    @property
    def offset(self) -> float:
        """The constant of w1·x1 + w2·x2 + offset = 0."""
        return self.b - self.level

    @property
    def kind(self) -> LineKind:
        w1, w2 = abs(self.w1), abs(self.w2)
        if max(w1, w2) <= NO_LINE:
            return LineKind.NONE
        if w2 <= VERTICAL_RATIO * w1:
            return LineKind.VERTICAL
        return LineKind.SLANTED

    @property
    def slope(self) -> float | None:
        """w' of x2 = w'x1 + b' (None unless slanted)."""
        return -self.w1 / self.w2 if self.kind is LineKind.SLANTED else None

    @property
    def intercept(self) -> float | None:
        """b' of x2 = w'x1 + b' (None unless slanted)."""
        return -self.offset / self.w2 if self.kind is LineKind.SLANTED else None

    @property
    def x1(self) -> float | None:
        """c of a vertical line x1 = c (None unless vertical)."""
        return -self.offset / self.w1 if self.kind is LineKind.VERTICAL else None

    def value(self, x1: float, x2: float) -> float:
        """w1·x1 + w2·x2 + offset: positive on the unit's "on" side."""
        return self.w1 * x1 + self.w2 * x2 + self.offset

    @property
    def segment(self) -> tuple[tuple[float, float], tuple[float, float]] | None:
        """The line inside [0, 1]²: its two ends, or None when it misses (or
        only touches a corner). Found from the sign of `value` at the corners,
        so no slope is ever divided out."""
        if self.kind is LineKind.NONE:
            return None
        values = [self.value(*corner) for corner in CORNERS]
        ends: list[tuple[float, float]] = []
        for index, (start, here) in enumerate(zip(CORNERS, values, strict=True)):
            end = CORNERS[(index + 1) % 4]
            there = values[(index + 1) % 4]
            if here == 0.0:
                ends.append(start)
            elif here * there < 0.0:
                t = here / (here - there)
                ends.append(
                    (
                        start[0] + t * (end[0] - start[0]),
                        start[1] + t * (end[1] - start[1]),
                    )
                )
        if len(ends) < 2:
            return None
        # Along an edge both corners and nothing else count; in general two points.
        first = ends[0]
        last = max(ends, key=lambda p: (p[0] - first[0]) ** 2 + (p[1] - first[1]) ** 2)
        if first == last:
            return None
        return first, last

    def equation(self) -> str:
        """The line the article's way, with its numbers: "x2 = -1.02 x1 + 1.48",
        "x1 = 0.50", or "" for no line (the caller says so in words)."""
        kind = self.kind
        if kind is LineKind.SLANTED:
            slope, intercept = self.slope, self.intercept
            assert slope is not None and intercept is not None
            sign = "-" if intercept < 0 else "+"
            return f"x2 = {number(slope)} x1 {sign} {number(abs(intercept))}"
        if kind is LineKind.VERTICAL:
            assert self.x1 is not None
            return f"x1 = {number(self.x1)}"
        return ""

    def separates(self, targets: Iterable[float]) -> bool:
        """Every 1 strictly on the positive side and every 0 on the other."""
        return all(
            (self.value(*point) > 0.0) if target > 0.5 else (self.value(*point) < 0.0)
            for point, target in zip(INPUTS, targets, strict=True)
        )

    def to_dict(self) -> dict[str, object]:
        """Plain values for JSON: the weights, the kind and the line's numbers."""
        segment = self.segment
        return {
            "w1": self.w1,
            "w2": self.w2,
            "b": self.b,
            "kind": self.kind.value,
            "slope": self.slope,
            "intercept": self.intercept,
            "x1": self.x1,
            "segment": None if segment is None else [list(end) for end in segment],
        }


def number(value: float) -> str:
    """Two decimals; three significant digits below 0.01 (a weight near zero
    still shows) and beyond a thousand; never "-0.00"."""
    size = abs(value)
    text = f"{value:.2f}" if 0.01 <= size < 1000 or size == 0 else f"{value:.3g}"
    return "0.00" if text == "-0.00" else text


def unit_lines(
    layers: Sequence[Layer], features: tuple[str, ...] = DEFAULT_FEATURES
) -> list[DecisionLine]:
    """The line of each unit of the first layer (its own zero line), whose
    inputs are `features`, x1 or x2 or both (a feature left out weighs 0)."""
    if not layers:
        return []
    first = layers[0]
    return [
        DecisionLine(*_point_weights(w, features), float(b))
        for w, b in zip(first.weight, first.bias, strict=True)
    ]


def _point_weights(
    weights: np.ndarray, features: tuple[str, ...]
) -> tuple[float, float]:
    """w1 and w2 of x1 and x2 among `features` (0 for one not among them)."""
    found = dict(zip(features, (float(w) for w in weights), strict=True))
    return found.get("x1", 0.0), found.get("x2", 0.0)


@dataclass(frozen=True, slots=True)
class UnitBoundary:
    """Where a first-layer unit's w·φ(x) + b equals `level` (0 for a unit's
    own boundary) on the square, `weights` one per feature of `features`: a
    straight line when the features are x1 and x2 (`line`), else a curve."""

    weights: tuple[float, ...]
    bias: float
    features: tuple[str, ...]
    level: float = 0.0

    @property
    def line(self) -> DecisionLine | None:
        """The straight line, the article's way (None for a curve)."""
        if not uses_only_the_point(self.features):
            return None
        w1, w2 = _point_weights(np.array(self.weights), self.features)
        return DecisionLine(w1, w2, self.bias, self.level)

    def segments(self, size: int = CURVE_GRID) -> np.ndarray:
        """The boundary inside [0, 1]² as segments (n, 2, 2): the line's one
        segment, or the curve traced on a `size` grid (none if it misses)."""
        line = self.line
        if line is not None:
            segment = line.segment
            return np.zeros((0, 2, 2)) if segment is None else np.array([segment])
        axis = grid_axis(size)
        inputs = feature_values(grid_points(axis), self.features)
        values = inputs @ np.array(self.weights) + self.bias
        return contour_segments(axis, values.reshape(size, size), self.level)

    def equation(self) -> str:
        """The boundary with its numbers: the article's "x2 = -1.02 x1 + 1.48"
        for a line, else "0.52 x1² - 1.30 x1·x2 + 0.40 = 0"."""
        line = self.line
        if line is not None:
            return line.equation()
        terms = [
            (weight, FEATURE_LABELS[name])
            for weight, name in zip(self.weights, self.features, strict=True)
        ]
        parts: list[str] = []
        for weight, label in [*terms, (self.bias - self.level, "")]:
            size = f"{number(abs(weight))} {label}".rstrip()
            if parts:
                parts.append(f"- {size}" if weight < 0 else f"+ {size}")
            else:
                parts.append(f"-{size}" if weight < 0 else size)
        return " ".join(parts) + " = 0"


def unit_boundaries(
    layers: Sequence[Layer], features: tuple[str, ...] = DEFAULT_FEATURES
) -> list[UnitBoundary]:
    """The boundary of each unit of the first layer, whose inputs are
    `features`."""
    if not layers:
        return []
    first = layers[0]
    return [
        UnitBoundary(tuple(float(v) for v in w), float(b), features)
        for w, b in zip(first.weight, first.bias, strict=True)
    ]


def linearly_separable(targets: Iterable[float]) -> bool:
    """Some straight line cuts the 1s from the 0s: every four-point pattern but
    XOR's and XNOR's (the diagonals alike, the two diagonals different)."""
    ones = [float(t) > 0.5 for t in targets]
    a, b, c, d = ones  # (0,0), (0,1), (1,0), (1,1)
    return not (a == d and b == c and a != b)


def output_is_flat(
    layers: Sequence[Layer],
    activation: str,
    output_activation: str,
    features: tuple[str, ...] = DEFAULT_FEATURES,
) -> bool:
    """Whether the network's output stays within `FLAT_MARGIN` of 0.5 over the
    whole unit square (sampled on a `FLAT_GRID` grid; the inputs the points'
    `features`): it draws no boundary."""
    if not layers:
        return True
    points = grid_points(grid_axis(FLAT_GRID))
    output = forward(layers, activation, output_activation, points, features)[-1]
    return bool(np.max(np.abs(output - 0.5)) <= FLAT_MARGIN)


def first_layer_summary(
    layers: Sequence[Layer],
    activation: str,
    output_activation: str,
    features: tuple[str, ...] = DEFAULT_FEATURES,
) -> list[dict[str, object]]:
    """Each first-layer unit's line as `train --json` prints it, numbered from 1
    (over other input features: its weight per feature and its equation).

    With no hidden layer the one line is the output's boundary; `boundary`
    says whether the numbers support it (False while the output is flat)."""
    is_output = len(layers) == 1
    flat = is_output and output_is_flat(layers, activation, output_activation, features)
    described: list[dict[str, object]] = (
        [line.to_dict() for line in unit_lines(layers, features)]
        if uses_only_the_point(features)
        else [
            {
                "weights": dict(zip(features, boundary.weights, strict=True)),
                "b": boundary.bias,
                "equation": boundary.equation(),
            }
            for boundary in unit_boundaries(layers, features)
        ]
    )
    return [
        {"unit": index, **entry, "boundary": is_output and not flat}
        for index, entry in enumerate(described, start=1)
    ]
