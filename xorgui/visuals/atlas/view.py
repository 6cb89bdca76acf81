"""The atlas drawn: two heatmaps side by side, the share of seeds that solved
the gate and the median epochs they took, and the values of the cell under
the mouse written below them.

Only draws: it is handed `AtlasGrid`s (immutable, from the atlas's thread) and
says which cell was clicked.
"""

from __future__ import annotations

import math
from types import MappingProxyType

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from xorgui.core.atlas.grid import AtlasGrid, AtlasSpec, Cell
from xorgui.visuals.atlas.heatmap import AtlasHeatmap
from xorgui.visuals.atlas.words import (
    axis_title,
    cell_text,
    epochs_text,
    setting_text,
    value_text,
)

FASTEST_SHOWN = 10
"""The median map's colours run from this many epochs (log scale) to the budget."""


def _power_label(power: int) -> str:
    """10**power in a colour bar's narrow column: 10, 100, 1k, 10k, 1M."""
    for step, suffix in ((6, "M"), (3, "k")):
        if power >= step:
            return f"{10 ** (power - step)}{suffix}"
    return str(10**power)


class AtlasView(QWidget):
    """Share solved (left) and median epochs to solve (right) over the grid.

    `cell_clicked(object)` sends the (i, j) cell a person clicked in either map.
    """

    cell_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: AtlasGrid | None = None
        self.share_map = AtlasHeatmap(reverse=False, parent=self)
        self.median_map = AtlasHeatmap(reverse=True, parent=self)
        self._word_titles()
        self.share_map.set_colour_bar(
            [(v, f"{v:.0%}") for v in (0, 0.25, 0.5, 0.75, 1)]
        )
        self.hover_label = QLabel(self)
        self.hover_label.setWordWrap(True)
        self.hover_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        maps = QHBoxLayout()
        maps.addWidget(self.share_map)
        maps.addWidget(self.median_map)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(maps, 1)
        layout.addWidget(self.hover_label)
        for heatmap in (self.share_map, self.median_map):
            heatmap.cell_hovered.connect(self._hovered)
            heatmap.cell_clicked.connect(self.cell_clicked)
            heatmap.setMinimumSize(300, 260)
        self._hovered(None)

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the maps' titles, axes and cells in it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._word_titles()
            if self.grid is not None:
                self._set_axes(self.grid)
                self.show_grid(self.grid)
            self._hovered(None)

    def _word_titles(self) -> None:
        self.share_map.set_title(self.tr("Share of seeds that learn the gate"))
        self.median_map.set_title(
            self.tr("Median epochs to solve (grey: too few solved)")
        )

    def show_axes(self, spec: AtlasSpec) -> None:
        """Before any cell is trained: the atlas's real axes, every cell pale
        (not trained yet), so the picture to come has its frame from the start."""
        if self.grid is not None and self.grid.results:
            return  # a trained picture stays until the next atlas starts
        self.show_grid(AtlasGrid(spec, MappingProxyType({}), 0, finished=False))

    def show_grid(self, grid: AtlasGrid) -> None:
        """Draw `grid` (a new atlas gets its axes and colour bar first)."""
        spec = grid.spec
        if self.grid is None or self.grid.spec != spec:
            self._set_axes(grid)
            self.mark_cell(None)
        self.grid = grid
        shares = grid.shares()
        medians = grid.medians()
        trained = ~np.isnan(shares)
        share_texts, median_texts = [], []
        nx, ny = spec.shape
        for j in range(ny):
            for i in range(nx):
                share_texts.append(f"{shares[i, j]:.0%}" if trained[i, j] else "")
                median = medians[i, j]
                median_texts.append("" if np.isnan(median) else epochs_text(median))
        self.share_map.show_cells(shares, np.zeros_like(trained), share_texts)
        marked = trained & np.isnan(medians)
        self.median_map.show_cells(
            self._median_fraction(medians, spec.base.epochs), marked, median_texts
        )

    def _set_axes(self, grid: AtlasGrid) -> None:
        spec = grid.spec
        nx, ny = spec.shape
        x_labels = [value_text(spec.x.name, spec.x.label(i)) for i in range(nx)]
        y_labels = [value_text(spec.y.name, spec.y.label(j)) for j in range(ny)]
        for heatmap in (self.share_map, self.median_map):
            heatmap.set_axes(
                axis_title(spec.x.name), x_labels, axis_title(spec.y.name), y_labels
            )
        low, high = _colour_range(spec.base.epochs)
        if high <= low:  # a budget within the fastest shown: one colour
            self.median_map.set_colour_bar([(0.0, epochs_text(spec.base.epochs))])
            return
        ticks = []
        for power in range(1, math.floor(high) + 1):
            ticks.append(((power - low) / (high - low), _power_label(power)))
        self.median_map.set_colour_bar(ticks)

    @staticmethod
    def _median_fraction(medians: np.ndarray, budget: int) -> np.ndarray:
        """Medians as fractions of the colour map: log10 from FASTEST_SHOWN to
        the epoch budget (all at 0, one colour, when the budget is within
        FASTEST_SHOWN)."""
        low, high = _colour_range(budget)
        with np.errstate(invalid="ignore", divide="ignore"):
            logs = np.log10(np.maximum(medians, FASTEST_SHOWN))
            if high <= low:
                return logs * 0.0
            return (logs - low) / (high - low)

    def mark_cell(self, cell: Cell | None) -> None:
        """Outline `cell` in both maps (the cell chosen), or none."""
        self.share_map.mark_cell(cell)
        self.median_map.mark_cell(cell)

    def describe(self, cell: Cell) -> str:
        """Cell `cell`'s setting and values, as the hover line shows them."""
        if self.grid is None:
            return ""
        spec = self.grid.spec
        i, j = cell
        where = self.tr("{x}, {y}").format(
            x=setting_text(spec.x.name, spec.x.label(i)),
            y=setting_text(spec.y.name, spec.y.label(j)),
        )
        return cell_text(where, self.grid.summary(cell))

    @Slot(object)
    def _hovered(self, cell: Cell | None) -> None:
        if cell is None or self.grid is None:
            self.hover_label.setText(
                self.tr(
                    "Point at a cell to read its values; click it to sweep that "
                    "setup or watch one of its seeds."
                )
            )
            return
        text = self.describe(cell)
        self.hover_label.setText(text)
        self.share_map.setToolTip(text)
        self.median_map.setToolTip(text)


def _colour_range(budget: int) -> tuple[float, float]:
    """The median map's colour range, as log10 of epochs: from FASTEST_SHOWN
    to the budget (a single value, or none, for a budget that small)."""
    return math.log10(FASTEST_SHOWN), math.log10(max(budget, 1))
