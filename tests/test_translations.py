"""The translation catalogues are current: every tr()/translate() string of the
package is in each .ts with a finished translation, and the committed .qm is
what lrelease makes of the .ts (`make translations` does both)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from xorgui.window.language.retranslate import read_catalogue

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("xorgui_*.ts"))


def tool(name: str) -> str:
    path = TOOLS / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} (from PySide6) is not installed")
    return found


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.name)
def test_every_string_of_the_package_is_translated(ts: Path, tmp_path: Path) -> None:
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    sources = sorted(str(path) for path in (ROOT / "xorgui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
         "-source-language", "en", *sources, "-ts", str(copy)],
        check=True, capture_output=True,
    )  # fmt: skip
    updated = copy.read_text(encoding="utf-8")
    assert updated == ts.read_text(encoding="utf-8"), (
        "the strings in the code changed: run `make translations`"
    )
    assert 'type="unfinished"' not in updated, "untranslated strings in " + ts.name


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.name)
def test_the_compiled_catalogue_is_current(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(compiled)],
        check=True,
    )
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is older than its .ts: run `make translations`"
    )


def test_there_is_a_japanese_catalogue() -> None:
    assert [path.name for path in CATALOGUES] == ["xorgui_ja.ts"]


def test_the_window_words_every_hand_edit_problem_as_the_core_does() -> None:
    """Each problem the core names (HandEditError.PROBLEMS) has its words in
    the window (xorgui.visuals.network.edit_words), the same in English: a new problem
    cannot reach the status bar untranslated, or worded differently."""
    from xorgui.core.hand_edit.edits import HandEditError
    from xorgui.visuals.network.edit_words import problem_words

    values = {"layer": 2, "unit": 3, "input": 1, "low": -1e3, "high": 1e3, "text": "--"}
    for problem in HandEditError.PROBLEMS:
        error = HandEditError(problem, **values)
        assert problem_words(error) == str(error), problem


def test_the_window_names_every_function_as_the_core_does() -> None:
    """The window's names of the sixteen functions (xorgui.visuals.gate_words)
    are the core's (xorgui.core.gates) in English: a function the core names
    cannot reach the window unnamed, or named differently."""
    from xorgui.core import gates
    from xorgui.visuals import gate_words

    for bits, formula in gates.FORMULAS.items():
        assert gate_words.formula_words(bits) == formula
    for gate in gates.all_gates():
        assert gate_words.gate_label(gate) == gates.gate_label(gate), gate
        assert gate_words.describe_gate(gate) == gates.describe_gate(gate), gate


def test_fill_lists_the_unfinished_entries_and_fills_them(tmp_path: Path) -> None:
    """resources/i18n/fill.py, the way new strings get their translations:
    it lists what is unfinished, writes what it is given, refuses what the
    catalogue does not have, and lupdate reads the result as finished."""
    ts = tmp_path / "xorgui_ja.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ja_JP" sourcelanguage="en">\n'
        "<context><name>PlaneView</name>\n"
        "<message><source>&amp;Heatmap</source>"
        '<translation type="unfinished"></translation></message>\n'
        "<message><source>Plane</source><translation>平面</translation></message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    fill = [sys.executable, str(ROOT / "resources" / "i18n" / "fill.py"), str(ts)]
    listed = subprocess.run(fill, check=True, capture_output=True, text=True)
    entries = json.loads(listed.stdout)
    assert entries == [
        {"context": "PlaneView", "source": "&Heatmap", "translation": ""}
    ]
    todo = tmp_path / "todo.json"
    wrong = [{**entries[0], "context": "Nowhere", "translation": "x"}]
    todo.write_text(json.dumps(wrong), encoding="utf-8")
    refused = subprocess.run([*fill, str(todo)], capture_output=True, text=True)
    assert refused.returncode == 1 and "not in the catalogue" in refused.stderr
    todo.write_text(
        json.dumps([{**entries[0], "translation": "ヒートマップ(&H)"}]),
        encoding="utf-8",
    )
    subprocess.run([*fill, str(todo)], check=True, capture_output=True)
    assert read_catalogue(ts) == {"&Heatmap": "ヒートマップ(&H)", "Plane": "平面"}
    again = subprocess.run(fill, check=True, capture_output=True, text=True)
    assert json.loads(again.stdout) == []
