"""The main window as a learner uses it: controls, run buttons, shortcuts, files."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
import torch
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QSplitter
from pytestqt.qtbot import QtBot
from window_actions import (  # tests/gui/
    activate,
    choose_a_diverging_setup,
    click,
    every_setting,
)

from xorgui.core.config import (
    ACTIVATIONS,
    LOSSES,
    MAX_EPOCHS,
    MAX_HIDDEN_LAYERS,
    MAX_LR,
    MAX_MOMENTUM,
    MAX_SEED,
    MAX_WIDTH,
    MIN_EPOCHS,
    MIN_LR,
    MIN_WIDTH,
    OPTIMIZERS,
    OUTPUTS,
    TrainConfig,
    losses_for,
)
from xorgui.core.gates import GATES
from xorgui.core.session.run_session import RunState
from xorgui.core.training.trainer import Trainer
from xorgui.visuals.colormap import viridis_lut
from xorgui.visuals.image_export import caption_height
from xorgui.visuals.scene3d import gl_support
from xorgui.visuals.surface.export import SURFACE_EXPORT_SIZE
from xorgui.visuals.surface.items import HEIGHT_LIMITS
from xorgui.visuals.truth_table import RIGHT_MARK, TruthTable, format_output
from xorgui.window.controls.panel import ControlsPanel
from xorgui.window.layout.central import SPLITTERS
from xorgui.window.main_window import MainWindow
from xorgui.window.settings import CAMERA_KEY, CONFIG_KEY, LOG_SCALE_KEY, Settings
from xorgui.window.worker.training_worker import TrainingWorker

if TYPE_CHECKING:
    from conftest import WorkerProbe  # tests/gui/conftest.py

pytestmark = pytest.mark.gui

TIMEOUT_MS = 30_000


def wait_for_state(qtbot: QtBot, window: MainWindow, state: RunState) -> None:
    qtbot.waitUntil(lambda: window.state is state, timeout=TIMEOUT_MS)


def wait_for_epoch(qtbot: QtBot, window: MainWindow, epoch: int) -> None:
    qtbot.waitUntil(
        lambda: window.snapshot is not None and window.snapshot.epoch == epoch,
        timeout=TIMEOUT_MS,
    )


def table_rows(table: TruthTable) -> list[list[str]]:
    """The truth table's cells as text, row by row."""
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def train_to_the_end(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window, "max_speed_action")
    click(qtbot, window, "play_action")
    wait_for_state(qtbot, window, RunState.FINISHED)


# ------------------------------------------------------------------- opening


def test_opens_with_the_article_defaults_and_an_opengl_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    controls = window.controls
    assert controls.gate.currentText() == "XOR"
    assert controls.layers.value() == 1
    assert controls.widths[0].value() == 2
    assert controls.activation.currentData() == "sigmoid"
    assert controls.seed.value() == 42
    assert controls.optimizer.currentData() == "sgd"
    assert controls.lr.value() == pytest.approx(0.1)
    assert controls.loss.currentData() == "bce"
    assert controls.epochs.value() == 20000
    assert controls.config() == TrainConfig()
    assert controls.architecture.text() == "2-2-1"

    view = window.surface_view
    assert view is not None and view.uses_opengl, view and view.fallback_reason
    qtbot.waitUntil(lambda: view.renderer != "")
    print(f"OpenGL renderer: {view.renderer}")
    assert "ready" in window.state_label.text()
    assert "epoch 0 / 20,000" in window.epoch_label.text()
    assert window.run_controls.play_action.text() == "Play"
    assert [row[:3] for row in table_rows(window.truth_table)] == [
        ["0", "0", "0"],
        ["0", "1", "1"],
        ["1", "0", "1"],
        ["1", "1", "0"],
    ]
    assert "no straight line" in window.note.text().lower()


def test_every_control_explains_itself(window: MainWindow) -> None:
    widgets = [
        *every_setting(window),
        window.run_controls.step_count,
        window.run_controls.speed,
        window.loss_plot.log_checkbox,
        window.reset_camera_button,
    ]
    assert all(widget.toolTip() for widget in widgets)
    assert all(action.toolTip() for action in window.run_controls.actions_for_menu())


def test_the_controls_offer_what_the_core_allows(qtbot: QtBot) -> None:
    controls = ControlsPanel(TrainConfig())
    qtbot.addWidget(controls)
    offered = {
        combo: tuple(combo.itemData(index) for index in range(combo.count()))
        for combo in (
            controls.gate,
            controls.activation,
            controls.output_activation,
            controls.optimizer,
            controls.loss,
        )
    }
    assert offered[controls.gate] == tuple(GATES)
    assert offered[controls.activation] == ACTIVATIONS
    assert offered[controls.output_activation] == OUTPUTS
    assert offered[controls.optimizer] == OPTIMIZERS
    assert offered[controls.loss] == LOSSES
    assert all(combo.itemText(i) for combo in offered for i in range(combo.count()))
    ranges = {
        controls.layers: (0, MAX_HIDDEN_LAYERS),
        controls.widths[0]: (MIN_WIDTH, MAX_WIDTH),
        controls.seed: (0, MAX_SEED),
        controls.momentum: (0.0, MAX_MOMENTUM),
        controls.lr: (MIN_LR, MAX_LR),
        controls.epochs: (MIN_EPOCHS, MAX_EPOCHS),
    }
    for box, (low, high) in ranges.items():
        assert (box.minimum(), box.maximum()) == (low, high)
    # The loss box offers what the output unit allows.
    controls.output_activation.set_value("linear")
    loss_entries = controls.loss.model()
    enabled = tuple(
        controls.loss.itemData(index)
        for index in range(controls.loss.count())
        if loss_entries.item(index).isEnabled()
    )
    assert enabled == losses_for("linear") != LOSSES
    assert controls.config().loss in losses_for("linear")


def test_the_window_fits_a_1024_by_768_projector(
    qtbot: QtBot, window: MainWindow
) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, hint
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert window.surface_view is not None
    assert window.surface_view.height() >= 240
    assert window.truth_table.isVisible() and window.loss_plot.isVisible()


# ---------------------------------------------------------------- run buttons


def assert_the_view_follows_training(qtbot: QtBot, window: MainWindow) -> None:
    """While training runs, the view draws new surfaces (it asks for each one),
    not only the final one; leaves the window paused."""
    view = window.surface_view
    assert view is not None
    qtbot.waitUntil(lambda: view.drawn_heights() is not None)
    initial = view.drawn_heights()
    window.controls.epochs.setValue(10**7)
    click(qtbot, window, "max_speed_action")
    click(qtbot, window, "play_action")
    for epoch in (2000, 20_000):
        qtbot.waitUntil(lambda e=epoch: window.snapshot.epoch > e, timeout=TIMEOUT_MS)
        moved = view.drawn_heights()
        assert window.state is RunState.RUNNING
        assert not np.allclose(moved, initial, atol=1e-4)
        initial = moved
    click(qtbot, window, "play_action")
    wait_for_state(qtbot, window, RunState.PAUSED)


def test_play_trains_and_the_surface_changes(qtbot: QtBot, window: MainWindow) -> None:
    assert window.snapshot is not None and window.surface_view is not None
    initial = window.snapshot.surface.values
    frames = window.surface_view.frames_drawn
    click(qtbot, window, "play_action")
    wait_for_state(qtbot, window, RunState.RUNNING)
    qtbot.waitUntil(lambda: window.snapshot.epoch > 3000, timeout=TIMEOUT_MS)
    assert not np.allclose(window.snapshot.surface.values, initial, atol=1e-3)
    qtbot.waitUntil(lambda: window.surface_view.frames_drawn > frames + 2)
    assert window.run_controls.play_action.text() == "Pause"
    assert not window.run_controls.step_action.isEnabled()
    qtbot.waitUntil(lambda: "epochs/s" in window.rate_label.text(), timeout=TIMEOUT_MS)


def test_the_3d_view_follows_training(qtbot: QtBot, window: MainWindow) -> None:
    assert window.surface_view is not None and window.surface_view.uses_opengl
    assert_the_view_follows_training(qtbot, window)


def test_pause_stops_the_snapshots_and_keeps_the_epoch(
    qtbot: QtBot,
    window: MainWindow,
    make_probe: Callable[[TrainingWorker], WorkerProbe],
) -> None:
    probe = make_probe(window.worker)
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.snapshot.epoch > 500, timeout=TIMEOUT_MS)
    click(qtbot, window, "play_action")
    wait_for_state(qtbot, window, RunState.PAUSED)
    epoch = window.snapshot.epoch
    with qtbot.assertNotEmitted(probe.snapshot, wait=500):
        pass
    assert window.snapshot.epoch == epoch
    assert f"epoch {epoch:,}" in window.epoch_label.text()
    assert window.run_controls.play_action.text() == "Play"
    assert window.run_controls.step_action.isEnabled()


def test_step_advances_exactly_one_epoch(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window, "step_action")
    wait_for_epoch(qtbot, window, 1)
    click(qtbot, window, "step_action")
    wait_for_epoch(qtbot, window, 2)
    assert window.state is RunState.PAUSED


def test_step_by_n_advances_exactly_n_epochs(qtbot: QtBot, window: MainWindow) -> None:
    assert window.run_controls.step_count.value() == 100
    assert window.run_controls.step_many_action.text() == "Step 100"
    click(qtbot, window, "step_many_action")
    wait_for_epoch(qtbot, window, 100)
    window.run_controls.step_count.setValue(250)
    click(qtbot, window, "step_many_action")
    wait_for_epoch(qtbot, window, 350)
    assert window.state is RunState.PAUSED


def test_reset_returns_to_the_same_initial_surface(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.snapshot is not None
    initial = window.snapshot.surface.values
    click(qtbot, window, "step_many_action")
    wait_for_epoch(qtbot, window, 100)
    assert not np.array_equal(window.snapshot.surface.values, initial)
    click(qtbot, window, "reset_action")
    wait_for_epoch(qtbot, window, 0)
    wait_for_state(qtbot, window, RunState.READY)
    np.testing.assert_array_equal(window.snapshot.surface.values, initial)


def test_default_training_solves_xor_as_the_table_and_surface_show(
    qtbot: QtBot, window: MainWindow
) -> None:
    train_to_the_end(qtbot, window)
    snapshot = window.snapshot
    assert snapshot is not None and snapshot.epoch == 20000
    rows = table_rows(window.truth_table)
    assert [row[4] for row in rows] == [RIGHT_MARK] * 4
    outputs = [float(row[3]) for row in rows]
    assert outputs[1] > 0.9 and outputs[2] > 0.9
    assert outputs[0] < 0.1 and outputs[3] < 0.1
    surface = snapshot.surface.values  # [i, j] is at (x1, x2) = (axis[i], axis[j])
    assert surface[0, -1] > 0.9 and surface[-1, 0] > 0.9
    assert surface[0, 0] < 0.1 and surface[-1, -1] < 0.1
    assert "finished" in window.state_label.text()
    exact = Trainer(TrainConfig())  # the epoch from which all four stayed right
    exact.train(20000)
    assert f"solved from epoch {exact.solved_epoch:,}<" in window.solved_label.text()
    assert window.run_controls.play_action.text() == "Continue +20,000"
    assert "Solved" in window.note.text()


def test_continue_after_finishing_trains_as_many_epochs_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controls.epochs.setValue(300)
    train_to_the_end(qtbot, window)
    assert window.snapshot.epoch == 300
    assert window.run_controls.play_action.text() == "Continue +300"
    click(qtbot, window, "play_action")
    qtbot.waitUntil(
        lambda: window.state is RunState.FINISHED and window.snapshot.epoch == 600,
        timeout=TIMEOUT_MS,
    )
    # The run grew; the budget the person chose did not.
    assert window.epoch_label.text() == "epoch 600 / 600"
    assert window.controls.epochs.value() == 300


# ------------------------------------------------------------ the controls


def test_changing_the_gate_starts_a_new_model(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window, "step_many_action")
    wait_for_epoch(qtbot, window, 100)
    window.controls.gate.setCurrentIndex(window.controls.gate.findData("and"))
    qtbot.waitUntil(
        lambda: window.snapshot.config.gate == "and" and window.snapshot.epoch == 0
    )
    assert [row[2] for row in table_rows(window.truth_table)] == ["0", "0", "0", "1"]
    assert "AND" in window.windowTitle()
    assert "one straight line" in window.note.text()


def test_learning_rate_changes_live_while_training(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controls.epochs.setValue(10**8)
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.snapshot.epoch > 500, timeout=TIMEOUT_MS)
    window.controls.lr.setValue(0.5)
    qtbot.waitUntil(lambda: window.snapshot.config.lr == 0.5, timeout=TIMEOUT_MS)
    assert window.state is RunState.RUNNING
    assert window.snapshot.epoch > 500
    assert window.controls.lr_slider.value() == pytest.approx(
        window.controls.lr_slider.maximum() * (np.log10(0.5) + 4) / 5, abs=1
    )


def test_learning_rate_box_steps_one_two_five(window: MainWindow) -> None:
    box = window.controls.lr
    box.setValue(0.1)
    box.stepBy(1)
    assert box.value() == pytest.approx(0.2)
    box.stepBy(2)
    assert box.value() == pytest.approx(1.0)
    box.stepBy(-3)
    assert box.value() == pytest.approx(0.1)


def test_hidden_layers_show_one_width_box_each(window: MainWindow) -> None:
    controls = window.controls
    for count in range(MAX_HIDDEN_LAYERS + 1):
        controls.layers.setValue(count)
        assert [box.isVisibleTo(controls) for box in controls.widths] == [
            index < count for index in range(MAX_HIDDEN_LAYERS)
        ]
        assert len(controls.config().hidden) == count
    controls.widths[1].setValue(7)
    assert controls.config().hidden[:2] == (2, 7)
    assert controls.architecture.text().startswith("2-2-7-")


@pytest.mark.parametrize(
    ("change", "phrase"),
    [
        ({"layers": 0}, "cannot be solved"),
        ({"activation": "identity"}, "collapse into one"),
    ],
)
def test_the_note_explains_why_xor_cannot_be_solved(
    qtbot: QtBot, window: MainWindow, change: dict[str, object], phrase: str
) -> None:
    controls = window.controls
    if "layers" in change:
        controls.layers.setValue(change["layers"])
    else:
        controls.activation.setCurrentIndex(controls.activation.findData("identity"))
    qtbot.waitUntil(lambda: phrase in window.note.text())


def test_random_seed_button_starts_a_new_model(
    qtbot: QtBot, window: MainWindow
) -> None:
    seed = window.controls.seed.value()
    qtbot.mouseClick(window.controls.random_seed, Qt.MouseButton.LeftButton)
    assert window.controls.seed.value() != seed
    qtbot.waitUntil(lambda: window.snapshot.config.seed == window.controls.seed.value())
    assert window.snapshot.epoch == 0


def test_momentum_is_only_for_sgd(window: MainWindow) -> None:
    controls = window.controls
    assert controls.momentum.isEnabled()
    controls.optimizer.setCurrentIndex(controls.optimizer.findData("adam"))
    assert not controls.momentum.isEnabled()


# ----------------------------------------------------------------- shortcuts


def test_shortcuts_drive_training(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window.truth_table.window())
    qtbot.keyClick(window, Qt.Key.Key_Right)
    wait_for_epoch(qtbot, window, 1)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    wait_for_epoch(qtbot, window, 101)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    wait_for_state(qtbot, window, RunState.RUNNING)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    wait_for_state(qtbot, window, RunState.PAUSED)
    qtbot.keyClick(window, Qt.Key.Key_R)
    wait_for_epoch(qtbot, window, 0)
    wait_for_state(qtbot, window, RunState.READY)


def test_typing_in_a_number_box_keeps_the_arrows_but_not_space(
    qtbot: QtBot, window: MainWindow
) -> None:
    seed = window.controls.seed
    activate(qtbot, seed)
    qtbot.keyClick(seed, Qt.Key.Key_Right)  # moves the text cursor, no step
    qtbot.wait(200)
    assert window.snapshot.epoch == 0
    qtbot.keyClick(seed, Qt.Key.Key_Space)  # never part of a number: play
    wait_for_state(qtbot, window, RunState.RUNNING)
    qtbot.keyClick(seed, Qt.Key.Key_Space)
    wait_for_state(qtbot, window, RunState.PAUSED)
    assert seed.value() == 42


def real_mouse(*steps: str) -> None:
    """Drive the X server's own pointer with xdotool, so events go the whole way
    through X and Qt's platform plugin, as a person's mouse does."""
    for step in steps:
        subprocess.run(["xdotool", *step.split()], check=True, timeout=10)


def test_dragging_the_surface_turns_it_and_leaves_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow, xvfb: object
) -> None:
    if xvfb is None:
        pytest.skip("moves the X pointer: only on the tests' own Xvfb")
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is not installed (make test installs it)")
    seed = window.controls.seed
    activate(qtbot, seed)
    view = window.surface_view
    before = view.camera_state()
    centre = view.mapToGlobal(view.rect().center())
    x, y = centre.x(), centre.y()
    real_mouse(
        f"mousemove {x} {y}",
        "mousedown 1",
        f"mousemove {x + 40} {y}",
        f"mousemove {x + 90} {y + 10}",
        "mouseup 1",
    )
    qtbot.waitUntil(lambda: view.camera_state()["azimuth"] != before["azimuth"])
    assert view.camera_state()["distance"] == before["distance"]
    # The click did not take the keyboard: the seed box keeps it, and a key
    # from the real keyboard still reaches the window's shortcuts.
    qtbot.wait(100)
    assert seed.hasFocus()
    real_mouse("key space")
    wait_for_state(qtbot, window, RunState.RUNNING)
    real_mouse(f"mousemove {x} {y}", "click 5")  # the wheel zooms out
    qtbot.waitUntil(lambda: view.camera_state()["distance"] > before["distance"])


def test_ctrl_e_exports_the_surface(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chosen"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "")
    )
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not QImage(str(target) + ".png").isNull()
    assert Settings().last_folder() == str(tmp_path)


def test_ctrl_q_quits_and_stops_the_thread(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window, "play_action")
    wait_for_state(qtbot, window, RunState.RUNNING)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert not window.worker.is_alive()


# ------------------------------------------------------------------ closing


def enter_state(qtbot: QtBot, window: MainWindow, state: str, folder: Path) -> None:
    """Bring the window into `state`, as a person would get there."""
    controls = window.controls
    if state == "diverged":
        controls.output_activation.setCurrentIndex(1)  # linear, so MSE
        controls.activation.setCurrentIndex(controls.activation.findData("identity"))
        controls.lr.setValue(10.0)
        click(qtbot, window, "play_action")
        wait_for_state(qtbot, window, RunState.DIVERGED)
        return
    controls.epochs.setValue(10**8 if state != "finished" else 500)
    click(qtbot, window, "play_action")
    if state == "finished":
        wait_for_state(qtbot, window, RunState.FINISHED)
        return
    qtbot.waitUntil(lambda: window.snapshot.epoch > 1000, timeout=TIMEOUT_MS)
    if state == "paused":
        click(qtbot, window, "play_action")
        wait_for_state(qtbot, window, RunState.PAUSED)
    elif state == "exporting":
        window.files.export_loss_csv(str(folder / "loss.csv"))
        window.files.export_model(str(folder / "model.pt"))


@pytest.mark.parametrize(
    "state", ["running", "paused", "exporting", "finished", "diverged"]
)
def test_closing_in_any_state_stops_the_thread_within_a_second(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, state: str
) -> None:
    enter_state(qtbot, window, state, tmp_path)
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 1.0
    assert not window.worker.is_alive()
    # An export the close cut short left no file or a whole one, never a part.
    for written in tmp_path.iterdir():
        if written.name == "loss.csv":
            assert written.read_text().splitlines()[0] == "epoch,loss"
        elif written.name == "model.pt":
            assert "state_dict" in torch.load(written)
        else:
            assert written.name == "settings", written


def test_closing_before_the_engine_loaded_is_clean(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert not window.worker.is_alive()


# -------------------------------------------------------------------- files


def image_pixels(image: QImage) -> np.ndarray:
    """The image as an (h, w, 3) uint8 RGB array."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    array = np.frombuffer(rgb.constBits(), np.uint8).reshape(
        rgb.height(), rgb.bytesPerLine()
    )
    return array[:, : rgb.width() * 3].reshape(rgb.height(), rgb.width(), 3).copy()


def count_near(pixels: np.ndarray, colours: np.ndarray, tolerance: int = 12) -> int:
    """How many pixels lie within `tolerance` (per channel) of one of `colours`."""
    flat = pixels.reshape(-1, 3).astype(np.int16)
    near = np.zeros(len(flat), dtype=bool)
    for colour in colours.astype(np.int16):
        near |= np.all(np.abs(flat - colour) <= tolerance, axis=1)
    return int(near.sum())


def test_export_surface_writes_a_fixed_size_picture_with_a_caption(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    train_to_the_end(qtbot, window)
    ratio = window.devicePixelRatioF()
    for width, height in ((1280, 800), (800, 600)):  # whatever the window's size
        window.resize(width, height)
        path = tmp_path / f"surface-{width}.png"
        assert window.files.export_surface_image(str(path))
        assert window.statusBar().currentMessage() == (
            f"Saved the surface image to {path}"
        )
        image = QImage(str(path))
        assert (image.width(), image.height()) == tuple(
            round(side * ratio) for side in SURFACE_EXPORT_SIZE
        )
        pixels = image_pixels(image)
        strip = caption_height(2, ratio)
        scene, caption = pixels[:-strip], pixels[-strip:]
        assert scene.std() > 20, "the picture is blank"
        lut = viridis_lut()[:, :3]
        assert count_near(scene, lut[:26]) > 2000, "no dark purple (low outputs)"
        assert count_near(scene, lut[-26:]) > 2000, "no yellow (high outputs)"
        white = np.all(caption >= 245, axis=2).mean()
        dark = np.all(caption <= 80, axis=2).sum()
        assert white > 0.8 and dark > 300, "no dark caption text on white"


def test_export_loss_plot_writes_a_wide_png(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    click(qtbot, window, "step_many_action")
    wait_for_epoch(qtbot, window, 100)
    path = tmp_path / "loss.png"
    assert window.files.export_loss_plot_image(str(path))
    image = QImage(str(path))
    assert image.width() >= 1200
    assert image_pixels(image).std() > 10


def test_export_loss_history_and_model(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    make_probe: Callable[[TrainingWorker], WorkerProbe],
) -> None:
    probe = make_probe(window.worker)
    window.run_controls.step_count.setValue(1234)
    click(qtbot, window, "step_many_action")
    wait_for_epoch(qtbot, window, 1234)
    with qtbot.waitSignal(probe.exported, timeout=TIMEOUT_MS):
        window.files.export_loss_csv(str(tmp_path / "loss.csv"))
    assert "Saved the loss history" in window.statusBar().currentMessage()
    with (tmp_path / "loss.csv").open(newline="") as handle:
        rows = list(csv.reader(handle))
    # Epochs 0 to 1,234: the last is the current model's, as the window shows.
    assert len(rows) == 1 + 1235 and rows[-1][0] == "1234"
    with qtbot.waitSignal(probe.exported, timeout=TIMEOUT_MS):
        window.files.export_model(str(tmp_path / "model.pt"))
    checkpoint = torch.load(tmp_path / "model.pt", weights_only=True)
    reference = Trainer()
    reference.train(1234)
    for name, tensor in reference.model.state_dict().items():
        torch.testing.assert_close(checkpoint["state_dict"][name], tensor)


def test_a_failed_export_shows_a_message_and_the_app_goes_on(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    message_boxes: Callable[[], list[str]],
    make_probe: Callable[[TrainingWorker], WorkerProbe],
) -> None:
    missing = tmp_path / "missing folder"
    texts = message_boxes()
    assert not window.files.export_loss_plot_image(str(missing / "loss.png"))
    assert texts and "does not exist" in texts[0]
    probe = make_probe(window.worker)
    texts = message_boxes()
    with qtbot.waitSignal(probe.exported, timeout=TIMEOUT_MS):
        window.files.export_model(str(missing / "model.pt"))
    qtbot.waitUntil(lambda: bool(texts))
    assert "does not exist" in texts[0]
    click(qtbot, window, "step_action")
    wait_for_epoch(qtbot, window, 1)


def test_a_bad_configuration_file_is_explained_and_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    message_boxes: Callable[[], list[str]],
) -> None:
    click(qtbot, window, "step_many_action")
    wait_for_epoch(qtbot, window, 100)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**TrainConfig().to_dict(), "activation": "softmax"}))
    texts = message_boxes()
    assert not window.files.open_configuration(str(path))
    assert texts, "no message box was shown"
    # The screen's label for the setting, not the file's key.
    assert texts[0].startswith("Activation: \u201csoftmax\u201d is not allowed")
    assert "sigmoid, tanh, ReLU, identity" in texts[0]
    assert window.controls.config() == TrainConfig()
    qtbot.wait(200)
    assert window.snapshot.epoch == 100
    assert window.state is RunState.PAUSED


# ----------------------------------------------------------------- settings


def test_settings_remember_the_session(qtbot: QtBot, window: MainWindow) -> None:
    config = TrainConfig(gate="or", hidden=(4,), seed=9)
    window.controls.set_config(config)
    window.loss_plot.set_log_scale(True)
    window.resize(1100, 720)
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.controls.config() == config
    assert again.loss_plot.log_scale()
    assert again.size().width() == 1100
    assert "OR" in again.windowTitle()
    again.close()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (CONFIG_KEY, "{not json"),
        (CONFIG_KEY, json.dumps({**TrainConfig().to_dict(), "hidden": [0]})),
        (CONFIG_KEY, 42),
        (LOG_SCALE_KEY, "maybe"),
        (CAMERA_KEY, "[1, 2, NaN]"),
        (CAMERA_KEY, json.dumps({"distance": "far", "azimuth": None})),
        ("layout/geometry", QByteArray(b"garbage")),
        ("layout/mainSplitter", "a string"),
    ],
)
def test_corrupt_or_foreign_settings_are_ignored(
    open_window: Callable[..., MainWindow], key: str, value: object
) -> None:
    fresh = open_window()
    defaults = what_settings_restore(fresh)
    fresh.close()
    store = QSettings()
    store.clear()  # what closing the first window saved
    store.setValue(key, value)
    store.sync()
    window = open_window()
    assert window.isVisible()
    assert what_settings_restore(window) == defaults


def what_settings_restore(window: MainWindow) -> dict[str, object]:
    """Everything the window takes from the settings, as it shows it."""
    assert window.surface_view is not None
    return {
        "config": window.controls.config(),
        "log scale": window.loss_plot.log_scale(),
        "camera": window.surface_view.camera_state(),
        "size": window.size(),
        "splitters": {
            name: window.findChild(QSplitter, name).sizes() for name in SPLITTERS
        },
    }


def test_the_camera_is_remembered(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    assert window.surface_view is not None
    state = {**window.surface_view.camera_state(), "azimuth": 15.0, "distance": 3.0}
    window.surface_view.set_camera_state(state)
    window.close()
    again = open_window()
    assert again.surface_view is not None
    assert again.surface_view.camera_state()["azimuth"] == pytest.approx(15.0)
    qtbot.mouseClick(again.reset_camera_button, Qt.MouseButton.LeftButton)
    assert again.surface_view.camera_state()["azimuth"] != pytest.approx(15.0)


# ---------------------------------------------------------- without OpenGL


@pytest.mark.usefixtures("no_opengl")
def test_without_opengl_everything_else_works(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = open_window()
    view = window.surface_view
    assert view is not None and not view.uses_opengl
    assert gl_support.DISABLE_VARIABLE in (view.fallback_reason or "")
    assert_the_view_follows_training(qtbot, window)
    click(qtbot, window, "reset_action")
    window.controls.epochs.setValue(3000)
    train_to_the_end(qtbot, window)
    assert window.snapshot.epoch == 3000
    assert window.files.export_surface_image(str(tmp_path / "flat.png"))
    assert image_pixels(QImage(str(tmp_path / "flat.png"))).std() > 20


# ------------------------------------------------------------------ failures


def test_a_training_error_is_shown_and_reset_recovers(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_train(self: Trainer, epochs: int) -> np.ndarray:
        raise RuntimeError("the engine broke")

    monkeypatch.setattr(Trainer, "train", broken_train)
    click(qtbot, window, "play_action")
    wait_for_state(qtbot, window, RunState.FAILED)
    assert "the engine broke" in window.note.text()
    assert "failed" in window.state_label.text()
    assert not window.run_controls.play_action.isEnabled()
    monkeypatch.undo()
    click(qtbot, window, "reset_action")
    wait_for_state(qtbot, window, RunState.READY)
    click(qtbot, window, "step_action")
    wait_for_epoch(qtbot, window, 1)
    assert "the engine broke" not in window.note.text()


def test_divergence_stops_training_keeps_the_last_finite_model_and_reset_recovers(
    qtbot: QtBot, window: MainWindow
) -> None:
    choose_a_diverging_setup(window)
    assert window.controls.loss.currentData() == "mse"
    click(qtbot, window, "play_action")
    wait_for_state(qtbot, window, RunState.DIVERGED)
    snapshot = window.snapshot
    divergence = snapshot.divergence
    assert divergence is not None
    note = window.note.text()
    assert f"diverged at epoch {divergence.epoch - 1}: its update" in note
    assert "Lower the learning rate" in note
    assert "made the loss NaN" in note or "made the loss infinite" in note
    assert "diverged" in window.state_label.text()
    # The last finite model stays shown: its epoch, its finite loss, its surface.
    assert snapshot.epoch == divergence.epoch - 1
    assert f"epoch {snapshot.epoch:,}" in window.epoch_label.text()
    assert np.isfinite(snapshot.loss) and np.isfinite(snapshot.surface.values).all()
    curve = window.loss_plot.curve
    qtbot.waitUntil(lambda: curve.getData()[1] is not None, timeout=TIMEOUT_MS)
    _, plotted = curve.getData()
    assert len(plotted) == snapshot.epoch and np.isfinite(plotted).all()
    window.surface_view.draw_now()
    heights = window.surface_view.drawn_heights()
    assert heights is not None and np.isfinite(heights).all()
    # Far outside 0..1: the mesh is cut off at the limits, the table abbreviates.
    low, high = HEIGHT_LIMITS
    assert heights.min() >= low and heights.max() <= high
    shown = [row[3] for row in table_rows(window.truth_table)]
    assert shown == [format_output(p) for p in snapshot.predictions]
    assert window.run_controls.play_action.text() == "Start again"
    assert not window.run_controls.step_action.isEnabled()

    click(qtbot, window, "reset_action")
    wait_for_state(qtbot, window, RunState.READY)
    assert "diverged" not in window.note.text()
    window.controls.lr.setValue(0.5)
    click(qtbot, window, "step_many_action")
    wait_for_epoch(qtbot, window, 100)
    assert window.state is RunState.PAUSED


def test_a_linear_output_offers_only_the_squared_error(
    qtbot: QtBot, window: MainWindow
) -> None:
    controls = window.controls
    bce = controls.loss.model().item(controls.loss.findData("bce"))
    assert bce.isEnabled()
    controls.output_activation.setCurrentIndex(
        controls.output_activation.findData("linear")
    )
    assert controls.loss.currentData() == "mse" and not bce.isEnabled()
    assert controls.config().output_activation == "linear"
    qtbot.waitUntil(
        lambda: window.snapshot.config == controls.config(), timeout=TIMEOUT_MS
    )
    controls.output_activation.setCurrentIndex(
        controls.output_activation.findData("sigmoid")
    )
    assert bce.isEnabled() and controls.loss.currentData() == "bce"


def test_typing_a_budget_while_training_is_not_overwritten(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controls.epochs.setValue(10**8)
    click(qtbot, window, "play_action")
    box = window.controls.epochs
    activate(qtbot, box)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "123")
    frames = window.surface_view.frames_drawn
    qtbot.waitUntil(lambda: window.surface_view.frames_drawn > frames + 3)
    assert box.lineEdit().text() == "123"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_for_state(qtbot, window, RunState.FINISHED)
    assert window.snapshot.config.epochs == 123
