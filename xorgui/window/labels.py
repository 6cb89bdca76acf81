"""Labels that tell the layout the room they really need.

Layouts size widgets by their minimum size hints; a QLabel's hint ignores two
things that matter here: the widest text a live label will show (so the
status bar does not jump) and the lines a word-wrapped label needs at its
current width (so a long note does not push the 3-D view over the widgets
below it: a native OpenGL window is not clipped to its place in the layout).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class SteadyLabel(QLabel):
    """A label at least as wide as the widest of some sample texts, in its
    current font (so it follows View > Larger text)."""

    def __init__(self, samples: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self._samples = samples

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        widest = max(metrics.horizontalAdvance(text) for text in self._samples)
        hint.setWidth(max(hint.width(), widest + margins.left() + margins.right()))
        return hint

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self.minimumSizeHint())


class WrappedLabel(QLabel):
    """A word-wrapped label whose minimum height is that of all its lines at
    its current width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()


def show_text(label: QLabel, text: str) -> None:
    """Set a label's text only when it changes (a change costs a repaint)."""
    if label.text() != text:
        label.setText(text)
