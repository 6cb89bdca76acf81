"""The loss plot's "edited" markers: a vertical line at each epoch where the
model was edited by hand, so the curve's jump there has its reason beside it.

Kept apart from the loss plot: it attaches to the plot's item and follows the
edits of the snapshots it is given.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from xorgui.core.hand_edit.edits import Edit
from xorgui.visuals.palette import EDITED


class EditMarkers:
    """One dotted line labelled "edited" per epoch with hand edits."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self._plot = plot
        self._lines: list[pg.InfiniteLine] = []
        self.epochs: tuple[int, ...] = ()

    def show_edits(self, edits: tuple[Edit, ...]) -> None:
        """Mark the epochs of `edits` (nothing to do when they are the same)."""
        epochs = tuple(sorted({edit.epoch for edit in edits}))
        if epochs == self.epochs:
            return
        self.epochs = epochs
        for line in self._lines:
            self._plot.removeItem(line)
        label = QCoreApplication.translate("EditMarkers", "edited")
        pen = pg.mkPen(EDITED, width=1.5, style=Qt.PenStyle.DotLine)
        options = {"position": 0.92, "color": EDITED, "fill": "#ffffff"}
        self._lines = [
            pg.InfiniteLine(epoch, angle=90, pen=pen, label=label, labelOpts=options)
            for epoch in epochs
        ]
        for line in self._lines:
            self._plot.addItem(line, ignoreBounds=True)
