"""Which keys belong to the control being edited, and which to the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QWidget

ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
WINDOW_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_R, Qt.Key.Key_M)
"""Keys that never belong in a number: play/pause, reset, max speed."""


class KeyRouter(QObject):
    """Decides who gets a key when an editing widget has the focus.

    Space, R and M always reach the window's shortcuts. Arrow keys stay with
    the spin box or slider being edited; anywhere else they reach the
    shortcuts (Right = step).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if event.key() in WINDOW_KEYS:
            event.ignore()
            return True
        if isinstance(watched, QAbstractSlider) and event.key() in ARROWS:
            event.accept()
            return True
        return False


def route_keys(window: QWidget) -> KeyRouter:
    """Route the keys of every spin box and slider in `window` (made so far)."""
    router = KeyRouter(window)
    for widget in [
        *window.findChildren(QAbstractSpinBox),
        *window.findChildren(QAbstractSlider),
    ]:
        widget.installEventFilter(router)
    return router
