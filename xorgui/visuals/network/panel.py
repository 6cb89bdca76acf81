"""The Network dock's contents: a line of help, the hand-made XOR button and
the diagram."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from xorgui.core.snapshot import Snapshot
from xorgui.visuals.fitted_labels import TextScroller
from xorgui.visuals.network.diagram import NetworkDiagram


class NetworkPanel(QWidget):
    """The diagram with its help line and the preset's button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diagram = NetworkDiagram(self)
        self.help = QLabel(
            self.tr(
                "Click a unit to see it in the 3-D view. While paused, "
                "double-click a link or a bias to set it by hand."
            ),
            self,
        )
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.preset_button = QToolButton(self)
        self.preset_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.preset_button.hide()
        top = QHBoxLayout()
        # The help scrolls where the dock is short (floating on a small screen).
        top.addWidget(TextScroller([self.help], self), 1)
        top.addWidget(self.preset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.diagram, 1)

    def set_preset_action(self, action: QAction) -> None:
        """The button beside the help runs `action` (the hand-made XOR)."""
        self.preset_button.setDefaultAction(action)
        self.preset_button.show()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.diagram.show_snapshot(snapshot)

    def flush(self) -> None:
        """Draw the pending snapshot now."""
        self.diagram.flush()
