"""The one owner of the window's layout: it fits the window to the screen it is
on (that screen's available geometry), and fits it again whenever the screen,
the text size, the language or the docks shown change.

A fit makes the docks give way first (docks.py), then sizes the window: the
size a person chose (or the default for this screen), never larger than the
screen, never smaller than the window needs. So View > Larger text off
brings the window back to its size before, and View > Reset layout restores
the default for the screen the window is on now.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QStatusBar,
    QToolBar,
    QWidget,
)

from xorgui.window.layout.central import (
    DEFAULT_SIZE,
    activate_layout,
    reset_splitters,
)
from xorgui.window.layout.docks import (
    LEFT,
    dock_back,
    fits_docked,
    float_in_controls_place,
    give_way,
    keep_centre,
    stack_into_tabs,
    tab_views,
)
from xorgui.window.layout.memory import remember_layout, restore_layout
from xorgui.window.layout.presentation import PresentationActions
from xorgui.window.layout.toolbars import fit_toolbars
from xorgui.window.settings import Settings

MESSAGE_MS = 6000
REFIT_EVENTS = {
    QEvent.Type.Show,
    QEvent.Type.FontChange,
    QEvent.Type.LanguageChange,
    QEvent.Type.WindowStateChange,
}
ROOM_EVENTS = {QEvent.Type.FontChange, QEvent.Type.LanguageChange}
"""Changes after which what gave way may fit again."""
SETTLE_MS = 50
"""A fit waits this long for the layouts to take in a change (a new font)."""


def settle_layouts(window: QMainWindow) -> None:
    """Every layout request pending handled now (a label hidden in the status
    bar, a toolbar's new style), so that the size hints are up to date."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    activate_layout(window)


class WindowLayout(QObject):
    """Fits `window` to its screen; owns View > Larger text, Full screen and
    Reset layout, and the layout saved in `settings`."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._views: list[QDockWidget] = []
        self._may_hide: list[QWidget] = []
        self._watched: set[QWidget] = set()
        self._home: dict[QDockWidget, Qt.DockWidgetArea] = {}
        """Each dock's area when it was added: Reset layout puts it back."""
        self._floated: dict[QDockWidget, Qt.DockWidgetArea] = {}
        self._wanted: QSize | None = None
        self._fitting = False
        self._state_changed = False
        self._relax = True
        """The next fit first tries the roomy toolbars and labels again."""
        self.presentation = PresentationActions(window, settings)
        self.presentation.larger_text_action.setObjectName("largerTextAction")
        self.presentation.full_screen_action.setObjectName("fullScreenAction")
        self.reset_layout_action = QAction(window)
        self.reset_layout_action.setObjectName("resetLayoutAction")
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self._retranslate()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.fit)
        window.installEventFilter(self)

    def screen_area(self) -> QRect:
        """The room the window's screen leaves for windows (no panels)."""
        return self._window.screen().availableGeometry()

    def default_size(self) -> QSize:
        """1280 x 800, or less on a smaller screen such as a 1024 x 768 projector."""
        return DEFAULT_SIZE.boundedTo(self._frame_room())

    def set_views(self, docks: list[QDockWidget]) -> None:
        """`docks` are the views Reset layout puts back in one tabbed group;
        they go there now, as they fit the default size."""
        self._views = list(docks)
        tab_views(self._window, self._views, self._target_size().width())

    def may_hide(self, widget: QWidget) -> None:
        """`widget` gives way (hides) on a screen too narrow for everything,
        after those given before it (its tooltip's words are elsewhere too)."""
        self._may_hide.append(widget)

    def views(self) -> list[QDockWidget]:
        """The views Reset layout tabs together, the first in front."""
        return list(self._views)

    def restore(self) -> None:
        """The layout saved last time, fitted to this screen."""
        if restore_layout(self._window, self._settings):
            self._wanted = self._window.size()
        else:
            self._window.resize(self.default_size())
        self.schedule()

    def remember(self) -> None:
        remember_layout(self._window, self._settings)

    def schedule(self) -> None:
        """Fit once the events queued now (layout, show, hide) are handled."""
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def reset_layout(self) -> None:
        """The default layout for the screen the window is on now."""
        window = self._window
        if window.isFullScreen():
            self.presentation.full_screen_action.trigger()
        self._wanted = self.default_size()
        self._relax = True
        for dock in list(self._floated):
            dock_back(window, dock, self._floated.pop(dock))
        self._fitting = True
        try:
            window.resize(self._wanted)
            others = [
                dock
                for dock in window.findChildren(QDockWidget)
                if dock not in self._views and not dock.isHidden()
            ]
            for dock in others:
                if self._home.get(dock) == LEFT:
                    window.addDockWidget(LEFT, dock)
            tabbed = [dock for dock in others if self._home.get(dock) != LEFT]
            tab_views(window, self._views + tabbed, self._wanted.width())
            activate_layout(window)  # the docks take their room first
            reset_splitters(window)
        finally:
            self._fitting = False
        self.schedule()
        window.statusBar().showMessage(
            self.tr("The views are back in their places."),
            MESSAGE_MS,
        )

    @Slot()
    def fit(self) -> None:
        """Docks give way, then the window takes the size wanted, inside the screen."""
        window = self._window
        self._watch_docks()
        if not window.isVisible() or window.isFullScreen() or self._fitting:
            return
        self._fitting = True
        try:
            room = self._frame_room()
            for dock in list(self._floated):
                if not dock.isFloating():
                    del self._floated[dock]  # docked again by a person
                elif fits_docked(window, dock, room.width()):
                    dock_back(window, dock, self._floated.pop(dock))
            apart = [d for d, area in self._home.items() if area == LEFT]
            floated = give_way(window, room.width(), self.screen_area(), apart)
            for dock, area in floated:
                self._floated.setdefault(dock, area)
            relax, self._relax = self._relax, False
            fit_toolbars(window, room.width(), relax=relax)
            self._hide_what_may(room.width(), relax=relax)
            self._take_size(room)
            stack_into_tabs(window, self.screen_area(), apart)
            self._take_size(room)
            keep_centre(window)
            float_in_controls_place(window, self.screen_area(), self._floating(apart))
            for top in self._tops():
                self._keep_inside(top)
        finally:
            self._fitting = False
            self._state_changed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, (QToolBar, QStatusBar)):
            if kind == QEvent.Type.LayoutRequest and not self._fitting:
                self._bar_changed(watched)
        elif watched is self._window:
            if kind == QEvent.Type.WindowStateChange:
                self._state_changed = True  # full screen and back: not chosen
            elif isinstance(event, QResizeEvent) and not self._fitting:
                self._note_resize(event)
                room = self._frame_room()
                if room.expandedTo(self._window.size()) != room:
                    self.schedule()  # grown past the screen (a longer text)
            elif kind == QEvent.Type.Show:
                handle = self._window.windowHandle()
                handle.screenChanged.connect(self._screen_changed)
            if kind in ROOM_EVENTS:
                self._relax = True
            if kind == QEvent.Type.LanguageChange:
                self._retranslate()
            if kind in REFIT_EVENTS:
                self.schedule()
        return False

    @Slot()
    def _screen_changed(self) -> None:
        self._relax = True
        self._wanted = self._target_size().boundedTo(self._frame_room())
        self.schedule()

    def _bar_changed(self, bar: QWidget) -> None:
        """Fit again when a toolbar or the status bar needs more than it has
        (a longer text: "Continue +20,000", "solved from epoch 12,345")."""
        if isinstance(bar, QStatusBar):
            needed = bar.minimumSizeHint().width()
        else:
            needed = bar.sizeHint().width()
        if needed > bar.width():
            self.schedule()

    @Slot()
    def _dock_changed(self) -> None:
        if not self._fitting:
            self.schedule()

    def _retranslate(self) -> None:
        self.reset_layout_action.setText(self.tr("Reset &layout"))
        self.reset_layout_action.setStatusTip(
            self.tr("Put the views and the dividers back where they start.")
        )

    def _note_resize(self, event: QResizeEvent) -> None:
        """A size a person (or the program) chose is the size wanted; a size
        Qt forced on the window to hold its contents is not."""
        window = self._window
        if window.isFullScreen() or not window.isVisible() or self._state_changed:
            return
        new, old = event.size(), event.oldSize()
        wanted = self._target_size()
        forced = window.minimumSize().expandedTo(window.minimumSizeHint())
        width = (
            wanted.width()
            if old.width() < new.width() <= forced.width()
            else new.width()
        )
        height = (
            wanted.height()
            if old.height() < new.height() <= forced.height()
            else new.height()
        )
        self._wanted = QSize(width, height)

    def _target_size(self) -> QSize:
        return self._wanted if self._wanted is not None else self.default_size()

    def _frame_room(self) -> QSize:
        """The largest inside of the window whose frame fits the screen."""
        window = self._window
        frame, inside = window.frameGeometry(), window.geometry()
        extra = QSize(frame.width() - inside.width(), frame.height() - inside.height())
        return self.screen_area().size() - extra

    def _take_size(self, room: QSize) -> None:
        """The size wanted, within `room`, at least what the window needs."""
        window = self._window
        settle_layouts(window)
        size = self._target_size().boundedTo(room)
        window.resize(size.expandedTo(window.minimumSizeHint()))
        settle_layouts(window)

    def _floating(self, apart: list[QDockWidget]) -> list[QDockWidget]:
        """The docks floating because they had no room, the lessons first; of
        the views, only the newest stays (the View menu has the others)."""
        views = [
            d
            for d in self._floated
            if d not in apart and d.isFloating() and d.isVisible()
        ]
        for dock in views[:-1]:
            dock.close()
        lessons = [d for d in apart if d.isFloating() and d.isVisible()]
        return lessons + views[-1:]

    def _tops(self) -> list[QWidget]:
        """The window and its docks that float."""
        floating = [
            dock
            for dock in self._window.findChildren(QDockWidget)
            if dock.isFloating() and dock.isVisible()
        ]
        return [self._window, *floating]

    def _keep_inside(self, widget: QWidget) -> None:
        """`widget` (a window) moved, and if need be shrunk, into the screen."""
        area, frame = self.screen_area(), widget.frameGeometry()
        extra = frame.size() - widget.size()
        size = widget.size().boundedTo(area.size() - extra)
        if size != widget.size():
            widget.resize(size.expandedTo(widget.minimumSizeHint()))
            frame = widget.frameGeometry()
        x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
        y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            widget.move(x, y)

    def _hide_what_may(self, width: int, *, relax: bool) -> None:
        """The widgets that may give way hidden in turn while the window needs
        more than `width`; with `relax`, all shown first."""
        if relax:
            for widget in self._may_hide:
                widget.show()
        for widget in self._may_hide:
            settle_layouts(self._window)
            if self._window.minimumSizeHint().width() <= width:
                return
            widget.hide()

    def _watch_docks(self) -> None:
        """Fit again when a dock is shown, hidden, floated or docked, or a
        toolbar's size changes."""
        bars = [*self._window.findChildren(QToolBar), self._window.statusBar()]
        for bar in bars:
            if bar not in self._watched:
                self._watched.add(bar)
                bar.installEventFilter(self)
        for dock in self._window.findChildren(QDockWidget):
            if dock not in self._watched:
                self._watched.add(dock)
                self._home[dock] = self._window.dockWidgetArea(dock)
                dock.visibilityChanged.connect(self._dock_changed)
                dock.topLevelChanged.connect(self._dock_changed)
