"""What every 3-D scene of the app shares: a white background, the article's
oblique camera, a field of view that keeps the box whole in a view of any
shape, and a picture rendered afresh into an image (never read off screen).

pyqtgraph's GL view logic (GLViewMixin) for the surface
(xorgui.visuals.surface.gl) and the hidden space's 3-D scene; each concrete
scene adds the Qt surface it draws on (a QOpenGLWindow or a QOpenGLWidget).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from OpenGL import GL
from pyqtgraph.opengl.GLViewWidget import GLViewMixin
from PySide6.QtGui import QImage, QMatrix4x4, QOpenGLContext, QVector3D
from PySide6.QtOpenGL import QOpenGLFramebufferObject

from xorgui.visuals.heatmap_view import BACKGROUND
from xorgui.visuals.scene3d.camera import DEFAULT_CAMERA, DEFAULT_FOV, camera_position


class GLScene(GLViewMixin):
    """A pyqtgraph GL view with the app's background, camera and grab."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.setBackgroundColor(BACKGROUND)
        self.renderer = ""
        self.reset_camera()

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
        """pyqtgraph's set-up, and the renderer's name; nothing when Qt asks
        without a context to draw with (a view resized as its window closes,
        before it had a platform window): GL calls then crash."""
        context = QOpenGLContext.currentContext()
        if context is None or context is not self.context():
            return
        super().initializeGL()
        renderer = GL.glGetString(GL.GL_RENDERER)
        self.renderer = "" if renderer is None else renderer.decode(errors="replace")

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
        position = camera_position(state)
        centre = position.pop("pos")
        pos = QVector3D(*centre) if isinstance(centre, tuple) else None
        self.setCameraPosition(pos=pos, **position)

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
