"""The walk over every text a person can see in a window, and the test of
whether one is left in English: shared by the Japanese interface's tests."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGraphicsScene,
    QLineEdit,
)

from xorgui.resources import translation_source
from xorgui.visuals.scene3d.scene_labels import SceneLabels
from xorgui.window.language.languages import LANGUAGES
from xorgui.window.language.retranslate import TEXT_PROPERTIES, read_catalogue

ALLOWED_WORDS = {
    # proper nouns and names the article itself writes in Latin letters
    *("XOR", "XNOR", "AND", "OR", "NAND", "NOR", "PyTorch", "Adam", "SGD"),
    # logic and maths notation: "NOT x1 AND x2", ReLU's "max(0, x)", the
    # single-layer panel's W2·σ(W1·x + b1) + b2
    *("NOT", "max", "W1", "W2", "b1", "b2"),
    *("ReLU", "tanh", "BCE", "BCELoss", "MSE", "OpenGL", "Qt", "xorgui"),
    # the function the article's x·σ(x) is, by its two names
    *("SiLU", "swish"),
    *("x1", "x2", "w1", "w2", "CSV", "PNG", "JSON", "pt", "png", "json", "csv"),
    # the hidden units' names, as the diagram and the hidden space write them
    *("h1", "h2", "h3", "h4"),
    # the animation's formats, by their names and extensions
    *("GIF", "MP4", "WebP", "gif", "mp4", "webp"),
    # keys, as printed on them
    *("Shift", "Esc", "F11", "Space", "Ctrl", "Alt", "End", "Enter", "F2"),
    # the CSV's column names, as the file writes them
    *("seed", "final_loss", "solved", "epochs_to_solve"),
    # the atlas's notation for log-spaced values, as typed: 0.01:10:8log
    "log",
    # the input features as formulas (sin x1) and as the atlas's axis takes
    # them (x1+x2+x1x2); L1 and L2 regularization, as Japanese writes them
    *("sin", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2", "L1", "L2"),
    # the language menu names each language in itself
    "English",
    # Qt's own button, as Japanese interfaces write it; JSON's values
    *("OK", "NaN", "null", "true", "false"),
}
LATIN_WORD = re.compile(r"(?<![0-9A-Za-z_.])[A-Za-z][A-Za-z0-9_]+")
"""Two letters or more: a single one is a key or a mnemonic ("(&L)", "(R)");
not inside a number ("1e999")."""
QUOTED = re.compile(r"「[^「」\u3000-\u30ff\u3400-\u9fff]*」")
"""A value a person typed, quoted in a Japanese sentence (「xor5」): theirs,
not the interface's words."""
MARKUP = re.compile(r"<[^>]+>|&(?:[A-Za-z]+|#[0-9]+);")
"""HTML tags and entities ("&nbsp;"): rich text's markup, not its words."""
PATH = re.compile(r"(?:(?<=\s)|^|(?<=[「(]))(?:…|~|\.{1,2})?/[^\s「」、。()]*|'/[^']*'")
"""A file's path, as a message names it ("/tmp/a/x.csv", "…/x.csv"): a
name the person chose, not the interface's words."""
SAMPLE_ROWS = 12
"""Rows of an item view read (the weights table has one per parameter)."""


Texts = list[tuple[str, str]]
"""(where, text) pairs, as the walk finds them."""


def english_words(text: str) -> list[str]:
    """Latin-letter words in `text` (its HTML markup aside) not allowed to stay."""
    plain = QUOTED.sub(" ", PATH.sub(" ", MARKUP.sub(" ", text)))
    words = LATIN_WORD.findall(plain.replace("&", ""))
    return [word for word in words if word not in ALLOWED_WORDS]


def english_left(texts: Texts) -> list[str]:
    """Each (where, text) with a word left in English, as a line to print."""
    return [f"{where}: {text!r}" for where, text in texts if english_words(text)]


JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
"""Kana, kanji and the full-width forms (「」、。:())."""


def japanese_left(texts: Texts) -> list[str]:
    """Each (where, text) with a Japanese character in it, as a line to print
    (the language menu names 日本語 in itself: not a leftover)."""
    return [
        f"{where}: {text!r}"
        for where, text in texts
        if JAPANESE.search(text) and text != LANGUAGES["ja"]
    ]


_HOLES = re.compile(r"\{[^{}]*\}")


def _pattern(source: str) -> re.Pattern[str]:
    """A catalogue string as a pattern: its {placeholders} match any value."""
    pieces = _HOLES.split(source)
    return re.compile(".+?".join(re.escape(piece) for piece in pieces), re.DOTALL)


@cache
def _translated_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """The catalogue's translated strings as patterns, less those with too
    few words of their own to tell ("{0}", "{what}: {reason}")."""
    sources = read_catalogue(translation_source(language))
    return tuple(
        _pattern(s) for s in sources if len(LATIN_WORD.findall(_HOLES.sub("", s))) > 1
    )


def without_translation(texts: Texts, language: str = "ja") -> Texts:
    """The texts that no string with a finished translation in `language`'s
    catalogue makes (strings new in the code, waiting for the catalogue)."""
    patterns = _translated_patterns(language)
    return [
        (where, text)
        for where, text in texts
        if not any(pattern.fullmatch(text) for pattern in patterns)
    ]


def parts_left_in_english(parts: dict[str, Texts]) -> str:
    """Every text of a tour's parts with a word left in English, one a line."""
    return "\n".join(line for texts in parts.values() for line in english_left(texts))


def parts_without_english(parts: dict[str, Texts]) -> list[str]:
    """The parts of a tour in which the walk found no English (in an English
    run there should be none: each part's walk can fail)."""
    return [part for part, texts in parts.items() if not english_left(texts)]


def visible_texts(root: QObject) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of `root` and its children a person can see:
    titles, labels, tooltips, status tips, combo items, item views' (and
    tables') headers, cells and cell tooltips, and the plots' titles, axis
    labels, line labels and legends. What a person typed (a line edit's or a
    spin box's text) is not the interface's."""
    for obj in [root, *root.findChildren(QObject)]:
        if isinstance(obj.parent(), pg.GraphicsScene):
            continue  # pyqtgraph's own context menu ("Export..."): not ours
        name = f"{type(obj).__name__} {obj.objectName()}".strip()
        meta = obj.metaObject()
        for prop in TEXT_PROPERTIES:
            if prop == "text" and isinstance(obj, QLineEdit | QAbstractSpinBox):
                continue
            if meta.indexOfProperty(prop) >= 0:
                value = obj.property(prop)
                if isinstance(value, str) and value:
                    yield f"{name}.{prop}", value
        if isinstance(obj, QComboBox):
            for index in range(obj.count()):
                yield f"{name} item {index}", obj.itemText(index)
        if isinstance(obj, QAbstractItemView) and obj.model() is not None:
            yield from _model_texts(name, obj.model())
        if isinstance(obj, pg.GraphicsView):
            yield from _plot_texts(name, obj.scene())


def _model_texts(name: str, model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    display, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
    top = QModelIndex()
    # A list model's column count is private in PySide6: it has one.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, display)
        if isinstance(header, str):
            yield f"{name} header {column}", header
        for row in range(min(model.rowCount(top), SAMPLE_ROWS)):
            for role in (display, tip):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str) and value:
                    yield f"{name} cell {row},{column} role {role}", value


def _plot_texts(name: str, scene: QGraphicsScene) -> Iterator[tuple[str, str]]:
    """What pyqtgraph paints as text: titles, axis labels, text items, line
    labels and legends (read from the items, as they are drawn)."""
    for item in scene.items():
        if isinstance(item, pg.LabelItem) and item.text:
            yield f"{name} label", item.text
        elif isinstance(item, pg.AxisItem) and item.label.isVisible():
            yield f"{name} axis", item.labelText
        elif isinstance(item, pg.TextItem) and item.isVisible():
            yield f"{name} text", item.toPlainText()
        elif isinstance(item, pg.InfiniteLine) and item.label is not None:
            yield f"{name} line label", str(item.label.format)
        elif isinstance(item, pg.LegendItem):
            for _sample, label in item.items:
                yield f"{name} legend", label.text


def scene_label_texts() -> Texts:
    """The texts painted into every 3-D scene of the app (the surface, the
    hidden space), as their labels hold them."""
    found: Texts = []
    for scene in QGuiApplication.allWindows():
        items = list(getattr(scene, "items", []))
        while items:
            item = items.pop()
            items.extend(item.childItems())
            if isinstance(item, SceneLabels):
                name = type(scene).__name__
                found += [(f"{name} 3-D label", text) for text in item.texts()]
    return found


def dialog_texts(
    kind: type[QDialog],
    open_it: Callable[[], object],
    read: Callable[[QDialog], Texts] | None = None,
) -> Texts:
    """The texts of the modal dialog of `kind` that `open_it` opens (and
    returns once it is closed): as it opens, every visible text (or what
    `read` reads of it); then it is cancelled."""
    seen: Texts = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.extend(read(dialog) if read else visible_texts(dialog))
            dialog.reject()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    open_it()
    assert seen, f"no {kind.__name__} opened"
    return seen
