"""Texts that follow View > Language at once.

Qt sends every widget, and every object a widget owns (its actions among
them), a LanguageChange event when a translator is installed or removed. A
widget rewords itself in its ``changeEvent``; an object that is not a widget
(an action made with values, a plot's painted title) is given the function
that words it, called now and at each LanguageChange its owner receives.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class _Rewording(QObject):
    """Calls `reword` whenever the object it watches changes language."""

    def __init__(self, watched: QObject, reword: Callable[[], None]) -> None:
        super().__init__(watched)
        self._reword = reword
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._reword()
        return False


def worded(owner: QObject, reword: Callable[[], None]) -> None:
    """Word `owner`'s texts with `reword` now, and again in each new language.

    `owner` must be a widget or an object a widget owns: those are the ones
    Qt tells of a new language.
    """
    reword()
    _Rewording(owner, reword)
