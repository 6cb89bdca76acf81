"""Input features in numpy, for the views: how each is written for a person,
and the network's inputs at points of the square (torch-free: the views
evaluate the network from a snapshot's layers without loading torch).

The trainer computes the same columns in torch (feature_inputs.py), from
the same `feature_columns`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np

from xorgui.core.config import DEFAULT_FEATURES

FEATURE_LABELS: dict[str, str] = {
    "x1": "x1",
    "x2": "x2",
    "x1sq": "x1²",
    "x2sq": "x2²",
    "x1x2": "x1·x2",
    "sinx1": "sin x1",
    "sinx2": "sin x2",
}
"""Each feature as the diagram, the plane and the legends write it."""


Column = TypeVar("Column", bound=Any)
"""A column of values: a numpy array or a torch tensor."""


def feature_columns(
    x1: Column, x2: Column, features: tuple[str, ...], sin: Callable[[Column], Column]
) -> list[Column]:
    """One column per feature in `features`' order, from the columns `x1` and
    `x2` (numpy or torch alike: `sin` is that library's)."""
    columns = {
        "x1": lambda: x1,
        "x2": lambda: x2,
        "x1sq": lambda: x1 * x1,
        "x2sq": lambda: x2 * x2,
        "x1x2": lambda: x1 * x2,
        "sinx1": lambda: sin(x1),
        "sinx2": lambda: sin(x2),
    }
    return [columns[name]() for name in features]


def feature_values(
    points: np.ndarray, features: tuple[str, ...] = DEFAULT_FEATURES
) -> np.ndarray:
    """The network's inputs (N, F) at `points` (N, 2), float64, one column per
    feature in `features`' order."""
    values = np.asarray(points, dtype=np.float64)
    if features == DEFAULT_FEATURES:
        return values
    columns = feature_columns(values[:, 0], values[:, 1], features, np.sin)
    return np.stack(columns, axis=1)


def uses_only_the_point(features: tuple[str, ...]) -> bool:
    """Whether the inputs are x1 and x2 themselves (in either order or one
    of them): a first-layer unit's boundary is then a straight line."""
    return set(features) <= {"x1", "x2"}
