"""A part of the controls a person opens and closes: its header says what it
holds and, closed, what is chosen in it ("Data: Circle"), so the article's
settings keep their place at the top of a small screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QSizePolicy, QToolButton, QVBoxLayout, QWidget


class Section(QWidget):
    """A header button (an arrow, the title and a summary) over `body`;
    closed at first. The owner words the title (`set_title`)."""

    def __init__(self, body: QWidget, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._summary = ""
        self.header = QToolButton(self)
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
            shown = f"{self._title}: {self._summary}"
        self.header.setText(shown)
