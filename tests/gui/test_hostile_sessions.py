"""Hostile files and failures in the window: each hostile session of the
corpus is one sentence and changes nothing; a name typed without its
extension asks before replacing a file; an unexpected exception is a box
naming its saved report; no message box outgrows the screen."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from xorgui.core.session.run_session import RunState
from xorgui.window.file_actions import show_error
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

CORPUS = Path(__file__).resolve().parents[1] / "hostile" / "corpus"
HOSTILE = sorted(p for p in CORPUS.glob("*.xorgui") if p.name != "valid.xorgui")
TIMEOUT_MS = 30_000
RETRY_MS = 20
INTERNALS = ("Error", "NoneType", "allow_pickle", "('", "object is not", "Traceback")


def answer_next_box(
    button: QMessageBox.StandardButton,
) -> list[tuple[str, int, int]]:
    """When the next message box shows, note its text and size, press
    `button`; the list receives (text, box height, screen height)."""
    seen: list[tuple[str, int, int]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(RETRY_MS, answer)
            return
        screen = box.screen().availableGeometry().height()
        seen.append((box.text(), box.frameGeometry().height(), screen))
        box.button(button).click()

    QTimer.singleShot(0, answer)
    return seen


def test_each_hostile_session_is_one_sentence_and_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controls.seed.setValue(7)
    qtbot.waitUntil(
        lambda: window.state is RunState.READY and window.snapshot.epoch == 0,
        timeout=TIMEOUT_MS,
    )
    for path in HOSTILE:
        seen = answer_next_box(QMessageBox.StandardButton.Ok)
        window.sessions.open_session(str(path))
        qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=TIMEOUT_MS)
        reason, _, rest = seen[0][0].partition("\n\n")
        assert rest == "Nothing was changed.", path.name
        assert "\n" not in reason and reason.endswith("."), reason
        assert len(reason) < 400, (path.name, len(reason))
        assert not any(word in reason for word in INTERNALS), reason
        qtbot.wait(50)  # anything the opening set going would show by now
        assert window.controls.config().seed == 7, path.name
        assert window.snapshot.epoch == 0 and window.state is RunState.READY


def test_a_name_typed_without_extension_asks_before_replacing(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Export loss history, typing "notes" where notes.csv exists."""
    notes = tmp_path / "notes.csv"
    notes.write_text("a teacher's notes\n")
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(tmp_path / "notes"), ""),
    )
    action = next(
        action
        for action in window.files.actions()
        if action is not None and "history" in action.text().replace("&", "")
    )
    seen = answer_next_box(QMessageBox.StandardButton.No)
    action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT_MS)
    assert "notes.csv already exists" in seen[0][0]
    qtbot.wait(300)  # an export, had one started, would have finished
    assert notes.read_text() == "a teacher's notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.csv"]


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_exception_is_a_box_naming_its_report(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xorgui.window.failure_hooks import install_failure_hooks

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_failure_hooks(QApplication.instance())

    def broken() -> None:  # a bug, put there by this test
        raise KeyError("missing")

    seen = answer_next_box(QMessageBox.StandardButton.Ok)
    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT_MS)
    text = seen[0][0]
    assert "Something went wrong inside xorgui" in text
    assert "KeyError" not in text
    report = Path(text.split("saved in ")[1].removesuffix("."))
    assert report.is_relative_to(tmp_path)
    assert "KeyError: 'missing'" in report.read_text()


def test_a_message_box_never_outgrows_the_screen(window: MainWindow) -> None:
    seen = answer_next_box(QMessageBox.StandardButton.Ok)
    show_error(window, "Cannot open", "a line\n" * 5000 + "x" * 100_000)
    assert seen
    _text, height, screen = seen[0]
    assert height <= screen
