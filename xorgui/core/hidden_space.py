"""The hidden space: the inputs as the first hidden layer sees them (the
article's four, or every point of a larger data set).

A hidden layer maps each input (x1, x2) to its units' activations. XOR's four
points cannot be cut by one line in the input plane; training bends that map
until, in the hidden layer's space, the next layer's one line (or plane) cuts
them. This module computes the points, that line and whether any line could
cut them, from a snapshot's layers (torch-free; tests hold it to the model).

A line is drawn over the 1, 2 or 3 units a person chose. The next layer also
weighs the units left out; their activation differs from input to input, so
no single line over the chosen units is exactly right for all four points.
The line is drawn with each unit left out held at its mean over the
points, and the view says so.

Whether one line could cut the classes apart is worked out exactly for a
handful of points (the corners); for a data set of many points the view says
instead how many of them the output's line puts on their target's side.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.decision_lines import output_is_flat
from xorgui.core.gates import inputs
from xorgui.core.network import Layer, forward

MAX_SHOWN = 3
"""A person can look at the space of at most three units at once."""
SEPARATION = 1e-9
"""How far apart the two classes' hulls must be to count as separated."""
PADDING = 0.08
"""The box around the points: this share of its span added on each side."""
BOUNDED = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0)}
"""Activations whose values stay in a range: the box always shows all of it."""
EXACT_POINTS = 8
"""Up to this many points, whether one line separates them is worked out
exactly (every subset of their differences is tried: it grows too fast
beyond a handful)."""


@dataclass(frozen=True, slots=True)
class Boundary:
    """Where a unit of the next layer decides: `normal · h + offset = 0` over
    the chosen units (the others at their mean). `unit` is None for the
    network's output, else the next hidden layer's unit (0-based). `cut` is
    where it crosses the view's box: two end points of a line, a polygon of a
    plane (in order round it), one point in 1-D; None when it misses the box."""

    normal: np.ndarray
    offset: float
    unit: int | None
    cut: np.ndarray | None


@dataclass(frozen=True, slots=True)
class HiddenSpace:
    """The first hidden layer's view of the inputs.

    `points[i]` holds the chosen `units`' activations for input i (the
    article's order, or the data set's), `test` which of them are test
    points, `box` the (low, high) corners of the region to show, and `held`
    the units left out (held at their mean). The `separable` flags say
    whether one line (plane) could cut the 1s from the 0s: over the chosen
    units, over all the layer's units, and in the input plane itself; None
    for more than `EXACT_POINTS` points. `corners`: the points are the
    article's four inputs. `output_flat`: the output is 0.5 over the whole
    square (`xorgui.core.decision_lines.output_is_flat`), so it draws no line
    here.
    """

    width: int
    units: tuple[int, ...]
    points: np.ndarray
    targets: np.ndarray
    test: np.ndarray
    corners: bool
    box: tuple[np.ndarray, np.ndarray]
    boundaries: tuple[Boundary, ...]
    next_is_output: bool
    separable: bool | None
    separable_in_all_units: bool | None
    separable_in_inputs: bool | None
    output_flat: bool

    @property
    def held(self) -> tuple[int, ...]:
        return tuple(u for u in range(self.width) if u not in self.units)

    def output_line_right(self) -> np.ndarray | None:
        """Per point: whether the output's line puts it on its target's side
        (None when the next layer is hidden, no line being the output's, or
        while the output is flat)."""
        if not self.next_is_output or self.output_flat:
            return None
        line = self.boundaries[0]
        above = self.points @ line.normal + line.offset > 0
        return np.asarray(above == (self.targets > 0.5))

    def output_line_cuts(self) -> bool:
        """Whether the output's line puts every point on its target's side."""
        right = self.output_line_right()
        return right is not None and bool(np.all(right))


def default_units(width: int) -> tuple[int, ...]:
    """The units shown at first: all of a layer of up to three, else two."""
    return tuple(range(width if width <= MAX_SHOWN else 2))


def hidden_space(
    layers: Sequence[Layer],
    activation: str,
    output_activation: str,
    targets: np.ndarray,
    units: Sequence[int] | None = None,
    *,
    points: np.ndarray | None = None,
    test: np.ndarray | None = None,
    features: tuple[str, ...] = DEFAULT_FEATURES,
) -> HiddenSpace | None:
    """The hidden space of a network with these `layers` (None without a
    hidden layer), over `units` of the first hidden layer (0-based; by
    default `default_units`), for `points` on the square (by default the
    four corners) with their `targets`, `test` marking the test points, and
    `features` the network's inputs."""
    if len(layers) < 2:
        return None
    width = layers[0].units
    chosen = default_units(width) if units is None else tuple(units)
    if not 1 <= len(chosen) <= MAX_SHOWN or len(set(chosen)) != len(chosen):
        raise ValueError(f"choose 1 to {MAX_SHOWN} different units, got {chosen}")
    if not all(0 <= u < width for u in chosen):
        raise ValueError(f"the first hidden layer has units 0 to {width - 1}")
    corners = points is None
    square = inputs() if points is None else np.asarray(points)
    hidden = forward(layers[:1], activation, activation, square, features)[0]
    placed = hidden[:, chosen]
    classes = np.asarray(targets).reshape(-1) > 0.5
    box = _box(placed, activation)
    nxt = layers[1]
    next_is_output = len(layers) == 2
    # The output decides at 0.5: a sigmoid's input is then 0, a linear one 0.5.
    threshold = 0.5 if next_is_output and output_activation == "linear" else 0.0
    held = [u for u in range(width) if u not in chosen]
    means = hidden[:, held].mean(axis=0)
    flat = output_is_flat(layers, activation, output_activation, features)
    boundaries = []
    for unit in range(nxt.units):
        weights = nxt.weight[unit].astype(np.float64)
        normal = weights[list(chosen)]
        offset = float(nxt.bias[unit]) - threshold + float(weights[held] @ means)
        boundaries.append(
            Boundary(
                normal,
                offset,
                None if next_is_output else unit,
                None if next_is_output and flat else box_cut(normal, offset, *box),
            )
        )
    exact = len(square) <= EXACT_POINTS
    shown_separable = separable(placed, classes) if exact else None
    return HiddenSpace(
        width=width,
        units=chosen,
        points=placed,
        targets=np.asarray(targets, dtype=np.float64).reshape(-1),
        test=np.zeros(len(square), dtype=bool) if test is None else np.asarray(test),
        corners=corners,
        box=box,
        boundaries=tuple(boundaries),
        next_is_output=next_is_output,
        separable=shown_separable,
        separable_in_all_units=(
            shown_separable if not held or not exact else separable(hidden, classes)
        ),
        separable_in_inputs=(
            _separable_inputs(tuple(bool(c) for c in classes)) if corners else None
        ),
        output_flat=flat,
    )


@functools.cache
def _separable_inputs(classes: tuple[bool, ...]) -> bool:
    """Whether the gate with these classes is cut by one line in the input
    plane (16 gates: worked out once each, not at every frame)."""
    return separable(inputs().astype(np.float64), np.array(classes))


def separable(points: np.ndarray, classes: np.ndarray) -> bool:
    """Whether one hyperplane puts every point of `classes` True strictly on
    one side and every False one on the other: their convex hulls are apart."""
    ones, zeros = points[classes], points[~classes]
    if len(ones) == 0 or len(zeros) == 0:
        return True
    differences = (ones[:, None, :] - zeros[None, :, :]).reshape(-1, points.shape[1])
    return _distance_to_hull(differences) > SEPARATION


def _distance_to_hull(points: np.ndarray) -> float:
    """The distance from the origin to the convex hull of a few `points`.

    The nearest point lies inside one face of the hull: every subset of the
    points is tried, the origin projected on its affine hull and kept when
    the projection falls inside the subset's simplex (exact for a handful)."""
    best = float("inf")
    for size in range(1, len(points) + 1):
        for subset in combinations(range(len(points)), size):
            first, rest = points[subset[0]], points[list(subset[1:])]
            if size == 1:
                best = min(best, float(np.linalg.norm(first)))
                continue
            directions = (rest - first).T
            steps = np.linalg.lstsq(directions, -first, rcond=None)[0]
            if steps.min() >= -1e-12 and steps.sum() <= 1 + 1e-12:
                best = min(best, float(np.linalg.norm(first + directions @ steps)))
    return best


def _box(points: np.ndarray, activation: str) -> tuple[np.ndarray, np.ndarray]:
    """The region to show: the points, the activation's whole range when it
    has one, and a margin round them."""
    low, high = points.min(axis=0), points.max(axis=0)
    if activation in BOUNDED:
        bottom, top = BOUNDED[activation]
        low, high = np.minimum(low, bottom), np.maximum(high, top)
    elif activation == "relu":
        low, high = np.minimum(low, 0.0), np.maximum(high, 1.0)
    span = np.maximum(high - low, 1e-3)
    return low - PADDING * span, high + PADDING * span


def box_cut(
    normal: np.ndarray, offset: float, low: np.ndarray, high: np.ndarray
) -> np.ndarray | None:
    """Where `normal · h + offset = 0` crosses the box from `low` to `high`
    (1 to 3 dimensions): a point, a line's two ends, or a plane's polygon in
    order round it; None when it misses the box or has no direction."""
    dims = len(normal)
    if not np.any(np.abs(normal) > 1e-12):
        return None
    corners = np.array(
        [
            [high[d] if (index >> d) & 1 else low[d] for d in range(dims)]
            for index in range(2**dims)
        ]
    )
    values = corners @ normal + offset
    scale = 1e-12 * max(1.0, float(np.abs(values).max()))
    found = [corners[i] for i in range(len(corners)) if abs(values[i]) <= scale]
    for a in range(len(corners)):
        for d in range(dims):
            b = a | (1 << d)
            if (
                b != a
                and values[a] * values[b] < 0
                and min(abs(values[a]), abs(values[b])) > scale
            ):
                share = values[a] / (values[a] - values[b])
                found.append(corners[a] + share * (corners[b] - corners[a]))
    if not found:
        return None
    cut = np.unique(np.round(np.array(found), 12), axis=0)
    if dims == 2 and len(cut) > 2:
        ends = max(combinations(range(len(cut)), 2), key=lambda p: _gap(cut, p))
        cut = cut[list(ends)]
    if dims == 3 and len(cut) > 2:
        cut = _round_order(cut, normal)
    return cut


def _gap(points: np.ndarray, pair: tuple[int, int]) -> float:
    return float(np.linalg.norm(points[pair[0]] - points[pair[1]]))


def _round_order(polygon: np.ndarray, normal: np.ndarray) -> np.ndarray:
    """A plane's corner points in order round their centre."""
    centre = polygon.mean(axis=0)
    across = np.linalg.svd(normal[None, :])[2][1:]  # two directions in the plane
    flat = (polygon - centre) @ across.T
    return polygon[np.argsort(np.arctan2(flat[:, 1], flat[:, 0]))]
