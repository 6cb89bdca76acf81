"""The 3-D view of the model output over [0, 1]², as in the article's plot_surface.

`SurfaceScene` is the OpenGL scene. On screen it lives in a `SurfaceWindow`, a
native OpenGL window embedded in the app's window: the rest of the window is
then painted by Qt's raster engine, not composed with OpenGL at every repaint,
which under software OpenGL costs more than drawing the surface. `SurfacePlot`
holds the same scene in a widget for rendering off screen (surface_render).
`SurfaceView` is the widget the window holds: it draws the latest snapshot on
its own timer, and falls back to a 2-D heatmap with a notice when no OpenGL
context can be had.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from OpenGL import GL
from pyqtgraph.opengl.GLGraphicsItem import GLGraphicsItem
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMatrix4x4,
    QPainter,
    QVector3D,
)
from PySide6.QtOpenGL import (
    QOpenGLFramebufferObject,
    QOpenGLPaintDevice,
    QOpenGLWindow,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from xorgui.core.gates import inputs
from xorgui.core.grid import grid_axis
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.colormap import POINT_OUTLINE, Colourer, class_colour
from xorgui.visuals.gl_support import opengl_unavailable_reason
from xorgui.visuals.heatmap_view import BACKGROUND, FOREGROUND, HeatmapView
from xorgui.visuals.latest import LatestSnapshot
from xorgui.window.text_size import text_scale

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
OUTLINE_WIDTH = 5
ERROR_LINE_WIDTH = 3
HEIGHT_LIMITS = (-0.5, 1.5)
"""A linear output can leave [0, 1] far behind; the mesh is cut off here, so the
box stays in view and a diverging model does not fill the screen."""
# Points and error lines are drawn over the surface, never hidden by it.
_ON_TOP = {
    GL.GL_DEPTH_TEST: False,
    GL.GL_BLEND: True,
    GL.GL_CULL_FACE: False,
    "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA),
}


def _rgba(colour: str) -> tuple[float, float, float, float]:
    return pg.mkColor(colour).getRgbF()


_TEXT_BOX = QRectF(0, 0, 400, 100)  # roomier than any label


@dataclass(frozen=True, slots=True)
class SceneText:
    """A text pinned to a point of the scene and set off from it by whole pixels.

    `side` says where the text sits from the point (AlignLeft: to its right,
    AlignTop: below it, AlignCenter: on it): a pixel offset keeps ticks clear of
    the box whatever the size of the view. `angle` turns the text clockwise.
    """

    pos: tuple[float, float, float]
    text: str
    font: QFont
    side: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter
    offset: tuple[float, float] = (0.0, 0.0)
    angle: float = 0.0


class SceneLabels(GLGraphicsItem):
    """Texts at points of the scene, all drawn by one QPainter a frame.

    A GLTextItem per label would open a QPainter on the GL widget for each,
    about half a millisecond apiece on llvmpipe; the box has nine labels.
    """

    def __init__(
        self, texts: list[SceneText], colour: str, parentItem: GLGraphicsItem
    ) -> None:
        super().__init__(parentItem=parentItem)
        self._texts = [(QVector3D(*text.pos), text) for text in texts]
        self._shown = self._texts
        self._colour = QColor(colour)

    def set_scale(self, scale: float) -> None:
        """Draw every text `scale` times its size, and set it off as much farther."""
        self._shown = [
            (point, _scaled_text(text, scale)) for point, text in self._texts
        ]
        self.update()

    def paint(self) -> None:
        view = self.view()
        width, height = view.width(), view.height()
        to_pixels = QMatrix4x4()
        to_pixels.viewport(0, height, width, -height)
        projection = to_pixels * self.mvpMatrix()
        # Into whatever framebuffer is bound: the screen's, or an image's.
        device = QOpenGLPaintDevice(view.deviceWidth(), view.deviceHeight())
        device.setDevicePixelRatio(view.devicePixelRatioF())
        painter = QPainter(device)
        painter.setPen(self._colour)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for point, text in self._shown:
            anchor = projection.map(point).toPointF()
            painter.save()
            painter.translate(anchor.x() + text.offset[0], anchor.y() + text.offset[1])
            painter.rotate(text.angle)
            painter.setFont(text.font)
            painter.drawText(_box_on(text.side), text.side, text.text)
            painter.restore()
        painter.end()


def _scaled_text(text: SceneText, scale: float) -> SceneText:
    font = QFont(text.font)
    font.setPointSizeF(text.font.pointSizeF() * scale)
    offset = (text.offset[0] * scale, text.offset[1] * scale)
    return replace(text, font=font, offset=offset)


def _box_on(side: Qt.AlignmentFlag) -> QRectF:
    """The text box on `side` of the origin, for text aligned to that side."""
    box = QRectF(_TEXT_BOX)
    width, height = box.width(), box.height()
    if side & Qt.AlignmentFlag.AlignRight:
        box.moveLeft(-width)
    elif not side & Qt.AlignmentFlag.AlignLeft:
        box.moveLeft(-width / 2)
    if side & Qt.AlignmentFlag.AlignBottom:
        box.moveTop(-height)
    elif not side & Qt.AlignmentFlag.AlignTop:
        box.moveTop(-height / 2)
    return box


class SurfaceScene:
    """The OpenGL scene: viridis surface, training points, floor grid, box and labels.

    A mixin for a pyqtgraph GL view (it comes before GLViewMixin in the bases).
    The surface mesh is built once per grid size; a new snapshot only replaces
    its heights and colours, with no normals to recompute.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.setBackgroundColor(BACKGROUND)
        self.renderer = ""
        self.frames_rendered = 0
        self._colourer = Colourer()
        self._grid = 0
        self._scene = GLGraphicsItem()
        self._scene.scale(1.0, 1.0, Z_ASPECT)
        self.addItem(self._scene)
        self._surface = gl.GLSurfacePlotItem(
            computeNormals=False, glOptions="opaque", parentItem=self._scene
        )
        self._surface.hide()  # pyqtgraph cannot paint a surface before its data
        self._add_axes()
        self._errors = gl.GLLinePlotItem(
            mode="lines", glOptions=_ON_TOP, parentItem=self._scene
        )
        self._errors.setDepthValue(1)
        self._outlines = gl.GLScatterPlotItem(
            color=_rgba(POINT_OUTLINE), glOptions=_ON_TOP, parentItem=self._scene
        )
        self._outlines.setDepthValue(2)
        self._points = gl.GLScatterPlotItem(glOptions=_ON_TOP, parentItem=self._scene)
        self._points.setDepthValue(3)
        self._sized_for = 0.0
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
        align = Qt.AlignmentFlag
        # Sides and offsets suit the default view: x1 runs along the front left
        # edge, x2 along the front right edge, y up the left edge (as matplotlib);
        # ticks at the corners stand clear of the training points there.
        below_left = align.AlignRight | align.AlignTop
        below_right = align.AlignLeft | align.AlignTop
        left = align.AlignRight | align.AlignVCenter
        texts = [
            SceneText((0.5, 0.0, 0.0), "x1", label_font, below_left, (-14, 14)),
            SceneText((1.0, 0.5, 0.0), "x2", label_font, below_right, (14, 14)),
            SceneText(
                (0.0, 0.0, 0.5),
                self.tr("y (Model Output)"),
                label_font,
                offset=(-52, 0),
                angle=-90,
            ),
        ]
        texts += [
            SceneText((v, 0.0, 0.0), str(v), tick_font, below_left, (-10, 8))
            for v in (0, 1)
        ]
        texts += [
            SceneText((1.0, v, 0.0), str(v), tick_font, below_right, (12, 6))
            for v in (0, 1)
        ]
        # No 0 on the y axis: x1's 0 already stands at that corner.
        texts += [
            SceneText((0.0, 0.0, v), str(v), tick_font, left, (-8, 0)) for v in (0.5, 1)
        ]
        self._labels = SceneLabels(texts, FOREGROUND, parentItem=self._scene)

    def set_text_scale(self, scale: float) -> None:
        """Labels `scale` times their normal size (View > Larger text)."""
        self._labels.set_scale(scale)

    def projectionMatrix(
        self, region: tuple[int, int, int, int], viewport: tuple[int, int, int, int]
    ) -> QMatrix4x4:
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
            surface = np.clip(surface, *HEIGHT_LIMITS)
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
        outputs = np.column_stack(
            [corners, np.clip(snapshot.predictions, *HEIGHT_LIMITS)]
        )
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
        vertices = self._surface.opts["meshdata"].vertexes()
        if vertices is None:
            return None
        return vertices[:, 2].reshape(self._grid, self._grid).copy()

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
        """The scene rendered afresh into an image of the view's size, in device
        pixels; the view need not be on screen now, only to have been drawn once.
        A null image before that (there is no OpenGL context to render with)."""
        if not self.isValid():
            return QImage()
        self.makeCurrent()
        target = QOpenGLFramebufferObject(
            self.deviceWidth(),
            self.deviceHeight(),
            QOpenGLFramebufferObject.Attachment.CombinedDepthStencil,
        )
        try:
            target.bind()
            GL.glViewport(0, 0, target.width(), target.height())
            region = self.getViewport()
            self.paint(region=region, viewport=region)
            image = target.toImage()
            target.release()
        finally:
            del target  # its GL objects go while the context is current
            self.doneCurrent()
        image.setDevicePixelRatio(self.devicePixelRatioF())
        return image

    def paint(self, *, region: object, viewport: object, **kwargs: object) -> None:
        """Draw the scene (pyqtgraph's paint), sized for the current screen."""
        ratio = self.devicePixelRatioF()
        if ratio != self._sized_for:
            self._size_marks(ratio)
        super().paint(region=region, viewport=viewport, **kwargs)

    def _size_marks(self, ratio: float) -> None:
        """OpenGL point sizes and line widths are in device pixels: scaled by the
        screen's ratio, the marks look the same on a high-DPI screen as on any."""
        self._sized_for = ratio
        self._points.setData(size=POINT_SIZE * ratio)
        self._outlines.setData(size=(POINT_SIZE + OUTLINE_WIDTH) * ratio)
        self._errors.setData(width=ERROR_LINE_WIDTH * ratio)

    def paintGL(self) -> None:
        super().paintGL()
        self.frames_rendered += 1

    def present(self) -> None:
        """Return once the current scene has been rendered and put on screen.

        OpenGL views render when the next frame is due, not in update(); so
        run the event loop until that has happened.
        """
        target = self.frames_rendered + 1
        self.update()
        deadline = time.monotonic() + PRESENT_TIMEOUT_S
        while self.frames_rendered < target:
            if time.monotonic() > deadline:
                raise RuntimeError("the 3-D view is not being painted: is it shown?")
            QCoreApplication.processEvents()


class SurfaceWindow(SurfaceScene, GLViewMixin, QOpenGLWindow):
    """The scene in a native OpenGL window, for embedding with a window container.

    It never takes the keyboard focus: a click or drag on the surface leaves
    it with the control being edited.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus)


class SurfacePlot(SurfaceScene, gl.GLViewWidget):
    """The scene in an OpenGL widget, for rendering off screen (surface_render)."""


def _finite(value: object) -> float | None:
    """`value` as a finite float (QSettings may hand numbers back as text), or None."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _finite_triple(value: object) -> tuple[float, float, float] | None:
    """Three finite floats from a list or tuple of three, or None."""
    if not isinstance(value, list | tuple) or len(value) != 3:
        return None
    x, y, z = (_finite(v) for v in value)
    if x is None or y is None or z is None:
        return None
    return x, y, z


class _Canvas(Protocol):
    def draw_snapshot(self, snapshot: Snapshot) -> None: ...
    def drawn_heights(self) -> np.ndarray | None: ...
    def reset_camera(self) -> None: ...
    def grab_image(self) -> QImage: ...
    def present(self) -> None: ...
    def set_text_scale(self, scale: float) -> None: ...


class SurfaceView(QWidget):
    """The model output over [0, 1]²: 3-D when OpenGL works, else a 2-D heatmap.

    show_snapshot() may be called as often as snapshots arrive: only the latest
    is kept and drawn on the view's own timer, at most ~60 times a second. A
    surface array already drawn is not sent to the canvas again, and
    `surface_drawn` says when a new one has been: the moment to ask for the next.
    `use_opengl`: None probes for OpenGL, False forces the heatmap, True trusts
    the caller that OpenGL works.
    """

    surface_drawn = Signal()

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
        self._surface_shown: np.ndarray | None = None
        self._latest = LatestSnapshot(self._draw, FRAME_INTERVAL_MS, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._plot: SurfaceWindow | None = None
        self._canvas: _Canvas
        if self._fallback_reason is None:
            self._plot = SurfaceWindow()
            self._canvas = self._plot
            container = QWidget.createWindowContainer(self._plot, self)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Larger or normal text: the painted labels follow the app's text."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._canvas.set_text_scale(text_scale())

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
        self._latest.put(snapshot)

    def draw_now(self) -> None:
        """Draw the pending snapshot now, if there is one."""
        self._latest.flush()

    def _draw(self, snapshot: Snapshot) -> None:
        surface = snapshot.surface
        fresh = surface is not None and surface is not self._surface_shown
        if not fresh:
            snapshot = replace(snapshot, surface=None)
        self._canvas.draw_snapshot(snapshot)
        self._frames_drawn += 1
        if fresh:
            self._surface_shown = surface
            self.surface_drawn.emit()

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
    from xorgui.core.training import Trainer

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
