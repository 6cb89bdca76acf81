"""A replay of the timeline is bounded and can be stopped: a saved run whose tip
lies past what its checkpoints can replay is refused before anything changes,
and a replay stops short when its owner (the closing worker) asks."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from xorgui.core.config import TrainConfig
from xorgui.core.session.run_session import RunSession
from xorgui.core.session.timeline import REPLAY_PIECE, ReplayCancelled, Timeline
from xorgui.core.training.trainer import Trainer


def session_at(epochs: int) -> RunSession:
    session = RunSession(Trainer(TrainConfig(epochs=epochs)))
    session.play()
    session.train(epochs)
    return session


def test_a_saved_run_past_its_last_checkpoint_is_refused_and_nothing_changes() -> None:
    saved = session_at(300).saved_run()
    assert Timeline.can_replay(saved.timeline)
    far = replace(saved.timeline, tip=replace(saved.timeline.tip, epoch=10**15))
    assert not Timeline.can_replay(far)

    session = session_at(40)
    before = session.trainer.snapshot()
    with pytest.raises(ValueError, match="cannot replay"):
        session.load_run(replace(saved, timeline=far))
    assert session.trainer.epoch == 40 and session.timeline.end == 40
    np.testing.assert_array_equal(session.trainer.predictions(), before.predictions)


def test_a_replay_never_goes_further_than_the_spacing() -> None:
    session = session_at(300)
    timeline = session.timeline
    timeline.spacing = 16  # as a damaged record could claim
    with pytest.raises(ValueError, match="a replay covers at most 16"):
        timeline.model_at(255)


def test_a_replay_stops_short_when_asked_between_pieces() -> None:
    looking_back: list[bool] = []
    asked: list[bool] = []

    def cancelled() -> bool:
        if looking_back:
            asked.append(True)
        return len(asked) > 1  # after the look back's first piece

    config = TrainConfig(epochs=3 * REPLAY_PIECE)
    session = RunSession(Trainer(config), cancelled=cancelled)
    session.timeline.spacing = session.timeline.base_spacing = 4 * REPLAY_PIECE
    session.timeline.start(session.trainer)
    session.step(config.epochs)
    session.train(config.epochs)
    looking_back.append(True)
    with pytest.raises(ReplayCancelled):
        session.look_back(2 * REPLAY_PIECE + 5, None)
    assert len(asked) == 2
