"""The window's commands about its views, made in one place: View > Reset
layout (and the default layout of a new window) and the truth table's
clickable targets. MainWindow makes this after every dock has been added and
before its menus are built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

from xorgui.window.dock_layout import arrange_docks, reset_layout
from xorgui.window.gate_flips import GateFlips

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow


class ViewTools(QObject):
    """The reset-layout action, the docks' first places and the target flips."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.reset_layout_action = QAction(self.tr("Reset &layout"), window)
        self.reset_layout_action.setStatusTip(
            self.tr("Put the views and the dividers back where they start.")
        )
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self.gate_flips = GateFlips(window)
        # The views docked so far share the right side; docks added later
        # (pinned runs, lessons) keep places of their own.
        self.arranged = window.docks.names()
        arrange_docks(window, self.arranged)

    @Slot()
    def reset_layout(self) -> None:
        reset_layout(self._window, self.arranged)
        self._window.status.say(self.tr("The views are back in their places."))
