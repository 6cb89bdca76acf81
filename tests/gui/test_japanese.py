"""The Japanese interface: nothing left in English, a switch that keeps the
run, the lessons in Japanese, and Japanese drawn with real glyphs (no tofu)
when the app starts under LANG=ja_JP.UTF-8."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from text_walk import (  # tests/gui/
    Texts,
    dialog_texts,
    english_left,
    english_words,
    parts_left_in_english,
    parts_without_english,
    visible_texts,
)

from xorgui.core.session.run_session import RunState
from xorgui.dialogs.animation_dialog import AnimationDialog
from xorgui.visuals.network.diagram_text import caption, column_title
from xorgui.window.language.languages import current_language, use_language
from xorgui.window.main_window import MainWindow
from xorgui.window.settings import Settings


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
    left = english_left(texts)
    assert not left, "\n".join(left)
    window.sweep_dialog.close()


def test_the_walk_finds_english(open_window: Callable[..., MainWindow]) -> None:
    """The same walk in English finds the menus' words: it can fail."""
    window = open_window()
    found = {text for _, text in visible_texts(window) if english_words(text)}
    assert {"&File", "&Training", "&View", "Less&ons", "&Help"} <= found


def tour_the_added_views(window: MainWindow, qtbot: QtBot) -> dict[str, Texts]:
    """Show every docked view (their View menu actions), edit a weight by hand
    (and type one that is refused), change the learning rate mid-run, pin the
    run, show a unit in the 3-D view, look back on the timeline and open the
    animation dialog: the texts a person sees on the way, by part."""
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    for action in window.docks.actions():
        if not action.isChecked():
            action.trigger()
    step = window.run_controls.step_action

    def train_to(epoch: int) -> None:
        step.trigger()
        qtbot.waitUntil(lambda: window.snapshot.epoch == epoch)

    qtbot.waitUntil(lambda: window.snapshot is not None)
    train_to(1)
    train_to(2)
    qtbot.waitUntil(lambda: window.state is RunState.PAUSED)
    window.docks.show_view("weights")  # a tab of the network's dock
    weights = window.network_views.table.weights
    qtbot.waitUntil(lambda: weights.rowCount() > 0)
    value = weights.index(0, weights.VALUE)
    weights.setData(value, "--", Qt.ItemDataRole.EditRole)
    weights.setData(value, "3", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: bool(window.snapshot.edits))
    window.controls.lr.setValue(0.5)
    train_to(3)
    window.pins.pin_action.trigger()
    loss_plot = list(visible_texts(window.loss_plot))  # the edit marked, a legend
    window.unit_focus.show_unit(0, 0)
    window.timeline.look_back(1)
    qtbot.waitUntil(lambda: window.snapshot.epoch == 1 and window.timeline.shown == 1)
    window.docks.show_view("network")
    for name in ("network", "weights", "hidden", "pinned"):  # the live views
        window.docks.dock(name).widget().flush()
    return {
        "docks": [
            text
            for name in window.docks.names()
            for text in visible_texts(window.docks.dock(name))
        ],
        "timeline": [
            *visible_texts(window.timeline.bar),
            *visible_texts(window.timeline.menu),
        ],
        "loss plot": loss_plot,
        "diagram": diagram_texts(window),
        "animation dialog": animation_dialog_texts(window),
        "status bar": [("status message", text) for text in said if text],
        "window": list(visible_texts(window)),
    }


def diagram_texts(window: MainWindow) -> Texts:
    """The network diagram's painted words and the tooltip of every node, bias
    badge and link, as the mouse hovering there shows it."""
    diagram = window.network_views.diagram
    geometry, plan = diagram.geometry_, diagram.plan
    assert geometry is not None and plan is not None
    badges = [n for n in geometry.nodes if n.column > 0 and n.unit is not None]
    points = [
        *(node.rect.center() for node in geometry.nodes),
        *(node.badge.center() for node in badges),
        *(link.line.center() for link in geometry.links),
    ]
    tips = [diagram.tooltip_at(point) for point in points]
    assert None not in tips and len(tips) == 5 + 3 + 6
    titles = [column_title(column, len(plan.widths) - 1) for column in range(3)]
    return [
        ("diagram caption", caption(plan)),
        *(("diagram column", title) for title in titles),
        *(("diagram tooltip", str(tip)) for tip in tips),
    ]


def animation_dialog_texts(window: MainWindow) -> Texts:
    """File > Export animation's dialog, as it opens, then cancelled."""
    return dialog_texts(AnimationDialog, window.animation_export.action.trigger)


def test_the_added_views_are_japanese_too(
    japanese: None, open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """The docks (network, weights, hidden space, pinned runs), the timeline,
    the diagram's tooltips, the animation dialog and what the status bar said:
    nothing left in English."""
    parts = tour_the_added_views(open_window(), qtbot)
    left = parts_left_in_english(parts)
    assert not left, left
    plot_texts = {text for _, text in parts["loss plot"]}
    assert {"手で変更", "学習率 0.5、手で編集"} <= plot_texts  # the edit, the pin


def test_the_added_parts_of_the_walk_find_english(
    open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """The same tour in English finds English in every part: each can fail."""
    assert not parts_without_english(tour_the_added_views(open_window(), qtbot))


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
            "編集(&E)",
            "学習(&T)",
            "表示(&V)",
            "タイムライン(&I)",
            "レッスン(&O)",
            "ヘルプ(&H)",
        ]
        # Texts made with values follow at the window's LanguageChange event.
        qtbot.waitUntil(
            lambda: window.windowTitle() == "xorgui - XOR、ネットワーク 2-2-1"
        )
        assert window.run_controls.step_action.text() == "1 エポック学習"
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
from xorgui.window.language.languages import startup_language, use_language
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
