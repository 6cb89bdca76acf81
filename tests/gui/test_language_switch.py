"""View > Language switches every text at once, both ways: after the switch
the walk over the window (widgets, actions, menus, tooltips, the plots' painted
titles and axis labels, the 3-D views' labels, the status bar, the lessons
panel, the timeline) finds no word of the language left behind."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from text_walk import (  # tests/gui/
    Texts,
    english_left,
    english_words,
    japanese_left,
    scene_label_texts,
    visible_texts,
    without_translation,
)

from xorgui.core.session.run_session import RunState
from xorgui.window.language.languages import use_language
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

ATLAS_TIMEOUT_MS = 60_000


def set_the_window_going(window: MainWindow, qtbot: QtBot) -> None:
    """Every docked view shown, the first lesson started (its verdict shown),
    a sweep of two seeds run (its summary and histogram shown), a few epochs
    stepped, the run pinned, an earlier epoch looked back on, a 2 x 2 atlas
    run and a cell of it chosen."""
    for action in window.docks.actions():
        if not action.isChecked():
            action.trigger()
    window.lessons.open(0)
    window.lessons.panel.start_button.click()
    qtbot.waitUntil(lambda: window.snapshot.config.gate == "and")
    stopped = (RunState.PAUSED, RunState.FINISHED)
    qtbot.waitUntil(lambda: window.state in (RunState.RUNNING, *stopped))
    window.run_controls.pause_action.trigger()
    qtbot.waitUntil(lambda: window.state in stopped)
    sweep = window.open_sweep()
    sweep.seed_count.setValue(2)
    sweep.start()
    qtbot.waitUntil(lambda: not sweep.running and sweep.sweep_result is not None)
    qtbot.waitUntil(lambda: window.state in stopped)
    for _ in range(3):
        epoch = window.snapshot.epoch + 1
        window.run_controls.step_action.trigger()
        qtbot.waitUntil(
            lambda epoch=epoch: (
                window.snapshot.epoch == epoch and window.state in stopped
            )
        )
    window.pins.pin_action.trigger()
    window.timeline.look_back(1)
    qtbot.waitUntil(lambda: window.timeline.shown == 1)
    window.atlas.action.trigger()
    atlas = window.atlas.dialog
    assert atlas is not None
    qtbot.waitExposed(atlas)
    atlas.axis_values[0].setText("0.3,3")
    atlas.axis_values[1].setText("1,4")
    atlas.seeds.setValue(2)
    atlas.epochs.setValue(atlas.epochs.minimum())
    atlas.start_button.click()
    qtbot.waitUntil(lambda: not atlas.running, timeout=ATLAS_TIMEOUT_MS)
    atlas.choose_cell((1, 1))


def texts_after_switching(window: MainWindow, qtbot: QtBot, code: str) -> Texts:
    """View > Language > `code`, then every text of the window."""
    window.language_menu.choose(code)
    qtbot.wait(100)
    for name in window.docks.names():
        view = window.docks.dock(name).widget()
        if hasattr(view, "flush"):
            view.flush()
    return [
        *visible_texts(window),
        *visible_texts(window.atlas.dialog),
        *scene_label_texts(),
        ("status message", window.statusBar().currentMessage()),
    ]


@pytest.mark.parametrize("first", ["en", "ja"])
def test_switching_both_ways_leaves_no_word_behind(
    first: str, open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """The window opened in `first` (its texts made in that language), then
    switched to the other and back: each walk in each language."""
    assert use_language(first)
    try:
        window = open_window()
        set_the_window_going(window, qtbot)
        texts = {
            code: texts_after_switching(window, qtbot, code)
            for code in (("ja", "en") if first == "en" else ("en", "ja"))
        }
        window.sweep_dialog.close()
        window.atlas.dialog.close()
    finally:
        use_language("en")
    in_english = [(w, text) for w, text in texts["ja"] if english_words(text)]
    missing = without_translation(in_english)
    stale = english_left([text for text in in_english if text not in missing])
    assert not stale, "English left after switching to Japanese:\n" + "\n".join(stale)
    left = japanese_left(texts["en"])
    assert not left, "Japanese left after switching to English:\n" + "\n".join(left)
    assert not missing, (
        "English that no translated string makes (new and not yet translated, "
        "or worded in English by the code):\n" + "\n".join(english_left(missing))
    )
