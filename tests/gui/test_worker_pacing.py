"""How often a run at full speed is shown: the drawing budget on its own (no
thread, no Qt), then with a worker whose window draws at a cost."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
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


def budget_after(
    cost: float, measurements: int, *, spare_core: bool = False
) -> DrawingBudget:
    """A budget after `measurements` half seconds in which the window took
    `cost` CPU seconds to draw each snapshot, and training the rest of the
    one core the process has (all of another with `spare_core`)."""
    budget = DrawingBudget(SNAPSHOT_RATE)
    own = process = now = 0.0
    budget.restart(own, process, now)
    for _ in range(measurements):
        drawn = min(cost * 0.5 / budget.interval, 0.45)
        trained = 0.5 if spare_core else 0.5 - drawn
        own, process, now = own + trained, process + trained + drawn, now + 0.5
        budget.measure(own, process, now)
    return budget


TWICE_AS_SPACED = 0.5 * DRAWING_SHARE / (1 + DRAWING_SHARE) / (0.5 / (2 * FASTEST))
"""The cost of a snapshot that, on one core, leaves training its share with
snapshots twice the shortest interval apart."""


def test_a_window_that_draws_within_its_share_is_sent_every_snapshot():
    assert budget_after(TWICE_AS_SPACED / 4, 10).interval == FASTEST
    assert budget_after(0.0, 10).interval == FASTEST


def test_costly_drawing_thins_the_snapshots_out_to_the_slowest_rate_at_most():
    intervals = [budget_after(TWICE_AS_SPACED, n).interval for n in range(1, 9)]
    assert intervals == sorted(intervals)
    assert FASTEST < intervals[0] < intervals[-1] <= 2 * FASTEST
    assert intervals[-1] == pytest.approx(2 * FASTEST, rel=0.05)
    assert budget_after(1.0, 20).interval == 1 / SLOWEST_SNAPSHOT_RATE


def test_snapshots_come_faster_again_once_drawing_is_cheap():
    budget = budget_after(1.0, 20)
    own = process = now = 0.0
    budget.restart(own, process, now)
    for _ in range(4):
        drawn = TWICE_AS_SPACED / 10 * 0.5 / budget.interval
        own, process, now = own + 0.5 - drawn, process + 0.5, now + 0.5
        budget.measure(own, process, now)
    assert budget.interval < 1 / SLOWEST_SNAPSHOT_RATE / 3


def test_training_with_a_core_of_its_own_is_shown_at_the_fastest_rate():
    # Drawing runs on another core then: it takes nothing from training.
    assert budget_after(1.0, 20, spare_core=True).interval == FASTEST


def test_a_run_that_waits_for_its_speed_limit_is_shown_at_the_fastest_rate():
    budget = budget_after(1.0, 20)
    budget.waited()
    assert budget.interval == FASTEST
    # The time spent meanwhile says nothing about drawing's share: not counted.
    budget.measure(0.01, 100.0, 100.0)
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


@pytest.fixture
def one_core(probe: WorkerProbe) -> Iterator[None]:
    """Every thread of the process (the worker's too) on one core, as on a
    busy machine: the window's drawing then takes training's time."""
    if not hasattr(os, "sched_setaffinity"):
        pytest.skip("needs os.sched_setaffinity (Linux)")
    threads = [int(task) for task in os.listdir("/proc/self/task")]
    cores = {thread: os.sched_getaffinity(thread) for thread in threads}
    core = min(os.sched_getaffinity(0))
    for thread in threads:
        os.sched_setaffinity(thread, {core})
    yield
    for thread, allowed in cores.items():
        with contextlib.suppress(OSError):  # a thread that has ended
            os.sched_setaffinity(thread, allowed)


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


@pytest.mark.usefixtures("one_core")
def test_a_run_at_full_speed_is_shown_less_often_when_drawing_is_costly(
    qtbot: QtBot, probe: WorkerProbe, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 25 ms a snapshot at 30 a second would take 75% of the core: within a
    # fifth of training's time, the window gets about 7 a second at most.
    gaps = snapshot_gaps(qtbot, probe, monkeypatch, speed=None)
    assert np.median(gaps) >= 2 * FASTEST


def test_a_run_held_to_a_speed_limit_is_shown_at_the_fastest_rate(
    qtbot: QtBot, probe: WorkerProbe, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Waiting for its speed limit, training wants no time the window takes.
    gaps = snapshot_gaps(qtbot, probe, monkeypatch, speed=500)
    assert np.median(gaps) < 1.5 * FASTEST
