"""Texts painted into the 3-D scene: axis names and ticks pinned to its points.

All of them are drawn by one QPainter a frame, into whatever framebuffer is
bound: the screen's, or an exported image's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pyqtgraph.opengl.GLGraphicsItem import GLGraphicsItem
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QMatrix4x4, QPainter, QTransform, QVector3D
from PySide6.QtOpenGL import QOpenGLPaintDevice

TEXT_BOX = QRectF(0, 0, 400, 100)
"""The box each text is laid out in: roomier than any label."""


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
        self._scale = 1.0
        self._colour = QColor(colour)

    def set_texts(self, texts: list[SceneText]) -> None:
        """Draw `texts` instead (at the same scale): a new language's words."""
        self._texts = [(QVector3D(*text.pos), text) for text in texts]
        self.set_scale(self._scale)

    def texts(self) -> list[str]:
        """The texts drawn, in the order given."""
        return [text.text for _point, text in self._texts]

    def set_scale(self, scale: float) -> None:
        """Draw every text `scale` times its size, and set it off as much farther."""
        self._scale = scale
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
            painter.setFont(text.font)
            box = painter.boundingRect(_box_on(text.side), text.side, text.text)
            place = QTransform()
            place.translate(anchor.x() + text.offset[0], anchor.y() + text.offset[1])
            place.rotate(text.angle)
            shown = place.mapRect(box)
            # A label near the edge of a small view moves in, not off it.
            dx = _into_view(shown.left(), shown.right(), width)
            dy = _into_view(shown.top(), shown.bottom(), height)
            painter.save()
            painter.translate(dx, dy)
            painter.setTransform(place, combine=True)
            painter.drawText(box, text.side, text.text)
            painter.restore()
        painter.end()


def _into_view(low: float, high: float, size: float) -> float:
    """How far to move a text spanning [low, high] to lie within [0, size]
    (0 when it does already, or when it is wider than the view)."""
    if low < 0.0 and high - low <= size:
        return -low
    if high > size and high - low <= size:
        return size - high
    return 0.0


def _scaled_text(text: SceneText, scale: float) -> SceneText:
    font = QFont(text.font)
    font.setPointSizeF(text.font.pointSizeF() * scale)
    offset = (text.offset[0] * scale, text.offset[1] * scale)
    return replace(text, font=font, offset=offset)


def _box_on(side: Qt.AlignmentFlag) -> QRectF:
    """The text box on `side` of the origin, for text aligned to that side."""
    box = QRectF(TEXT_BOX)
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
