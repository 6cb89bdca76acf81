"""Training > Sweep seeds: many seeds at once, shown as a person reads them."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from xorgui import sweep
from xorgui.sweep import run_sweep
from xorgui.training import Trainer
from xorgui.views.main_window import MainWindow
from xorgui.views.sweep_dialog import SweepDialog
from xorgui.worker import RunState, sweep_threads

pytestmark = pytest.mark.gui

TIMEOUT_MS = 60_000
BIG_SWEEP = 5000  # seeds x 20,000 epochs: over a minute, to be interrupted


def press(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_sweep(qtbot: QtBot, window: MainWindow) -> SweepDialog:
    window.sweep_action.trigger()
    dialog = window.sweep_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def start_big_sweep(qtbot: QtBot, window: MainWindow) -> SweepDialog:
    dialog = open_sweep(qtbot, window)
    dialog.seed_count.setValue(BIG_SWEEP)
    press(qtbot, dialog.run_button)
    qtbot.waitUntil(lambda: window.state is RunState.SWEEPING, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=TIMEOUT_MS)
    return dialog


def test_a_sweep_shows_how_many_seeds_learn_the_gate(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.controls.epochs.setValue(4000)
    dialog = open_sweep(qtbot, window)
    assert "xor 2-2-1 sigmoid, sgd lr 0.1, bce loss, 4000 epochs" in (
        dialog.intro.text()
    )
    dialog.first_seed.setValue(10)
    dialog.seed_count.setValue(60)
    press(qtbot, dialog.run_button)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=TIMEOUT_MS)
    expected = run_sweep(window.controls.config(), range(10, 70))
    solved = int(expected.solved.sum())
    assert 0 < solved < 60  # 4000 epochs: some seeds are still on the plateau
    assert f"Solved XOR by {solved} of 60 seeds" in dialog.summary.text()
    median = np.median(expected.epochs_to_solve[expected.solved])
    assert f"median {median:,.0f}" in dialog.summary.text()
    never = expected.seeds[~expected.solved]
    assert f"Never solved: seed {never[0]}, {never[1]}" in dialog.summary.text()
    (edges, solved_bars), (_, never_bar) = dialog.bars()
    assert solved_bars.sum() == solved and never_bar.tolist() == [60 - solved]
    assert edges[0] == 0 and edges[-1] < 4000
    assert dialog.progress.value() == dialog.progress.maximum() == 4000
    assert dialog.watch.value() == never[0]
    assert window.state is RunState.READY

    path = tmp_path / "sweep.csv"
    assert dialog.export_button.isEnabled()
    assert dialog.export_csv(str(path))
    assert path.read_text() == expected.csv()


def test_watch_trains_the_chosen_seed_in_the_main_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_sweep(qtbot, window)
    dialog.watch.setValue(7)
    press(qtbot, dialog.watch_button)
    assert window.controls.seed.value() == 7
    qtbot.waitUntil(
        lambda: window.snapshot.config.seed == 7 and window.snapshot.epoch == 0,
        timeout=TIMEOUT_MS,
    )


def test_training_waits_during_a_sweep_and_cancel_ends_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Torch's thread count is set per thread: read it in the worker's.
    threads: dict[str, int] = {}

    def reading_threads(name: str, function: Callable) -> Callable:
        def read(*args: object, **kwargs: object) -> object:
            threads[name] = torch.get_num_threads()
            return function(*args, **kwargs)

        return read

    monkeypatch.setattr(sweep, "run_sweep", reading_threads("sweep", sweep.run_sweep))
    monkeypatch.setattr(Trainer, "train", reading_threads("train", Trainer.train))
    window.controls.epochs.setValue(10**7)
    window.run_controls.play_action.trigger()
    qtbot.waitUntil(lambda: window.snapshot.epoch > 1000, timeout=TIMEOUT_MS)
    dialog = start_big_sweep(qtbot, window)
    epoch = window.snapshot.epoch
    run = window.run_controls
    assert not run.play_action.isEnabled() and not run.step_action.isEnabled()
    assert not run.reset_action.isEnabled() and not dialog.run_button.isEnabled()
    assert "sweeping seeds" in window.state_label.text()
    cancelled = time.perf_counter()
    press(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: window.state is RunState.PAUSED, timeout=TIMEOUT_MS)
    assert time.perf_counter() - cancelled < 1.0
    assert dialog.summary.text() == "Sweep cancelled." and dialog.result is None
    assert dialog.run_button.isEnabled()
    assert window.snapshot.epoch == epoch  # training waited, model kept
    run.step_action.trigger()
    qtbot.waitUntil(lambda: window.snapshot.epoch == epoch + 1, timeout=TIMEOUT_MS)
    # The batched sweep used the machine's torch threads; training is back to one.
    assert threads == {"sweep": sweep_threads(), "train": 1}


def test_closing_the_dialog_cancels_its_sweep(qtbot: QtBot, window: MainWindow) -> None:
    dialog = start_big_sweep(qtbot, window)
    dialog.close()
    qtbot.waitUntil(lambda: window.state is RunState.READY, timeout=2000)
    assert not dialog.running


def test_closing_the_window_mid_sweep_exits_within_a_second(
    qtbot: QtBot, window: MainWindow
) -> None:
    start_big_sweep(qtbot, window)
    worker = window.worker
    closed = time.perf_counter()
    window.close()
    assert not worker.is_alive()
    assert time.perf_counter() - closed < 1.0
