"""An animation's frames: the surface drawn off screen, optionally the loss plot
beside it, and a header that says the setup, the epoch and the loss.

`FrameComposer` draws one frame per snapshot; `AnimationRender` drives a
replay of the run through it into a writer, one small step at a time, so the
window can stay responsive (and cancel) between steps.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from xorgui.core.animation.epochs import RunCurve
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.loss.plot import LossPlot, run_bounds
from xorgui.visuals.palette import INK, PAPER
from xorgui.visuals.setup_text import setup_text
from xorgui.visuals.surface.offscreen import OffscreenSurface

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate

HEADER_PIXELS = 44
"""The header's height: the setup above, the epoch and loss below."""
SURFACE_SHARE = 0.55
"""The surface's part of the width when the loss plot stands beside it."""
WHOLE_RUN_COLOUR = "#d5dbe1"
"""The whole run's loss curve, behind the part trained so far: a pale grey."""


class FrameComposer:
    """Draws snapshots into frames of `size` (width, height) pixels, RGB arrays.

    The surface is seen from `camera` (3-D) or as the heatmap (`opengl`
    False); with `curve`, the loss plot (on a log axis if `log_scale`) covers
    the whole run from the first frame on and fills in as the frames go.
    Close it when done.
    """

    def __init__(
        self,
        size: tuple[int, int],
        *,
        curve: RunCurve | None,
        opengl: bool = True,
        camera: Mapping[str, object] | None = None,
        log_scale: bool = False,
    ) -> None:
        width, height = size
        self.size = size
        body = height - HEADER_PIXELS
        surface_width = width if curve is None else round(width * SURFACE_SHARE)
        self._surface = OffscreenSurface(
            (surface_width, body), opengl=opengl, camera=camera
        )
        self._plot: LossPlot | None = None
        self._plot_rect = QRect(
            surface_width, HEADER_PIXELS, width - surface_width, body
        )
        if curve is not None:
            self._plot = _offscreen_loss_plot(curve, self._plot_rect, log_scale)

    def frame(self, snapshot: Snapshot) -> np.ndarray:
        """The frame for `snapshot` (which needs a surface), H x W x 3 uint8."""
        width, height = self.size
        image = QImage(width, height, QImage.Format.Format_RGB888)
        image.fill(QColor(PAPER))
        painter = QPainter(image)
        try:
            surface = self._surface.render(snapshot)
            surface.setDevicePixelRatio(1.0)
            painter.drawImage(0, HEADER_PIXELS, surface)
            if self._plot is not None:
                self._plot.mark_solved(snapshot.solved_epoch)
                self._plot.show_snapshot(snapshot)
                self._plot.flush()
                picture = self._plot.plot.grab().toImage()
                painter.drawImage(self._plot_rect, picture)
            _paint_header(painter, snapshot, width)
        finally:
            painter.end()
        return rgb_array(image)

    def close(self) -> None:
        self._surface.close()
        if self._plot is not None:
            self._plot.close()
            self._plot.deleteLater()


def _offscreen_loss_plot(curve: RunCurve, rect: QRect, log_scale: bool) -> LossPlot:
    """A loss plot never shown on screen, as large as `rect`, fixed on the whole
    run, with the whole curve (and the test loss's, dashed) drawn pale behind
    the part trained so far."""
    plot = LossPlot()
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    plot.log_checkbox.hide()
    plot.set_log_scale(log_scale)
    plot.resize(rect.width(), rect.height())
    plot.show()
    plot.plot.resize(rect.width(), rect.height())
    item = plot.plot.getPlotItem()
    behind = item.plot(
        np.asarray(curve.epochs, dtype=np.float64),
        curve.losses,
        pen=pg.mkPen(WHOLE_RUN_COLOUR, width=2),
    )
    behind.setZValue(-1)
    if curve.test_losses is not None:
        behind_test = item.plot(
            np.asarray(curve.epochs, dtype=np.float64),
            curve.test_losses,
            pen=pg.mkPen(WHOLE_RUN_COLOUR, width=2, style=Qt.PenStyle.DashLine),
        )
        behind_test.setZValue(-1)
    (x_range, y_range) = run_bounds(curve.last_epoch, curve.every_loss, log_scale)
    item.getViewBox().setRange(xRange=x_range, yRange=y_range, padding=0.0)
    return plot


def _paint_header(painter: QPainter, snapshot: Snapshot, width: int) -> None:
    """The setup on the first line; the epoch and loss, larger, on the second."""
    margin = 10
    small, large = QFont(), QFont()
    small.setPixelSize(13)
    large.setPixelSize(17)
    large.setBold(True)
    painter.setPen(QColor(INK))
    painter.setFont(small)
    painter.drawText(
        QRect(margin, 3, width - 2 * margin, 18),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        setup_text(snapshot.config, seed=True),
    )
    painter.setFont(large)
    painter.drawText(
        QRect(margin, 21, width - 2 * margin, 22),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        (
            translate("animation_frame", "epoch {epoch:,}    loss {loss:.6f}")
            if snapshot.test_loss is None
            else translate(
                "animation_frame",
                "epoch {epoch:,}    loss {loss:.6f}    test loss {test:.6f}",
            )
        ).format(epoch=snapshot.epoch, loss=snapshot.loss, test=snapshot.test_loss),
    )


def rgb_array(image: QImage) -> np.ndarray:
    """A copy of `image`'s pixels as an H x W x 3 uint8 array."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = rgb.width(), rgb.height()
    rows = np.frombuffer(rgb.constBits(), dtype=np.uint8).reshape(
        height, rgb.bytesPerLine()
    )
    return rows[:, : width * 3].reshape(height, width, 3).copy()


class FrameSink(Protocol):
    """Where frames go (xorgui.core.animation.file.AnimationWriter)."""

    @property
    def play_seconds(self) -> float: ...
    def add(self, frame: np.ndarray) -> None: ...
    def finish(self) -> None: ...
    def abort(self) -> None: ...


_END = object()


class AnimationRender:
    """Frames from a replay (`snapshots`, where None means "trained, no frame
    yet") drawn by `composer` into `sink`, one step at a time."""

    def __init__(
        self,
        snapshots: Iterator[Snapshot | None],
        composer: FrameComposer,
        sink: FrameSink,
    ) -> None:
        self._snapshots = snapshots
        self._composer = composer
        self._sink = sink
        self.frames = 0
        self.done = False

    @property
    def play_seconds(self) -> float:
        """How long the frames written play in the file."""
        return self._sink.play_seconds

    def step(self) -> bool:
        """Train or draw a little; False once the file is written (the
        composer is then closed). An error aborts the file and propagates."""
        try:
            snapshot = next(self._snapshots, _END)
            if snapshot is _END:
                self._composer.close()
                self.done = True
                self._sink.finish()
                return False
            if isinstance(snapshot, Snapshot):
                self._sink.add(self._composer.frame(snapshot))
                self.frames += 1
        except BaseException:
            self.abort()
            raise
        return True

    def abort(self) -> None:
        """Stop: no file is left; the composer is closed."""
        if not self.done:
            self.done = True
            self._composer.close()
            self._sink.abort()
