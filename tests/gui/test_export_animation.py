"""File > Export animation in the real window: the dialog, the file it writes
(opened with Pillow and imageio), Cancel that leaves no file, and a file name
that is not an animation's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import imageio.v2 as imageio
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from window_actions import choose, click  # tests/gui/

from xorgui.core.animation.epochs import AnimationOptions, Spacing
from xorgui.core.session.run_session import RunState
from xorgui.dialogs.animation_dialog import SIZES, AnimationDialog
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

TIMEOUT_MS = 60_000
RETRY_MS = 20
EPOCHS = 600
TARGET_ZERO_RGB, TARGET_ONE_RGB = (255, 106, 19), (31, 111, 255)


def trained(qtbot: QtBot, window: MainWindow) -> None:
    window.controls.epochs.setValue(EPOCHS)
    click(qtbot, window, "play_action")
    qtbot.waitUntil(
        lambda: window.state is RunState.FINISHED and window.snapshot.epoch == EPOCHS,
        timeout=TIMEOUT_MS,
    )


def when_dialog_opens(act: Callable[[AnimationDialog], None]) -> list[str]:
    """Run `act` on the export dialog once it is shown; the list gets its title."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AnimationDialog) or not dialog.isVisible():
            QTimer.singleShot(RETRY_MS, look)
            return
        seen.append(dialog.windowTitle())
        act(dialog)

    QTimer.singleShot(0, look)
    return seen


def leftovers(folder: Path) -> set[str]:
    """The files in `folder` but the test's settings."""
    return {path.name for path in folder.iterdir()} - {"settings"}


def test_file_export_animation_writes_a_gif_with_the_frames_asked_for(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    trained(qtbot, window)
    target = tmp_path / "training.gif"

    def fill_in(dialog: AnimationDialog) -> None:
        dialog.path_edit.setText(str(target))
        dialog.frames.setValue(12)
        dialog.fps.setValue(30)
        dialog.frame_size.setCurrentIndex(SIZES.index((640, 480)))
        # A GIF's delay is 30 ms at 30 frames a second (10 ms steps): 0.36 s.
        said.append(dialog.length.text())
        dialog.export_button.click()

    said: list[str] = []

    seen = when_dialog_opens(fill_in)
    choose(qtbot, window, "File", "Export animation...")
    qtbot.waitUntil(
        lambda: seen and not window.animation_export.running, timeout=TIMEOUT_MS
    )
    qtbot.waitUntil(target.exists, timeout=TIMEOUT_MS)
    with Image.open(target) as gif:
        assert gif.n_frames == 12
        assert gif.size == (640, 480)
        first = np.asarray(gif.convert("RGB"))
        gif.seek(11)
        last = np.asarray(gif.convert("RGB"))
    # The training points' colours are drawn, and the frames differ (the epoch
    # and loss written in each, the surface moving).
    colours = {tuple(pixel) for pixel in last.reshape(-1, 3)}
    assert {TARGET_ZERO_RGB, TARGET_ONE_RGB} <= colours
    assert (first != last).any()
    assert leftovers(tmp_path) == {"training.gif"}  # and no temporary file
    assert said == ["plays for 0.36 s"]
    assert "Saved the animation (12 frames, plays 0.36 s" in (
        window.status.currentMessage()
    )


def test_an_mp4_opens_in_imageio_with_every_frame(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    trained(qtbot, window)
    target = tmp_path / "training.mp4"
    options = AnimationOptions(
        frames=10, fps=5, spacing=Spacing.EPOCHS, size=(640, 480), loss_plot=False
    )
    assert window.animation_export.export(str(target), options)
    qtbot.waitUntil(lambda: not window.animation_export.running, timeout=TIMEOUT_MS)
    reader = imageio.get_reader(target, format="FFMPEG")
    try:
        assert reader.count_frames() == 10
        assert tuple(reader.get_meta_data()["size"]) == (640, 480)
    finally:
        reader.close()


def test_cancel_stops_the_export_and_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    trained(qtbot, window)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "training.gif"
    exporter = window.animation_export
    assert exporter.export(str(target), AnimationOptions(frames=200, size=(640, 480)))
    progress = window.findChild(QProgressDialog)
    assert progress is not None
    qtbot.waitUntil(lambda: progress.value() >= 2, timeout=TIMEOUT_MS)
    [cancel] = progress.findChildren(QPushButton)
    cancel.click()
    assert not exporter.running
    qtbot.wait(100)
    assert leftovers(folder) == set()
    assert "no file was written" in window.status.currentMessage()


def test_a_name_that_is_not_an_animation_keeps_the_dialog_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    trained(qtbot, window)
    problems: list[str] = []

    def try_avi(dialog: AnimationDialog) -> None:
        dialog.path_edit.setText(str(tmp_path / "training.avi"))
        dialog.export_button.click()
        problems.append(dialog.problem.text() if dialog.isVisible() else "")
        dialog.reject()

    seen = when_dialog_opens(try_avi)
    choose(qtbot, window, "File", "Export animation...")
    qtbot.waitUntil(lambda: bool(problems), timeout=TIMEOUT_MS)
    assert seen == ["Export animation"]
    assert ".gif, .mp4 or .webp" in problems[0]
    assert not window.animation_export.running
    assert leftovers(tmp_path) == set()


GIF_TOLERANCE = 3.0
"""Mean absolute difference (0-255 a channel) a GIF frame may have from the
same frame drawn unquantized: its 256-colour palette, nothing more."""


def test_each_frame_shows_the_replayed_model_at_its_epoch(tmp_path: Path) -> None:
    """The GIF's frames, decoded, are the model retrained to each frame's epoch
    and drawn again: within the palette's tolerance of it, and nearer to it
    than to any other frame's epoch."""
    from xorgui.core.animation.epochs import RunCurve, frame_epochs
    from xorgui.core.config import TrainConfig
    from xorgui.core.grid import DEFAULT_GRID
    from xorgui.core.training.trainer import Trainer
    from xorgui.headless.render import render_animation
    from xorgui.visuals.animation_frame import FrameComposer

    config = TrainConfig(epochs=EPOCHS)
    run = Trainer(config)
    run.train(EPOCHS)
    curve = RunCurve(run.history.epochs, run.history.losses, EPOCHS)
    options = AnimationOptions(frames=4, spacing=Spacing.EPOCHS, size=(640, 480))
    target = tmp_path / "run.gif"
    frames, seconds = render_animation(config, curve, target, options, lambda _: None)
    assert (frames, seconds) == (4, 0.2)
    epochs = frame_epochs(curve.epochs, curve.losses, EPOCHS, 4, Spacing.EPOCHS)
    assert epochs == [0, 200, 400, 600]
    with Image.open(target) as gif:
        decoded = []
        for index in range(gif.n_frames):
            gif.seek(index)
            decoded.append(np.asarray(gif.convert("RGB"), dtype=np.float64))
    composer = FrameComposer(options.size, curve=curve)
    try:
        expected = []
        for epoch in epochs:
            trainer = Trainer(config)
            trainer.train(epoch)
            snapshot = trainer.snapshot(grid=DEFAULT_GRID)
            expected.append(composer.frame(snapshot).astype(np.float64))
    finally:
        composer.close()
    for index, frame in enumerate(decoded):
        apart = [np.abs(frame - drawn).mean() for drawn in expected]
        assert apart[index] <= GIF_TOLERANCE, (index, apart)
        # Its own epoch's drawing is the nearest: another epoch's is farther.
        assert int(np.argmin(apart)) == index, (index, apart)


@pytest.mark.parametrize("size", [(640, 480), (480, 360)])
def test_the_frames_y_label_is_whole(size: tuple[int, int]) -> None:
    """The surface's "y (Model Output)" stands inside a small frame: ink in the
    left margin where it is written, none cut off at the frame's left edge."""
    from xorgui.core.animation.epochs import RunCurve
    from xorgui.core.config import TrainConfig
    from xorgui.core.training.trainer import Trainer
    from xorgui.visuals.animation_frame import HEADER_PIXELS, FrameComposer

    trainer = Trainer(TrainConfig())
    trainer.train(100)
    history = trainer.history
    composer = FrameComposer(
        size, curve=RunCurve(history.epochs, history.losses, trainer.epoch)
    )
    try:
        frame = composer.frame(trainer.snapshot(grid=32))
    finally:
        composer.close()
    ink = frame[HEADER_PIXELS:].astype(int).sum(axis=2) < 200
    assert ink[:, 0].sum() == 0
    assert ink[:, :30].sum() > 400  # the label's letters, about 700 pixels
