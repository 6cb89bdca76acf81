"""The layout kept between sessions: geometry, docks and toolbars, splitters
(through `Settings`, which reads anything unusable as "nothing saved")."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter

from xorgui.window.layout.central import SPLITTERS
from xorgui.window.settings import Settings


def restore_layout(window: QMainWindow, settings: Settings) -> bool:
    """The saved geometry, docks, toolbars and splitters; False when no
    geometry was saved (the caller picks the size for the screen)."""
    geometry = settings.layout_state("geometry")
    restored = geometry is not None and window.restoreGeometry(geometry)
    state = settings.layout_state("windowState")
    if state is not None:
        window.restoreState(state)
    for name in SPLITTERS:
        saved = settings.layout_state(name)
        splitter = window.findChild(QSplitter, name)
        if saved is not None and splitter is not None:
            splitter.restoreState(saved)
    return restored


def remember_layout(window: QMainWindow, settings: Settings) -> None:
    """Save the geometry, docks, toolbars and splitters."""
    settings.set_layout_state("geometry", window.saveGeometry())
    settings.set_layout_state("windowState", window.saveState())
    for name in SPLITTERS:
        splitter = window.findChild(QSplitter, name)
        if splitter is not None:
            settings.set_layout_state(name, splitter.saveState())
