"""The training worker: commands, throttling, budget, failures and shutdown."""

from __future__ import annotations

import csv
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
import torch
from pytestqt.qtbot import QtBot

from xorgui.core.config import TrainConfig
from xorgui.core.job_results import ExportResult
from xorgui.core.refusal import english
from xorgui.core.session.run_session import RunSession, RunState
from xorgui.core.snapshot import Snapshot, Surface
from xorgui.core.training.trainer import Trainer
from xorgui.window.worker.training_worker import SNAPSHOT_RATE, TrainingWorker

if TYPE_CHECKING:
    from collections.abc import Callable

    from conftest import WorkerProbe  # tests/gui/conftest.py

pytestmark = pytest.mark.gui

TIMEOUT_MS = 20_000


class Chunks:
    """Every chunk the worker trains (`RunSession.train`: the timeline may
    split it into several `Trainer.train` calls), noted in its thread: when it
    started (the worker's clock) and how many epochs it trained. Checks built
    on it count what the worker did instead of timing it from outside, which a
    loaded machine can stretch at will."""

    def __init__(self) -> None:
        self.calls: list[tuple[float, int]] = []

    @property
    def count(self) -> int:
        return len(self.calls)

    def cumulative_epochs(self) -> list[int]:
        return np.cumsum([epochs for _, epochs in self.calls]).tolist()


@pytest.fixture
def chunks(monkeypatch: pytest.MonkeyPatch) -> Chunks:
    recorded = Chunks()
    train = RunSession.train

    def noted_train(self: RunSession, count: int) -> int:
        started = time.perf_counter()
        done = train(self, count)
        if done:
            recorded.calls.append((started, done))
        return done

    monkeypatch.setattr(RunSession, "train", noted_train)
    return recorded


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
        snapshot.surface.values, Trainer(TrainConfig(seed=7)).surface(12).values
    )
    probe.worker.shutdown()
    assert not probe.worker.is_alive()


def test_play_trains_and_emits_rising_epochs(qtbot: QtBot, probe: WorkerProbe) -> None:
    with probe.wait_for_state(qtbot, RunState.RUNNING):
        probe.worker.play()
    qtbot.waitUntil(lambda: len(probe.snapshots) >= 4 and probe.latest.epoch > 500)
    epochs = [snapshot.epoch for snapshot in probe.snapshots]
    assert epochs == sorted(epochs)


def test_pause_lands_after_the_chunk_in_flight_and_then_nothing_is_emitted(
    qtbot: QtBot, probe: WorkerProbe, chunks: Chunks
) -> None:
    probe.worker.set_epoch_budget(10**9)
    probe.worker.play()
    qtbot.waitUntil(lambda: probe.latest.epoch > 100, timeout=TIMEOUT_MS)
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.pause()
        queued_at = chunks.count
    # The loop takes commands before every chunk: once the pause is queued, at
    # most the chunk it was about to start runs (a chunk is about 20 ms).
    assert chunks.count - queued_at <= 1
    paused_at = probe.latest.epoch
    assert paused_at == sum(epochs for _, epochs in chunks.calls)
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
    initial = Trainer().surface(100).values
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.step(500)
    with probe.wait_for_state(qtbot, RunState.READY):
        probe.worker.start_run(TrainConfig())
    assert probe.latest.epoch == 0
    assert len(probe.latest.history_losses) == 0
    np.testing.assert_array_equal(probe.latest.surface.values, initial)
    with qtbot.waitSignal(probe.snapshot, timeout=TIMEOUT_MS) as blocker:
        probe.worker.start_run(TrainConfig(seed=43, gate="and"))
    assert blocker.args[0].config.gate == "and"
    assert not np.array_equal(blocker.args[0].surface.values, initial)


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


def test_tells_what_continue_adds_the_budget_chosen_not_the_run_grown(
    qtbot: QtBot, make_probe: Callable[[TrainingWorker], WorkerProbe]
) -> None:
    probe = make_probe(TrainingWorker(TrainConfig(epochs=700)))
    with probe.wait_for_state(qtbot, RunState.READY):
        probe.worker.start()
    assert probe.continue_epochs_told == [700]
    with qtbot.waitSignal(probe.continue_epochs, timeout=TIMEOUT_MS):
        probe.worker.set_epoch_budget(300)
    for total in (300, 600):
        with probe.wait_for_state(qtbot, RunState.FINISHED):
            probe.worker.play()
        assert probe.latest.config.epochs == total
    assert probe.continue_epochs_told == [700, 300]
    with probe.wait_for_state(qtbot, RunState.READY):
        probe.worker.start_run(TrainConfig(epochs=250))
    assert probe.continue_epochs_told == [700, 300, 250]
    assert probe.latest.config.epochs == 250


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


def test_speed_limit_never_trains_faster_and_shows_every_chunk(
    qtbot: QtBot, probe: WorkerProbe, chunks: Chunks
) -> None:
    speed = 20
    probe.worker.set_speed(speed)
    probe.worker.play()
    qtbot.waitUntil(lambda: probe.latest.epoch >= speed, timeout=TIMEOUT_MS)
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.pause()
    paced_from = probe.worker._pacing.started  # set by play; read while paused
    trained = chunks.cumulative_epochs()
    # By the worker's clock, the epochs done by the start of each chunk never
    # run ahead of the limit (the first epoch goes at once).
    for (started, _), done in zip(chunks.calls, trained, strict=True):
        assert done <= speed * (started - paced_from) + 1
    # Slow enough to watch: every chunk (one epoch unless the machine stalled
    # the worker) is its own snapshot, then the pause shows the last again.
    shown = [snapshot.epoch for snapshot in probe.snapshots[1:]]
    assert shown == [*trained, trained[-1]]


def test_snapshots_are_throttled_and_the_grid_is_evaluated_only_when_asked(
    qtbot: QtBot, probe: WorkerProbe, monkeypatch: pytest.MonkeyPatch
) -> None:
    grids: list[int] = []
    taken: list[float] = []  # the worker's clock reading for each snapshot
    surface, snapshot = Trainer.surface, Trainer.snapshot

    def counting_surface(self: Trainer, size: int) -> Surface:
        grids.append(size)
        return surface(self, size)

    def timed_snapshot(self: Trainer, grid: int | None = None) -> Snapshot:
        taken.append(probe.worker._last_emit)  # what it throttles with
        return snapshot(self, grid=grid)

    monkeypatch.setattr(Trainer, "surface", counting_surface)
    monkeypatch.setattr(Trainer, "snapshot", timed_snapshot)
    with qtbot.waitSignal(probe.snapshot, timeout=TIMEOUT_MS):
        probe.worker.set_epoch_budget(10**9)  # shown at once: with a surface
    before, grids_before = len(probe.snapshots), len(grids)
    probe.worker.play()
    qtbot.waitUntil(lambda: len(probe.snapshots) >= before + 10, timeout=TIMEOUT_MS)
    # Nobody asked for a surface while running.
    assert all(s.surface is None for s in probe.snapshots[before:])
    asked = len(probe.snapshots)
    probe.worker.surface_requests.request()
    qtbot.waitUntil(lambda: len(probe.snapshots) >= asked + 3, timeout=TIMEOUT_MS)
    with_surface = [s for s in probe.snapshots[asked:] if s.surface is not None]
    assert len(with_surface) == 1 and with_surface[0].surface.values.shape == (100, 100)
    with probe.wait_for_state(qtbot, RunState.PAUSED):
        probe.worker.pause()
    # The final snapshot (forced by the pause) has a surface.
    assert probe.latest.surface is not None
    emitted = probe.snapshots[before:]
    assert len(grids) - grids_before == sum(s.surface is not None for s in emitted)
    # At most SNAPSHOT_RATE a second while running, by the worker's clock.
    running = taken[-len(emitted) : -1]
    assert min(np.diff(running)) >= 1 / SNAPSHOT_RATE


def test_set_grid_changes_the_surface_size(qtbot: QtBot, probe: WorkerProbe) -> None:
    with qtbot.waitSignal(probe.snapshot, timeout=TIMEOUT_MS) as blocker:
        probe.worker.set_grid(17)
    assert blocker.args[0].surface.values.shape == (17, 17)


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
    qtbot: QtBot, probe: WorkerProbe
) -> None:
    # A linear output with a large learning rate blows up within a few epochs.
    diverging = TrainConfig(
        activation="identity", output_activation="linear", loss="mse", lr=10.0
    )
    with qtbot.waitSignal(probe.snapshot, timeout=TIMEOUT_MS):
        probe.worker.start_run(diverging)
    with probe.wait_for_state(qtbot, RunState.DIVERGED):
        probe.worker.play()
    divergence = probe.latest.divergence
    assert divergence is not None
    assert "smaller learning rate" in divergence.message
    # The last finite model stays shown, as the trainer itself ends up.
    reference = Trainer(diverging)
    reference.train(10_000)
    assert reference.divergence is not None
    assert reference.divergence.message == divergence.message
    assert probe.latest.epoch == reference.epoch == divergence.epoch - 1
    np.testing.assert_array_equal(probe.latest.predictions, reference.predictions())
    # Neither Play nor Step does anything now; Reset starts again.
    probe.worker.play()
    probe.worker.step(5)
    with qtbot.assertNotEmitted(probe.snapshot, wait=300):
        pass
    with probe.wait_for_state(qtbot, RunState.READY):
        probe.worker.start_run(TrainConfig())
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
        probe.worker.start_run(TrainConfig())
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
    assert "does not exist" in english(blocker.args[0].error)
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
