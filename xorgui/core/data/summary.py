"""How many of a data set's points a model gets right, group by group: the
truth table's summary when there are more points than four rows can show.

Training points first, then test points; within each, one group per class
(targets 0 and 1), or one group of heights for a regression set.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.data.sets import data_set, is_right


@dataclass(frozen=True, slots=True)
class PointGroup:
    """`count` points of one split (`test` or training) and one class
    (`target` 0 or 1; None: the heights of a regression set), `right` of
    them right."""

    test: bool
    target: float | None
    count: int
    right: int

    @property
    def share(self) -> float:
        """The share of the group that is right (0 to 1)."""
        return self.right / self.count


def point_groups(config: TrainConfig, predictions: np.ndarray) -> list[PointGroup]:
    """The groups of `config`'s data set with the model's outputs
    `predictions` (one per point, in the data set's order); empty groups are
    left out."""
    data = data_set(config)
    targets = data.targets.reshape(-1)
    right = is_right(np.asarray(predictions).reshape(-1), targets, data.regression)
    classes: tuple[float | None, ...] = (None,) if data.regression else (0.0, 1.0)
    groups = []
    for test in (False, True):
        for target in classes:
            members = data.test == test
            if target is not None:
                members &= (targets > 0.5) == (target > 0.5)
            count = int(members.sum())
            if count:
                groups.append(
                    PointGroup(test, target, count, int(right[members].sum()))
                )
    return groups
