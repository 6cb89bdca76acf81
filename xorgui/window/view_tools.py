"""The window's commands about its views, made in one place: View > Reset
layout (and the default layout of a new window) and the truth table's
clickable targets. MainWindow makes this after every dock has been added and
before its menus are built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from xorgui.window.dock_layout import arrange_docks, reset_layout
from xorgui.window.gate_flips import GateFlips

if TYPE_CHECKING:
    from xorgui.visuals.truth_table import TruthTable
    from xorgui.window.controls import ControlsPanel
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.view_docks import ViewDocks


class ViewTools(QObject):
    """The reset-layout action, the docks' first places and the target flips."""

    def __init__(
        self,
        window: QMainWindow,
        docks: ViewDocks,
        truth_table: TruthTable,
        controls: ControlsPanel,
        status: RunStatusBar,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._status = status
        self.reset_layout_action = QAction(self.tr("Reset &layout"), window)
        self.reset_layout_action.setStatusTip(
            self.tr("Put the views and the dividers back where they start.")
        )
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self.gate_flips = GateFlips(truth_table, controls.gate, status)
        # The views docked so far share the right side; docks added later
        # (pinned runs, lessons) keep places of their own.
        self.arranged = docks.names()
        arrange_docks(window, self.arranged)

    @Slot()
    def reset_layout(self) -> None:
        reset_layout(self._window, self.arranged)
        self._status.say(self.tr("The views are back in their places."))
