"""Latest wins: a view's mailbox draws the newest snapshot at its own pace,
and a costly view at a slower one."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from xorgui.core.snapshot import Snapshot
from xorgui.core.training.trainer import Trainer
from xorgui.visuals.latest import VIEW_SHARE, LatestSnapshot

pytestmark = pytest.mark.gui

INTERVAL_MS = 20


class View(QObject):
    """Draws each snapshot with `cost` seconds of CPU time (as long or longer
    by the clock) and notes its epoch."""

    def __init__(self, cost: float) -> None:
        super().__init__()
        self.cost = cost
        self.drawn: list[int] = []
        self.latest = LatestSnapshot(self.draw, INTERVAL_MS, self)

    def draw(self, snapshot: Snapshot) -> None:
        done = time.thread_time() + self.cost
        while time.thread_time() < done:
            pass
        self.drawn.append(snapshot.epoch)


def stream(qtbot: QtBot, view: View, seconds: float) -> list[int]:
    """Put a new snapshot every 5 ms for `seconds`; the epochs put."""
    base = Trainer().snapshot()
    put: list[int] = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        put.append(len(put) + 1)
        view.latest.put(replace(base, epoch=put[-1]))
        qtbot.wait(5)
    return put


def test_a_quiet_view_draws_a_snapshot_at_once_and_only_the_newest(qtbot: QtBot):
    view = View(cost=0.0)
    base = Trainer().snapshot()
    view.latest.put(base)
    qtbot.waitUntil(lambda: view.drawn == [0])
    put = stream(qtbot, view, 0.5)
    qtbot.waitUntil(lambda: view.drawn[-1] == put[-1])
    # Many were replaced before their frame; those drawn are in order.
    assert 1 < len(view.drawn) < len(put)
    assert view.drawn == sorted(view.drawn)


def test_a_costly_view_draws_less_often_and_a_cheap_one_keeps_its_pace(
    qtbot: QtBot,
):
    cheap, costly = View(cost=0.0), View(cost=0.01)
    # 10 ms a draw: at most VIEW_SHARE of the time, one draw in 400 ms.
    for view in (cheap, costly):
        stream(qtbot, view, 1.0)
    assert costly.latest.spacing() >= 0.01 / VIEW_SHARE * 0.9
    assert cheap.latest.spacing() == INTERVAL_MS / 1000
    assert len(costly.drawn) <= 1.0 / (0.01 / VIEW_SHARE) + 3
    assert len(cheap.drawn) > 2 * len(costly.drawn)
