"""Points a person gives: a data set made by hand, one point at a time.

A drawn set starts from the points a person sees (the current data set's,
each labelled by its class: a drawn set separates two classes), then gains a
point per click and loses the nearest to a right-click. Each change is a new
tuple, as the configuration holds it.
"""

from __future__ import annotations

import numpy as np

from xorgui.core.config import GIVEN, MAX_POINTS, MIN_POINTS, TrainConfig
from xorgui.core.data.sets import data_set

DECIMALS = 4
"""Places a given position keeps: a tenth of a screen pixel."""
GivenPoints = tuple[tuple[float, float, float], ...]
"""(x1, x2, label) for each point, as `TrainConfig.given` holds them."""


def given_points(config: TrainConfig) -> GivenPoints:
    """The points of `config`'s data set as given points: positions as they
    are, labels as classes (a height above 0.5 is class 1)."""
    if config.data == GIVEN:
        return config.given
    data = data_set(config)
    return tuple(
        (*_placed(float(x1), float(x2)), float(target > 0.5))
        for (x1, x2), target in zip(data.points, data.targets[:, 0], strict=True)
    )


def with_point(points: GivenPoints, x1: float, x2: float, label: float) -> GivenPoints:
    """`points` and one more at (x1, x2) in the unit square, of class `label`.
    A set of MAX_POINTS already is returned as it is (the caller says why)."""
    if len(points) >= MAX_POINTS:
        return points
    return (*points, (*_placed(x1, x2), float(label)))


def _placed(x1: float, x2: float) -> tuple[float, float]:
    """A position in the unit square, to DECIMALS places (short in a file)."""
    return (
        round(min(max(x1, 0.0), 1.0), DECIMALS),
        round(min(max(x2, 0.0), 1.0), DECIMALS),
    )


def without_nearest(
    points: GivenPoints, x1: float, x2: float, reach: float
) -> GivenPoints:
    """`points` less the one nearest (x1, x2), if one lies within `reach`;
    as they are otherwise. A set of MIN_POINTS is kept whole (the caller
    says why)."""
    if len(points) <= MIN_POINTS:
        return points
    positions = np.array(points, dtype=np.float64).reshape(-1, 3)[:, :2]
    distances = np.hypot(positions[:, 0] - x1, positions[:, 1] - x2)
    nearest = int(np.argmin(distances))
    if distances[nearest] > reach:
        return points
    return points[:nearest] + points[nearest + 1 :]
