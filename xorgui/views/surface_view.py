"""The 3-D view of the model output over [0, 1]², as in the article's plot_surface.

`SurfacePlot` is the OpenGL scene (also rendered off screen by surface_render);
`SurfaceView` is the widget the window holds: it draws the latest snapshot on
its own timer, and falls back to a 2-D heatmap with a notice when no OpenGL
context can be had.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import replace
from typing import Protocol

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from OpenGL import GL
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QImage, QVector3D
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from xorgui.gates import inputs
from xorgui.training import Snapshot, Trainer, grid_axis
from xorgui.views.colormap import POINT_OUTLINE, Colourer, class_colour
from xorgui.views.gl_support import opengl_unavailable_reason
from xorgui.views.heatmap_view import BACKGROUND, FOREGROUND, HeatmapView

MINIMUM_SIZE = QSize(320, 240)
FRAME_INTERVAL_MS = 16
PRESENT_TIMEOUT_S = 5.0
# Matplotlib draws its 3-D box with aspect 4:4:3; so does this scene.
Z_ASPECT = 0.75
DEFAULT_FOV = 40.0
DEFAULT_CAMERA = {
    "distance": 2.75,
    "elevation": 30.0,
    "azimuth": -60.0,
    "center": (0.5, 0.5, 0.5 * Z_ASPECT),
}
POINT_SIZE = 20
LINE_COLOUR = (0.25, 0.25, 0.25, 0.6)
# Points and error lines are drawn over the surface, never hidden by it.
_ON_TOP = {
    GL.GL_DEPTH_TEST: False,
    GL.GL_BLEND: True,
    GL.GL_CULL_FACE: False,
    "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA),
}


def _rgba(colour: str) -> tuple[float, float, float, float]:
    return pg.mkColor(colour).getRgbF()


class SurfacePlot(gl.GLViewWidget):
    """The OpenGL scene: viridis surface, training points, floor grid, box and labels.

    The surface mesh is built once per grid size; a new snapshot only replaces
    its heights and colours, with no normals to recompute.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundColor(BACKGROUND)
        self.renderer = ""
        self.frames_rendered = 0
        self._colourer = Colourer()
        self._grid = 0
        self._scene = gl.GLGraphicsItem.GLGraphicsItem()
        self._scene.scale(1.0, 1.0, Z_ASPECT)
        self.addItem(self._scene)
        self._surface = gl.GLSurfacePlotItem(
            computeNormals=False,
            smooth=True,
            glOptions="opaque",
            parentItem=self._scene,
        )
        self._surface.hide()  # pyqtgraph cannot paint a surface without data
        self._add_axes()
        self._errors = gl.GLLinePlotItem(
            mode="lines", width=3, glOptions=_ON_TOP, parentItem=self._scene
        )
        self._errors.setDepthValue(1)
        self._outlines = gl.GLScatterPlotItem(
            size=POINT_SIZE + 5,
            color=_rgba(POINT_OUTLINE),
            glOptions=_ON_TOP,
            parentItem=self._scene,
        )
        self._outlines.setDepthValue(2)
        self._points = gl.GLScatterPlotItem(
            size=POINT_SIZE, glOptions=_ON_TOP, parentItem=self._scene
        )
        self._points.setDepthValue(3)
        self.reset_camera()

    def _add_axes(self) -> None:
        floor = gl.GLGridItem(color=(0, 0, 0, 40), parentItem=self._scene)
        floor.setSize(1, 1, 0)
        floor.setSpacing(0.1, 0.1, 0)
        floor.translate(0.5, 0.5, 0)
        gl.GLBoxItem(color=(0, 0, 0, 90), parentItem=self._scene)
        label_font = QFont()
        label_font.setPointSize(13)
        label_font.setBold(True)
        tick_font = QFont()
        tick_font.setPointSize(11)
        labels = [
            ((0.5, -0.25, 0.0), "x1", label_font),
            ((1.25, 0.5, 0.0), "x2", label_font),
            ((0.0, 0.0, 1.22), self.tr("y (Model Output)"), label_font),
        ]
        # The floor's corner (0, 0) is already labelled by x1's 0: no z tick there.
        ticks = [((value, -0.12, 0.0), str(value)) for value in (0, 1)]
        ticks += [((1.12, value, 0.0), str(value)) for value in (0, 1)]
        ticks += [((-0.08, 0.0, value), str(value)) for value in (0.5, 1)]
        labels += [(pos, text, tick_font) for pos, text in ticks]
        centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        for pos, text, font in labels:
            gl.GLTextItem(
                pos=pos,
                text=text,
                font=font,
                color=FOREGROUND,
                alignment=centred,
                glOptions="translucent",
                parentItem=self._scene,
            )

    def projectionMatrix(self, region, viewport):  # noqa: ANN001, ANN201 (pyqtgraph's)
        """pyqtgraph's field of view spans the width, so a wide, short view would crop
        the box: widen it there to keep the box whole in a view of any shape."""
        width, height = viewport[2], viewport[3]
        fov = self.opts["fov"]
        if width > height > 0:
            half = math.atan(math.tan(math.radians(fov / 2)) * width / height)
            self.opts["fov"] = math.degrees(2 * half)
        try:
            return super().projectionMatrix(region, viewport)
        finally:
            self.opts["fov"] = fov

    def initializeGL(self) -> None:
        super().initializeGL()
        self.renderer = GL.glGetString(GL.GL_RENDERER).decode(errors="replace")

    def draw_snapshot(self, snapshot: Snapshot) -> None:
        """Show the snapshot's surface (if it has one) and its training points."""
        surface = snapshot.surface
        if surface is not None:
            colours = self._colourer.colours(surface)
            if surface.shape[0] != self._grid:
                self._grid = surface.shape[0]
                axis = grid_axis(self._grid)
                self._surface.setData(x=axis, y=axis, z=surface, colors=colours)
                self._surface.show()
            else:
                self._surface.setData(z=surface, colors=colours)
        corners = inputs()
        targets = np.asarray(snapshot.targets, dtype=np.float32)
        points = np.column_stack([corners, targets])
        outputs = np.column_stack([corners, snapshot.predictions])
        point_colours = np.array(
            [_rgba(class_colour(t)) for t in targets], dtype=np.float32
        )
        self._points.setData(pos=points, color=point_colours)
        self._outlines.setData(pos=points)
        # A line from each point down (or up) to the model's output there: the error.
        self._errors.setData(
            pos=np.stack([points, outputs], axis=1).reshape(-1, 3),
            color=np.repeat(point_colours, 2, axis=0),
        )

    def drawn_heights(self) -> np.ndarray | None:
        """A copy of the heights the surface mesh holds now (None before the first)."""
        vertexes = self._surface.opts["meshdata"].vertexes()
        if vertexes is None:
            return None
        return vertexes[:, 2].reshape(self._grid, self._grid).copy()

    def reset_camera(self) -> None:
        """The article's oblique view (matplotlib's azimuth -60, elevation 30)."""
        self.opts["fov"] = DEFAULT_FOV
        self.set_camera_state(DEFAULT_CAMERA)

    def camera_state(self) -> dict[str, object]:
        """Distance, elevation, azimuth and centre, plain values for QSettings."""
        centre = self.opts["center"]
        return {
            "distance": float(self.opts["distance"]),
            "elevation": float(self.opts["elevation"]),
            "azimuth": float(self.opts["azimuth"]),
            "center": [float(centre.x()), float(centre.y()), float(centre.z())],
        }

    def set_camera_state(self, state: Mapping[str, object]) -> None:
        """Apply what camera_state() returned; missing or invalid values are ignored."""
        if not isinstance(state, Mapping):
            return
        distance = _finite(state.get("distance"))
        elevation = _finite(state.get("elevation"))
        centre = _finite_triple(state.get("center"))
        self.setCameraPosition(
            pos=None if centre is None else QVector3D(*centre),
            distance=distance if distance is not None and distance > 0 else None,
            elevation=None if elevation is None else min(max(elevation, -90.0), 90.0),
            azimuth=_finite(state.get("azimuth")),
        )

    def grab_image(self) -> QImage:
        """The rendered scene in device pixels."""
        return self.grabFramebuffer()

    def paintGL(self) -> None:
        super().paintGL()
        self.frames_rendered += 1

    def present(self) -> None:
        """Return once the current scene has been rendered and put on screen.

        A QOpenGLWidget renders when its window composes the next frame, not in
        repaint(); so run the event loop until that has happened.
        """
        target = self.frames_rendered + 1
        self.update()
        deadline = time.monotonic() + PRESENT_TIMEOUT_S
        while self.frames_rendered < target:
            if time.monotonic() > deadline:
                raise RuntimeError("the 3-D view is not being painted: is it shown?")
            QCoreApplication.processEvents()


def _finite(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _finite_triple(value: object) -> tuple[float, float, float] | None:
    if isinstance(value, str) or not hasattr(value, "__len__"):
        return None
    if len(value) != 3:  # type: ignore[arg-type]
        return None
    numbers = [_finite(v) for v in value]  # type: ignore[attr-defined]
    if any(n is None for n in numbers):
        return None
    return (numbers[0], numbers[1], numbers[2])  # type: ignore[return-value]


class _Canvas(Protocol):
    def draw_snapshot(self, snapshot: Snapshot) -> None: ...
    def drawn_heights(self) -> np.ndarray | None: ...
    def reset_camera(self) -> None: ...
    def grab_image(self) -> QImage: ...
    def present(self) -> None: ...


class SurfaceView(QWidget):
    """The model output over [0, 1]²: 3-D when OpenGL works, else a 2-D heatmap.

    show_snapshot() may be called as often as snapshots arrive: only the latest
    is kept and drawn on the view's own timer, at most ~60 times a second.
    """

    def __init__(
        self, parent: QWidget | None = None, *, use_opengl: bool | None = None
    ):
        super().__init__(parent)
        self.setMinimumSize(MINIMUM_SIZE)
        if use_opengl is None:
            self._fallback_reason = opengl_unavailable_reason()
        elif use_opengl:
            self._fallback_reason = None
        else:
            self._fallback_reason = self.tr("turned off for this view")
        self._pending: Snapshot | None = None
        self._frames_drawn = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self.draw_now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._plot: SurfacePlot | None = None
        self._canvas: _Canvas
        if self._fallback_reason is None:
            self._plot = SurfacePlot(self)
            self._canvas = self._plot
            layout.addWidget(self._plot)
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

    @property
    def uses_opengl(self) -> bool:
        return self._plot is not None

    @property
    def fallback_reason(self) -> str | None:
        """Why the 2-D heatmap is shown instead of the 3-D view (None in 3-D)."""
        return self._fallback_reason

    @property
    def renderer(self) -> str:
        """The GL_RENDERER of the 3-D view's context, known once it has been shown."""
        return "" if self._plot is None else self._plot.renderer

    @property
    def frames_drawn(self) -> int:
        """How many snapshots have been drawn (a burst of them counts once)."""
        return self._frames_drawn

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Keep `snapshot` to draw on the next frame; a newer one replaces it."""
        self._pending = snapshot
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def draw_now(self) -> None:
        """Draw the pending snapshot now, if there is one."""
        self._timer.stop()
        snapshot, self._pending = self._pending, None
        if snapshot is None:
            return
        self._canvas.draw_snapshot(snapshot)
        self._frames_drawn += 1

    def reset_camera(self) -> None:
        """Back to the default view of the whole [0, 1]³ box."""
        self._canvas.reset_camera()

    def camera_state(self) -> dict[str, object]:
        """The 3-D camera as plain values for QSettings ({} in 2-D)."""
        return {} if self._plot is None else self._plot.camera_state()

    def set_camera_state(self, state: Mapping[str, object]) -> None:
        """Restore a saved camera; invalid or missing values are ignored."""
        if self._plot is not None:
            self._plot.set_camera_state(state)

    def drawn_heights(self) -> np.ndarray | None:
        """A copy of the model output the view shows now (None before the first)."""
        return self._canvas.drawn_heights()

    def grab_image(self) -> QImage:
        """The view's picture in device pixels, with the latest snapshot drawn."""
        self.draw_now()
        return self._canvas.grab_image()


def measure_frame_rate(
    view: SurfaceView, grid: int = 100, seconds: float = 2.0
) -> float:
    """Frames per second `view` (shown) completes when every frame is a new surface.

    Each frame is drawn and rendered to the end before the next starts, so the
    figure is what a stream of snapshots costs, not how fast they can be queued.
    """
    axis = grid_axis(grid)
    x1, x2 = np.meshgrid(axis, axis, indexing="ij")
    base = Trainer().snapshot()
    waves = [
        (0.5 + 0.5 * np.sin(6 * (x1 - x2) + phase)).astype(np.float32)
        for phase in np.linspace(0, 2 * np.pi, 24, endpoint=False)
    ]
    snapshots = [replace(base, surface=wave) for wave in waves]
    frames = 0
    start = time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds or frames == 0:
        view.show_snapshot(snapshots[frames % len(snapshots)])
        view.draw_now()
        view._canvas.present()
        frames += 1
    return frames / elapsed
