"""How often a run at full speed is shown: the drawing budget on its own (no
thread, no Qt), then with a worker whose window draws at a cost."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import numpy as np
import pytest
from PySide6.QtCore import QObject, Slot
from pytestqt.qtbot import QtBot

from xorgui.core.snapshot import Snapshot
from xorgui.core.training.trainer import Trainer
from xorgui.window.worker.pacing import (
    DRAWING_SHARE,
    SLOWEST_SNAPSHOT_RATE,
    DrawingBudget,
)
from xorgui.window.worker.training_worker import SNAPSHOT_RATE

if TYPE_CHECKING:
    from conftest import WorkerProbe  # tests/gui/conftest.py

FASTEST = 1 / SNAPSHOT_RATE


def budget_after(cost: float, measurements: int) -> DrawingBudget:
    """A budget after `measurements` half seconds in which training took
    all the time and the window `cost` CPU seconds to draw each snapshot."""
    budget = DrawingBudget(SNAPSHOT_RATE)
    own = process = 0.0
    budget.restart(own, process)
    for _ in range(measurements):
        own += 0.5
        process += 0.5 + cost * 0.5 / budget.interval
        budget.measure(own, process)
    return budget


AT_THE_SHARE = DRAWING_SHARE * FASTEST
"""What drawing a snapshot may cost for the fastest rate to be kept."""


def test_a_window_that_draws_within_its_share_is_sent_every_snapshot():
    assert budget_after(AT_THE_SHARE / 2, 10).interval == FASTEST
    assert budget_after(0.0, 10).interval == FASTEST


def test_costly_drawing_thins_the_snapshots_out_to_the_slowest_rate_at_most():
    # Snapshots that cost twice that: the interval lengthens step by step
    # towards twice the shortest, where drawing takes its share.
    intervals = [budget_after(2 * AT_THE_SHARE, n).interval for n in range(1, 8)]
    assert intervals == sorted(intervals)
    assert FASTEST < intervals[0] < intervals[-1] <= 2 * FASTEST
    assert intervals[-1] == pytest.approx(2 * FASTEST, rel=0.05)
    assert budget_after(1.0, 20).interval == 1 / SLOWEST_SNAPSHOT_RATE


def test_snapshots_come_faster_again_once_drawing_is_cheap():
    budget = budget_after(1.0, 20)
    own = process = 0.0
    budget.restart(own, process)
    for _ in range(4):
        own += 0.5
        process += 0.5 + AT_THE_SHARE / 10 * 0.5 / budget.interval
        budget.measure(own, process)
    assert budget.interval < 1 / SLOWEST_SNAPSHOT_RATE / 3


def test_a_run_that_waits_for_its_speed_limit_is_shown_at_the_fastest_rate():
    budget = budget_after(1.0, 20)
    budget.waited()
    assert budget.interval == FASTEST
    # The time spent meanwhile says nothing about drawing's share: not counted.
    budget.measure(0.01, 100.0)
    assert budget.interval == FASTEST


class CostlyWindow(QObject):
    """Draws each snapshot the worker sends with `seconds` of CPU time, in
    the GUI thread, as a window with slow views would."""

    def __init__(self, probe: WorkerProbe, seconds: float) -> None:
        super().__init__()
        self._seconds = seconds
        probe.snapshot.connect(self._draw)

    @Slot(object)
    def _draw(self, _snapshot: Snapshot) -> None:
        done = time.thread_time() + self._seconds
        while time.thread_time() < done:
            pass


def snapshot_gaps(
    qtbot: QtBot,
    probe: WorkerProbe,
    monkeypatch: pytest.MonkeyPatch,
    speed: float | None,
) -> np.ndarray:
    """The gaps between the snapshots of the last second of three seconds'
    run (at `speed`, None: full speed) by the worker's clock, while the
    window spends 25 ms of CPU time drawing each."""
    taken: list[float] = []
    snapshot = Trainer.snapshot

    def timed_snapshot(self: Trainer, grid: int | None = None) -> Snapshot:
        taken.append(time.perf_counter())
        return snapshot(self, grid=grid)

    monkeypatch.setattr(Trainer, "snapshot", timed_snapshot)
    window = CostlyWindow(probe, 0.025)
    probe.worker.set_epoch_budget(10**9)
    probe.worker.set_speed(speed)
    probe.worker.play()
    qtbot.wait(3000)
    probe.worker.pause()
    qtbot.waitUntil(lambda: probe.states[-1] == "paused")
    del window
    last_second = [t for t in taken if t > taken[-1] - 1.0][:-1]  # not the pause's
    return np.diff(last_second)


def test_a_run_at_full_speed_is_shown_less_often_when_drawing_is_costly(
    qtbot: QtBot, probe: WorkerProbe, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 25 ms a snapshot at 30 a second would take the window 75% of a core:
    # within a fifth of training's time, it gets about 8 a second at most.
    gaps = snapshot_gaps(qtbot, probe, monkeypatch, speed=None)
    assert np.median(gaps) >= 2 * FASTEST


def test_a_run_held_to_a_speed_limit_is_shown_at_the_fastest_rate(
    qtbot: QtBot, probe: WorkerProbe, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Waiting for its speed limit, training wants no time the window takes.
    gaps = snapshot_gaps(qtbot, probe, monkeypatch, speed=500)
    assert np.median(gaps) < 1.5 * FASTEST
