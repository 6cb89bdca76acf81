"""Training > Sweep seeds: many seeds at once, shown as a person reads them."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from xorgui.core.session.run_session import RunState
from xorgui.core.sweep import run as sweep
from xorgui.core.sweep.run import run_sweep
from xorgui.core.training.trainer import Trainer
from xorgui.dialogs.sweep.dialog import SweepDialog
from xorgui.window.main_window import MainWindow
from xorgui.window.worker.jobs import sweep_threads

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


def run_to_the_end(qtbot: QtBot, dialog: SweepDialog, first: int, count: int) -> None:
    dialog.first_seed.setValue(first)
    dialog.seed_count.setValue(count)
    press(qtbot, dialog.run_button)
    qtbot.waitUntil(
        lambda: not dialog.running and dialog.sweep_result is not None,
        timeout=TIMEOUT_MS,
    )


def listed_seeds(dialog: SweepDialog) -> list[int]:
    """The seeds in the list of unsolved ones, as shown."""
    texts = [dialog.unsolved.item(i).text() for i in range(dialog.unsolved.count())]
    return [int(text.split()[1]) for text in texts]


def assert_the_bar_label_is_inside_the_plot(qtbot: QtBot, dialog: SweepDialog) -> None:
    """The "not solved" label above the red bar is drawn whole, not clipped (once
    the plot has laid itself out)."""
    plot = dialog.histogram.getPlotItem()
    (label,) = [item for item in plot.items if isinstance(item, pg.TextItem)]
    assert label.isVisible() and label.toPlainText() == "not solved"
    view = plot.getViewBox()
    qtbot.waitUntil(
        lambda: view.sceneBoundingRect().contains(label.sceneBoundingRect())
    )


def click_listed(qtbot: QtBot, dialog: SweepDialog, row: int) -> None:
    item = dialog.unsolved.item(row)
    dialog.unsolved.scrollToItem(item)
    centre = dialog.unsolved.visualItemRect(item).center()
    qtbot.mouseClick(dialog.unsolved.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_a_sweep_shows_how_many_seeds_learn_the_gate(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.controls.epochs.setValue(4000)
    dialog = open_sweep(qtbot, window)
    setup = "XOR, 2-2-1 sigmoid, SGD lr 0.1, BCE loss, 4,000 epochs"
    assert setup in dialog.intro.text()
    run_to_the_end(qtbot, dialog, 10, 60)
    expected = run_sweep(window.controls.config(), range(10, 70))
    solved = int(expected.solved.sum())
    assert 0 < solved < 60  # 4000 epochs: some seeds are still on the plateau
    summary = dialog.summary.text()
    assert f"Results for {setup}, seeds 10 to 69." in summary
    assert f"Solved XOR by {solved} of 60 seeds" in summary
    median = np.median(expected.epochs_to_solve[expected.solved])
    assert f"median {median:,.0f}" in summary
    never = expected.seeds[~expected.solved]
    assert f"Not solved within the 4,000-epoch budget: {never.size} seeds" in summary
    assert dialog.unsolved.isVisible()
    assert listed_seeds(dialog) == never.tolist()
    (edges, solved_bars), (_, never_bar) = dialog.bars()
    assert solved_bars.sum() == solved and never_bar.tolist() == [60 - solved]
    assert edges[0] == 0 and edges[-1] < 4000
    assert_the_bar_label_is_inside_the_plot(qtbot, dialog)
    assert dialog.progress.value() == dialog.progress.maximum() == 4000
    assert dialog.watch_seed_box.value() == never[0]
    assert not dialog.stale.isVisible()
    assert window.state is RunState.READY

    path = tmp_path / "sweep.csv"
    assert dialog.export_button.isEnabled()
    assert dialog.export_csv(str(path))
    assert path.read_text() == expected.csv()
    assert dialog.status_bar.currentMessage() == (
        f"Saved the sweep (60 seeds) to {path}"
    )


def test_clicking_an_unsolved_seed_watches_it(qtbot: QtBot, window: MainWindow) -> None:
    window.controls.epochs.setValue(3000)
    dialog = open_sweep(qtbot, window)
    run_to_the_end(qtbot, dialog, 0, 40)
    seeds = listed_seeds(dialog)
    assert len(seeds) > 3, "3000 epochs leave many seeds unsolved"
    click_listed(qtbot, dialog, len(seeds) - 1)
    assert window.controls.seed.value() == seeds[-1]
    assert dialog.watch_seed_box.value() == seeds[-1]
    qtbot.waitUntil(
        lambda: window.snapshot.config.seed == seeds[-1] and window.snapshot.epoch == 0,
        timeout=TIMEOUT_MS,
    )


def test_results_of_another_setup_are_marked_stale_and_not_watched(
    qtbot: QtBot, window: MainWindow
) -> None:
    controls = window.controls
    controls.epochs.setValue(3000)
    controls.loss.setCurrentIndex(controls.loss.findData("mse"))
    dialog = open_sweep(qtbot, window)
    run_to_the_end(qtbot, dialog, 0, 20)
    assert "MSE loss" in dialog.summary.text()
    assert dialog.watch_button.isEnabled() and dialog.unsolved.isEnabled()
    press(qtbot, dialog.close_button)

    controls.loss.setCurrentIndex(controls.loss.findData("bce"))
    dialog = open_sweep(qtbot, window)
    assert "BCE loss" in dialog.intro.text()
    assert dialog.stale.isVisible()
    assert "another setup" in dialog.stale.text()
    assert "Results for XOR, 2-2-1 sigmoid, SGD lr 0.1, MSE loss" in (
        dialog.summary.text()
    )
    assert not dialog.watch_button.isEnabled() and not dialog.unsolved.isEnabled()
    seed = controls.seed.value()
    click_listed(qtbot, dialog, 0)
    assert controls.seed.value() == seed  # no seed of the old setup is watched

    controls.loss.setCurrentIndex(controls.loss.findData("mse"))
    assert not dialog.stale.isVisible()
    assert dialog.watch_button.isEnabled() and dialog.unsolved.isEnabled()


def test_a_sweep_where_every_seed_solves_the_gate(
    qtbot: QtBot, window: MainWindow
) -> None:
    controls = window.controls
    controls.gate.setCurrentIndex(controls.gate.findData("or"))
    controls.lr.setValue(1.0)
    controls.epochs.setValue(1000)
    dialog = open_sweep(qtbot, window)
    run_to_the_end(qtbot, dialog, 0, 30)
    expected = run_sweep(controls.config(), range(30))
    assert expected.solved.all()
    summary = dialog.summary.text()
    assert "Solved OR by 30 of 30 seeds (100.0%)" in summary
    assert "Every seed solved it within the 1,000-epoch budget." in summary
    assert dialog.unsolved.count() == 0
    (_, solved_bars), (_, never_bar) = dialog.bars()
    assert solved_bars.sum() == 30 and never_bar.tolist() == [0]
    assert_the_bar_label_is_inside_the_plot(qtbot, dialog)
    slowest = expected.seeds[np.argmax(expected.epochs_to_solve)]
    assert dialog.watch_seed_box.value() == slowest


def test_a_sweep_that_fails_says_why_and_training_goes_on(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_sweep(*args: object, **kwargs: object) -> None:
        raise MemoryError("cannot allocate 80 GiB")

    monkeypatch.setattr(sweep, "run_sweep", failing_sweep)
    dialog = open_sweep(qtbot, window)
    dialog.seed_count.setValue(50)
    press(qtbot, dialog.run_button)
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT_MS)
    assert dialog.summary.text() == (
        "The sweep stopped because of an error: MemoryError: cannot allocate 80 GiB"
    )
    assert dialog.sweep_result is None and not dialog.export_button.isEnabled()
    assert dialog.run_button.isEnabled()
    qtbot.waitUntil(lambda: window.state is RunState.READY, timeout=TIMEOUT_MS)
    window.run_controls.step_action.trigger()
    qtbot.waitUntil(lambda: window.snapshot.epoch == 1, timeout=TIMEOUT_MS)


def test_watch_trains_the_chosen_seed_in_the_main_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_sweep(qtbot, window)
    dialog.watch_seed_box.setValue(7)
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
    assert dialog.summary.text() == "Sweep cancelled." and dialog.sweep_result is None
    assert dialog.run_button.isEnabled()
    assert window.snapshot.epoch == epoch  # training waited, model kept
    run.step_action.trigger()
    qtbot.waitUntil(lambda: window.snapshot.epoch == epoch + 1, timeout=TIMEOUT_MS)
    # The batched sweep used the machine's torch threads; training is back to one.
    assert threads == {"sweep": sweep_threads(), "train": 1}


def test_closing_the_dialog_cancels_its_sweep(qtbot: QtBot, window: MainWindow) -> None:
    dialog = start_big_sweep(qtbot, window)
    dialog.close()
    # The window's state and the dialog's cancelled sweep arrive as two signals.
    qtbot.waitUntil(
        lambda: window.state is RunState.READY and not dialog.running, timeout=2000
    )


def test_closing_the_window_mid_sweep_exits_within_a_second(
    qtbot: QtBot, window: MainWindow
) -> None:
    start_big_sweep(qtbot, window)
    worker = window.worker
    closed = time.perf_counter()
    window.close()
    assert not worker.is_alive()
    assert time.perf_counter() - closed < 1.0
