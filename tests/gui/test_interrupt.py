"""Ctrl+C during a GUI test ends the run, even while the test waits in Qt."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui

# Far longer than the test takes when Ctrl+C works: without it, each wait
# would end in a TimeoutError instead of KeyboardInterrupt.
NEVER_MS = 120_000


class Silent(QObject):
    never = Signal()


def press_ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


def test_ctrl_c_ends_a_wait_for_a_signal(qtbot: QtBot) -> None:
    silent = Silent()
    QTimer.singleShot(0, press_ctrl_c)
    with (
        pytest.raises(KeyboardInterrupt),
        qtbot.waitSignal(silent.never, timeout=NEVER_MS),
    ):
        pass


def test_ctrl_c_ends_a_wait_for_a_condition(qtbot: QtBot) -> None:
    QTimer.singleShot(0, press_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        qtbot.waitUntil(lambda: False, timeout=NEVER_MS)
    # One Ctrl+C, one interrupt: the next wait runs normally.
    qtbot.wait(1)


def test_ctrl_c_closes_a_modal_dialog_and_ends_the_test(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Waiting", "Nobody answers this.")
    qtbot.addWidget(box)
    QTimer.singleShot(0, press_ctrl_c)
    box.exec()  # an app's own loop, which pytest-qt does not run
    with pytest.raises(KeyboardInterrupt):
        qtbot.wait(NEVER_MS)
