"""The truth table's clickable targets, made in one place after every dock has
been added and before the menus are built (View > Reset layout belongs to the
layout's owner, window/layout/screen_fit.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from xorgui.window.gate_flips import GateFlips

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow


class ViewTools(QObject):
    """The target flips."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.gate_flips = GateFlips(window)
