"""Labels that tell the layout the room they really need.

Layouts size widgets by their minimum size hints; a QLabel's hint ignores
the widest text a live label will show (so the status bar would jump). The
word-wrapped label that knows its lines is visuals/fitted_labels.py's.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
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


def show_text(label: QLabel, text: str) -> None:
    """Set a label's text only when it changes (a change costs a repaint)."""
    if label.text() != text:
        label.setText(text)
