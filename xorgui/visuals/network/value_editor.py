"""The small box in which a person types a weight or bias in the diagram.

Enter commits, Escape or clicking elsewhere cancels: an edit is made only when
asked for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from xorgui.core.hand_edit.edits import ParameterRef


class ValueEditor(QLineEdit):
    """A one-line editor for one parameter; hidden when not in use."""

    committed = Signal(object, str)
    """The parameter and the text typed (not yet checked)."""
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parameter: ParameterRef | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setToolTip(
            self.tr("Type a number (such as 20 or -0.5) and press Enter; Esc cancels.")
        )
        self.returnPressed.connect(self._commit)
        self.hide()

    def open(
        self, parameter: ParameterRef, value: float, centre_x: float, centre_y: float
    ) -> None:
        """Show the editor centred at (centre_x, centre_y) holding `value`."""
        self.parameter = parameter
        self.setText(f"{value:.6g}")
        width = self.fontMetrics().horizontalAdvance("-000.000000") + 16
        height = self.sizeHint().height()
        self.setGeometry(
            round(centre_x - width / 2), round(centre_y - height / 2), width, height
        )
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectAll()

    def close_editor(self) -> None:
        self.parameter = None
        self.hide()

    def _commit(self) -> None:
        if self.parameter is not None:
            self.committed.emit(self.parameter, self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_editor()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.isVisible() and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.close_editor()
            self.cancelled.emit()
