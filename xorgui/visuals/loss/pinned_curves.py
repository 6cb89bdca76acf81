"""Pinned runs' loss curves on the loss plot, behind the current run's, with a
legend naming each; the legend also tells the training loss from the test
loss when the run has test points (shown only while it has something to say)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from xorgui.core.config import TrainConfig
from xorgui.core.pinned import PinnedRun
from xorgui.visuals.palette import INK, PAPER, PINNED
from xorgui.visuals.run_labels import run_label

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate

PINNED_Z = -1
"""Pinned curves lie under the current one (at 0), which stays on top."""


class PinnedCurves:
    """The curves of pinned runs on `item` (the loss plot's PlotItem), and a
    legend with `current` (the current run's curve) first, then `test` (its
    test loss) while that is shown."""

    def __init__(
        self, item: pg.PlotItem, current: pg.PlotDataItem, test: pg.PlotDataItem
    ) -> None:
        self._item = item
        self._current_curve = current
        self._test_curve = test
        self._test_shown = False
        self._curves: list[pg.PlotDataItem] = []
        self._runs: list[PinnedRun] = []
        self._current: TrainConfig | None = None
        """The current run's setup, which names it in the legend."""
        # Tight rows in the top right corner, where a falling curve is not;
        # a person can drag it elsewhere.
        self.legend = pg.LegendItem(
            offset=(-4, 4),
            verSpacing=-6,
            pen=pg.mkPen("#c8c8c8"),
            brush=pg.mkBrush(PAPER),
        )
        self.legend.setLabelTextColor(INK)
        self.legend.setParentItem(item.getViewBox())
        self.legend.setVisible(False)

    def set_runs(self, runs: Sequence[PinnedRun]) -> None:
        """Draw these runs' curves (and no others), in palette order."""
        for curve in self._curves:
            self._item.removeItem(curve)
        self._runs = list(runs)
        self._curves = []
        for index, run in enumerate(self._runs):
            curve = self._item.plot(
                np.asarray(run.history_epochs, dtype=np.float64),
                run.history_losses,
                pen=pg.mkPen(PINNED[index % len(PINNED)], width=1.5),
            )
            curve.setZValue(PINNED_Z)
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
            self._curves.append(curve)
        self.fill_legend()

    def follow(self, config: TrainConfig) -> None:
        """Name the current run by `config` in the legend (when it changed)."""
        if config != self._current:
            self._current = config
            self.fill_legend()

    def set_text_size(self, points: float) -> None:
        """The legend's names in `points` (the plot's text size: larger text
        and presentation mode make them readable from the back of a room)."""
        self.legend.setLabelTextSize(f"{points:.1f}pt")
        self.fill_legend()

    def show_test(self, shown: bool) -> None:
        """Name the test loss's curve in the legend, or not (when it changed)."""
        if shown != self._test_shown:
            self._test_shown = shown
            self.fill_legend()

    def names(self) -> list[str]:
        """The legend's entries, top to bottom ([] while it is hidden)."""
        if not self.legend.isVisible():
            return []
        return [label.text for _sample, label in self.legend.items]

    def colours(self) -> list[str]:
        """Each pinned curve's colour, "#rrggbb", in order."""
        return [curve.opts["pen"].color().name() for curve in self._curves]

    def extent(self) -> tuple[int, np.ndarray]:
        """The last epoch and all the losses the pinned curves cover."""
        last = max((int(run.epoch) for run in self._runs), default=0)
        losses = [np.asarray(run.history_losses, np.float64) for run in self._runs]
        return last, np.concatenate(losses) if losses else np.empty(0)

    def fill_legend(self) -> None:
        """The legend's names, in the language the app shows now."""
        self.legend.clear()
        self.legend.setVisible(bool(self._runs) or self._test_shown)
        if not self._runs:
            if self._test_shown:
                self.legend.addItem(
                    self._current_curve, translate("pinned_curves", "training")
                )
                self.legend.addItem(
                    self._test_curve, translate("pinned_curves", "test")
                )
            return
        current = translate("pinned_curves", "this run")
        if self._current is not None:
            current = translate("pinned_curves", "this run: {label}").format(
                label=run_label(self._current)
            )
        self.legend.addItem(self._current_curve, current)
        if self._test_shown:
            self.legend.addItem(
                self._test_curve, translate("pinned_curves", "this run, test")
            )
        for run, curve in zip(self._runs, self._curves, strict=True):
            self.legend.addItem(curve, run.label)
