"""The View menu's aids for showing the app to a class: larger text and full
screen (F11). The text size is remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from xorgui.visuals.text_size import set_larger_text
from xorgui.window.settings import Settings


class PresentationActions(QObject):
    """ "Larger text" and "Full screen" for `window`, both checkable."""

    def __init__(self, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.larger_text_action = QAction(self.tr("&Larger text"), self)
        self.larger_text_action.setCheckable(True)
        self.larger_text_action.setToolTip(
            self.tr("Make all text in the window larger, for a projector.")
        )
        self.larger_text_action.setChecked(settings.larger_text())
        self.larger_text_action.toggled.connect(self._larger_text_toggled)
        self.full_screen_action = QAction(self.tr("&Full screen"), self)
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.setToolTip(
            self.tr("Fill the whole screen with the window (F11 again to leave).")
        )
        self.full_screen_action.triggered.connect(self._full_screen_toggled)
        self._normal_geometry = window.geometry()
        if settings.larger_text():
            set_larger_text(True)

    def actions(self) -> list[QAction]:
        return [self.larger_text_action, self.full_screen_action]

    @Slot(bool)
    def _larger_text_toggled(self, on: bool) -> None:
        set_larger_text(on)
        self._settings.set_larger_text(on)

    @Slot(bool)
    def _full_screen_toggled(self, on: bool) -> None:
        """Full screen and back. The geometry is set too: without a window
        manager (a kiosk, a bare X server) asking for full screen does nothing."""
        window = self._window
        if on:
            self._normal_geometry = window.geometry()
            window.setGeometry(window.screen().geometry())
            window.showFullScreen()
        else:
            window.showNormal()
            window.setGeometry(self._normal_geometry)
