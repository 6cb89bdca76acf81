"""The training worker: commands, throttling, budget, failures and shutdown."""

from __future__ import annotations

import csv
import math
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
import torch
from pytestqt.qtbot import QtBot

from xorgui.config import TrainConfig
from xorgui.training import Trainer
from xorgui.worker import SNAPSHOT_RATE, ExportResult, RunState, TrainingWorker

if TYPE_CHECKING:
    from collections.abc import Callable

    from conftest import WorkerProbe  # tests/gui/conftest.py

pytestmark = pytest.mark.gui

TIMEOUT_MS = 20_000


def test_starts_with_a_snapshot_then_ready(
    qtbot: QtBot, make_probe: Callable[[TrainingWorker], WorkerProbe]
) -> None:
    probe = make_probe(TrainingWorker(TrainConfig(seed=7), grid=12))
    with probe.wait_for_state(qtbot, RunState.READY):
        probe.worker.start()
    [snapshot] = probe.snapshots
    assert probe.states == ["ready"]
    assert snapshot.epoch == 0
    assert snapshot.config.seed == 7
    np.testing.assert_array_equal(
        snapshot.surface, Trainer(TrainConfig(seed=7)).surface(12)
    )
    probe.worker.shutdown()
    assert not probe.worker.is_alive()


def test_play_trains_and_emits_rising_epochs(qtbot: QtBot, probe: WorkerProbe) -> None:
    with probe.wait_for_state(qtbot, RunState.RUNNING):
        probe.worker.play()
    qtbot.waitUntil(lambda: len(probe.snapshots) >= 4 and probe.latest.epoch > 500)
    epochs = [snapshot.epoch for snapshot in probe.snapshots]
    assert epochs == sorted(epochs)


def test_pause_lands_fast_and_then_nothing_is_emitted(
    qtbot: QtBot, probe: WorkerProbe
) -> None:
    probe.worker.play()
    qtbot.waitUntil(lambda: probe.latest.epoch > 100, timeout=TIMEOUT_MS)
    asked = time.perf_counter()
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.pause()
    assert time.perf_counter() - asked < 0.1
    paused_at = probe.latest.epoch
    with qtbot.assertNotEmitted(probe.snapshot, wait=400):
        pass
    assert probe.latest.epoch == paused_at


@pytest.mark.parametrize("count", [1, 100, 6_789])
def test_step_advances_exactly_n_epochs_and_pauses(
    qtbot: QtBot, probe: WorkerProbe, count: int
) -> None:
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.step(count)
    assert probe.latest.epoch == count
    probe.worker.step(count)
    qtbot.waitUntil(
        lambda: probe.latest.epoch == 2 * count and probe.states[-1] == "paused",
        timeout=TIMEOUT_MS,
    )
    with qtbot.assertNotEmitted(probe.snapshot, wait=200):
        pass
    assert probe.latest.epoch == 2 * count


def test_a_short_step_does_not_flash_the_running_state(
    qtbot: QtBot, probe: WorkerProbe
) -> None:
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.step(1)
    with qtbot.waitSignal(probe.snapshot, timeout=TIMEOUT_MS):
        probe.worker.step(1)
    assert probe.states == ["ready", "paused"]


def test_step_rejects_zero(probe: WorkerProbe) -> None:
    with pytest.raises(ValueError, match="at least one epoch"):
        probe.worker.step(0)


def test_reset_returns_to_the_same_initial_model(
    qtbot: QtBot, probe: WorkerProbe
) -> None:
    initial = Trainer().surface(100)
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.step(500)
    with probe.wait_for_state(qtbot, RunState.READY):
        probe.worker.reset(TrainConfig())
    assert probe.latest.epoch == 0
    assert len(probe.latest.history_losses) == 0
    np.testing.assert_array_equal(probe.latest.surface, initial)
    with qtbot.waitSignal(probe.snapshot, timeout=TIMEOUT_MS) as blocker:
        probe.worker.reset(TrainConfig(seed=43, gate="and"))
    assert blocker.args[0].config.gate == "and"
    assert not np.array_equal(blocker.args[0].surface, initial)


def test_finishes_at_the_budget_and_play_continues_by_as_much_again(
    qtbot: QtBot, probe: WorkerProbe
) -> None:
    probe.worker.set_epoch_budget(700)
    with probe.wait_for_state(qtbot, RunState.FINISHED):
        probe.worker.play()
    assert probe.latest.epoch == 700
    with probe.wait_for_state(qtbot, RunState.FINISHED):
        probe.worker.play()
    assert probe.latest.epoch == 1400
    assert probe.latest.config.epochs == 1400


def test_raising_the_budget_of_a_finished_run_lets_it_continue(
    qtbot: QtBot, probe: WorkerProbe
) -> None:
    probe.worker.set_epoch_budget(300)
    with probe.wait_for_state(qtbot, RunState.FINISHED):
        probe.worker.play()
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.set_epoch_budget(500)
    with probe.wait_for_state(qtbot, RunState.FINISHED):
        probe.worker.play()
    assert probe.latest.epoch == 500


def test_learning_rate_changes_live_without_a_reset(
    qtbot: QtBot, probe: WorkerProbe
) -> None:
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.step(200)
    probe.worker.set_learning_rate(0.5)
    probe.worker.step(10)
    qtbot.waitUntil(lambda: probe.latest.epoch == 210, timeout=TIMEOUT_MS)
    assert probe.latest.config.lr == 0.5
    reference = Trainer()
    reference.train(200)
    reference.set_learning_rate(0.5)
    reference.train(10)
    np.testing.assert_array_equal(probe.latest.predictions, reference.predictions())


def test_speed_limit_trains_about_that_many_epochs_a_second(
    qtbot: QtBot, probe: WorkerProbe
) -> None:
    probe.worker.set_speed(20)
    probe.worker.play()
    qtbot.wait(1000)
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.pause()
    assert 10 <= probe.latest.epoch <= 25, probe.latest.epoch
    # Slow enough to watch: every epoch is its own snapshot.
    assert [s.epoch for s in probe.snapshots[1:6]] == [1, 2, 3, 4, 5]


def test_snapshots_are_throttled_and_the_grid_is_evaluated_only_when_asked(
    qtbot: QtBot, probe: WorkerProbe, monkeypatch: pytest.MonkeyPatch
) -> None:
    grids: list[int] = []
    surface = Trainer.surface

    def counting_surface(self: Trainer, size: int) -> np.ndarray:
        grids.append(size)
        return surface(self, size)

    monkeypatch.setattr(Trainer, "surface", counting_surface)
    before = len(probe.snapshots)
    probe.worker.set_epoch_budget(10**9)
    probe.worker.play()
    qtbot.wait(500)
    running = len(probe.snapshots)
    qtbot.wait(500)
    # The commands' snapshots carried surfaces; then nobody asked for one.
    assert len(probe.snapshots) >= running + 5
    assert all(s.surface is None for s in probe.snapshots[running:])
    asked = len(probe.snapshots)
    probe.worker.request_surface()
    qtbot.waitUntil(lambda: len(probe.snapshots) >= asked + 3)
    with_surface = [s for s in probe.snapshots[asked:] if s.surface is not None]
    assert len(with_surface) == 1 and with_surface[0].surface.shape == (100, 100)
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.pause()
    emitted = probe.snapshots[before:]
    # At most SNAPSHOT_RATE a second, plus the final one, which has a surface.
    assert 5 <= len(emitted) <= SNAPSHOT_RATE * 1.5 + 5
    assert probe.latest.surface is not None
    assert len(grids) == sum(s.surface is not None for s in emitted)
    assert len(grids) <= 5


def test_set_grid_changes_the_surface_size(qtbot: QtBot, probe: WorkerProbe) -> None:
    with qtbot.waitSignal(probe.snapshot, timeout=TIMEOUT_MS) as blocker:
        probe.worker.set_grid(17)
    assert blocker.args[0].surface.shape == (17, 17)


def test_a_changed_setting_is_shown_at_once_when_idle(
    qtbot: QtBot, probe: WorkerProbe
) -> None:
    with qtbot.waitSignal(probe.snapshot, timeout=TIMEOUT_MS) as blocker:
        probe.worker.set_epoch_budget(500)
    assert blocker.args[0].config.epochs == 500
    with qtbot.waitSignal(probe.snapshot, timeout=TIMEOUT_MS) as blocker:
        probe.worker.set_learning_rate(0.25)
    assert blocker.args[0].config.lr == 0.25
    assert blocker.args[0].epoch == 0


def test_divergence_stops_training_with_the_diverged_state(
    qtbot: QtBot, probe: WorkerProbe, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No allowed config diverges (the sigmoid output saturates), so poison a
    # weight the way the core's own divergence test does.
    train = Trainer.train

    def poisoned_train(self: Trainer, epochs: int) -> np.ndarray:
        if self.epoch >= 50:
            with torch.no_grad():
                self.model[0].weight[0, 0] = math.inf
        return train(self, epochs)

    monkeypatch.setattr(Trainer, "train", poisoned_train)
    with probe.wait_for_state(qtbot, RunState.DIVERGED):
        probe.worker.play()
    assert probe.latest.divergence is not None
    assert "smaller learning rate" in probe.latest.divergence.message
    # Neither Play nor Step does anything now; Reset starts again.
    probe.worker.play()
    probe.worker.step(5)
    with qtbot.assertNotEmitted(probe.snapshot, wait=300):
        pass
    monkeypatch.undo()
    with probe.wait_for_state(qtbot, RunState.READY):
        probe.worker.reset(TrainConfig())
    assert probe.latest.divergence is None


def test_an_exception_in_training_becomes_failed_and_the_thread_lives_on(
    qtbot: QtBot, probe: WorkerProbe, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_train(self: Trainer, epochs: int) -> np.ndarray:
        raise RuntimeError("the engine broke")

    monkeypatch.setattr(Trainer, "train", broken_train)
    with (
        qtbot.waitSignal(probe.failed, timeout=TIMEOUT_MS) as failure,
        probe.wait_for_state(qtbot, RunState.FAILED),
    ):
        probe.worker.play()
    assert "RuntimeError: the engine broke" in failure.args[0]
    assert "Reset" in failure.args[0]
    assert probe.worker.is_alive()
    monkeypatch.undo()
    with probe.wait_for_state(qtbot, RunState.READY):
        probe.worker.reset(TrainConfig())
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.step(3)
    assert probe.latest.epoch == 3


def test_export_history_writes_every_epoch(
    qtbot: QtBot, probe: WorkerProbe, tmp_path: Path
) -> None:
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.step(5000)
    path = tmp_path / "loss.csv"
    with qtbot.waitSignal(probe.exported, timeout=TIMEOUT_MS) as blocker:
        probe.worker.export_history(str(path))
    assert blocker.args[0] == ExportResult("history", str(path), None)
    with path.open(newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["epoch", "loss"]
    assert [int(row[0]) for row in rows[1:]] == list(range(5001))
    losses = Trainer().train(5001)  # the last row is the shown model's loss
    np.testing.assert_allclose([float(row[1]) for row in rows[1:]], losses, rtol=1e-7)


def test_export_model_writes_a_loadable_checkpoint(
    qtbot: QtBot, probe: WorkerProbe, tmp_path: Path
) -> None:
    path = tmp_path / "model.pt"
    with qtbot.waitSignal(probe.exported, timeout=TIMEOUT_MS) as blocker:
        probe.worker.export_model(str(path))
    assert blocker.args[0].error is None
    checkpoint = torch.load(path, weights_only=True)
    assert checkpoint["config"] == TrainConfig().to_dict()


def test_export_failure_is_a_message_not_a_failed_run(
    qtbot: QtBot, probe: WorkerProbe, tmp_path: Path
) -> None:
    path = tmp_path / "no such folder" / "loss.csv"
    with qtbot.waitSignal(probe.exported, timeout=TIMEOUT_MS) as blocker:
        probe.worker.export_history(str(path))
    assert "does not exist" in blocker.args[0].error
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.step(1)


def test_shutdown_while_running_ends_the_thread_within_a_second(
    qtbot: QtBot, probe: WorkerProbe
) -> None:
    probe.worker.set_epoch_budget(10**9)
    with probe.wait_for_state(qtbot, RunState.RUNNING):
        probe.worker.play()
    qtbot.wait(200)
    started = time.perf_counter()
    probe.worker.shutdown()
    assert time.perf_counter() - started < 1.0
    assert not probe.worker.is_alive()


def test_shutdown_wakes_a_slowly_paced_loop(qtbot: QtBot, probe: WorkerProbe) -> None:
    probe.worker.set_speed(1)
    with probe.wait_for_state(qtbot, RunState.RUNNING):
        probe.worker.play()
    qtbot.wait(100)
    started = time.perf_counter()
    probe.worker.shutdown()
    assert time.perf_counter() - started < 0.5


def test_shutdown_before_start_and_twice_is_harmless() -> None:
    worker = TrainingWorker(TrainConfig())
    worker.shutdown()
    worker.shutdown()
    assert not worker.is_alive()
