"""Tooltips that wrap: Qt shows a plain-text tooltip as one line, up to the
width of the screen (some of the app's explanations were 1,170 px wide), and
wraps only rich text. The filter hands every plain tooltip to Qt as rich text,
escaped, so all of them wrap at a readable width (about 80 characters).

Qt may break Japanese between any two characters, even inside a word
("拡/張子"); a Japanese tooltip is joined with word joiners (U+2060, which
nothing draws) everywhere but at phrase boundaries, so it wraps only there.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QHelpEvent, Qt
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

WORD_JOINER = "\u2060"
NO_BREAK_BEFORE = "、。,.)）」』】!！?？:：;；ー・~～%％"
"""Closing marks: a line never starts with one."""
OPENING = "(（「『【"
NUMBER_AND_WORD = re.compile(r"(?<=[0-9]) (?=[\u3040-\u30ff\u4e00-\u9fff])")
"""The space between a number and the Japanese word after it."""
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _hiragana(char: str) -> bool:
    return "\u3040" <= char <= "\u309f"


def phrase_boundary(before: str, after: str) -> bool:
    """Whether a Japanese line may break between `before` and `after`: after a
    particle or an ending (hiragana followed by anything else), after a comma
    or full stop, before an opening bracket; never before a closing mark."""
    if before in " \n" or after in " \n":
        return True
    if after in NO_BREAK_BEFORE or before in OPENING:
        return False
    if before in "、。" or after in OPENING:
        return True
    if before in ")）」』】":
        return not _hiragana(after)
    return _hiragana(before) and not _hiragana(after)


def phrase_wrapped(text: str) -> str:
    """`text` with word joiners wherever a Japanese line must not break, and
    a number kept with the word after it ("20,000 エポック"); unchanged when
    it has no Japanese."""
    if not JAPANESE.search(text):
        return text
    text = NUMBER_AND_WORD.sub("\u00a0", text)
    joined = [text[0]] if text else []
    for before, after in zip(text, text[1:], strict=False):
        if not phrase_boundary(before, after):
            joined.append(WORD_JOINER)
        joined.append(after)
    return "".join(joined)


def as_rich_text(text: str) -> str:
    """Plain `text` as rich text that shows the same words (and wraps, at
    phrase boundaries in Japanese)."""
    if Qt.mightBeRichText(text):
        return text
    return f"<qt>{html.escape(phrase_wrapped(text))}</qt>"


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
