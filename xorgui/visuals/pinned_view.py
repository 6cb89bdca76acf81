"""The "Pinned runs" view: a pinned run's final surface, beside the current one.

A picture, not a live scene: the chosen run's surface is drawn off screen
(3-D, or the heatmap without OpenGL) when it is chosen or the view is
resized, so it costs nothing while training runs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from xorgui.core.data.sets import data_set
from xorgui.core.grid import values_at
from xorgui.core.pinned import PinnedRun
from xorgui.core.snapshot import Snapshot, Surface
from xorgui.visuals.fitted_labels import WrappedLabel
from xorgui.visuals.setup_text import format_loss, setup_text
from xorgui.visuals.surface.offscreen import render_surface_image

REDRAW_DELAY_MS = 150
"""A resize redraws once it has settled, not at every step of a drag."""
MINIMUM_PICTURE = QSize(200, 150)


class PinnedSurfaceView(QWidget):
    """Chooses one pinned run and shows its final surface with what it was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runs: list[PinnedRun] = []
        self._opengl = False
        self.chooser = QComboBox(self)
        self.chooser.setToolTip(self.tr("Which pinned run's final surface to show."))
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(MINIMUM_PICTURE)
        self.picture.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored
        )
        self.picture.setStyleSheet("QLabel { background: white; }")
        self.caption = WrappedLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_DELAY_MS)
        self._redraw.timeout.connect(self.flush)
        self.set_runs([], opengl=False)

    def set_runs(self, runs: Sequence[PinnedRun], *, opengl: bool) -> None:
        """Offer these runs (the newest chosen); draw in 3-D if `opengl`."""
        self._runs = list(runs)
        self._opengl = opengl
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItems([run.label for run in self._runs])
        self.chooser.setCurrentIndex(len(self._runs) - 1)
        self.chooser.blockSignals(False)
        self.chooser.setEnabled(bool(self._runs))
        self._chosen()

    def chosen(self) -> PinnedRun | None:
        index = self.chooser.currentIndex()
        return self._runs[index] if 0 <= index < len(self._runs) else None

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """The current run is in the main view; this one shows pinned runs only."""

    @Slot()
    def _chosen(self) -> None:
        run = self.chosen()
        if run is None:
            self.caption.setText(
                self.tr(
                    "No run is pinned. Training > Pin this run keeps the current "
                    "run here and on the loss plot, to compare with the next."
                )
            )
        else:
            self.caption.setText(
                self.tr("{label}: {setup}; epoch {epoch:,}, loss {loss}").format(
                    label=run.label,
                    setup=setup_text(run.config, seed=True),
                    epoch=run.epoch,
                    loss=format_loss(run.final_loss),
                )
            )
        self.flush()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._redraw.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._redraw.start()

    @Slot()
    def flush(self) -> None:
        """Draw the chosen run's surface now, as large as the picture's room."""
        self._redraw.stop()
        run = self.chosen()
        if run is None or run.surface is None or not self.isVisible():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(
                "" if run is None else self.tr("This run was pinned without a surface.")
            )
            return
        ratio = self.devicePixelRatioF()
        size = self.picture.size()
        image = render_surface_image(
            _as_snapshot(run, run.surface),
            (round(size.width() * ratio), round(size.height() * ratio)),
            opengl=self._opengl,
        )
        image.setDevicePixelRatio(ratio)
        self.picture.setPixmap(QPixmap.fromImage(image))


def _as_snapshot(run: PinnedRun, surface: Surface) -> Snapshot:
    """What the surface canvases draw: the surface, and the run's points with
    the model's outputs there (read off the surface: the four corners are its
    corners)."""
    data = data_set(run.config)
    outputs = values_at(surface.axis, surface.values, data.points)
    return Snapshot(
        config=run.config,
        epoch=run.epoch,
        loss=run.final_loss,
        predictions=outputs.astype(np.float32),
        targets=data.targets.reshape(-1),
        history_epochs=np.asarray(run.history_epochs),
        history_losses=np.asarray(run.history_losses),
        surface=surface,
        divergence=None,
        solved_epoch=None,
        tip_epoch=run.epoch,
    )
