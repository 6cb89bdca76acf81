"""The surface flow control on its own: no thread, no Qt, no window."""

from __future__ import annotations

from dataclasses import replace

import pytest

from xorgui.core.snapshot import Snapshot
from xorgui.core.training.trainer import Trainer
from xorgui.window.surface_requests import SurfaceRequests


@pytest.fixture(scope="module")
def with_surface() -> Snapshot:
    return Trainer().snapshot(grid=8)


def test_the_first_snapshot_carries_a_surface_and_the_next_waits_for_a_request():
    requests = SurfaceRequests()
    assert requests.take()
    assert not requests.take()
    assert not requests.take()
    requests.request()
    assert requests.take()
    assert not requests.take()


def test_a_forced_snapshot_carries_one_and_answers_a_pending_request():
    requests = SurfaceRequests()
    assert requests.take()
    assert requests.take(force=True)
    assert requests.take(force=True)
    requests.request()
    assert requests.take(force=True)
    assert not requests.take()


def test_a_snapshot_without_a_surface_carries_the_last_one_sent(with_surface):
    requests = SurfaceRequests()
    bare = replace(with_surface, surface=None)
    assert requests.carry_latest(bare) is bare
    assert requests.carry_latest(with_surface) is with_surface
    later = replace(bare, epoch=5)
    carried = requests.carry_latest(later)
    assert carried.epoch == 5
    assert carried.surface is with_surface.surface
    newer = Trainer().snapshot(grid=4)
    assert requests.carry_latest(newer) is newer
    assert requests.carry_latest(bare).surface is newer.surface
