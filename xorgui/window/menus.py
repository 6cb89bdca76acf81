"""The window's menu bar, put together from the commands its parts offer."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

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
        _insert(bar.addMenu(title), entries, None)


def add_to_menu(
    menu: QMenu, entries: MenuEntries, after: QAction | None = None
) -> None:
    """Put `entries` into `menu` after the entry `after` (at the end if None):
    for a part of the window that brings its own commands."""
    present = menu.actions()
    following = present.index(after) + 1 if after is not None else len(present)
    _insert(menu, entries, present[following] if following < len(present) else None)


def _insert(menu: QMenu, entries: MenuEntries, before: QAction | None) -> None:
    """`entries` into `menu` before the entry `before` (at the end if None:
    Qt appends then)."""
    for action in entries:
        if action is None:
            if before is None:
                menu.addSeparator()
            else:
                menu.insertSeparator(before)
        elif before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
