"""The sweep's histogram: how many seeds solved the gate after how many
epochs, and one red bar past the budget for those that never did."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from xorgui.visuals.language_change import worded
from xorgui.visuals.palette import BAD, GOOD, INK, PAPER

if TYPE_CHECKING:
    from xorgui.core.sweep.result import SweepResult

HISTOGRAM_BINS = 20
HEADROOM = 1.18
"""The histogram's height over its tallest bar: room for the label above it."""


class SweepHistogram(pg.PlotWidget):
    """Green bars of the epochs the solved seeds needed, a red one for the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=PAPER)
        self.setMinimumHeight(220)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        plot = self.getPlotItem()
        worded(self, self._word_axes)
        for axis in ("bottom", "left"):
            plot.getAxis(axis).setTextPen(INK)
        self.setToolTip(
            self.tr(
                "Green: seeds that learned the gate, by the epoch from which all "
                "four outputs stayed right. Red, at the right end: seeds that "
                "had not learned it when the epoch budget ran out."
            )
        )

    def _word_axes(self) -> None:
        plot = self.getPlotItem()
        plot.setLabel("bottom", self.tr("epochs until solved for good"))
        plot.setLabel("left", self.tr("seeds"))

    def bars(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """The histogram as drawn: (left edges, heights) of each set of bars."""
        return [
            (np.asarray(item.opts["x0"]), np.asarray(item.opts["height"]))
            for item in self.getPlotItem().items
            if isinstance(item, pg.BarGraphItem)
        ]

    def show_result(self, result: SweepResult | None) -> None:
        """Draw `result`'s bars; None leaves the plot empty."""
        plot = self.getPlotItem()
        plot.clear()
        if result is None:
            return
        epochs = result.config.epochs
        edges = np.linspace(0, epochs, HISTOGRAM_BINS + 1)
        width = edges[1] - edges[0]
        reached = result.epochs_to_solve[result.solved]
        counts, _ = np.histogram(reached, bins=edges)
        plot.addItem(
            pg.BarGraphItem(
                x0=edges[:-1], width=width, height=counts, brush=GOOD, pen=PAPER
            )
        )
        never = int((~result.solved).sum())
        plot.addItem(
            pg.BarGraphItem(
                x0=[epochs + width / 2],
                width=width,
                height=[never],
                brush=BAD,
                pen=PAPER,
            )
        )
        # Right-aligned with the bar: centred, it would stick out of the plot.
        label = pg.TextItem(self.tr("not solved"), color=BAD, anchor=(1.0, 1.0))
        label.setPos(epochs + 1.5 * width, never)
        plot.addItem(label)
        # Fixed ranges: the label above the tallest bar stays inside the plot.
        tallest = max(int(counts.max(initial=0)), never, 1)
        plot.setYRange(0, tallest * HEADROOM, padding=0)
        plot.setXRange(0, epochs + 1.5 * width, padding=0.02)
