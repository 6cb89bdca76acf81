"""The learner's note above the surface: what this setup can learn, or what
happened, on a background that says whether the news is good or bad."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from xorgui.visuals.fitted_labels import WrappedLabel
from xorgui.visuals.palette import BAD_NOTE, GOOD_NOTE, INFO_NOTE, NoteColours

NOTE_COLOURS: dict[str, NoteColours] = {
    "info": INFO_NOTE,
    "good": GOOD_NOTE,
    "bad": BAD_NOTE,
}
"""The note's colours per kind of news."""
PADDING = 6
CORNER_RADIUS = 4


class LearnerNote(WrappedLabel):
    """A wrapped note on a rounded box coloured by its kind ("info", "good"
    or "bad").

    The box is painted here rather than by a style sheet: a style sheet
    would fix the note's font, and the note must grow with View > Larger text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnerNote")
        self.setMargin(PADDING)
        self._kind = ""
        self.set_kind("info")

    def kind(self) -> str:
        return self._kind

    def set_kind(self, kind: str) -> None:
        """Colour the note for `kind` of news; the same kind again costs nothing."""
        if kind == self._kind:
            return
        self._kind = kind
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(NOTE_COLOURS[kind].text))
        self.setPalette(palette)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = NOTE_COLOURS[self._kind]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colours.border), 1))
        painter.setBrush(QColor(colours.background))
        box = self.rect().toRectF().adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(box, CORNER_RADIUS, CORNER_RADIUS)
        painter.end()
        super().paintEvent(event)
