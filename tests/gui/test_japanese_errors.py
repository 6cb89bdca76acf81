"""Every error path of the window in Japanese: broken, cut and foreign session
files, bad configurations, failed exports (a folder that is not there, a
folder where a file should be), an edit refused while looking back. Each
message box (title and text), what the status bar said, the plots' painted
texts, the 3-D labels and the exported caption: no English outside notation.
The same walk in English finds English in each part, so each part can fail."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from text_walk import (  # tests/gui/
    Texts,
    english_left,
    parts_without_english,
    scene_label_texts,
    visible_texts,
    without_translation,
)

from xorgui.core.animation.epochs import AnimationOptions
from xorgui.core.session.run_session import RunState
from xorgui.visuals.surface.export import surface_caption
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

CORPUS = Path(__file__).resolve().parents[1] / "hostile" / "corpus"
BOX_TIMEOUT_MS = 10_000
RETRY_MS = 20

BAD_CONFIGURATIONS = {
    "not-json.json": "{gate: xor",
    "a-list.json": "[1, 2]",
    "no-version.json": '{"gate": "xor"}',
    "null-version.json": '{"version": null}',
    "unknown-gate.json": '{"version": 1, "gate": "maybe"}',
    "negative-lr.json": '{"version": 1, "lr": -1}',
    "unknown-key.json": '{"version": 1, "colour": "red"}',
    "text-widths.json": '{"version": 1, "hidden": "wide"}',
    "wide-widths.json": '{"version": 1, "hidden": [2, 500]}',
    "unknown-activation.json": '{"version": 1, "activation": "softmax"}',
    "unknown-optimizer.json": '{"version": 1, "optimizer": "lbfgs"}',
    "unknown-output.json": '{"version": 1, "output_activation": "step"}',
    "unknown-loss.json": '{"version": 1, "loss": "hinge"}',
    "linear-with-bce.json": (
        '{"version": 1, "output_activation": "linear", "loss": "bce"}'
    ),
    "text-seed.json": '{"version": 1, "seed": "forty-two"}',
    "empty.json": "",
}


def box_after(qtbot: QtBot, act: Callable[[], object], what: str) -> Texts:
    """Do `act`; read the title, text and buttons of the message box it opens
    (now, or later from the worker) and close it with OK, as a person would.
    No box at all is noted as ("no message box", `what`): an error said
    nowhere is a failure too."""
    seen: Texts = []
    answered = QTimer()
    answered.setInterval(RETRY_MS)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and not seen:
            seen.append(("box title", box.windowTitle()))
            seen.append(("box text", box.text()))
            seen.extend(("box button", button.text()) for button in box.buttons())
            box.button(QMessageBox.StandardButton.Ok).click()

    answered.timeout.connect(answer)
    answered.start()
    try:
        act()
        qtbot.waitUntil(lambda: bool(seen), timeout=BOX_TIMEOUT_MS)
    except TimeoutError:
        return [("no message box", what)]
    finally:
        answered.stop()
    return seen


def session_files(folder: Path) -> list[Path]:
    """The hostile corpus's sessions, and a cut, an empty, a foreign (a
    zip of something else, a PNG) and a missing one, and a folder."""
    valid = (CORPUS / "valid.xorgui").read_bytes()
    cut = folder / "cut.xorgui"
    cut.write_bytes(valid[: len(valid) // 2])
    empty = folder / "empty.xorgui"
    empty.write_bytes(b"")
    foreign_zip = folder / "foreign.xorgui"
    with zipfile.ZipFile(foreign_zip, "w") as archive:
        archive.writestr("notes.txt", "not a session")
    picture = folder / "picture.xorgui"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    a_folder = folder / "a-folder.xorgui"
    a_folder.mkdir()
    hostile = sorted(p for p in CORPUS.glob("*.xorgui") if p.name != "valid.xorgui")
    return [
        *hostile,
        cut,
        empty,
        foreign_zip,
        picture,
        a_folder,
        folder / "gone.xorgui",
    ]


def configuration_files(folder: Path) -> list[Path]:
    made = []
    for name, text in BAD_CONFIGURATIONS.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        made.append(path)
    return [*sorted(CORPUS.glob("*.json")), *made]


def tour_the_errors(window: MainWindow, qtbot: QtBot, folder: Path) -> dict[str, Texts]:
    """Open every bad session and configuration, export to places that cannot
    be written, edit a weight while looking back: the texts seen, by part."""
    said: Texts = []
    window.statusBar().messageChanged.connect(
        lambda text: said.append(("status message", text)) if text else None
    )
    for _ in range(3):
        epoch = window.snapshot.epoch + 1
        window.run_controls.step_action.trigger()
        qtbot.waitUntil(
            lambda epoch=epoch: (
                window.snapshot.epoch == epoch and window.state is RunState.PAUSED
            )
        )
    parts: dict[str, Texts] = {}
    inputs = folder / "inputs"
    inputs.mkdir()
    parts["sessions"] = [
        text
        for path in session_files(inputs)
        for text in box_after(
            qtbot, lambda p=path: window.sessions.open_session(str(p)), path.name
        )
    ]
    parts["configurations"] = [
        text
        for path in configuration_files(inputs)
        for text in box_after(
            qtbot, lambda p=path: window.files.open_configuration(str(p)), path.name
        )
    ]
    nowhere = folder / "no-such-folder"
    files = window.files
    views = files.export_view_menu
    exports: list[Callable[[Path], object]] = [
        lambda p: files.save_configuration(str(p.with_suffix(".json"))),
        lambda p: files.export_surface_image(str(p.with_suffix(".png"))),
        lambda p: files.export_loss_plot_image(str(p.with_suffix(".png"))),
        lambda p: views.export_view("plane", str(p.with_suffix(".png"))),
        lambda p: files.export_loss_csv(str(p.with_suffix(".csv"))),
        lambda p: files.export_model(str(p.with_suffix(".pt"))),
        lambda p: window.sessions.save_session(str(p.with_suffix(".xorgui"))),
        lambda p: window.animation_export.export(
            str(p.with_suffix(".gif")), AnimationOptions(frames=2, size=(160, 120))
        ),
    ]
    a_folder = folder / "a-folder"
    for name in ("x.json", "x.png", "x.csv", "x.pt", "x.xorgui", "x.gif"):
        (a_folder / name).mkdir(parents=True)
    parts["failed exports"] = [
        text
        for target in (nowhere / "x", a_folder / "x")
        for number, export in enumerate(exports)
        for text in box_after(
            qtbot, lambda e=export, t=target: e(t), f"export {number} to {target}"
        )
    ]
    weights = window.network_views.table.weights
    window.docks.show_view("weights")
    qtbot.waitUntil(lambda: weights.rowCount() > 0)
    value = weights.index(0, weights.VALUE)
    window.timeline.look_back(1)
    qtbot.waitUntil(lambda: window.timeline.shown == 1)
    before = len(said)
    weights.setData(value, "3", Qt.ItemDataRole.EditRole)  # looking back
    weights.setData(value, "--", Qt.ItemDataRole.EditRole)  # not a number
    window.timeline.show_latest()
    qtbot.waitUntil(lambda: window.timeline.shown == window.timeline.latest)
    weights.setData(value, "1e300", Qt.ItemDataRole.EditRole)  # too large
    qtbot.waitUntil(lambda: len(said) >= before + 3)
    parts["status bar"] = said
    for name in window.docks.names():
        view = window.docks.dock(name).widget()
        if hasattr(view, "flush"):
            view.flush()
    parts["window"] = [*visible_texts(window), *scene_label_texts()]
    parts["exported caption"] = [
        ("surface caption", line) for line in surface_caption(window.snapshot)
    ]
    return parts


def said_nowhere(parts: dict[str, Texts]) -> list[str]:
    """The error paths that opened no message box."""
    return [
        what
        for texts in parts.values()
        for where, what in texts
        if where == "no message box"
    ]


def test_every_error_path_is_japanese(
    japanese: None,
    open_window: Callable[..., MainWindow],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    parts = tour_the_errors(open_window(), qtbot, tmp_path)
    assert not said_nowhere(parts), said_nowhere(parts)
    left = [
        (f"{part}: {where}", text)
        for part, texts in parts.items()
        for where, text in texts
    ]
    # English that a translated string makes is a text not worded again;
    # the rest is English no translation makes: worded in English by the
    # code (the core's messages), or a string new and not yet translated.
    unmade = without_translation([t for t in left if english_left([t])])
    found = english_left([t for t in left if t not in unmade])
    assert not found, "English in the Japanese window:\n" + "\n".join(found)
    assert not unmade, (
        "English that no translated string makes (worded in English by the "
        "code, or new and not yet translated):\n" + "\n".join(english_left(unmade))
    )


def test_the_error_walk_finds_english(
    open_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    parts = tour_the_errors(open_window(), qtbot, tmp_path)
    assert not said_nowhere(parts), said_nowhere(parts)
    assert not parts_without_english(parts)
