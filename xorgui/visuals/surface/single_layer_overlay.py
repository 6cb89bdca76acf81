"""The collapsed single layer over the 3-D surface: a magenta wireframe.

With identity activations the network equals one linear layer
(xorgui.core.collapse); this grid of lines is that layer's output, drawn over
the network's own surface so a learner sees the two coincide. It is computed
from the same snapshot as the surface it lies on, and measures how far apart
they are.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from pyqtgraph.opengl.GLGraphicsItem import GLGraphicsItem

from xorgui.core.collapse import collapse, single_layer_surface
from xorgui.core.outcome import is_linear
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.palette import SINGLE_LAYER

GRID_LINES = 11
"""Wireframe lines each way: every tenth of the square."""
LIFT = 0.004
"""Raised this much so the lines are not lost in the surface's own pixels."""
LINE_WIDTH = 2


class SingleLayerOverlay:
    """The wireframe item, off until asked for, and the difference it measured."""

    def __init__(
        self, root: GLGraphicsItem, height_limits: tuple[float, float]
    ) -> None:
        self._limits = height_limits
        self._item = gl.GLLinePlotItem(
            mode="lines",
            color=pg.mkColor(SINGLE_LAYER).getRgbF(),
            width=LINE_WIDTH,
            antialias=True,
            parentItem=root,
        )
        self._item.hide()
        self._on = False
        self._last: Snapshot | None = None
        self.difference: float | None = None
        """Max |single layer - surface| over the grid last drawn (None: not drawn)."""

    @property
    def on(self) -> bool:
        return self._on

    def set_on(self, on: bool) -> None:
        """Show or hide the wireframe; shown, it is drawn for the last surface."""
        self._on = on
        if self._last is not None:
            self.draw(self._last)
        else:
            self._item.setVisible(False)

    def drawn_points(self) -> np.ndarray | None:
        """A copy of the wireframe's points as drawn (heights raised by LIFT),
        None while it is hidden."""
        if not self._item.visible():
            return None
        return np.array(self._item.pos, dtype=np.float64)

    def size_marks(self, ratio: float) -> None:
        """Line width in device pixels, as the scene's other marks."""
        self._item.setData(width=LINE_WIDTH * ratio)

    def draw(self, snapshot: Snapshot) -> None:
        """The single layer of `snapshot` (which carries a surface) as a grid
        over that surface; hidden for a network that bends (no single layer)
        and over a hidden unit's surface (the single layer is the output's)."""
        self._last = snapshot
        surface = snapshot.surface
        config = snapshot.config
        if (
            not (self._on and is_linear(config))
            or surface is None
            or surface.unit is not None
        ):
            self._item.setVisible(False)
            self.difference = None
            return
        values = single_layer_surface(
            collapse(snapshot.layers, config.features),
            config.output_activation,
            surface.axis,
        )
        self.difference = float(np.max(np.abs(values - surface.values)))
        self._item.setData(pos=_wireframe(surface.axis, values, self._limits))
        self._item.setVisible(True)


def _wireframe(
    axis: np.ndarray, values: np.ndarray, limits: tuple[float, float]
) -> np.ndarray:
    """Line segments (pairs of points) along every few grid rows and columns,
    through every grid point on them, so they follow the surface's own mesh."""
    size = len(axis)
    picked = np.unique(np.linspace(0, size - 1, GRID_LINES).round().astype(int))
    heights = np.clip(values, *limits) + LIFT
    x1, x2 = np.meshgrid(axis, axis, indexing="ij")
    points = np.stack([x1, x2, heights], axis=-1)
    runs = [points[:, j] for j in picked] + [points[i, :] for i in picked]
    pairs = [np.stack([run[:-1], run[1:]], axis=1).reshape(-1, 3) for run in runs]
    return np.concatenate(pairs).astype(np.float32)
