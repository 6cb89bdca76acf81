"""The timeline: any epoch rebuilt bit for bit, across changes, in bounded memory."""

from __future__ import annotations

import numpy as np
import pytest

from xorgui.core.config import TrainConfig
from xorgui.core.session.run_session import RunSession, RunState
from xorgui.core.session.timeline import DEFAULT_MAX_BYTES, DEFAULT_SPACING, Timeline
from xorgui.core.training.checkpoint import Checkpoint, checkpoint_bytes
from xorgui.core.training.trainer import Trainer

SETUPS = [
    TrainConfig(epochs=1500),
    TrainConfig(epochs=1500, hidden=(3,), momentum=0.9, lr=0.5),
    TrainConfig(epochs=1500, hidden=(4, 4), activation="tanh", optimizer="adam"),
    TrainConfig(
        epochs=1500,
        hidden=(5,),
        activation="relu",
        output_activation="linear",
        loss="mse",
        optimizer="adam",
        lr=0.01,
        seed=7,
    ),
]
CHUNKS = (37, 500, 1, 128, 834)
"""Uneven chunks, as the worker's pacing gives them (they add up to 1500)."""


def checkpoints_along(config: TrainConfig, epochs: list[int]) -> dict[int, Checkpoint]:
    """An uninterrupted run's checkpoints at `epochs` (ascending)."""
    trainer = Trainer(config)
    found = {}
    for epoch in epochs:
        trainer.train(epoch - trainer.epoch)
        found[epoch] = trainer.checkpoint()
    return found


def trained_session(config: TrainConfig) -> RunSession:
    session = RunSession(Trainer(config))
    session.play()
    for chunk in CHUNKS:
        session.train(chunk)
    assert session.trainer.epoch == config.epochs
    return session


@pytest.mark.parametrize("config", SETUPS, ids=lambda c: f"{c.architecture}")
def test_any_epoch_is_the_uninterrupted_runs_model_bit_for_bit(
    config: TrainConfig,
) -> None:
    session = trained_session(config)
    rng = np.random.default_rng(config.seed + len(config.hidden))
    epochs = sorted({0, 63, 64, 1499, *rng.integers(1, 1500, 5).tolist()})
    expected = checkpoints_along(config, epochs)
    for epoch in epochs:
        shown = session.timeline.model_at(epoch)
        assert shown.epoch == epoch
        assert shown.checkpoint().same_as(expected[epoch]), epoch


KEEPING = [
    # Each run goes from unsolved to solved along the way.
    (TrainConfig(gate="AND", hidden=(), epochs=3000), (700, 2500)),
    (TrainConfig(hidden=(4,), lr=1.0, epochs=3000), (100, 2900)),
    (TrainConfig(hidden=(3,), optimizer="adam", lr=0.05, epochs=3000), (2048, 952)),
]


@pytest.mark.parametrize("config, calls", KEEPING, ids=["and", "xor", "adam"])
def test_checkpoints_kept_inside_the_engine_are_the_runs_own(
    config: TrainConfig, calls: tuple[int, ...]
) -> None:
    """States kept on the way (several a call, across the engine's chunks)
    equal a run stopped there: values, step and solved epoch."""
    trainer = Trainer(config)
    kept = []
    for count in calls:
        kept += trainer.train_keeping(count, 64)[1]
    epochs = [checkpoint.epoch for checkpoint in kept]
    assert epochs == list(range(64, sum(calls) + 1, 64))
    expected = checkpoints_along(config, epochs)
    assert len({checkpoint.solved_since for checkpoint in kept}) > 1
    for checkpoint in kept:
        assert checkpoint.same_as(expected[checkpoint.epoch]), checkpoint.epoch


def test_a_diverging_call_keeps_only_the_states_before_it() -> None:
    config = TrainConfig(
        activation="identity",
        output_activation="linear",
        loss="mse",
        lr=10.0,
        epochs=500,
    )
    trainer = Trainer(config)
    _, kept = trainer.train_keeping(500, 1)
    assert trainer.divergence is not None and 0 < trainer.epoch < 500
    assert [c.epoch for c in kept] == list(range(1, trainer.epoch + 1))
    expected = checkpoints_along(config, [c.epoch for c in kept])
    for checkpoint in kept:
        assert checkpoint.same_as(expected[checkpoint.epoch])


@pytest.mark.parametrize("config", SETUPS[1:3], ids=["momentum", "adam"])
def test_training_on_from_a_rebuilt_epoch_gives_the_same_losses(
    config: TrainConfig,
) -> None:
    """The optimizer's slots and step come back too: Adam's moments and bias
    correction, SGD's momentum."""
    uninterrupted = Trainer(config)
    losses = uninterrupted.train(1500)
    session = trained_session(config)
    rebuilt = session.timeline.model_at(601)
    np.testing.assert_array_equal(rebuilt.train(400), losses[601:1001])


def test_changes_mid_run_start_segments_that_replay_with_their_own_settings() -> None:
    """A learning rate changed while paused, a budget change and a hand edit
    of the weights: every epoch still shows what the run had then."""
    config = TrainConfig(epochs=3000, optimizer="adam", lr=0.05, hidden=(3,))

    def edit(trainer: Trainer) -> None:  # weights set by hand, as a person would
        moment = trainer.checkpoint()
        values = moment.values.copy()
        values[:4] *= -0.5
        trainer.restore(Checkpoint(moment.epoch, 0, -1, values))

    plan = [(300, lambda t: t.set_learning_rate(0.2)), (650, edit)]
    plan.append((650, lambda t: t.set_epoch_budget(5000)))
    plan.append((1000, lambda t: t.set_learning_rate(0.01)))
    watched = [0, 299, 300, 301, 640, 650, 651, 777, 999, 1000, 1200]

    reference = Trainer(config)
    expected = {}
    for epoch in sorted({*watched, *(e for e, _ in plan)}):
        reference.train(epoch - reference.epoch)
        for at, change in plan:
            if at == epoch:
                change(reference)
        expected[epoch] = reference.checkpoint()
    reference.train(1200 - reference.epoch)

    session = RunSession(Trainer(config))
    session.play()
    for at, change in plan:
        session.train(at - session.trainer.epoch)
        change(session.trainer)
    session.train(1200 - session.trainer.epoch)
    assert session.trainer.checkpoint().same_as(reference.checkpoint())
    starts = [segment.start for segment in session.timeline.segments]
    assert starts == [0, 300, 650, 1000]
    for epoch in watched:
        rebuilt = session.timeline.model_at(epoch).checkpoint()
        assert rebuilt.same_as(expected[epoch]), epoch


def test_train_from_an_earlier_epoch_drops_the_rest_and_goes_on_exactly() -> None:
    config = TrainConfig(epochs=1500)
    session = trained_session(config)
    session.rewind(555)
    assert session.trainer.epoch == 555
    assert session.state is RunState.PAUSED
    assert session.trainer.history.epochs[-1] == 554
    assert session.timeline.end == 555
    session.play()
    session.train(2000)
    uninterrupted = Trainer(config)
    uninterrupted.train(1500)
    assert session.trainer.checkpoint().same_as(uninterrupted.checkpoint())
    np.testing.assert_array_equal(
        session.trainer.history.losses, uninterrupted.history.losses
    )
    assert session.trainer.solved_epoch == uninterrupted.solved_epoch


def test_a_look_back_shows_the_earlier_model_with_the_whole_history() -> None:
    session = trained_session(TrainConfig(epochs=1500))
    expected = checkpoints_along(TrainConfig(epochs=1500), [700])[700]
    latest = session.look_back(1500, 20)
    shown = session.look_back(700, 20)
    assert not latest.looking_back and latest.epoch == 1500
    assert shown.epoch == 700 and shown.looking_back
    assert shown.tip_epoch == 1500
    np.testing.assert_array_equal(shown.history_losses, latest.history_losses)
    assert shown.loss == pytest.approx(float(session.trainer.history.losses[700]))
    again = Trainer(TrainConfig(epochs=1500))
    again.restore(expected)
    np.testing.assert_array_equal(shown.predictions, again.predictions())
    np.testing.assert_array_equal(shown.surface.values, again.surface(20).values)


def test_memory_stays_bounded_and_replays_stay_exact() -> None:
    config = TrainConfig(epochs=3000)
    trainer = Trainer(config)
    timeline = Timeline(spacing=8, max_bytes=40 * checkpoint_bytes(config))
    timeline.start(trainer)
    for chunk in (700, 1300, 1000):
        timeline.train(trainer, chunk)
        assert timeline.nbytes <= timeline.max_bytes
    assert timeline.spacing > 8 and timeline.count <= 40
    expected = checkpoints_along(config, [1, 999, 2999])
    for epoch, checkpoint in expected.items():
        assert timeline.model_at(epoch).checkpoint().same_as(checkpoint)


def test_a_two_million_epoch_run_fits_in_twenty_megabytes() -> None:
    """The default spacing keeps 2,000,000 / 64 checkpoints of the article's
    network, and no network's checkpoints outgrow the cap."""
    article = checkpoint_bytes(TrainConfig())
    assert (2_000_000 // DEFAULT_SPACING + 1) * article < 20_000_000
    assert DEFAULT_MAX_BYTES <= 20_000_000


def test_a_checkpoint_of_another_network_is_refused() -> None:
    trainer = Trainer()
    other = Trainer(TrainConfig(hidden=(4,))).checkpoint()
    with pytest.raises(ValueError, match="holds 27 values"):
        trainer.restore(other)


def test_an_epoch_outside_the_run_is_refused() -> None:
    session = trained_session(TrainConfig(epochs=1500))
    with pytest.raises(ValueError, match="outside the run"):
        session.timeline.model_at(1501)
