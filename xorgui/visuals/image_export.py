"""Images for files: a caption under a picture, saving a QImage as a PNG
file, atomically, through xorgui.core.files, and the mark of a widget that
stays out of exported figures."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QWidget

from xorgui.core.files import ExportError, write_bytes

FURNITURE = "furniture"
"""The property that marks a widget as furniture: there to be used, not seen
in an exported figure ("Units:" before the unit boxes, a hint to click)."""


def mark_furniture(widget: QWidget) -> None:
    """Leave `widget` out of the view's exported figures."""
    widget.setProperty(FURNITURE, True)


def is_furniture(widget: QWidget) -> bool:
    return bool(widget.property(FURNITURE))


def save_image(path: str | os.PathLike[str], image: QImage) -> None:
    """Write `image` to `path` as PNG, or raise ExportError and leave the file as is."""
    target = os.path.abspath(os.fspath(path))
    if image.isNull():
        raise ExportError("image_empty", file=target)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoded = image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes str; its stub says bytes
    buffer.close()
    if not encoded or data.isEmpty():
        raise ExportError("image_not_encoded", file=target)
    write_bytes(target, bytes(data.data()))


CAPTION_PIXELS = 20
"""Caption text height in pixels at a device pixel ratio of 1."""
CAPTION_MARGIN = 12


def _caption_font(ratio: float) -> QFont:
    font = QFont()
    font.setPixelSize(round(CAPTION_PIXELS * ratio))
    return font


def caption_height(lines: int, ratio: float = 1.0) -> int:
    """How many pixels `with_caption` adds under an image for so many lines."""
    spacing = QFontMetrics(_caption_font(ratio)).lineSpacing()
    return round(2 * CAPTION_MARGIN * ratio) + spacing * lines


def with_caption(image: QImage, lines: list[str]) -> QImage:
    """`image` with `lines` of dark text on white below it, as wide as the image.

    An exported picture then says what it shows, wherever it ends up.
    """
    ratio = image.devicePixelRatio()
    picture = QImage(image)
    picture.setDevicePixelRatio(1.0)  # drawn pixel for pixel
    font = _caption_font(ratio)
    spacing = QFontMetrics(font).lineSpacing()
    margin = round(CAPTION_MARGIN * ratio)
    result = QImage(
        picture.width(),
        picture.height() + caption_height(len(lines), ratio),
        QImage.Format.Format_RGB32,
    )
    result.fill(QColor("white"))
    painter = QPainter(result)
    try:
        painter.drawImage(0, 0, picture)
        painter.setFont(font)
        painter.setPen(QColor("#202020"))
        for index, line in enumerate(lines):
            box = QRect(
                margin,
                picture.height() + margin + index * spacing,
                picture.width() - 2 * margin,
                spacing,
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft, line)
    finally:
        painter.end()
    return result
