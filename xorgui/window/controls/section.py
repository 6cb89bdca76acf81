"""A part of the controls a person opens and closes: its header says what it
holds and, closed, what is chosen in it ("Data: Circle"), so the article's
settings keep their place at the top of a small screen. The header never
widens the controls: what is chosen is shortened ("…") to the room there is."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class _Header(QToolButton):
    """A tool button as wide as its title needs at least; the rest of its
    text may be shortened."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = ""

    def minimumSizeHint(self) -> QSize:
        return self._size_for(self.title)

    def sizeHint(self) -> QSize:
        return self._size_for(self.title)

    def text_room(self) -> int:
        """Pixels the text may take at the button's width now."""
        return self.width() - (self._size_for("").width())

    def _size_for(self, text: str) -> QSize:
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text = text
        metrics = self.fontMetrics()
        content = QSize(
            option.iconSize.width() + 4 + metrics.horizontalAdvance(text),
            max(option.iconSize.height(), metrics.height()),
        )
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_ToolButton, option, content, self
        )


class Section(QWidget):
    """A header button (an arrow, the title and a summary) over `body`;
    closed at first. The owner words the title (`set_title`)."""

    def __init__(self, body: QWidget, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._summary = ""
        self.header = _Header(self)
        self.header.setCheckable(True)
        self.header.setAutoRaise(True)
        self.header.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed
        )
        self.header.setToolTip(tip)
        self.header.toggled.connect(self._toggled)
        self.body = body
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inside = QVBoxLayout(frame)
        inside.setContentsMargins(4, 4, 4, 4)
        inside.addWidget(body)
        self._frame = frame
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(frame)
        self._toggled(False)

    def set_title(self, title: str, summary: str) -> None:
        """The header's title and what is chosen inside (shown while closed)."""
        self._title, self._summary = title, summary
        self.header.title = title
        self.header.updateGeometry()
        self._show_header()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_header()

    def is_open(self) -> bool:
        return self.header.isChecked()

    def set_open(self, on: bool) -> None:
        self.header.setChecked(on)

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        self._frame.setVisible(on)
        self.header.setArrowType(
            Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow
        )
        self._show_header()

    def _show_header(self) -> None:
        shown = self._title
        if self._summary and not self.header.isChecked():
            shown = self.header.fontMetrics().elidedText(
                f"{self._title}: {self._summary}",
                Qt.TextElideMode.ElideRight,
                max(self.header.text_room(), 0),
            )
            if len(shown) <= len(self._title) + 2:  # no room for the summary
                shown = self._title
        self.header.setText(shown)
