"""The lessons, clicked through as a learner would: each button shows its setup
in the controls, trains it, and its verdict says what the article says."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from xorgui.core.lessons import LESSONS, SWEEP_SEEDS
from xorgui.window.main_window import MainWindow

LESSON_MS = 120_000


def verdict(window: MainWindow) -> str | None:
    return window.lessons.panel.verdict.property("verdict")


@pytest.mark.slow
def test_every_lesson_runs_from_its_button_and_turns_out_as_announced(
    open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = open_window()
    panel = window.lessons.panel
    for index, lesson in enumerate(LESSONS[:-1]):
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
    window.lessons.open(len(LESSONS) - 1)
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
