"""Labels that tell the layout the room they really need, or give it up
visibly: a QLabel's size hints ignore the lines a word-wrapped text needs at
its current width, and a one-line label that is too narrow cuts its text off
without a sign; words under a picture scroll where a short dock has no room
for all their lines."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

SHORTEST_LINES = 3
"""A TextScroller gives way down to this many lines of text."""


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


class ElidedLabel(QLabel):
    """A one-line label that ends its text with "…" where it is too narrow,
    and then shows the whole text as its tooltip (a caption, not a sentence
    to wrap in the middle of a word)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def text(self) -> str:
        """The whole text (what is drawn may end with "…")."""
        return self._full

    def setText(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self._elide()
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full)
        hint.setWidth(width + margins.left() + margins.right() + 2 * self.margin())
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance("M…"))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(room, 0)
        )
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class TextScroller(QScrollArea):
    """Word-wrapped labels one under another: all their lines where there is
    room, down to SHORTEST_LINES and a scroll bar where there is not (so that
    a short dock keeps the picture above them at a readable size)."""

    def __init__(self, labels: list[QLabel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = self._box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in labels:
            layout.addWidget(label)
        self.setWidget(box)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box.installEventFilter(self)

    def sizeHint(self) -> QSize:
        """As tall as every line at the width it has."""
        hint = super().sizeHint()
        width = self.viewport().width() if self.width() > 0 else hint.width()
        hint.setHeight(self._box.heightForWidth(width) + 2 * self.frameWidth())
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        lines = self.fontMetrics().lineSpacing() * SHORTEST_LINES
        hint.setHeight(min(self.sizeHint().height(), lines + 2 * self.frameWidth()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # more or fewer lines at the new width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A label's new text or font: this area's size hints changed too."""
        if watched is self._box and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)
