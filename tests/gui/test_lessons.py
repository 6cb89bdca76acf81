"""The lessons, clicked through as a learner would: each button shows its setup
in the controls, trains it, and its verdict says what the article says; a
lesson's second step runs from a second button."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from xorgui.core.lessons import LESSONS, SWEEP_SEEDS
from xorgui.window.main_window import MainWindow

LESSON_MS = 120_000
SWEEP = next(index for index, lesson in enumerate(LESSONS) if lesson.sweep)
"""Lesson 7, the article's last: the seed sweep."""


def verdict(window: MainWindow) -> str | None:
    return window.lessons.panel.verdict.property("verdict")


@pytest.mark.slow
def test_every_lesson_runs_from_its_button_and_turns_out_as_announced(
    open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = open_window()
    panel = window.lessons.panel
    for index, lesson in enumerate(LESSONS[:SWEEP]):
        window.lessons.open(index)
        assert window.lessons.dock.isVisible()
        assert verdict(window) is None
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
        assert window.controls.config() == lesson.config
        # A lesson sets its own speed; max again, to keep this test short.
        window.run_controls.max_speed_action.trigger()
        qtbot.waitUntil(lambda: verdict(window) == "expected", timeout=LESSON_MS)
        assert window.snapshot.config == lesson.config
        assert window.snapshot.epoch == lesson.config.epochs
        assert panel.verdict.text().startswith("As expected")

    # 7: the sweep lists the seeds that fail; watching one is what it announces.
    window.lessons.open(SWEEP)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    dialog = window.sweep_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.seed_count.value() == len(SWEEP_SEEDS)
    qtbot.waitUntil(lambda: dialog.unsolved.count() > 0, timeout=LESSON_MS)
    item = dialog.unsolved.item(0)
    seed = item.data(Qt.ItemDataRole.UserRole)
    rect = dialog.unsolved.visualItemRect(item)
    qtbot.mouseClick(
        dialog.unsolved.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    qtbot.waitUntil(lambda: window.snapshot.config.seed == seed, timeout=LESSON_MS)
    window.run_controls.play_action.trigger()
    qtbot.waitUntil(lambda: verdict(window) == "expected", timeout=LESSON_MS)
    assert window.snapshot.config.seed == seed
    assert f"{seed}" in panel.verdict.text()
    dialog.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("key", "then_button", "words"),
    [
        pytest.param("features", "Then add the input x1·x2 and run", "x1·x2"),
        pytest.param("overfitting", "Then add L2 regularization and run", "L2"),
    ],
)
def test_a_two_step_lesson_runs_both_steps_from_their_buttons(
    open_window: Callable[..., MainWindow],
    qtbot: QtBot,
    key: str,
    then_button: str,
    words: str,
) -> None:
    """Lesson 8: x1 and x2 alone stay at chance; the second button adds the
    input x1·x2 to the same network, and XOR is solved. Lesson 9: the test
    loss climbs while the training loss falls; with L2 it holds."""
    window = open_window()
    panel = window.lessons.panel
    window.lessons.open(0)
    assert not panel.then_button.isVisible()  # the article's lessons have one step
    index = next(i for i, lesson in enumerate(LESSONS) if lesson.key == key)
    lesson = LESSONS[index]
    assert lesson.then is not None
    window.lessons.open(index)
    assert panel.then_button.isVisible() and panel.then_text.isVisible()
    assert panel.then_button.text() == then_button
    steps = ((panel.start_button, lesson), (panel.then_button, lesson.then))
    for button, step in steps:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert panel.started() is step
        assert verdict(window) is None  # until the step's own run is judged
        window.run_controls.max_speed_action.trigger()
        qtbot.waitUntil(lambda: verdict(window) == "expected", timeout=LESSON_MS)
        assert window.snapshot.config == step.config
        assert window.controls.config() == step.config
        assert window.snapshot.epoch == step.config.epochs
        assert panel.verdict.text().startswith("As expected")
    assert words in panel.verdict.text()
