"""The run session: every change of state, the epoch budget, Continue and steps,
checked on a real Trainer without threads or Qt."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from xorgui.core.config import TrainConfig
from xorgui.core.session.run_session import RunSession, RunState
from xorgui.core.training.trainer import Trainer

CHUNK = 64
DIVERGING: dict[str, Any] = {
    "activation": "identity",
    "output_activation": "linear",
    "loss": "mse",
    "lr": 10.0,
}
"""A linear output with a large learning rate blows up within a few epochs."""


def session_of(**changes: Any) -> RunSession:
    return RunSession(Trainer(TrainConfig(**changes)))


def train_out(session: RunSession) -> list[tuple[int, RunState]]:
    """Train chunk after chunk, as the worker does, until the session stops:
    the epochs each chunk trained and the state after it."""
    seen = []
    while session.training:
        done = session.train(CHUNK)
        seen.append((done, session.state))
    return seen


def finished_at(epochs: int) -> RunSession:
    session = session_of(epochs=epochs)
    session.play()
    train_out(session)
    assert session.state is RunState.FINISHED
    return session


def test_a_new_session_is_ready_with_its_configs_budget() -> None:
    session = session_of(epochs=300)
    assert session.state is RunState.READY
    assert session.budget == session.continue_epochs == session.epochs_left == 300
    assert session.trainer.epoch == 0
    assert not session.training and session.can_play


def test_play_runs_to_the_budget_in_chunks_then_finishes() -> None:
    session = session_of(epochs=300)
    assert session.play() == 0
    assert session.state is RunState.RUNNING and session.training
    assert not session.can_play  # a second Play changes nothing
    assert session.play() == 0 and session.budget == 300
    seen = train_out(session)
    last = (300 - 4 * CHUNK, RunState.FINISHED)
    assert seen == [(CHUNK, RunState.RUNNING)] * 4 + [last]
    assert session.trainer.epoch == 300 and session.epochs_left == 0
    assert session.train(CHUNK) == 0  # nothing to do once finished
    reference = Trainer(TrainConfig(epochs=300))
    reference.train(300)
    np.testing.assert_array_equal(
        session.trainer.predictions(), reference.predictions()
    )


def test_pause_stops_a_run_where_it_is() -> None:
    session = session_of(epochs=1000)
    session.play()
    session.train(100)
    assert session.pause()
    assert session.state is RunState.PAUSED and not session.training
    assert session.train(CHUNK) == 0
    assert session.trainer.epoch == 100
    assert not session.pause(), "nothing left to pause"
    assert session.state is RunState.PAUSED


def test_pause_when_idle_changes_nothing() -> None:
    session = session_of()
    assert not session.pause()
    assert session.state is RunState.READY


def test_play_on_a_finished_run_continues_by_the_budget_chosen() -> None:
    session = finished_at(200)
    for total in (400, 600):
        assert session.play() == 200
        assert session.budget == total and session.state is RunState.RUNNING
        train_out(session)
        assert session.state is RunState.FINISHED
        assert session.trainer.epoch == total
    assert session.continue_epochs == 200


def test_a_new_budget_is_what_continue_adds_from_then_on() -> None:
    session = finished_at(200)
    session.set_epoch_budget(50)
    assert session.state is RunState.FINISHED  # 200 epochs is past 50
    assert session.continue_epochs == 50
    assert session.play() == 50
    assert session.budget == 250
    train_out(session)
    assert session.trainer.epoch == 250 and session.state is RunState.FINISHED


def test_raising_the_budget_of_a_finished_run_pauses_it_and_play_goes_on() -> None:
    session = finished_at(200)
    session.set_epoch_budget(300)
    assert session.state is RunState.PAUSED and session.epochs_left == 100
    assert session.play() == 0, "below its budget, Play adds nothing"
    train_out(session)
    assert session.trainer.epoch == 300 and session.state is RunState.FINISHED


def test_the_budget_moving_past_a_paused_run_finishes_it_and_back() -> None:
    session = session_of(epochs=1000)
    session.step(100)
    train_out(session)
    assert session.state is RunState.PAUSED
    session.set_epoch_budget(100)
    assert session.state is RunState.FINISHED
    session.set_epoch_budget(500)
    assert session.state is RunState.PAUSED
    assert session.trainer.epoch == 100


def test_lowering_the_budget_of_a_running_run_finishes_it_where_it_is() -> None:
    session = session_of(epochs=1000)
    session.play()
    session.train(100)
    session.set_epoch_budget(80)
    assert session.state is RunState.FINISHED and not session.training
    assert session.trainer.epoch == 100


def test_raising_the_budget_while_running_keeps_it_running() -> None:
    session = session_of(epochs=100)
    session.play()
    session.set_epoch_budget(1000)
    assert session.state is RunState.RUNNING and session.training
    train_out(session)
    assert session.trainer.epoch == 1000


def test_a_long_step_trains_exactly_its_epochs_showing_running_between() -> None:
    session = session_of()
    session.step(150)
    assert session.state is RunState.READY, "no state until a chunk is trained"
    assert session.stepping and session.steps_left == 150
    seen = train_out(session)
    assert seen == [
        (CHUNK, RunState.RUNNING),
        (CHUNK, RunState.RUNNING),
        (150 - 2 * CHUNK, RunState.PAUSED),
    ]
    assert session.trainer.epoch == 150 and session.steps_left == 0


def test_a_short_step_goes_straight_to_paused() -> None:
    session = session_of()
    session.step(10)
    assert train_out(session) == [(10, RunState.PAUSED)]


def test_steps_add_up_and_pause_drops_the_rest() -> None:
    session = session_of()
    session.step(5)
    session.step(7)
    assert session.steps_left == 12
    session.train(3)
    assert session.steps_left == 9 and session.state is RunState.RUNNING
    assert session.pause()
    assert session.steps_left == 0 and session.state is RunState.PAUSED
    assert session.trainer.epoch == 3


def test_step_at_the_end_trains_past_the_budget_and_stays_finished() -> None:
    session = finished_at(100)
    session.step(5)
    assert train_out(session) == [(5, RunState.FINISHED)]
    assert session.trainer.epoch == 105 and session.budget == 100


def test_play_turns_a_step_in_progress_into_a_run() -> None:
    session = session_of(epochs=500)
    session.step(1000)
    session.train(10)
    assert session.play() == 0
    assert not session.stepping and session.training
    train_out(session)
    assert session.trainer.epoch == 500 and session.state is RunState.FINISHED


def test_step_rejects_zero() -> None:
    with pytest.raises(ValueError, match="at least one epoch"):
        session_of().step(0)


@pytest.mark.parametrize("how", ["play", "step"])
def test_divergence_settles_diverged_and_only_a_new_run_trains_again(
    how: str,
) -> None:
    session = session_of(epochs=10_000, **DIVERGING)
    if how == "play":
        session.play()
    else:
        session.step(10_000)
    seen = train_out(session)
    assert seen[-1][1] is RunState.DIVERGED
    divergence = session.trainer.divergence
    assert divergence is not None
    assert session.trainer.epoch == divergence.epoch - 1  # the last finite model
    assert not session.can_train and session.steps_left == 0
    assert session.play() == 0
    session.step(5)
    assert not session.training and session.state is RunState.DIVERGED
    session.start_run(TrainConfig())
    assert session.state is RunState.READY and session.can_play
    assert session.trainer.divergence is None


def test_a_failure_stops_training_until_a_new_run() -> None:
    session = session_of(epochs=1000)
    session.play()
    session.train(10)
    session.fail()
    assert session.state is RunState.FAILED and not session.training
    assert session.play() == 0
    session.step(5)
    assert not session.training and session.train(CHUNK) == 0
    session.start_run(TrainConfig())
    assert session.state is RunState.READY and session.can_play


def test_a_new_run_starts_over_with_its_configs_budget() -> None:
    session = finished_at(250)
    session.play()
    train_out(session)
    assert session.budget == 500
    session.start_run(TrainConfig(epochs=250))
    assert session.state is RunState.READY
    assert session.trainer.epoch == 0
    assert session.budget == session.continue_epochs == 250
    np.testing.assert_array_equal(
        session.trainer.predictions(), Trainer(TrainConfig()).predictions()
    )


def test_a_new_run_stops_training_and_takes_the_new_budget() -> None:
    session = session_of(epochs=1000)
    session.play()
    session.train(10)
    session.start_run(TrainConfig(seed=3, epochs=40))
    assert session.state is RunState.READY and not session.training
    assert session.budget == session.continue_epochs == 40
    assert session.trainer.config.seed == 3


def test_the_learning_rate_changes_and_the_model_is_kept() -> None:
    session = session_of()
    session.step(200)
    train_out(session)
    session.set_learning_rate(0.5)
    assert session.trainer.config.lr == 0.5
    assert session.trainer.epoch == 200 and session.state is RunState.PAUSED
