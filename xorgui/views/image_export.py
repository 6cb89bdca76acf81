"""Save a QImage as a PNG file, atomically, through xorgui.export."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from xorgui.export import ExportError, write_bytes


def save_image(path: str | os.PathLike[str], image: QImage) -> None:
    """Write `image` to `path` as PNG, or raise ExportError and leave the file as is."""
    target = os.path.abspath(os.fspath(path))
    if image.isNull():
        raise ExportError(f"cannot write {target}: the image is empty")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoded = image.save(buffer, "PNG")
    buffer.close()
    if not encoded or data.isEmpty():
        raise ExportError(f"cannot write {target}: the image could not be encoded")
    write_bytes(target, data.data())
