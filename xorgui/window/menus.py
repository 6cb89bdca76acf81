"""The window's menu bar, put together from the commands its parts offer."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

MenuEntries = Sequence[QAction | None]
"""A menu's commands in order; None is a separator."""


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence.StandardKey | str | None = None,
) -> QAction:
    """A command called `text` that runs `slot`, with an optional shortcut."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def fill_menu_bar(bar: QMenuBar, menus: Sequence[tuple[str, MenuEntries]]) -> None:
    """Add each (title, entries) as a menu of `bar`, left to right."""
    for title, entries in menus:
        menu = bar.addMenu(title)
        for action in entries:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
