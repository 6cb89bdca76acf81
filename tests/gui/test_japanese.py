"""The Japanese interface: nothing left in English, a switch that keeps the
run, the lessons in Japanese, and Japanese drawn with real glyphs (no tofu)
when the app starts under LANG=ja_JP.UTF-8."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QTableWidget
from pytestqt.qtbot import QtBot

from xorgui.window.language import current_language, use_language
from xorgui.window.main_window import MainWindow
from xorgui.window.retranslate import TEXT_PROPERTIES
from xorgui.window.settings import Settings

ALLOWED_WORDS = {
    # proper nouns and names the article itself writes in Latin letters
    *("XOR", "XNOR", "AND", "OR", "NAND", "NOR", "PyTorch", "Adam", "SGD"),
    *("ReLU", "tanh", "BCE", "BCELoss", "MSE", "OpenGL", "Qt", "xorgui"),
    *("x1", "x2", "w1", "w2", "CSV", "PNG", "JSON", "pt", "png", "json", "csv"),
    # keys, as printed on them
    *("Shift", "Esc", "F11", "Space"),
    # the CSV's column names, as the file writes them
    *("seed", "final_loss", "solved", "epochs_to_solve"),
    # the language menu names each language in itself
    "English",
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]+")
"""Two letters or more: a single one is a key or a mnemonic ("(&L)", "(R)")."""
TAG = re.compile(r"<[^>]+>")


def english_words(text: str) -> list[str]:
    """Latin-letter words in `text` (its HTML tags aside) not allowed to stay."""
    words = LATIN_WORD.findall(TAG.sub(" ", text).replace("&", ""))
    return [word for word in words if word not in ALLOWED_WORDS]


def visible_texts(root: QObject) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of `root` and its children a person can see:
    titles, labels, tooltips, status tips, combo items, table headers and the
    plots' titles and axis labels."""
    for obj in [root, *root.findChildren(QObject)]:
        if isinstance(obj.parent(), pg.GraphicsScene):
            continue  # pyqtgraph's own context menu ("Export..."): not ours
        name = f"{type(obj).__name__} {obj.objectName()}".strip()
        meta = obj.metaObject()
        for prop in TEXT_PROPERTIES:
            if meta.indexOfProperty(prop) >= 0:
                value = obj.property(prop)
                if isinstance(value, str) and value:
                    yield f"{name}.{prop}", value
        if isinstance(obj, QComboBox):
            for index in range(obj.count()):
                yield f"{name} item {index}", obj.itemText(index)
        if isinstance(obj, QTableWidget):
            for column in range(obj.columnCount()):
                item = obj.horizontalHeaderItem(column)
                if item is not None:
                    yield f"{name} header {column}", item.text()
        if isinstance(obj, pg.PlotWidget):
            plot = obj.getPlotItem()
            yield f"{name} title", plot.titleLabel.text
            for side in ("left", "bottom"):
                yield f"{name} {side} axis", plot.getAxis(side).labelText


@pytest.fixture
def japanese() -> Iterator[None]:
    """The interface in Japanese for this test (English again after it)."""
    assert use_language("ja")
    yield
    use_language("en")


def test_nothing_is_left_in_english(
    japanese: None, open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = open_window()
    window.open_sweep()
    window.lessons.open(0)
    window.run_controls.step_action.trigger()
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.epoch == 1)
    texts = list(visible_texts(window))
    assert len(texts) > 150
    left = [(where, text) for where, text in texts if english_words(text)]
    assert not left, "\n".join(f"{where}: {text!r}" for where, text in left)
    window.sweep_dialog.close()


def test_the_walk_finds_english(open_window: Callable[..., MainWindow]) -> None:
    """The same walk in English finds the menus' words: it can fail."""
    window = open_window()
    found = {text for _, text in visible_texts(window) if english_words(text)}
    assert {"&File", "&Training", "&View", "Less&ons", "&Help"} <= found


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_language_keeps_the_run_and_is_remembered(
    open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = open_window()
    step = window.run_controls.step_action
    for _ in range(3):
        step.trigger()
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.epoch == 3)
    try:
        window.language_menu.choose("ja")
        assert current_language() == "ja"
        assert menu_titles(window) == [
            "ファイル(&F)",
            "学習(&T)",
            "表示(&V)",
            "レッスン(&O)",
            "ヘルプ(&H)",
        ]
        # Texts made with values follow at the window's LanguageChange event.
        qtbot.waitUntil(
            lambda: window.windowTitle() == "xorgui - XOR、ネットワーク 2-2-1"
        )
        assert window.run_controls.step_action.text() == "1 ステップ"
        assert window.lessons.panel.title.text() == "1. 1 層で AND"
        assert "日本語" in window.statusBar().currentMessage()
        assert Settings().language() == "ja"
        qtbot.wait(200)
        assert window.snapshot.epoch == 3
        assert window.epoch_label.text().startswith("エポック 3 /")
        window.language_menu.choose("en")
        assert menu_titles(window)[0] == "&File"
        qtbot.waitUntil(
            lambda: window.lessons.panel.title.text() == "1. AND with one layer"
        )
        assert window.windowTitle() == "xorgui - XOR, network 2-2-1"
        assert window.snapshot.epoch == 3
    finally:
        use_language("en")


TOFU_PROBE = """
import json, sys, tempfile
import xorgui
from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtWidgets import QWidget
from xorgui.window.application import create_app
app = create_app(["xorgui"])
ini = QSettings.Format.IniFormat
QSettings.setDefaultFormat(ini)
QSettings.setPath(ini, QSettings.Scope.UserScope, tempfile.mkdtemp())
from xorgui.window.language import startup_language, use_language
from xorgui.window.settings import Settings
use_language(startup_language(Settings()))
from xorgui.window.main_window import MainWindow
window = MainWindow(use_opengl=False)
window.resize(1280, 800)
window.show()
window.lessons.open(4)
for _ in range(20):
    app.processEvents()
window.grab().save(sys.argv[1])
missing = set()
for widget in [window, *window.findChildren(QWidget)]:
    texts = [widget.property(p) for p in ("text", "title", "windowTitle", "toolTip")]
    fonts = [QRawFont.fromFont(widget.font(), system) for system in (
        QFontDatabase.WritingSystem.Latin, QFontDatabase.WritingSystem.Japanese)]
    for text in texts:
        for char in text if isinstance(text, str) else "":
            drawn = any(font.supportsCharacter(ord(char)) for font in fonts)
            if char.isprintable() and not drawn:
                missing.add(char)
print(json.dumps({
    "title": window.windowTitle(),
    "menus": [action.text() for action in window.menuBar().actions()],
    "missing": sorted(missing),
    "japanese_font": QRawFont.fromFont(window.font(),
        QFontDatabase.WritingSystem.Japanese).familyName(),
}))
window.close()
"""


def test_under_a_japanese_locale_the_window_is_japanese_without_tofu(
    tmp_path: Path,
) -> None:
    """The app as started under LANG=ja_JP.UTF-8 (its own process: the system
    locale is read once): a Japanese title and menus, and every character of
    its texts in a font that has it (a CJK font is installed)."""
    shot = tmp_path / "main-ja.png"
    env = {**os.environ, "LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", TOFU_PROBE, str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["title"] == "xorgui - XOR、ネットワーク 2-2-1"
    assert seen["menus"][0] == "ファイル(&F)"
    assert seen["missing"] == [], f"drawn as empty boxes: {seen['missing']}"
    assert "CJK" in seen["japanese_font"] or "JP" in seen["japanese_font"], seen
    assert shot.stat().st_size > 10_000
