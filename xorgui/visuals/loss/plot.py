"""The loss curve of the whole run, drawn latest-wins on the view's own timer.

Ten redraws a second are plenty for a curve, and each one re-renders the axes'
text, the dearest part of the window to paint; the 3-D surface is what gets the
higher frame rate.

Snapshots carry a downsampled history (a few thousand points however long the
run), and the curve clips to the visible range and downsamples by peaks, so the
plot stays smooth at millions of epochs.

The view fits the run, not pyqtgraph's guess: epochs from 0 to the latest
(at least ten, so a few steps draw a short curve in whole epochs), the loss
from its lowest to its highest finite value. Dragging or zooming stops the
fitting until the A button is clicked or a new run starts. Pinned runs lie
under the current one (pinned_curves); the fit covers them too. A run with
test points has its test loss beside the training loss, dashed, and a legend
that tells the two apart: test loss rising while training loss falls is
overfitting, which the plot should make plain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from xorgui.visuals.latest import LatestSnapshot
from xorgui.visuals.loss.axes import EpochAxis, LossAxis
from xorgui.visuals.loss.epoch_marker import EpochMarker
from xorgui.visuals.loss.pinned_curves import PinnedCurves
from xorgui.visuals.palette import CURVE, TEST_CURVE

if TYPE_CHECKING:
    from xorgui.core.pinned import PinnedRun
    from xorgui.core.snapshot import Snapshot

FRAME_INTERVAL_MS = 100
EXPORT_MIN_WIDTH = 1200
SOLVED_COLOUR = "#2e7d32"
FOREGROUND = "#202020"
MIN_EPOCH_SPAN = 10
LOSS_PADDING = 0.05
"""Room above and below the curve, as a fraction of the losses' range."""
WIDEST_EPOCH_LABEL = "1,000,000"
TITLE_SCALE = 1.25
MINIMUM_WIDTH = 200
"""Narrower, the epoch axis has room for two or three labels at most."""


Bounds = tuple[tuple[float, float], tuple[float, float]]


def run_bounds(epoch: int, losses: np.ndarray, log_scale: bool) -> Bounds:
    """What the plot shows of a run at `epoch`: ((0, epoch), (low, high)).

    The range of `losses` is in the axis' units (log10 on a log scale), leaves out
    non-finite losses (a diverging run ends on one) and never goes below 0
    on a linear scale, where a loss cannot.
    """
    values = np.asarray(losses, dtype=np.float64)
    values = values[np.isfinite(values)]
    if log_scale:
        values = np.log10(values[values > 0])
    if values.size == 0:
        low = high = 0.0
    else:
        low, high = float(values.min()), float(values.max())
    spread = high - low
    pad = spread * LOSS_PADDING if spread > 0 else max(abs(high), 1.0) * LOSS_PADDING
    bottom = low - pad if log_scale or low < 0 else max(low - pad, 0.0)
    return (0.0, float(max(epoch, MIN_EPOCH_SPAN))), (bottom, high + pad)


class RunViewBox(pg.ViewBox):
    """A view box whose automatic range is the run's bounds (`fit`), not the
    items' extent: one point has none, and pyqtgraph then keeps the old range
    or spans -20,000 to 20,000."""

    def __init__(self) -> None:
        super().__init__(defaultPadding=0.0)
        self._bounds: Bounds = run_bounds(0, np.empty(0), log_scale=False)
        self.setLimits(xMin=0.0, minXRange=MIN_EPOCH_SPAN)

    def fit(self, bounds: Bounds) -> None:
        """Show `bounds` now, and keep them while the range is automatic."""
        self._bounds = bounds
        self.updateAutoRange()

    def childrenBounds(
        self,
        frac: object = None,
        orthoRange: object = (None, None),
        items: object = None,
    ) -> list[list[float]]:
        return [list(self._bounds[0]), list(self._bounds[1])]


class LossPlot(QWidget):
    """Loss against epoch, with a log-scale switch and a marker where it was solved."""

    log_scale_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view_box = RunViewBox()
        self.plot = pg.PlotWidget(
            self,
            background="w",
            viewBox=self._view_box,
            axisItems={"left": LossAxis("left"), "bottom": EpochAxis("bottom")},
        )
        item = self.plot.getPlotItem()
        # The curve in front of the (opaque) grid lines, which its axes draw.
        item.getViewBox().setZValue(1)
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setPen(FOREGROUND)
            axis.setTextPen(FOREGROUND)
            axis.enableAutoSIPrefix(False)  # "0.6", not "600" with "(x0.001)"
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setMenuEnabled(False)
        self.curve = item.plot(pen=pg.mkPen(CURVE, width=2))
        self.test_curve = item.plot(
            pen=pg.mkPen(TEST_CURVE, width=2.5, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        for curve in (self.curve, self.test_curve):
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
        self.pinned = PinnedCurves(item, self.curve, self.test_curve)
        self.solved_line = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen(
                SOLVED_COLOUR, width=1.5, style=pg.QtCore.Qt.PenStyle.DashLine
            ),
            label=self.tr("solved"),
            labelOpts={"position": 0.08, "color": SOLVED_COLOUR, "fill": "#ffffffcc"},
        )
        self.solved_line.setVisible(False)
        item.addItem(self.solved_line, ignoreBounds=True)
        self.epoch_marker = EpochMarker(item, self)
        self.plot.setToolTip(
            self.tr(
                "The loss of every epoch so far (lower is better). Drag to pan and "
                "scroll to zoom; the small A button fits the whole curve again."
            )
        )

        self.log_checkbox = QCheckBox(self.tr("&Log scale"), self)
        self.log_checkbox.setToolTip(
            self.tr(
                "Show the loss on a logarithmic axis, where the slow end of training "
                "is visible."
            )
        )
        self.log_checkbox.toggled.connect(self._log_toggled)

        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.log_checkbox)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addLayout(bar)
        self.setMinimumWidth(MINIMUM_WIDTH)

        self._latest = LatestSnapshot(self._draw, FRAME_INTERVAL_MS, self)
        self._epoch = 0
        self._losses = np.empty(0)
        self._has_test = False
        # The title spans the loss axis's column too, so that a narrow plot
        # with larger text keeps its last epoch label (not the title's width).
        item = self.plot.getPlotItem()
        item.layout.removeItem(item.titleLabel)
        item.layout.addItem(item.titleLabel, 0, 0, 1, 3)
        self._apply_fonts()

    def changeEvent(self, event: QEvent) -> None:
        """Follow the widget's font (View > Larger text) and the language in
        the painted text."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._apply_fonts()
        if event.type() == QEvent.Type.LanguageChange:
            self.solved_line.label.setFormat(self.tr("solved"))
            self.pinned.fill_legend()

    def _apply_fonts(self) -> None:
        """Title, axis labels and tick labels in the widget's font size.

        The epoch axis keeps its last label even when it sits at the right
        edge: the plot leaves room there for half of a wide one.
        """
        font = QFont(self.font())
        points = font.pointSizeF()
        item = self.plot.getPlotItem()
        item.setTitle(
            self.tr("Training and test loss")
            if self._has_test
            else self.tr("Training loss"),
            color=FOREGROUND,
            size=f"{points * TITLE_SCALE:.1f}pt",
        )
        for name, text in (("bottom", self.tr("epoch")), ("left", self.tr("loss"))):
            item.setLabel(
                name, text, **{"color": FOREGROUND, "font-size": f"{points:.1f}pt"}
            )
            axis = item.getAxis(name)
            axis.setStyle(tickFont=font)
        self.pinned.set_text_size(points)
        overhang = QFontMetrics(font).horizontalAdvance(WIDEST_EPOCH_LABEL) // 2
        item.getAxis("bottom").set_overhang(overhang)
        left, top, _right, bottom = item.layout.getContentsMargins()
        item.layout.setContentsMargins(left, top, overhang, bottom)

    def log_scale(self) -> bool:
        return self.log_checkbox.isChecked()

    def set_log_scale(self, on: bool) -> None:
        self.log_checkbox.setChecked(on)

    def follow_new_run(self) -> None:
        """Fit the next run again, even if the person zoomed into this one."""
        self._view_box.enableAutoRange()

    @Slot(bool)
    def _log_toggled(self, on: bool) -> None:
        self.plot.getPlotItem().setLogMode(x=False, y=on)
        self._fit()
        self.log_scale_changed.emit(on)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Keep `snapshot` to draw on the next frame; a newer one replaces it."""
        self._latest.put(snapshot)

    def mark_solved(self, epoch: int | None) -> None:
        """Draw the "solved" marker at `epoch`, or hide it (None)."""
        self.solved_line.setVisible(epoch is not None)
        if epoch is not None:
            self.solved_line.setValue(epoch)

    def draw_now(self) -> None:
        """Draw the pending snapshot now, if there is one."""
        self._latest.flush()

    flush = draw_now

    def set_pinned(self, runs: list[PinnedRun]) -> None:
        """Draw these pinned runs' curves under the current one, with a legend."""
        self.pinned.set_runs(runs)
        self._fit()

    def _fit(self) -> None:
        """Fit the current run and every pinned one (while the range is automatic)."""
        last, losses = self.pinned.extent()
        losses = np.concatenate([self._losses, losses])
        self._view_box.fit(run_bounds(max(self._epoch, last), losses, self.log_scale()))

    def _draw(self, snapshot: Snapshot) -> None:
        self._epoch = snapshot.tip_epoch
        self.epoch_marker.mark_epoch(snapshot.epoch if snapshot.looking_back else None)
        history = np.asarray(snapshot.history_losses)
        test = snapshot.history_test_losses
        # A new run has no history yet: its range is around its first loss.
        self._losses = history if history.size else np.array([snapshot.loss])
        if test is not None and test.size:
            self._losses = np.concatenate([self._losses, test])
        elif snapshot.test_loss is not None:
            self._losses = np.append(self._losses, snapshot.test_loss)
        self._show_test(snapshot.test_loss is not None or test is not None)
        self.pinned.follow(snapshot.config)
        self._fit()
        epochs = np.asarray(snapshot.history_epochs, dtype=np.float64)
        self.curve.setData(epochs, snapshot.history_losses)
        if test is None:
            self.test_curve.setData([], [])
        else:
            self.test_curve.setData(epochs, test)

    def _show_test(self, shown: bool) -> None:
        """Name the curves (legend, title) when the run has test points."""
        if shown != self._has_test:
            self._has_test = shown
            self.pinned.show_test(shown)
            self._apply_fonts()

    def has_test_curve(self) -> bool:
        """Whether the test loss is drawn beside the training loss."""
        return self._has_test

    def grab_image(self) -> QImage:
        """The plot (title, axes, curve) as an image at least EXPORT_MIN_WIDTH wide."""
        self.draw_now()
        exporter = ImageExporter(self.plot.getPlotItem())
        width = round(self.plot.width() * self.devicePixelRatioF())
        exporter.parameters()["width"] = max(EXPORT_MIN_WIDTH, width)
        return exporter.export(toBytes=True)
