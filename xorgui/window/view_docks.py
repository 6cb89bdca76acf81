"""The optional views (plane, network, hidden space, ...) as dock widgets.

A person shows, hides, moves and tabs them; their places are saved with the
window state (`QMainWindow.saveState`, keyed by each dock's object name). A
view is any widget with `show_snapshot(snapshot)`; it gets snapshots only
while it is visible, and the latest one when it becomes visible (or the
language changes), so a hidden view costs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget

from xorgui.core.snapshot import Snapshot
from xorgui.visuals.view_exports import SnapshotView


class ViewDocks(QObject):
    """Every optional view's dock, in the order added (the View menu's order)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._docks: dict[str, QDockWidget] = {}
        self._latest: Snapshot | None = None
        window.installEventFilter(self)

    def add(
        self,
        name: str,
        title: str,
        view: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        tab_with: str | None = None,
    ) -> QDockWidget:
        """Dock `view` (a SnapshotView) as `name` (its saved object name),
        titled `title`; tabbed with the dock `tab_with` when given."""
        dock = QDockWidget(title, self._window)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(view)
        self._window.addDockWidget(area, dock)
        if tab_with is not None:
            self._window.tabifyDockWidget(self._docks[tab_with], dock)
        dock.visibilityChanged.connect(self._visibility_changed)
        self._docks[name] = dock
        return dock

    def dock(self, name: str) -> QDockWidget:
        return self._docks[name]

    def names(self) -> list[str]:
        return list(self._docks)

    def actions(self) -> list[QAction]:
        """One checkable show/hide action per dock, for the View menu."""
        return [dock.toggleViewAction() for dock in self._docks.values()]

    def show_view(self, name: str) -> None:
        """Show the dock `name` and bring its tab to the front."""
        dock = self._docks[name]
        dock.show()
        dock.raise_()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Hand `snapshot` to every view a person can see now."""
        self._latest = snapshot
        for dock in self._docks.values():
            view = dock.widget()
            if _seen(dock) and isinstance(view, SnapshotView):
                view.show_snapshot(snapshot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After a language switch the views in sight draw the latest snapshot
        again (their texts made with values come in the new language); each
        tab bar Qt makes for tabbed docks shows whole titles, scrolled when
        they do not all fit, rather than "P..." for Plane."""
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and self._latest is not None:
            self.show_snapshot(self._latest)
        elif kind == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QTabBar):
                child.setElideMode(Qt.TextElideMode.ElideNone)
                child.setUsesScrollButtons(True)
        return False

    @Slot(bool)
    def _visibility_changed(self, visible: bool) -> None:
        """A view that comes into sight draws the latest snapshot at once."""
        dock = self.sender()
        if visible and self._latest is not None and isinstance(dock, QDockWidget):
            view = dock.widget()
            if isinstance(view, SnapshotView):
                view.show_snapshot(self._latest)


def _seen(dock: QDockWidget) -> bool:
    """Visible, and not a tab behind another."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()
