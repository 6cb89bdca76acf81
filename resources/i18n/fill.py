"""Fill a translation catalogue's unfinished entries from a JSON file.

The three steps after strings were added to the code (run from the project
folder; `make translations` collects the new strings and compiles the .qm):

    make translations
    .venv/bin/python resources/i18n/fill.py resources/i18n/xorgui_ja.ts > todo.json
    # write each entry's "translation" in todo.json
    .venv/bin/python resources/i18n/fill.py resources/i18n/xorgui_ja.ts todo.json
    make translations

Without a JSON file it lists the unfinished entries as JSON, each with its
context, its source and an empty translation; with one it writes those
translations into the catalogue, finished, and fails on an entry the
catalogue does not have or a translation left empty. `make translations`
then writes the catalogue back in lupdate's own layout.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from xorgui.core.files import write_text


def unfinished(catalogue: ElementTree.ElementTree) -> list[dict[str, str]]:
    """The entries still to translate, as the JSON file lists them."""
    return [
        {"context": context.findtext("name") or "", "source": source, "translation": ""}
        for context in catalogue.iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type") == "unfinished"
        and (source := message.findtext("source")) is not None
    ]


def fill(catalogue: ElementTree.ElementTree, entries: list[dict[str, str]]) -> int:
    """Write `entries`' translations; how many. Raises ValueError for an
    entry with no translation or not in the catalogue."""
    messages = {
        (context.findtext("name") or "", message.findtext("source")): message
        for context in catalogue.iter("context")
        for message in context.iter("message")
    }
    for entry in entries:
        key = (entry["context"], entry["source"])
        if not entry["translation"]:
            raise ValueError(f"no translation for {key}")
        if key not in messages:
            raise ValueError(f"not in the catalogue: {key}")
        translation = messages[key].find("translation")
        assert translation is not None
        translation.text = entry["translation"]
        translation.attrib.pop("type", None)
    return len(entries)


def main(arguments: list[str]) -> int:
    if len(arguments) not in (1, 2):
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(arguments[0])
    catalogue = ElementTree.parse(path)
    if len(arguments) == 1:
        print(json.dumps(unfinished(catalogue), ensure_ascii=False, indent=1))
        return 0
    entries = json.loads(Path(arguments[1]).read_text(encoding="utf-8"))
    try:
        count = fill(catalogue, entries)
    except ValueError as error:
        print(f"nothing written: {error}", file=sys.stderr)
        return 1
    text = ElementTree.tostring(catalogue.getroot(), encoding="unicode")
    write_text(path, '<?xml version="1.0" encoding="utf-8"?>\n' + text)
    print(f"{count} translations written to {path}; now run make translations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
