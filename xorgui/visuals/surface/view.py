"""The view the window holds: the model output over [0, 1]², as in the article's
plot_surface.

It draws the latest snapshot on its own timer: the 3-D scene in a native OpenGL
window (xorgui.visuals.surface.gl), or a 2-D heatmap with a notice when no
OpenGL context can be had.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Protocol

import numpy as np
from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from xorgui.core.snapshot import Snapshot, Surface
from xorgui.visuals.heatmap_view import HeatmapView
from xorgui.visuals.latest import LatestSnapshot
from xorgui.visuals.scene3d.gl_support import opengl_unavailable_reason
from xorgui.visuals.surface.gl import SurfaceGLWindow
from xorgui.visuals.text_size import text_scale

MINIMUM_SIZE = QSize(240, 120)
"""Small enough to give way to the docks on an 800 x 600 screen with larger text."""
FRAME_INTERVAL_MS = 16


class SurfaceCanvas(Protocol):
    """What draws the surface: the 3-D scene or the 2-D heatmap."""

    def draw_snapshot(self, snapshot: Snapshot) -> None: ...
    def drawn_heights(self) -> np.ndarray | None: ...
    def reset_camera(self) -> None: ...
    def grab_image(self) -> QImage: ...
    def set_text_scale(self, scale: float) -> None: ...
    def set_test_points_visible(self, on: bool) -> None: ...


class SurfaceView(QWidget):
    """The model output over [0, 1]²: 3-D when OpenGL works, else a 2-D heatmap.

    show_snapshot() may be called as often as snapshots arrive: only the latest
    is kept and drawn on the view's own timer, at most ~60 times a second. A
    surface already drawn is not sent to the canvas again, and
    `surface_drawn` says when a new one has been: the moment to ask for the next.
    `use_opengl`: None probes for OpenGL, False forces the heatmap, True trusts
    the caller that OpenGL works.
    """

    surface_drawn = Signal()
    overlay_measured = Signal(object)
    """The single layer's wireframe was drawn (or hidden): the max difference
    from the surface it lies on, or None (see surface/single_layer_overlay.py)."""

    def __init__(
        self, parent: QWidget | None = None, *, use_opengl: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.setMinimumSize(MINIMUM_SIZE)
        if use_opengl is None:
            self._fallback_reason = opengl_unavailable_reason()
        elif use_opengl:
            self._fallback_reason = None
        else:
            self._fallback_reason = self.tr("turned off for this view")
        self._frames_drawn = 0
        self._drawn_surface: Surface | None = None
        self._latest = LatestSnapshot(self._draw, FRAME_INTERVAL_MS, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._gl_window: SurfaceGLWindow | None = None
        self._canvas: SurfaceCanvas
        if self._fallback_reason is None:
            self._gl_window = SurfaceGLWindow()
            self._canvas = self._gl_window
            container = QWidget.createWindowContainer(self._gl_window, self)
            container.setObjectName("surfaceContainer")
            layout.addWidget(container)
        else:
            # One literal, so that lupdate finds the whole sentence to translate.
            text = self.tr(
                "3-D view unavailable: no OpenGL context could be created ({reason}). Showing a 2-D heatmap instead."  # noqa: E501
            )
            notice = QLabel(text.format(reason=self._fallback_reason), self)
            notice.setObjectName("surfaceNotice")
            notice.setWordWrap(True)
            notice.setStyleSheet(
                "QLabel { background: #fff4c2; color: #3a3000; padding: 6px;"
                " border-bottom: 1px solid #d9c77a; }"
            )
            heatmap = HeatmapView(self)
            self._canvas = heatmap
            layout.addWidget(notice)
            layout.addWidget(heatmap, 1)
        self._canvas.set_text_scale(text_scale())

    def changeEvent(self, event: QEvent) -> None:
        """Larger or normal text, or a new language: the painted labels
        follow the app's text."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._canvas.set_text_scale(text_scale())

    @property
    def uses_opengl(self) -> bool:
        return self._gl_window is not None

    @property
    def gl_window(self) -> SurfaceGLWindow | None:
        """The native OpenGL window that draws the 3-D scene (None in 2-D)."""
        return self._gl_window

    @property
    def fallback_reason(self) -> str | None:
        """Why the 2-D heatmap is shown instead of the 3-D view (None in 3-D)."""
        return self._fallback_reason

    @property
    def renderer(self) -> str:
        """The GL_RENDERER of the 3-D view's context, known once it has been shown."""
        return "" if self._gl_window is None else self._gl_window.renderer

    @property
    def frames_drawn(self) -> int:
        """How many snapshots have been drawn (a burst of them counts once)."""
        return self._frames_drawn

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Keep `snapshot` to draw on the next frame; a newer one replaces it."""
        self._latest.put(snapshot)

    def draw_now(self) -> None:
        """Draw the pending snapshot now, if there is one."""
        self._latest.flush()

    def _draw(self, snapshot: Snapshot) -> None:
        surface = snapshot.surface
        fresh = surface is not None and surface is not self._drawn_surface
        if not fresh:
            snapshot = replace(snapshot, surface=None)
        self._canvas.draw_snapshot(snapshot)
        self._frames_drawn += 1
        if fresh:
            self._drawn_surface = surface
            self.surface_drawn.emit()
            if self._gl_window is not None and self._gl_window.overlay_on:
                self.overlay_measured.emit(self._gl_window.overlay_difference())

    def set_test_points_visible(self, on: bool) -> None:
        """Draw the test points (rings), or only the training points."""
        self._canvas.set_test_points_visible(on)

    def set_overlay(self, on: bool) -> None:
        """Lay the collapsed single layer over the 3-D surface (or take it
        away); says what it measured. Only in 3-D: see `uses_opengl`."""
        if self._gl_window is not None:
            self.overlay_measured.emit(self._gl_window.set_overlay(on))

    def reset_camera(self) -> None:
        """Back to the default view of the whole [0, 1]³ box."""
        self._canvas.reset_camera()

    def camera_state(self) -> dict[str, object]:
        """The 3-D camera as plain values for QSettings ({} in 2-D)."""
        return {} if self._gl_window is None else self._gl_window.camera_state()

    def set_camera_state(self, state: Mapping[str, object]) -> None:
        """Restore a saved camera; invalid or missing values are ignored."""
        if self._gl_window is not None:
            self._gl_window.set_camera_state(state)

    def drawn_heights(self) -> np.ndarray | None:
        """A copy of the model output the view shows now (None before the first)."""
        return self._canvas.drawn_heights()

    def grab_image(self) -> QImage:
        """The view's picture in device pixels, with the latest snapshot drawn."""
        self.draw_now()
        return self._canvas.grab_image()
