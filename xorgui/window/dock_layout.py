"""The views' default places: every dock in one tabbed group right of the
surface, the first view in front, a third of the window wide at most (the
controls and the surface keep at least their minimum room), and the splitters
at their default sizes. View > Reset layout comes back to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from xorgui.window.window_layout import reset_splitters
from xorgui.window.window_memory import default_size

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow

DOCK_SHARE = 0.33
"""The tabbed views' share of the window's width, at most."""
DOCK_GAP = 40
"""Room beside the docks: the separator, and the main splitter's side margins,
which its minimum size hint leaves out."""


def arrange_docks(window: MainWindow, names: list[str]) -> None:
    """Put the docks `names` of `window.docks` into one tabbed group on the
    right, the first in front, at most DOCK_SHARE of the window's width.

    The docks are shown where they fit beside the controls and the surface at
    the window's width (the default size before it is shown), hidden where
    they do not (800 x 600): the View menu shows them.
    """
    docks = [window.docks.dock(name) for name in names]
    if not docks:
        return
    first, area = docks[0], Qt.DockWidgetArea.RightDockWidgetArea
    # Only docks out of place are moved: Qt leaves a stale tab bar on screen
    # for a dock moved (or tabbed again) within its own tab group.
    if first.isFloating() or window.dockWidgetArea(first) != area:
        first.setFloating(False)
        window.addDockWidget(area, first)
    for dock in docks[1:]:
        if dock not in window.tabifiedDockWidgets(first):
            dock.setFloating(False)
            window.tabifyDockWidget(first, dock)
    width = window.width() if window.isVisible() else default_size(window).width()
    room = width - window.centralWidget().minimumSizeHint().width() - DOCK_GAP
    needed = max(dock.minimumSizeHint().width() for dock in docks)
    for dock in docks:
        dock.setVisible(room >= needed)
    first.raise_()
    wanted = max(needed, min(room, round(width * DOCK_SHARE)))
    window.resizeDocks([first], [wanted], Qt.Orientation.Horizontal)


def reset_layout(window: MainWindow, names: list[str]) -> None:
    """The splitters and the docks `names` back where a new window has them."""
    arrange_docks(window, names)
    window.layout().activate()  # the docks take their room first
    reset_splitters(window)
