"""Tooltips that wrap: Qt shows a plain-text tooltip as one line, up to the
width of the screen (some of the app's explanations were 1,170 px wide), and
wraps only rich text. The filter hands every plain tooltip to Qt as rich text,
escaped, so all of them wrap at a readable width (about 80 characters)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QHelpEvent, Qt
from PySide6.QtWidgets import QApplication, QToolTip, QWidget


def as_rich_text(text: str) -> str:
    """Plain `text` as rich text that shows the same words (and wraps)."""
    if Qt.mightBeRichText(text):
        return text
    return f"<qt>{html.escape(text)}</qt>"


class WrappingTooltips(QObject):
    """An application event filter: shows widgets' plain tooltips wrapped."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(watched, QWidget):
            return False
        text = watched.toolTip()
        if not text or Qt.mightBeRichText(text):
            return False
        assert isinstance(event, QHelpEvent)
        QToolTip.showText(
            event.globalPos(),
            as_rich_text(text),
            watched,
            watched.rect(),
            watched.toolTipDuration(),
        )
        return True


def install_wrapping_tooltips(app: QApplication) -> WrappingTooltips:
    """Wrap every widget's tooltip in `app` (the filter is owned by `app`)."""
    wrapper = WrappingTooltips(app)
    app.installEventFilter(wrapper)
    return wrapper
