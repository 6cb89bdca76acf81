"""File > Export as PyTorch script: the run on screen as the article's
program, through the real menu and file dialog; a failure is one message box,
and a run edited by hand says that the script starts from the seed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot
from test_menus_and_dialogs import type_into_file_dialog  # tests/gui/
from test_teacher_walkthrough import answer_file_dialog  # tests/gui/
from window_actions import choose  # tests/gui/

from xorgui.core.config import TrainConfig
from xorgui.core.hand_edit.edits import ParameterRef
from xorgui.core.script.pytorch import pytorch_script
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

TIMEOUT_MS = 30_000
MENU_ITEM = "Export as PyTorch script..."


def start(qtbot: QtBot, window: MainWindow, config: TrainConfig) -> None:
    window.show_and_start(config)
    qtbot.waitUntil(
        lambda: window.snapshot is not None and window.snapshot.config == config,
        timeout=TIMEOUT_MS,
    )


def test_the_menu_writes_the_runs_script(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    config = TrainConfig(gate="or", hidden=(4,), seed=7, lr=0.5, epochs=300)
    start(qtbot, window, config)
    path = tmp_path / "or.py"
    titles = type_into_file_dialog(qtbot, path)
    choose(qtbot, window, "File", MENU_ITEM)
    assert titles == ["Export as PyTorch script"]
    script = path.read_text(encoding="utf-8")
    assert script == pytorch_script(config)
    compile(script, str(path), "exec")
    assert "    nn.Linear(2, 4),\n" in script
    assert "lr=0.5)\n" in script and "seed = 7\n" in script
    assert window.statusBar().currentMessage() == (
        f"Saved the PyTorch script to {path}"
    )


def test_the_dialog_suggests_a_name_that_says_what(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    [action] = [
        a
        for a in window.files.actions()
        if a and a.text().replace("&", "") == MENU_ITEM
    ]
    assert "prints the same losses" in action.toolTip()
    asked = answer_file_dialog(qtbot, tmp_path / "chosen.py")
    action.trigger()
    assert asked["name"] == "xor-2-2-1-seed42-script.py"
    assert (tmp_path / "chosen.py").read_text(encoding="utf-8") == pytorch_script(
        TrainConfig()
    )


def test_an_unwritable_file_is_one_message_and_nothing_written(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    message_boxes: Callable[[], list[str]],
) -> None:
    texts = message_boxes()
    assert not window.files.export_script(str(tmp_path / "missing" / "run.py"))
    qtbot.waitUntil(lambda: bool(texts), timeout=TIMEOUT_MS)
    missing = tmp_path / "missing"
    assert texts == [
        f"cannot write {missing}/run.py: the folder {missing} does not exist"
    ]
    assert list(tmp_path.iterdir()) == []


def test_a_run_edited_by_hand_is_exported_from_the_seed_and_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.worker.set_parameter(ParameterRef(0, 0), -12.0)
    qtbot.waitUntil(
        lambda: window.snapshot is not None and bool(window.snapshot.edits),
        timeout=TIMEOUT_MS,
    )
    path = tmp_path / "edited.py"
    assert window.files.export_script(str(path))
    assert path.read_text(encoding="utf-8") == pytorch_script(TrainConfig())
    assert window.statusBar().currentMessage() == (
        f"Saved the PyTorch script to {path}. It trains from the seed's weights, "
        "without your edits by hand."
    )


class ArticleComments(QTranslator):
    """A translator with the article's Japanese comments for the script."""

    WORDS = {
        "data": "データ",
        "loss and backpropagation": "損失計算と逆伝播",
        "SGD update": "SGD 法による更新",
    }

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        del disambiguation, n
        # None: no translation here (Qt then asks the next translator).
        return self.WORDS.get(source) if context == "script" else None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def test_the_script_is_commented_in_the_windows_language(
    window: MainWindow, tmp_path: Path
) -> None:
    translator = ArticleComments()
    assert QCoreApplication.installTranslator(translator)
    try:
        path = tmp_path / "xor.py"
        assert window.files.export_script(str(path))
    finally:
        QCoreApplication.removeTranslator(translator)
    script = path.read_text(encoding="utf-8")
    for comment in ArticleComments.WORDS.values():
        assert f"# {comment}\n" in script
    assert "# print the loss every 100 epochs\n" in script  # not translated
    compile(script, str(path), "exec")
