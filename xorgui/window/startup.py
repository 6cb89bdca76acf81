"""Finishing start-up after the learner has seen the window.

The slow part (starting the worker, which imports torch, and building the
3-D view) must not run before the first frame is on screen: it runs once,
right after the window's first expose event.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstFrame(QObject):
    """Calls `finish` once, after `window` has first been exposed (painted).

    The window calls `window_shown` from its showEvent: only then does its
    native window exist, whose expose events say when a frame is on screen.
    """

    def __init__(self, window: QWidget, finish: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._finish = finish
        self._done = False

    def window_shown(self) -> None:
        handle = self._window.windowHandle()
        if not self._done and handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Expose
            and not self._done
            and watched is self._window.windowHandle()
            and watched.isExposed()
        ):
            self._done = True
            watched.removeEventFilter(self)
            # Runs after this expose event, i.e. after the first frame is shown.
            QTimer.singleShot(0, self._finish)
        return False
