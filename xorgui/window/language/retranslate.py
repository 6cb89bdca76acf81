"""After a language switch: the window's fixed texts in the new language.

Qt keeps no link from a text on screen back to the string it was translated
from, so a part that set its texts once (a label, a tooltip, a menu title)
would keep the old language until the app starts again. This module reads the
translation catalogues (the ``.ts`` sources, which hold every string with its
translation) and replaces each text of the window's widgets and actions that
is a catalogue string in the old language by the same string in the new one.

Texts made with values ("epoch 1,200 / 20,000") are not in a catalogue as
shown, and texts painted into plots and 3-D views are not widgets' texts:
their owners word them again at the LanguageChange event they receive
(``changeEvent``, or xorgui.visuals.language_change.worded).
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QTableWidget

from xorgui.resources import translation_source

TEXT_PROPERTIES = (
    "text",
    "title",
    "windowTitle",
    "toolTip",
    "statusTip",
    "whatsThis",
    "placeholderText",
    "prefix",
    "suffix",
    "specialValueText",
)
"""The Qt properties that hold a person-visible text, on whichever object has them."""


def read_catalogue(path: Path) -> dict[str, str]:
    """Source string -> finished translation, from a .ts file ({} if missing)."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    table: dict[str, str] = {}
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if (
            source
            and translation is not None
            and translation.text
            and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        ):
            table[source] = translation.text
    return table


@cache
def _catalogue(language: str) -> dict[str, str]:
    return read_catalogue(translation_source(language))


def switch_table(old: str, new: str, source_language: str = "en") -> dict[str, str]:
    """Each catalogue string as shown in `old` -> the same string in `new`."""

    def shown(language: str, sources: set[str]) -> dict[str, str]:
        if language == source_language:
            return {source: source for source in sources}
        return _catalogue(language)

    sources = set(_catalogue(old)) | set(_catalogue(new))
    before, after = shown(old, sources), shown(new, sources)
    return {before[s]: after[s] for s in sources if s in before and s in after}


def retranslate_texts(root: QObject, table: dict[str, str]) -> int:
    """Replace every text of `root` and its children found in `table`;
    how many were replaced."""
    replaced = 0
    for obj in [root, *root.findChildren(QObject)]:
        replaced += _retranslate_properties(obj, table)
        if isinstance(obj, QComboBox):
            for index in range(obj.count()):
                new = table.get(obj.itemText(index))
                if new is not None:
                    obj.setItemText(index, new)
                    replaced += 1
        if isinstance(obj, QTableWidget):
            for column in range(obj.columnCount()):
                item = obj.horizontalHeaderItem(column)
                if item is not None and item.text() in table:
                    item.setText(table[item.text()])
                    replaced += 1
    return replaced


def _retranslate_properties(obj: QObject, table: dict[str, str]) -> int:
    replaced = 0
    meta = obj.metaObject()
    for name in TEXT_PROPERTIES:
        if meta.indexOfProperty(name) < 0:
            continue
        if name == "text" and isinstance(obj, QLineEdit | QAbstractSpinBox):
            continue  # what a person typed, not a label
        value = obj.property(name)
        if isinstance(value, str) and value in table:
            obj.setProperty(name, table[value])
            replaced += 1
    return replaced
