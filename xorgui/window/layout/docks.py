"""Where the docked views go, and how they give way on a small screen.

The default: every view in one tabbed group right of the surface, the first in
front, a third of the window wide at most. When the docks shown need more
width than the screen leaves beside the controls and the surface, they give
way in turn: the lessons panel leaves its own column for a place under the
surface (the views beside it keep their full height, so lessons 1-3 still show
the plane beside their text), the tabs behind the one in front close (the View
menu shows them again), and a view that still has no room floats in the
controls' place (a lesson sets the controls; docking or closing the view shows
them again). No floating dock covers the surface, the loss plot or the truth
table. Where the lessons panel under the surface would make the window taller
than the screen, it floats in the controls' place too, above the view.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QStyle

from xorgui.window.layout.central import (
    activate_layout,
    central_widget,
    reset_splitters,
)

DOCK_SHARE = 0.33
"""The tabbed views' share of the window's width, at most."""
BOTTOM_SHARE = 0.25
"""The lessons panel under the surface: this share of the screen's height, at
most, or less where its text needs less."""

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


def tab_views(window: QMainWindow, docks: list[QDockWidget], width: int) -> None:
    """Put `docks` into one tabbed group on the right, the first in front, at
    most DOCK_SHARE of `width` wide; each shown where it fits beside the
    central widget at that width, hidden where not (the View menu shows it)."""
    if not docks:
        return
    first = docks[0]
    # Only docks out of place are moved: Qt leaves a stale tab bar on screen
    # for a dock moved (or tabbed again) within its own tab group.
    if first.isFloating() or window.dockWidgetArea(first) != RIGHT:
        first.setFloating(False)
        window.addDockWidget(RIGHT, first)
    for dock in docks[1:]:
        if dock not in window.tabifiedDockWidgets(first):
            dock.setFloating(False)
            window.tabifyDockWidget(first, dock)
    room = dock_room(window, width) - _separator(window)
    first_fits = first.minimumSizeHint().width() <= room
    for dock in docks:
        dock.setVisible(first_fits and dock.minimumSizeHint().width() <= room)
    shown = [dock for dock in docks if not dock.isHidden()]
    if not shown:
        return
    shown[0].raise_()
    needed = max(dock.minimumSizeHint().width() for dock in shown)
    wanted = max(needed, min(room, round(width * DOCK_SHARE)))
    window.resizeDocks([shown[0]], [wanted], Qt.Orientation.Horizontal)


def keep_centre(window: QMainWindow) -> None:
    """Docks wider than the room beside the central widget's minimum give the
    difference back (Qt lets a dock squeeze the centre below its minimum)."""
    central = central_widget(window)
    short = central.minimumSizeHint().width() - central.contentsRect().width()
    docks = [d for d in _docked(window) if not d.visibleRegion().isEmpty()]
    if short <= 0 or not docks:
        return
    widths = [max(d.minimumSizeHint().width(), d.width() - short) for d in docks]
    window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)


def too_tall(window: QMainWindow, room: int) -> bool:
    """Whether the docks in sight one above another in a side area need more
    height than the area has in a window `room` high (Qt grows the window, or
    draws them over each other)."""
    if window.minimumSizeHint().height() > room:
        return True
    height = central_widget(window).height() - max(0, window.height() - room)
    gap = _separator(window)
    for area in (LEFT, RIGHT):
        needs = [_group_height(window, d) for d in _in_sight(window, area)]
        if needs and sum(needs) + gap * (len(needs) - 1) > height:
            return True
    return False


def stack_into_tabs(
    window: QMainWindow, screen: QRect, apart: list[QDockWidget]
) -> None:
    """Docks stacked one above another in a side area become tabs of the group
    in front (the first in sight) while the window is taller than `screen`;
    a panel in `apart` (the lessons, read beside a view) that still does not
    fit floats in the controls' place, with the view floating there, instead
    of hiding behind a tab."""
    room = screen.height()
    if not too_tall(window, room):
        return
    for area in (LEFT, RIGHT):
        tabbable = [d for d in _in_sight(window, area) if d not in apart]
        for dock in tabbable[1:]:
            window.tabifyDockWidget(tabbable[0], dock)
        if tabbable:
            tabbable[0].raise_()
    activate_layout(window)
    if too_tall(window, room):
        docked = [d for d in apart if d in _docked(window)]
        floating = [
            d
            for d in window.findChildren(QDockWidget)
            if d.isFloating() and d.isVisible() and d not in docked
        ]
        float_in_controls_place(window, screen, docked + floating)


def _group_height(window: QMainWindow, dock: QDockWidget) -> int:
    """The least height of `dock` with the tabs behind it (a tab group is as
    tall as its tallest open tab needs)."""
    group = [dock, *window.tabifiedDockWidgets(dock)]
    return max(d.minimumSizeHint().height() for d in group if not d.isHidden())


def _in_sight(window: QMainWindow, area: Qt.DockWidgetArea) -> list[QDockWidget]:
    return [
        dock
        for dock in _docked(window)
        if window.dockWidgetArea(dock) == area and not dock.visibleRegion().isEmpty()
    ]


def dock_room(window: QMainWindow, width: int) -> int:
    """The width left for docks in a window `width` wide: the central widget
    takes its minimum and its margins (which its minimum size hint leaves out)."""
    central = central_widget(window)
    margins = central.contentsMargins()
    return width - central.minimumSizeHint().width() - margins.left() - margins.right()


def _separator(window: QMainWindow) -> int:
    """The width of the separator between a column of docks and the centre."""
    return window.style().pixelMetric(
        QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, window
    )


def give_way(
    window: QMainWindow, width: int, screen: QRect, apart: list[QDockWidget]
) -> list[tuple[QDockWidget, Qt.DockWidgetArea]]:
    """Make the docks shown fit a window `width` wide on `screen` (available
    geometry); return the docks that had to float, with their areas.

    The docks in `apart` (the lessons) go under the surface; the tabs behind
    the views close; a view that still has no room floats in the controls'
    place, so the surface, the loss plot and the truth table stay in sight.
    Besides the docks in `apart`, one view floats at a time."""
    room = dock_room(window, width)
    if _columns_width(window) <= room:
        return []
    left = [d for d in _docked(window) if window.dockWidgetArea(d) == LEFT]
    if left:
        _under_the_surface(window, left, screen)
    if _columns_width(window) <= room:
        return []
    for dock in _docked(window):
        behind = dock.visibleRegion().isEmpty() and window.tabifiedDockWidgets(dock)
        if behind and dock not in apart:
            dock.close()  # a tab behind another; the View menu shows it again
    if _columns_width(window) <= room:
        return []
    floated = [(d, window.dockWidgetArea(d)) for d in _docked(window) if d not in apart]
    floating = [
        d for d in window.findChildren(QDockWidget) if d.isFloating() and d.isVisible()
    ]
    newest = [dock for dock, _area in floated]
    for dock in floating:
        if dock not in apart and newest:
            dock.close()  # one view floats at a time; the View menu has the rest
    float_in_controls_place(
        window, screen, [d for d in floating if d in apart] + newest
    )
    return floated


def _under_the_surface(
    window: QMainWindow, docks: list[QDockWidget], screen: QRect
) -> None:
    """`docks` docked under the surface, as tall as their text needs (at most
    BOTTOM_SHARE of the screen), the views beside keeping their full height."""
    window.setCorner(Qt.Corner.BottomRightCorner, RIGHT)
    cap = round(screen.height() * BOTTOM_SHARE)
    for dock in docks:
        window.addDockWidget(BOTTOM, dock)
    heights = [
        max(d.minimumSizeHint().height(), min(d.sizeHint().height(), cap))
        for d in docks
    ]
    window.resizeDocks(docks, heights, Qt.Orientation.Vertical)
    activate_layout(window)
    reset_splitters(window, ("centreSplitter",))  # the surface keeps its share


def float_in_controls_place(
    window: QMainWindow, screen: QRect, docks: list[QDockWidget]
) -> None:
    """`docks` floating one above another in the controls' place, the first
    on top (where their least heights overlap, the first stays in front); the
    controls widen to the widest dock's least width first, so that no dock
    reaches over the surface."""
    if not docks:
        return
    splitter = window.findChild(QSplitter, "mainSplitter")
    sizes = splitter.sizes() if splitter is not None else []
    if splitter is not None and len(sizes) == 2:
        frame = max(d.frameGeometry().width() - d.width() for d in docks)
        needed = max(d.minimumSizeHint().width() for d in docks) + frame
        if sizes[0] < needed:
            splitter.setSizes([needed, sum(sizes) - needed])
            activate_layout(window)
    place = _controls_place(window, screen)
    for index, dock in enumerate(docks):
        float_inside(dock, place, index, len(docks))
    for dock in reversed(docks):
        dock.raise_()


def _controls_place(window: QMainWindow, screen: QRect) -> QRect:
    """Where a view that has no column floats: over the controls (a lesson
    sets them; closing or docking the view shows them again), on `screen`."""
    splitter = window.findChild(QSplitter, "mainSplitter")
    if splitter is None or splitter.widget(0) is None:
        return screen
    controls = splitter.widget(0)
    assert controls is not None
    top_left = controls.mapToGlobal(QPoint(0, 0))
    return QRect(top_left, controls.size()).intersected(screen)


def float_inside(dock: QDockWidget, place: QRect, index: int, count: int) -> None:
    """Float `dock` in `place` (a part of the screen), the `index`th of
    `count` stacked from the top, each at least its minimum size (they
    overlap where their minimum heights do not all fit)."""
    hint = dock.minimumSizeHint()
    frame = dock.frameGeometry().size() - dock.geometry().size()
    room = place.size() - frame
    width = max(hint.width(), room.width())
    height = min(room.height(), max(hint.height(), room.height() // count))
    top = min(
        place.top() + index * (room.height() // count),
        place.bottom() + 1 - frame.height() - height,
    )
    dock.setFloating(True)
    dock.setGeometry(QRect(place.left(), top, width, height))


def fits_docked(window: QMainWindow, dock: QDockWidget, width: int) -> bool:
    """Whether the floating `dock` would fit in a column of its own beside the
    docks shown, in a window `width` wide."""
    needed = dock.minimumSizeHint().width() + _separator(window)
    return _columns_width(window) + needed <= dock_room(window, width)


def dock_back(window: QMainWindow, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
    """A dock that floated for want of room, back in `area` (tabbed with the
    views there, in front)."""
    others = [d for d in _docked(window) if window.dockWidgetArea(d) == area]
    window.addDockWidget(area, dock)  # (docking is what unfloats it)
    if others:
        window.tabifyDockWidget(others[0], dock)
    dock.raise_()


def _docked(window: QMainWindow) -> list[QDockWidget]:
    """The docks shown in the window (not floating, not closed)."""
    return [
        dock
        for dock in window.findChildren(QDockWidget)
        if not dock.isFloating() and not dock.isHidden()
    ]


def _columns_width(window: QMainWindow) -> int:
    """The width the shown docks need: in each side area, the widest dock
    (tabbed and stacked docks share a column), and its separator."""
    total = 0
    for area in (LEFT, RIGHT):
        widths = [
            dock.minimumSizeHint().width()
            for dock in _docked(window)
            if window.dockWidgetArea(dock) == area
        ]
        if widths:
            total += max(widths) + _separator(window)
    return total
