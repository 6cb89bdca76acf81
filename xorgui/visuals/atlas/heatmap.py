"""One heatmap of the atlas: a value per cell as a colour, with a colour bar,
the value written in each cell, and the cell under the mouse or clicked.

The cells are drawn as an RGBA image built here, so that cells not trained
yet and cells "too few solved" get colours of their own outside the colour
map; the colour bar beside it shows the map alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QPointF, Signal, Slot
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from xorgui.visuals.colormap import viridis
from xorgui.visuals.palette import ATTENTION, INK, PAPER

PENDING = "#eeeeee"
"""A cell not trained yet: paler than any colour of the map."""
MARKED = "#9e9e9e"
"""A cell whose value is not shown (too few seeds solved): a mid grey."""
LABEL_POINTS = 11.0
_DARK_TEXT_ABOVE = 0.45
"""Text is dark on colours lighter than this luminance, white on darker ones."""


def _rgba(colour: str) -> np.ndarray:
    return np.array(pg.mkColor(colour).getRgb(), dtype=np.uint8)


def _reversed(colour_map: pg.ColorMap) -> pg.ColorMap:
    """A reversed copy (ColorMap.reverse changes the shared, cached map itself)."""
    stops, colours = colour_map.getStops(mode=pg.ColorMap.BYTE)
    return pg.ColorMap(1.0 - stops[::-1], colours[::-1])


class AtlasHeatmap(pg.PlotWidget):
    """Cells (i, j) at x = i, y = j, coloured by `fraction` in [0, 1] through
    viridis (reversed with `reverse`), with `labels` for the two axes.

    `cell_hovered(object)` sends the cell under the mouse, or None;
    `cell_clicked(object)` the cell clicked.
    """

    cell_hovered = Signal(object)
    cell_clicked = Signal(object)

    def __init__(self, *, reverse: bool, parent: QWidget | None) -> None:
        super().__init__(parent, background=PAPER)
        self._map = _reversed(viridis()) if reverse else viridis()
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.getViewBox().setDefaultPadding(0.0)
        self._image = pg.ImageItem(axisOrder="col-major")
        plot.addItem(self._image)
        self.colour_bar = pg.ColorBarItem(
            values=(0.0, 1.0),
            colorMap=self._map,
            interactive=False,
            colorMapMenu=False,
            width=18,
        )
        # Beside the plot as ColorBarItem.setImageItem puts it, without linking
        # it to the RGBA image (which would take the map's levels).
        plot.layout.addItem(self.colour_bar, 2, 5)
        plot.layout.setColumnFixedWidth(4, 5)
        for axis in (
            plot.getAxis("bottom"),
            plot.getAxis("left"),
            self.colour_bar.axis,
        ):
            axis.setPen(INK)
            axis.setTextPen(INK)
        self._outline = QGraphicsRectItem(0.0, 0.0, 1.0, 1.0)
        outline_pen = pg.mkPen(ATTENTION, width=3)
        outline_pen.setCosmetic(True)
        self._outline.setPen(outline_pen)
        self._outline.setZValue(20)
        self._outline.hide()
        plot.addItem(self._outline)
        self._texts: list[pg.TextItem] = []
        self._shape = (0, 0)
        self.scene().sigMouseMoved.connect(self._moved)
        self.scene().sigMouseClicked.connect(self._clicked)

    def set_title(self, title: str) -> None:
        self.getPlotItem().setTitle(title, color=INK, size=f"{LABEL_POINTS + 1:g}pt")

    def set_axes(
        self,
        x_title: str,
        x_labels: Sequence[str],
        y_title: str,
        y_labels: Sequence[str],
    ) -> None:
        """Name the axes and their values; one cell per pair of values."""
        plot = self.getPlotItem()
        style = {"color": INK, "font-size": f"{LABEL_POINTS:g}pt"}
        plot.setLabel("bottom", x_title, **style)
        plot.setLabel("left", y_title, **style)
        for side, labels in (("bottom", x_labels), ("left", y_labels)):
            axis = plot.getAxis(side)
            # The ticks are the values' own labels: no "(x0.001)" on a one-cell axis.
            axis.enableAutoSIPrefix(False)
            axis.setTicks([list(enumerate(labels))])
        nx, ny = self._shape = (len(x_labels), len(y_labels))
        for text in self._texts:
            plot.removeItem(text)
        self._texts = []
        for j in range(ny):
            for i in range(nx):
                text = pg.TextItem(anchor=(0.5, 0.5))
                text.setPos(i, j)
                plot.addItem(text)
                self._texts.append(text)
        plot.setRange(xRange=(-0.5, nx - 0.5), yRange=(-0.5, ny - 0.5), padding=0.0)

    def set_colour_bar(self, ticks: Sequence[tuple[float, str]]) -> None:
        """The colour bar's ticks: (fraction of the map, label)."""
        self.colour_bar.axis.setTicks([list(ticks)])

    def show_cells(
        self, fractions: np.ndarray, marked: np.ndarray, texts: Sequence[str]
    ) -> None:
        """Colour each cell by `fractions[i, j]` (NaN: not trained yet) or grey
        where `marked`, and write `texts` (j-major: row by row) in the cells."""
        nx, ny = self._shape
        colours = np.empty((nx, ny, 4), dtype=np.uint8)
        colours[...] = _rgba(PENDING)
        known = ~np.isnan(fractions) & ~marked
        lut = self._map.getLookupTable(0.0, 1.0, 256, alpha=True)
        index = np.rint(np.clip(np.nan_to_num(fractions), 0.0, 1.0) * 255).astype(int)
        colours[known] = lut[index[known]]
        colours[marked] = _rgba(MARKED)
        self._image.setImage(colours, levels=(0, 255))
        self._image.setRect(-0.5, -0.5, nx, ny)
        for k, text in enumerate(texts):
            i, j = k % nx, k // nx
            r, g, b = colours[i, j, :3] / 255.0
            dark = 0.2126 * r + 0.7152 * g + 0.0722 * b > _DARK_TEXT_ABOVE
            self._texts[k].setText(text, color=INK if dark else PAPER)

    def mark_cell(self, cell: tuple[int, int] | None) -> None:
        """Outline `cell`, or hide the outline."""
        self._outline.setVisible(cell is not None)
        if cell is not None:
            self._outline.setRect(cell[0] - 0.5, cell[1] - 0.5, 1.0, 1.0)

    def texts(self) -> list[str]:
        """The text written in each cell, row by row, as shown."""
        return [text.toPlainText() for text in self._texts]

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """The cell at a point of the scene, or None outside the cells."""
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        i, j = round(point.x()), round(point.y())
        nx, ny = self._shape
        return (i, j) if 0 <= i < nx and 0 <= j < ny else None

    def cell_centre(self, cell: tuple[int, int]) -> QPointF:
        """Where the middle of `cell` is, in this widget's own coordinates."""
        view = self.getPlotItem().getViewBox()
        scene = view.mapViewToScene(QPointF(*cell))
        return QPointF(self.mapFromScene(scene))

    @Slot(object)
    def _moved(self, scene_pos: QPointF) -> None:
        self.cell_hovered.emit(self.cell_at(scene_pos))

    @Slot(object)
    def _clicked(self, event: MouseClickEvent) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.cell_clicked.emit(cell)

    def leaveEvent(self, event: object) -> None:
        super().leaveEvent(event)
        self.cell_hovered.emit(None)
