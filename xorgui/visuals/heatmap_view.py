"""The 2-D stand-in for the 3-D surface: the model output as a viridis heatmap.

Used where no OpenGL context can be had. It shows the same things as the 3-D
view, seen from above: the output over [0, 1]², a colour bar for its height and
the data points (data_points.py): training points filled, test points rings.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QResizeEvent
from PySide6.QtWidgets import QWidget

from xorgui.core.config import TrainConfig
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.colormap import POINT_OUTLINE, viridis
from xorgui.visuals.data_points import PointMarks, point_marks
from xorgui.visuals.text_size import text_scale

BACKGROUND = "w"
FOREGROUND = "#202020"
POINT_SIZE = 18
RING_WIDTH = 3
LABEL_STYLE = {"color": FOREGROUND, "font-weight": "bold"}
LABEL_POINTS, TICK_POINTS = 13.0, 11.0
TICK_STEPS = ((0, 0.25, 0.5, 0.75, 1), (0, 0.5, 1), (0, 1))
"""The ticks of the unit square, finest first: the finest whose labels fit."""
TICK_GAP = 8
"""Pixels between two tick labels, at least."""
COLOUR_BAR_ROOM = 330
"""The view's width (at normal text size) below which the colour bar gives
its room to the square."""


class HeatmapView(pg.PlotWidget):
    """The model output over [0, 1]² as an image, x1 to the right and x2 up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=BACKGROUND)
        plot = self.getPlotItem()
        plot.setAspectLocked(True)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        # Element [i, j] is at (x1, x2) = (axis[i], axis[j]): column-major order.
        self._image = pg.ImageItem(axisOrder="col-major")
        plot.addItem(self._image)
        self._colour_bar = pg.ColorBarItem(
            values=(0.0, 1.0),
            colorMap=viridis(),
            interactive=False,
            colorMapMenu=False,
        )
        self._colour_bar.setImageItem(self._image, insert_in=plot)
        # Room for the colour bar's top tick label, which would be cut off.
        plot.layout.setContentsMargins(0, 10, 0, 0)
        self._text_scale = 1.0
        self._heatmap_on = True
        self._ticks: tuple[float, ...] = ()
        self.set_text_scale(1.0)
        self._points = pg.ScatterPlotItem(
            size=POINT_SIZE, pen=pg.mkPen(POINT_OUTLINE, width=2)
        )
        self._points.setZValue(10)
        plot.addItem(self._points)
        self._with_test = True
        self._config: TrainConfig | None = None
        self.marks: PointMarks | None = None
        """The points drawn now (None before the first snapshot)."""
        self.reset_camera()

    def draw_snapshot(self, snapshot: Snapshot) -> None:
        """Show the snapshot's surface (if it has one) and its data points."""
        surface = snapshot.surface
        if surface is not None:
            self._image.setImage(surface.values, autoLevels=False, levels=(0.0, 1.0))
            self._image.setRect(_pixel_extent(surface.axis))
        if snapshot.config != self._config:
            self._config = snapshot.config
            self._draw_points()

    def set_test_points_visible(self, on: bool) -> None:
        """Draw the test points (rings), or only the training points."""
        self._with_test = on
        self._draw_points()

    def _draw_points(self) -> None:
        """The points change only with the setup: drawn again only then."""
        if self._config is None:
            return
        marks = point_marks(self._config, self._with_test)
        self.marks = marks
        colours = [QColor.fromRgbF(*colour) for colour in marks.colours]
        outline = pg.mkPen(POINT_OUTLINE, width=2)
        self._points.setData(
            x=marks.positions[:, 0],
            y=marks.positions[:, 1],
            size=POINT_SIZE * marks.size_share,
            brush=[
                pg.mkBrush(None) if test else pg.mkBrush(colour)
                for colour, test in zip(colours, marks.test, strict=True)
            ],
            pen=[
                pg.mkPen(colour, width=RING_WIDTH) if test else outline
                for colour, test in zip(colours, marks.test, strict=True)
            ],
        )

    def set_heatmap_visible(self, on: bool) -> None:
        """Show or hide the output's colours (and their bar); the points stay."""
        self._heatmap_on = on
        self._image.setVisible(on)
        self._fit_to_room()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # (PlotWidget resizes while it is built, and while it is closed)
        if "_ticks" in vars(self) and not self.closed:
            self._fit_to_room()
            # The plot lays its square out after this: count its ticks then.
            QTimer.singleShot(0, self, self._fit_to_room)

    def _fit_to_room(self) -> None:
        """The colour bar where there is room for it beside a readable square
        (the square's colours say the same); as many ticks as have room to be
        read apart (only [0, 1] has data: no ticks on the margins)."""
        if self.closed:  # (its items are gone)
            return
        scale = text_scale()
        self._colour_bar.setVisible(
            self._heatmap_on and self.width() >= COLOUR_BAR_ROOM * scale
        )
        box = self.getPlotItem().getViewBox()
        side = min(box.width(), box.height())
        font = self.getPlotItem().getAxis("bottom").style["tickFont"] or QFont()
        widest = QFontMetrics(font).horizontalAdvance("0.75") + TICK_GAP
        ticks = next(
            (steps for steps in TICK_STEPS if side / (len(steps) - 1) >= widest),
            TICK_STEPS[-1],
        )
        if ticks != self._ticks:
            self._ticks = ticks
            unit_ticks = [[(v, f"{v:g}") for v in ticks]]
            for name in ("bottom", "left"):
                self.getPlotItem().getAxis(name).setTicks(unit_ticks)

    def drawn_heights(self) -> np.ndarray | None:
        """A copy of the model output the image shows now (None before the first)."""
        image = self._image.image
        return None if image is None else np.array(image)

    def reset_camera(self) -> None:
        """Show all of [0, 1]² with a margin for the points on its corners."""
        self.getPlotItem().setRange(xRange=(0, 1), yRange=(0, 1), padding=0.06)

    def grab_image(self) -> QImage:
        """What the heatmap shows, in device pixels."""
        return self.grab().toImage()

    def changeEvent(self, event: QEvent) -> None:
        """The colour bar's label in a new language."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.set_text_scale(self._text_scale)

    def set_text_scale(self, scale: float) -> None:
        """Axis labels and ticks `scale` times their normal size."""
        self._text_scale = scale
        plot = self.getPlotItem()
        for axis, label in (
            (plot.getAxis("bottom"), "x1"),
            (plot.getAxis("left"), "x2"),
            (self._colour_bar.getAxis("left"), self.tr("y (Model Output)")),
            (self._colour_bar.axis, None),
        ):
            _style_axis(axis, label, scale)
        self._fit_to_room()


def _pixel_extent(axis: np.ndarray) -> QRectF:
    """Where the image lies: each value's pixel centred on its grid point."""
    first, last = float(axis[0]), float(axis[-1])
    half_step = (last - first) / (len(axis) - 1) / 2
    side = last - first + 2 * half_step
    return QRectF(first - half_step, first - half_step, side, side)


def _style_axis(axis: pg.AxisItem, label: str | None, scale: float) -> None:
    """Dark, large text that reads on a white background and on a projector."""
    axis.setPen(FOREGROUND)
    axis.setTextPen(FOREGROUND)
    font = QFont()
    font.setPointSizeF(TICK_POINTS * scale)
    axis.setStyle(tickFont=font)
    if label is not None:
        size = f"{LABEL_POINTS * scale:.1f}pt"
        axis.setLabel(label, **{**LABEL_STYLE, "font-size": size})
