"""How the output views draw a run's data points, in one place for the plane,
the 2-D heatmap and the 3-D surface.

Every point of `data_set(config)`: a class by its colour (orange 0, blue 1),
a regression target by its height's viridis colour; training points filled,
test points hollow (rings), left out when a person hides them. Many points
are drawn smaller than the article's four, so that they do not cover the
picture they sit on.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg

from xorgui.core.config import TrainConfig
from xorgui.core.data.sets import data_set
from xorgui.visuals.colormap import class_colour, viridis

ARTICLE_POINTS = 4
SMALLEST_SHARE = 0.4
"""The smallest mark, as a share of the four corners' size."""


@dataclass(frozen=True, slots=True)
class PointMarks:
    """The points to draw: positions (N, 2), target heights (N,), colours
    as RGBA floats (N, 4), which are test points (N,) and the mark's share
    of the article's size."""

    positions: np.ndarray
    heights: np.ndarray
    colours: np.ndarray
    test: np.ndarray
    size_share: float
    index: np.ndarray
    """Which points of the data set these are (its order)."""


@functools.lru_cache(maxsize=8)
def point_marks(config: TrainConfig, with_test: bool) -> PointMarks:
    """The marks of `config`'s data points; test points only `with_test`
    (kept for the configs last asked for: a view draws them every frame)."""
    data = data_set(config)
    heights = data.targets[:, 0]
    if data.regression:
        colours = viridis().map(heights, mode="float")
    else:
        colours = np.array(
            [pg.mkColor(class_colour(h)).getRgbF() for h in heights], dtype=np.float32
        ).reshape(-1, 4)
    index = np.arange(len(heights)) if with_test else np.flatnonzero(~data.test)
    count = len(heights)
    share = (
        1.0
        if count <= ARTICLE_POINTS
        else max(SMALLEST_SHARE, (ARTICLE_POINTS / count) ** 0.25)
    )
    return PointMarks(
        data.points[index],
        heights[index],
        np.asarray(colours, dtype=np.float32)[index],
        data.test[index],
        share,
        index,
    )
