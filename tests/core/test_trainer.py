"""Trainer behaviour: seeding, reset, history, divergence, grid, parameters."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from xorgui.core.config import TrainConfig
from xorgui.core.grid import grid_axis
from xorgui.core.training.history import LossHistory
from xorgui.core.training.model import build_model
from xorgui.core.training.reference import ReferenceRun, reference_losses, reference_run
from xorgui.core.training.trainer import Trainer


def weights_of(trainer: Trainer) -> list[np.ndarray]:
    return list(trainer.parameters().values())


def test_same_seed_gives_same_weights_and_history() -> None:
    first, second = Trainer(), Trainer()
    for a, b in zip(weights_of(first), weights_of(second), strict=True):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(first.train(500), second.train(500))


def test_initial_weights_are_the_articles() -> None:
    torch.manual_seed(42)
    article = torch.nn.Sequential(
        torch.nn.Linear(2, 2),
        torch.nn.Sigmoid(),
        torch.nn.Linear(2, 1),
        torch.nn.Sigmoid(),
    )
    for ours, theirs in zip(weights_of(Trainer()), article.parameters(), strict=True):
        np.testing.assert_array_equal(ours, theirs.detach().numpy())


def test_different_seed_gives_different_weights() -> None:
    a = weights_of(Trainer(TrainConfig(seed=1)))
    b = weights_of(Trainer(TrainConfig(seed=2)))
    assert not all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_reset_gives_the_identical_initial_model() -> None:
    trainer = Trainer()
    initial = weights_of(trainer)
    initial_surface = trainer.surface(50)
    trainer.train(1234)
    assert trainer.epoch == 1234
    trainer.start_run()
    assert trainer.epoch == 0 and len(trainer.history) == 0
    for a, b in zip(initial, weights_of(trainer), strict=True):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(initial_surface.values, trainer.surface(50).values)


def test_training_in_chunks_equals_training_at_once() -> None:
    whole, pieces = Trainer(), Trainer()
    expected = whole.train(3000)
    got = np.concatenate([pieces.train(n) for n in (1, 99, 900, 2000)])
    np.testing.assert_array_equal(expected, got)
    assert pieces.epoch == whole.epoch == 3000


def test_current_loss_is_what_the_next_epoch_logs() -> None:
    trainer = Trainer()
    trainer.train(100)
    upcoming = trainer.current_loss()
    assert trainer.train(1)[0] == pytest.approx(upcoming, abs=1e-7)


def test_loss_record_ends_with_the_current_model_at_its_epoch() -> None:
    trainer = Trainer()
    losses = trainer.train(300)
    epochs, record = trainer.loss_record()
    assert epochs.tolist() == list(range(301))
    np.testing.assert_array_equal(record[:300], losses)
    assert record[300] == trainer.current_loss()
    assert len(trainer.history) == 300  # the history itself is unchanged


def test_learning_rate_change_keeps_the_model() -> None:
    trainer = Trainer()
    trainer.train(10)
    before = weights_of(trainer)
    trainer.set_learning_rate(0.5)
    for a, b in zip(before, weights_of(trainer), strict=True):
        np.testing.assert_array_equal(a, b)
    assert trainer.config.lr == 0.5
    reference = Trainer()
    reference.train(10)
    reference.set_learning_rate(0.5)
    np.testing.assert_array_equal(trainer.train(50), reference.train(50))


def test_surface_matches_the_model_at_grid_points() -> None:
    trainer = Trainer()
    trainer.train(20000)
    evaluated = trainer.surface(5)
    np.testing.assert_array_equal(evaluated.axis, grid_axis(5))
    axis, surface = evaluated.axis, evaluated.values
    model = trainer.model
    with torch.no_grad():
        point = torch.tensor([[axis[1], axis[3]]])
        assert surface[1, 3] == pytest.approx(float(model(point)), abs=1e-6)
    predictions = trainer.predictions()
    corners = [surface[0, 0], surface[0, -1], surface[-1, 0], surface[-1, -1]]
    np.testing.assert_allclose(corners, predictions, atol=1e-6)
    assert surface[0, -1] > 0.9 and surface[-1, 0] > 0.9
    assert surface[0, 0] < 0.1 and surface[-1, -1] < 0.1


@pytest.mark.parametrize("size", [1, 513])
def test_grid_size_is_bounded(size: int) -> None:
    with pytest.raises(ValueError, match="grid size"):
        Trainer().surface(size)


@pytest.mark.parametrize(
    ("activation", "lr"), [("identity", 10.0), ("relu", 10.0), ("tanh", 1.0)]
)
def test_a_linear_output_with_a_large_rate_diverges_mid_chunk_and_rolls_back(
    activation: str, lr: float
) -> None:
    config = TrainConfig(
        output_activation="linear", loss="mse", activation=activation, lr=lr
    )
    # Where it diverges, and whether to NaN or inf, depends on the kernels'
    # rounding: the article's loop on this machine says what to expect.
    expected = reference_losses(config, epochs=1000)
    first_bad = int(np.flatnonzero(~np.isfinite(expected))[0])
    assert 1 < first_bad < 1000  # inside the first chunk, not at its start
    epoch, kind = first_bad, "NaN" if math.isnan(expected[first_bad]) else "inf"
    trainer = Trainer(config)
    losses = trainer.train(1000)
    assert trainer.divergence is not None
    assert trainer.divergence.epoch == epoch
    assert f"diverged at epoch {epoch} (loss became {kind})" in (
        trainer.divergence.message
    )
    # Kept: the model before the first non-finite loss, replayed from the
    # chunk's start, with the article's loop's losses up to it.
    assert trainer.epoch == epoch - 1
    reference = expected[: epoch - 1]
    np.testing.assert_array_equal(losses, reference)
    np.testing.assert_array_equal(trainer.history.losses, reference)
    assert math.isfinite(trainer.current_loss())
    assert np.isfinite(trainer.predictions()).all()
    assert np.isfinite(trainer.surface(20).values).all()
    assert trainer.train(10).size == 0
    trainer.start_run()
    assert trainer.divergence is None and trainer.epoch == 0


# Runs short enough for the article's loop: solved early, late, from the start
# of a layer-less AND, and never (XOR without a hidden layer).
SOLVING_RUNS = [
    TrainConfig(gate="and", hidden=(), epochs=400),
    TrainConfig(gate="or", hidden=(), seed=3, epochs=400),
    TrainConfig(lr=1.0, epochs=1500),
    TrainConfig(gate="xnor", activation="tanh", lr=0.5, seed=7, epochs=1500),
    TrainConfig(gate="nand", optimizer="adam", lr=0.05, seed=11, epochs=400),
    TrainConfig(hidden=(), epochs=300),
]


@pytest.mark.parametrize("config", SOLVING_RUNS, ids=lambda c: c.describe())
def test_solved_epoch_is_where_the_articles_loop_stays_right_from(
    config: TrainConfig,
) -> None:
    expected = reference_run(config)
    trainer = Trainer(config)
    trainer.train(config.epochs)
    assert trainer.solved_epoch == expected.solved_epoch
    assert trainer.snapshot().solved_epoch == trainer.solved_epoch
    assert trainer.snapshot().solved == (trainer.solved_epoch is not None)


def test_solved_epoch_of_every_model_along_the_way_is_the_brute_force_one() -> None:
    config = TrainConfig(gate="and", hidden=(), epochs=200)
    expected = reference_run(config)
    assert expected.solved_epoch is not None and 0 < expected.solved_epoch < 200
    trainer = Trainer(config)
    for epoch in range(config.epochs + 1):
        # Stepping one epoch at a time: after `epoch` epochs, the models 0..epoch.
        seen = ReferenceRun(
            expected.losses[:epoch], expected.correct[: epoch + 1], np.empty(0)
        )
        assert trainer.epoch == epoch
        assert trainer.solved_epoch == seen.solved_epoch, epoch
        trainer.train(1)


def test_solved_epoch_does_not_depend_on_how_training_is_cut() -> None:
    config = TrainConfig(lr=1.0, epochs=3000)
    whole = Trainer(config)
    whole.train(config.epochs)
    assert whole.solved_epoch is not None
    cut = Trainer(config)
    for count in (1, 2047, 2, 950):  # across the trainer's 2048-epoch chunks
        cut.train(count)
    assert cut.solved_epoch == whole.solved_epoch
    # Stopped just before the solved epoch: not yet; one more: from that epoch.
    around = Trainer(config)
    around.train(whole.solved_epoch - 1)
    assert around.solved_epoch is None
    around.train(1)
    assert around.solved_epoch == whole.solved_epoch


def test_divergence_from_a_poisoned_model_keeps_it_and_reports_epoch() -> None:
    # A non-finite weight from outside (BCE then refuses the NaN output).
    trainer = Trainer()
    trainer.train(300)
    with torch.no_grad():
        trainer.model[0].weight[0, 0] = math.inf
    losses = trainer.train(500)
    assert trainer.divergence is not None
    assert trainer.divergence.epoch == 300
    assert "diverged at epoch 300" in trainer.divergence.message
    assert "smaller learning rate" in trainer.divergence.message
    assert len(losses) == 0
    assert math.isnan(trainer.current_loss())
    assert trainer.train(10).size == 0
    trainer.start_run()
    assert trainer.divergence is None
    assert len(trainer.train(10)) == 10


def test_model_checkpoint_rebuilds_the_same_network() -> None:
    trainer = Trainer(TrainConfig(hidden=(3, 3), activation="tanh"))
    trainer.train(200)
    checkpoint = trainer.save_model()
    model = build_model(TrainConfig.from_dict(checkpoint["config"]))
    model.load_state_dict(checkpoint["state_dict"])
    with torch.no_grad():
        output = model(torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]))
    np.testing.assert_array_equal(output.reshape(4).numpy(), trainer.predictions())


def test_history_keeps_every_logged_point_until_full_then_thins_evenly() -> None:
    history = LossHistory(log_every=10, capacity=64)
    history.record(0, np.arange(250, dtype=np.float32))
    history.record(250, np.arange(250, 630, dtype=np.float32))
    assert list(history.epochs) == list(range(0, 630, 10))
    np.testing.assert_array_equal(history.losses, np.arange(0, 630, 10))
    history.record(630, np.arange(630, 5000, dtype=np.float32))
    assert len(history) <= 64
    assert history.stride % 10 == 0 and history.stride > 10
    assert history.epochs[0] == 0
    assert np.all(np.diff(history.epochs) == history.stride)
    assert history.epochs[-1] > 5000 - history.stride - 1


def test_history_memory_is_bounded_over_millions_of_epochs() -> None:
    history = LossHistory(log_every=1, capacity=1000)
    for start in range(0, 3_000_000, 100_000):
        history.record(start, np.ones(100_000, dtype=np.float32))
    assert len(history) <= 1000
    assert history.epochs[0] == 0 and history.epochs[-1] >= 3_000_000 - history.stride


def test_downsampled_history_keeps_extremes_and_the_last_point() -> None:
    history = LossHistory()
    values = np.full(100_000, 0.5, dtype=np.float32)
    values[31_337] = 9.0
    values[77_000] = 0.001
    history.record(0, values)
    epochs, losses, _ = history.downsampled(300)
    assert len(epochs) <= 400
    assert 9.0 in losses and np.float64(np.float32(0.001)) in losses
    assert epochs[-1] == 99_999
    assert np.all(np.diff(epochs) > 0)


def test_test_losses_stay_with_their_epochs_through_thinning_and_loading() -> None:
    history = LossHistory(log_every=10, capacity=64)
    assert history.test_losses is None
    for start, stop in ((0, 250), (250, 5000)):
        epochs = np.arange(start, stop, dtype=np.float32)
        history.record(start, epochs, 2 * epochs)
    assert history.stride > 10  # thinned
    tested = history.test_losses
    assert tested is not None
    np.testing.assert_array_equal(tested, 2 * history.epochs)
    epochs, losses, tests = history.downsampled(10)
    assert tests is not None
    np.testing.assert_array_equal(tests, 2 * losses)

    again = LossHistory(log_every=10, capacity=64)
    again.load(history.epochs, history.losses, history.stride, tested)
    np.testing.assert_array_equal(again.test_losses, tested)
    with pytest.raises(ValueError, match="not one this history can hold"):
        again.load(history.epochs, history.losses, history.stride, tested[1:])


def test_a_history_loaded_without_test_losses_marks_them_unknown() -> None:
    """A file from before test points: its epochs' test losses are NaN."""
    history = LossHistory()
    history.load(np.arange(3), np.ones(3), 1)
    assert history.test_losses is None
    history.record(3, np.ones(2), np.full(2, 0.25))
    np.testing.assert_array_equal(history.test_losses, [np.nan] * 3 + [0.25] * 2)
