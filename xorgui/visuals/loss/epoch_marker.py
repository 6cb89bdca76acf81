"""The loss plot's marker at the epoch the timeline shows, and its clicks.

On a look back (the views show an earlier epoch's model) an orange line
stands at that epoch over the whole run's curve. A click on the plot asks for
the epoch under the pointer (`epoch_clicked`); the window decides whether a
look back is possible now (paused) and shows it.
"""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QObject, Qt, Signal, Slot

from xorgui.visuals import palette
from xorgui.visuals.language_change import worded


class EpochMarker(QObject):
    """A vertical line at the shown epoch on `plot_item`, hidden at the latest."""

    epoch_clicked = Signal(int)

    def __init__(self, plot_item: pg.PlotItem, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view_box = plot_item.getViewBox()
        self.line = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen(palette.ATTENTION, width=2),
            label=self.tr("shown"),
            labelOpts={
                "position": 0.92,
                "color": palette.ATTENTION,
                "fill": "#ffffffcc",
            },
        )
        self.line.setVisible(False)
        worded(self, self._word_label)
        plot_item.addItem(self.line, ignoreBounds=True)
        plot_item.scene().sigMouseClicked.connect(self._clicked)

    def _word_label(self) -> None:
        self.line.label.setFormat(self.tr("shown"))

    def mark_epoch(self, epoch: int | None) -> None:
        """Stand at `epoch`, or hide (None: the views show the latest model)."""
        self.line.setVisible(epoch is not None)
        if epoch is not None:
            self.line.setValue(epoch)

    @Slot(object)
    def _clicked(self, event: MouseClickEvent) -> None:
        """A left click inside the plot area asks for the epoch under it."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        scene_point = event.scenePos()
        if not self._view_box.sceneBoundingRect().contains(scene_point):
            return
        epoch = self._view_box.mapSceneToView(scene_point).x()
        self.epoch_clicked.emit(max(round(epoch), 0))
