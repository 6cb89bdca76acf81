"""The Japanese text keeps its style guide (resources/i18n/STYLE.ja.md): no
word from the guide's forbidden list appears in a translation or a lesson, and
every translation keeps its source's placeholders, tags and accelerator."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LESSONS = ROOT / "resources" / "lessons"
FORBIDDEN = json.loads((I18N / "STYLE.ja.forbidden.json").read_text("utf-8"))[
    "forbidden"
]


def catalogue(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) for every message of a .ts file."""
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append(
                (
                    name,
                    message.findtext("source", ""),
                    message.findtext("translation", ""),
                )
            )
    return found


def lesson_texts(path: Path) -> dict[str, str]:
    """Every text of a lessons file, by its place ("lessons.and.title")."""
    texts: dict[str, str] = {}

    def walk(value: object, place: str) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, f"{place}.{key}" if place else key)
        elif isinstance(value, str):
            texts[place] = value

    walk(json.loads(path.read_text("utf-8")), "")
    return texts


def japanese_texts(ts: Path, lessons: Path) -> list[tuple[str, str]]:
    return [
        *(
            (f"{context}: {source[:60]}", text)
            for context, source, text in catalogue(ts)
        ),
        *((f"lessons {place}", text) for place, text in lesson_texts(lessons).items()),
    ]


def violations(texts: list[tuple[str, str]]) -> list[str]:
    """Each forbidden pattern found, with where and what to write instead."""
    found = []
    for rule in FORBIDDEN:
        pattern = re.compile(rule["pattern"])
        for where, text in texts:
            if pattern.search(text):
                found.append(f"{where}: {rule['pattern']!r} -> {rule['use']}: {text}")
    return found


def test_no_forbidden_variant_appears() -> None:
    found = violations(japanese_texts(I18N / "xorgui_ja.ts", LESSONS / "ja.json"))
    assert not found, "\n".join(found)


def test_the_forbidden_list_finds_the_old_wording() -> None:
    """Sentences as the first translation wrote them: every kind of slip the
    guide names is caught, so the check above can fail."""
    old = [
        "隠れ層がありません:活性化関数は使われません。",
        "素朴な勾配降下法(SGD、記事と同じ)",
        "この実行をピン留め",
        "入力の正方形の上で 3D 表示します。",
        "6 つに 1 つほどのシードは停滞したままです。",
        "「N ステップ」ボタンで学習するエポック数。",
        "パラメーター",
        "出力 = シグモイド(x)",
        "形",
        "活性化関数(恒等関数)",
        "0~1",
    ]
    caught = {text for text in old if violations([("old", text)])}
    assert caught == set(old), set(old) - caught
    assert not violations([("label", "ファイル(&F):"), ("value", "損失 {loss}")])
    assert not violations([("intro", "中間層（隠れ層とも呼びます）")])
    assert not violations([("program", "make translations を実行してください。")])


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[0-9nLp]")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
ACCELERATOR = re.compile(r"&(?!&|[a-z]+;|#)(\S)")


def kept(source: str, translation: str) -> list[str]:
    """What of `source`'s placeholders, tags, accelerator and line breaks the
    translation lost or added (empty when it kept them all)."""
    problems = []
    for name, pattern in (("placeholders", PLACEHOLDER), ("tags", TAG)):
        want, got = (
            Counter(pattern.findall(source)),
            Counter(pattern.findall(translation)),
        )
        if want != got:
            problems.append(
                f"{name} {sorted(want.elements())} != {sorted(got.elements())}"
            )
    want_keys = [key.lower() for key in ACCELERATOR.findall(source)]
    got_keys = [key.lower() for key in ACCELERATOR.findall(translation)]
    if want_keys != got_keys:
        problems.append(f"accelerator {want_keys} != {got_keys}")
    if source.count("\n") != translation.count("\n"):
        problems.append("line breaks")
    return problems


def test_every_translation_keeps_its_placeholders_and_accelerator() -> None:
    lost = [
        f"{context}: {source!r} -> {translation!r}: {'; '.join(problems)}"
        for context, source, translation in catalogue(I18N / "xorgui_ja.ts")
        if (problems := kept(source, translation))
    ]
    assert not lost, "\n".join(lost)


def test_every_lesson_keeps_its_placeholders() -> None:
    english, japanese = (
        lesson_texts(LESSONS / "en.json"),
        lesson_texts(LESSONS / "ja.json"),
    )
    assert english.keys() == japanese.keys()
    lost = [
        f"{place}: {problems}"
        for place in english
        if (problems := kept(english[place], japanese[place]))
    ]
    assert not lost, "\n".join(lost)


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("&Run", "実行"),
        ("Epoch {epoch:,}", "エポック {epoch}"),
        ("<b>{setup}</b>", "{setup}"),
        ("Show the &loss plot", "損失グラフを表示(&P)"),
    ],
)
def test_a_lost_placeholder_or_accelerator_is_found(
    source: str, translation: str
) -> None:
    assert kept(source, translation)
