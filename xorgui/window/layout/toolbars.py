"""The toolbars at the top give way too: one that does not fit beside those
before it starts a new row, so no button is pushed into the >> menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QToolBar

TOP = Qt.ToolBarArea.TopToolBarArea
ROW_SLACK = 24
"""A row's room taken by the toolbars' handles, margins and spacing."""


def wrap_toolbars(window: QMainWindow, width: int) -> None:
    """Rows of the top toolbars, each as wide as `width` at most."""
    bars = [
        bar
        for bar in window.findChildren(QToolBar)
        if window.toolBarArea(bar) == TOP and not bar.isHidden()
    ]
    used = 0
    for bar in bars:
        needed = bar.sizeHint().width()
        breaks = window.toolBarBreak(bar)
        if used and used + needed > width - ROW_SLACK:
            if not breaks:
                window.insertToolBarBreak(bar)
            used = needed
        else:
            if breaks:
                window.removeToolBarBreak(bar)
            used += needed
