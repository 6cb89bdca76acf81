"""Data sets on the unit square, drawn from their own seed (`data_seed`).

The article's four corners are the default and are exactly the gate's truth
table. The other sets are TensorFlow Playground's, fitted to [0,1]²:
classification sets (labels 0 and 1) and regression sets, whose targets
are heights in [0,1] that the 3-D surface fits. Positions are computed in
float64 with numpy's PCG64 generator (the same on every machine) and stored
as float32, as torch trains them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from xorgui.core.config import GIVEN, REGRESSION, TrainConfig
from xorgui.core.gates import INPUTS, targets

REGRESSION_TOLERANCE = 0.1
"""A regression output counts as right within this distance of its target."""


@dataclass(frozen=True, slots=True)
class DataSet:
    """Every point of a run: positions (N, 2) and targets (N, 1), float32,
    and which are held out for testing (N,)."""

    points: np.ndarray
    targets: np.ndarray
    test: np.ndarray
    regression: bool

    @property
    def train_points(self) -> np.ndarray:
        return self.points[~self.test]

    @property
    def train_targets(self) -> np.ndarray:
        return self.targets[~self.test]

    @property
    def test_points(self) -> np.ndarray:
        return self.points[self.test]

    @property
    def test_targets(self) -> np.ndarray:
        return self.targets[self.test]


def is_regression(config: TrainConfig) -> bool:
    """Whether the run fits heights rather than separating two classes."""
    return config.data in REGRESSION


def is_right(outputs: np.ndarray, targets: np.ndarray, regression: bool) -> np.ndarray:
    """Which outputs are right: on the target's side of 0.5 (a class), or
    within REGRESSION_TOLERANCE of it (a height)."""
    if regression:
        right = np.abs(outputs - targets) < REGRESSION_TOLERANCE
    else:
        right = (outputs > 0.5) == (targets > 0.5)
    return np.asarray(right, dtype=bool)


@functools.lru_cache(maxsize=32)
def data_set(config: TrainConfig) -> DataSet:
    """The config's points, targets and test split (the same every time;
    kept for the configs last asked for, read-only)."""
    rng = np.random.default_rng(config.data_seed)
    if config.data == "corners":
        points = np.array(INPUTS)
        labels = targets(config.gate).astype(np.float64)
    elif config.data == GIVEN:
        given = np.array(config.given, dtype=np.float64).reshape(-1, 3)
        points, labels = given[:, :2], given[:, 2]
    elif config.data in REGRESSION:
        points = rng.uniform(0.0, 1.0, (config.points, 2))
        heights = _HEIGHTS[config.data](points[:, 0], points[:, 1])
        labels = np.clip(
            heights + rng.normal(0.0, 1.0, config.points) * config.noise, 0.0, 1.0
        )
    else:
        points, labels = _DRAW[config.data](rng, config.points, config.gate)
        jitter = rng.normal(0.0, 1.0, points.shape) * config.noise
        points = np.clip(points + jitter, 0.0, 1.0)
    count = len(points)
    test = np.zeros(count, dtype=bool)
    test[rng.permutation(count)[: config.test_count]] = True
    arrays = (
        points.astype(np.float32),
        labels.astype(np.float32).reshape(count, 1),
        test,
    )
    for array in arrays:
        array.setflags(write=False)
    return DataSet(*arrays, config.data in REGRESSION)


def _halves(count: int) -> np.ndarray:
    """Labels 0 for the first half of `count` points, 1 for the rest."""
    return (np.arange(count) >= count // 2).astype(np.float64)


def _clouds(
    rng: np.random.Generator, count: int, gate: str
) -> tuple[np.ndarray, np.ndarray]:
    """Clouds hugging the four corners, each labelled as the gate labels its corner."""
    corner = np.arange(count) % 4
    corners = np.array(INPUTS)[corner]
    spread = np.abs(rng.normal(0.0, 0.15, (count, 2)))
    return corners + (1.0 - 2.0 * corners) * spread, targets(gate).astype(np.float64)[
        corner
    ]


def _circle(
    rng: np.random.Generator, count: int, _gate: str
) -> tuple[np.ndarray, np.ndarray]:
    """A disc (label 1) inside a ring (label 0), both around the centre."""
    labels = 1.0 - _halves(count)
    radius = np.where(
        labels == 1.0, rng.uniform(0.0, 0.2, count), rng.uniform(0.3, 0.45, count)
    )
    angle = rng.uniform(0.0, 2.0 * np.pi, count)
    return _around_centre(radius, angle), labels


def _gaussians(
    rng: np.random.Generator, count: int, _gate: str
) -> tuple[np.ndarray, np.ndarray]:
    """Two round clouds: label 0 low on the diagonal, label 1 high."""
    labels = _halves(count)
    centres = np.where(labels[:, None] == 1.0, 0.7, 0.3)
    return centres + rng.normal(0.0, 0.1, (count, 2)), labels


def _spiral(
    rng: np.random.Generator, count: int, _gate: str
) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved spiral arms from the centre out."""
    labels = _halves(count)
    along = rng.uniform(0.0, 1.0, count)
    angle = 1.75 * 2.0 * np.pi * along + np.pi * labels
    return _around_centre(0.45 * along, angle), labels


def _moons(
    rng: np.random.Generator, count: int, _gate: str
) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved half circles (scikit-learn's moons, scaled into the square)."""
    labels = _halves(count)
    t = rng.uniform(0.0, np.pi, count)
    x = np.where(labels == 1.0, 1.0 - np.cos(t), np.cos(t))
    y = np.where(labels == 1.0, 0.5 - np.sin(t), np.sin(t))
    return np.stack([0.05 + 0.3 * (x + 1.0), 0.5 + 0.3 * (y - 0.25)], axis=1), labels


def _around_centre(radius: np.ndarray, angle: np.ndarray) -> np.ndarray:
    return np.stack(
        [0.5 + radius * np.cos(angle), 0.5 + radius * np.sin(angle)], axis=1
    )


_DRAW: dict[
    str, Callable[[np.random.Generator, int, str], tuple[np.ndarray, np.ndarray]]
] = {
    "clouds": _clouds,
    "circle": _circle,
    "gaussians": _gaussians,
    "spiral": _spiral,
    "moons": _moons,
}

_HEIGHTS: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "plane": lambda x1, x2: (x1 + x2) / 2.0,
    "bump": lambda x1, x2: np.exp(
        -((x1 - 0.5) ** 2 + (x2 - 0.5) ** 2) / (2.0 * 0.15**2)
    ),
    "saddle": lambda x1, x2: 0.5 - 2.0 * (x1 - 0.5) * (x2 - 0.5),
}
