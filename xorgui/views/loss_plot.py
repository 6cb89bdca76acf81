"""The loss curve of the whole run, drawn latest-wins on the view's own timer.

Ten redraws a second are plenty for a curve, and each one re-renders the axes'
text, the dearest part of the window to paint; the 3-D surface is what gets the
higher frame rate.

Snapshots carry a downsampled history (a few thousand points however long the
run), and the curve clips to the visible range and downsamples by peaks, so the
plot stays smooth at millions of epochs.
"""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from xorgui.views.latest import LatestSnapshot

if TYPE_CHECKING:
    from xorgui.snapshot import Snapshot

FRAME_INTERVAL_MS = 100
EXPORT_MIN_WIDTH = 1200
CURVE_COLOUR = "#31688e"
SOLVED_COLOUR = "#2e7d32"
FOREGROUND = "#202020"


class OpaqueGridAxis(pg.AxisItem):
    """An axis whose tick and grid lines are opaque, in the colour pyqtgraph's
    translucent ones show over the white plot.

    Qt's raster engine draws a translucent line some twenty times slower than an
    opaque one, and a growing curve has its axes (grid included) redrawn at every
    update: with translucent lines that was the window's dearest paint, done
    while holding the GIL the training thread needs.
    """

    def generateDrawSpecs(self, p: QPainter) -> tuple | None:  # noqa: N802
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        opaque = [(_over_white(pen), start, end) for pen, start, end in ticks]
        return axis, opaque, texts


def _over_white(pen: QPen) -> QPen:
    """`pen` with its colour blended onto white, fully opaque."""
    opaque = QPen(pen)
    opaque.setColor(_blended_over_white(pen.color().rgba()))
    return opaque


@cache
def _blended_over_white(rgba: int) -> QColor:
    colour = QColor.fromRgba(rgba)
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        *(alpha * channel + 1.0 - alpha for channel in colour.getRgbF()[:3])
    )


class LossAxis(OpaqueGridAxis):
    """The loss axis: on a log scale within a decade or two, only 1, 2 and 5 per
    decade are sure to be labelled; the other ticks get a label only if there
    is room (pyqtgraph labels them all, and they overlap on a short plot)."""

    def logTickValues(  # noqa: N802 (pyqtgraph override)
        self,
        minVal: float,  # noqa: N803
        maxVal: float,  # noqa: N803
        size: float,
        stdTicks: list[tuple[float | None, list[float]]],  # noqa: N803
    ) -> list[tuple[float | None, list[float]]]:
        levels = []
        for spacing, values in super().logTickValues(minVal, maxVal, size, stdTicks):
            if spacing is not None:
                levels.append((spacing, values))
                continue
            labelled = [v for v in values if _mantissa(v) in (1, 2, 5)]
            levels.append((None, labelled))
            levels.append((None, [v for v in values if v not in labelled]))
        return levels


def _mantissa(log_value: float) -> int:
    """The leading digit of 10**log_value (ticks sit on whole digits)."""
    return round(10 ** (log_value - math.floor(log_value)))


class LossPlot(QWidget):
    """Loss against epoch, with a log-scale switch and a marker where it was solved."""

    log_scale_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(
            self,
            background="w",
            axisItems={"left": LossAxis("left"), "bottom": OpaqueGridAxis("bottom")},
        )
        item = self.plot.getPlotItem()
        # The curve in front of the (opaque) grid lines, which its axes draw.
        item.getViewBox().setZValue(1)
        item.setTitle(self.tr("Training loss"), color=FOREGROUND)
        item.setLabel("bottom", self.tr("epoch"), color=FOREGROUND)
        item.setLabel("left", self.tr("loss"), color=FOREGROUND)
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setPen(FOREGROUND)
            axis.setTextPen(FOREGROUND)
            axis.enableAutoSIPrefix(False)  # "0.6", not "600" with "(x0.001)"
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setMenuEnabled(False)
        self.curve = item.plot(pen=pg.mkPen(CURVE_COLOUR, width=2))
        self.curve.setClipToView(True)
        self.curve.setDownsampling(auto=True, method="peak")
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
        self.readout = QLabel(self)
        self.readout.setToolTip(self.tr("The loss of the current model."))

        bar = QHBoxLayout()
        bar.addWidget(self.readout, 1)
        bar.addWidget(self.log_checkbox)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addLayout(bar)

        self._latest = LatestSnapshot(self._draw, FRAME_INTERVAL_MS, self)

    def log_scale(self) -> bool:
        return self.log_checkbox.isChecked()

    def set_log_scale(self, on: bool) -> None:
        self.log_checkbox.setChecked(on)

    @Slot(bool)
    def _log_toggled(self, on: bool) -> None:
        self.plot.getPlotItem().setLogMode(x=False, y=on)
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

    def _draw(self, snapshot: Snapshot) -> None:
        epochs = np.asarray(snapshot.history_epochs, dtype=np.float64)
        self.curve.setData(epochs, snapshot.history_losses)
        self.readout.setText(
            self.tr("loss {loss:.4g} at epoch {epoch:,}").format(
                loss=snapshot.loss, epoch=snapshot.epoch
            )
        )

    def grab_image(self) -> QImage:
        """The plot (title, axes, curve) as an image at least EXPORT_MIN_WIDTH wide."""
        self.draw_now()
        exporter = ImageExporter(self.plot.getPlotItem())
        width = round(self.plot.width() * self.devicePixelRatioF())
        exporter.parameters()["width"] = max(EXPORT_MIN_WIDTH, width)
        return exporter.export(toBytes=True)
