"""Japanese in the parts Qt draws or wraps for the app: the file dialog's own
labels (Qt's translations), the About box's article title, tooltips that wrap
only between phrases, and notes that go back to normal size after Larger text."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QHelpEvent, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QToolButton,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from text_walk import Texts, dialog_texts, english_words  # tests/gui/

from xorgui.dialogs.file_dialogs import ask_open_path
from xorgui.window.main_window import MainWindow
from xorgui.window.settings import Settings
from xorgui.window.tooltips import WORD_JOINER, phrase_boundary


def file_dialog_texts(window: MainWindow) -> dict[str, str]:
    """What Qt's own file dialog says around the files (File > Open
    configuration's, as shown on X11 without a desktop), in its detail view:
    labels, buttons, tool buttons' tooltips, column titles and file types."""

    def read(dialog: object) -> Texts:
        assert isinstance(dialog, QFileDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        tree = dialog.findChild(QTreeView, "treeView")
        model, root = tree.model(), tree.rootIndex()
        QTest.qWait(200)  # the folder is read in a thread
        horizontal = Qt.Orientation.Horizontal
        return [
            *(
                (label.objectName(), label.text())
                for label in dialog.findChildren(QLabel)
            ),
            *(
                (f"button {button.text()}", button.text())
                for box in dialog.findChildren(QDialogButtonBox)
                for button in box.buttons()
            ),
            *(
                (f"tool {b.objectName()}", b.toolTip())
                for b in dialog.findChildren(QToolButton)
            ),
            *((f"column {c}", model.headerData(c, horizontal)) for c in range(4)),
            *((f"type {r}", model.index(r, 2, root).data()) for r in range(3)),
        ]

    texts = dialog_texts(
        QFileDialog,
        lambda: ask_open_path(window, Settings(), "?", "(*.json)"),
        read,
    )
    return {where: text for where, text in texts if text}


def test_the_file_dialog_speaks_japanese(
    japanese: None, open_window: Callable[..., MainWindow]
) -> None:
    texts = file_dialog_texts(open_window())
    assert texts["lookInLabel"] == "場所(&L):"
    assert texts["fileTypeLabel"] == "ファイルの種類(&T):"
    assert texts["fileNameLabel"] == "ファイル名(&N):"
    assert texts["column 0"] == "名前"
    english = {
        f"{where}: {text}" for where, text in texts.items() if english_words(text)
    }
    assert not english, english


def test_the_file_dialog_in_english_says_look_in(
    open_window: Callable[..., MainWindow],
) -> None:
    """The same dialog without Japanese: the check above can fail."""
    texts = file_dialog_texts(open_window())
    assert texts["lookInLabel"] == "&Look in:"
    assert {text for text in texts.values() if english_words(text)} >= {
        "&Look in:",
        "Files of &type:",
        "Name",
    }


def about_text(window: MainWindow) -> str:
    name = QCoreApplication.translate("HelpTexts", "&About xorgui")
    (about,) = [a for a in window.findChildren(QAction) if a.text() == name]
    texts = dialog_texts(QMessageBox, about.trigger, lambda box: [("", box.text())])
    return texts[0][1]


def test_the_about_box_quotes_the_article_without_italics(
    japanese: None, open_window: Callable[..., MainWindow]
) -> None:
    """Japanese fonts have no italics: Qt would slant the glyphs itself."""
    text = about_text(open_window())
    assert "「XORで学ぶ多層ニューラルネットワークの学習と推論」" in text
    assert not re.search(r"<(i|em)>", text)


def shown_tooltip(widget: QWidget, qtbot: QtBot) -> QLabel:
    """The tooltip label Qt shows when the mouse rests on `widget`."""
    where = widget.rect().center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, widget.mapToGlobal(where))
    QApplication.sendEvent(widget, event)

    def tip() -> QLabel | None:
        found = [
            label
            for label in QApplication.topLevelWidgets()
            if label.inherits("QTipLabel") and label.isVisible()
        ]
        return found[0] if found and isinstance(found[0], QLabel) else None

    qtbot.waitUntil(lambda: tip() is not None)
    label = tip()
    assert label is not None
    return label


def lines_as_drawn(label: QLabel) -> list[str]:
    """The tooltip's lines as Qt breaks its rich text at the label's width."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # lays the text out
    lines = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def test_a_japanese_tooltip_wraps_between_phrases(
    japanese: None, open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """The speed box's long explanation: several lines, each ending where a
    phrase ends (a particle, 、 or 。), never inside a word such as スペース."""
    window = open_window()
    label = shown_tooltip(window.run_controls.speed, qtbot)
    lines = lines_as_drawn(label)
    assert len(lines) >= 2, lines
    for line, after in zip(lines, lines[1:], strict=False):
        end, start = line.rstrip(WORD_JOINER)[-1], after.lstrip(WORD_JOINER)[0]
        assert phrase_boundary(end, start), (line, after)
        assert not re.search(r"[0-9] $", line), (line, after)  # 20,000 / エポック


def test_larger_text_switched_off_leaves_no_note_large(
    open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """The sweep dialog's "results are for another setup" note, made and
    hidden while the text was large, is back to normal size with the rest."""
    window = open_window()
    normal = QApplication.font().pointSizeF()
    larger = window.presentation.larger_text_action
    larger.setChecked(True)
    try:
        dialog = window.open_sweep()
        qtbot.waitUntil(lambda: dialog.isVisible())
        assert dialog.stale.font().pointSizeF() > normal
    finally:
        larger.setChecked(False)
    sizes = {
        f"{type(w).__name__} {w.objectName()}": w.font().pointSizeF()
        for w in QApplication.allWidgets()
        if w.styleSheet()
    }
    assert dialog.stale.font().pointSizeF() == normal
    assert all(size <= normal for size in sizes.values()), sizes
    dialog.close()
