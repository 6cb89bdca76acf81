"""The engine trains every data set, feature, mini-batch size and penalty as
the beginner's autograd loop (`reference_run`) does, bit for bit: each epoch's
loss and test loss and the solved epoch. Expected values come from the
reference loop on this machine."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from xorgui.core.config import DATA_SETS, FEATURES, REGRESSION, TrainConfig
from xorgui.core.lessons import LESSONS
from xorgui.core.session.file import SessionData, load_session, save_session
from xorgui.core.session.run_session import RunSession
from xorgui.core.sweep.run import plan_sweep, run_sweep
from xorgui.core.training.checkpoint import SHUFFLE_STATE_BYTES, state_size
from xorgui.core.training.reference import reference_run
from xorgui.core.training.trainer import Trainer

GIVEN = (
    (0.1, 0.2, 0.0),
    (0.8, 0.9, 1.0),
    (0.3, 0.7, 1.0),
    (0.6, 0.1, 0.0),
    (0.5, 0.5, 1.0),
)
SMALL = TrainConfig(points=40, noise=0.05, test_share=0.25, hidden=(4,), lr=1.0)
"""40 points, 10 of them held out: a few hundred epochs take a fraction of a second."""


def assert_parity(config: TrainConfig, epochs: int = 200) -> Trainer:
    """Train `config` in the engine (in uneven chunks) and in the reference
    loop: the same losses, test losses and solved epoch, bit for bit."""
    expected = reference_run(config, epochs)
    trainer = Trainer(config)
    cuts = (epochs // 3, 1, epochs - epochs // 3 - 1)
    losses = np.concatenate([trainer.train(count) for count in cuts])
    assert np.array_equal(losses, expected.losses)
    tested = trainer.history.test_losses
    if config.test_count:
        assert tested is not None
        assert np.array_equal(tested.astype(np.float32), expected.test_losses)
    else:
        assert tested is None and len(expected.test_losses) == 0
    assert trainer.solved_epoch == expected.solved_epoch
    return trainer


@pytest.mark.parametrize("data", DATA_SETS)
def test_every_data_set_trains_as_the_reference(data: str) -> None:
    regression = data in REGRESSION
    assert_parity(
        SMALL.with_changes(
            data=data,
            given=GIVEN if data == "given" else (),
            loss="mse" if regression else "bce",
        )
    )


@pytest.mark.parametrize(
    "features", [(name,) for name in FEATURES] + [FEATURES], ids=lambda f: "+".join(f)
)
def test_every_feature_trains_as_the_reference(features: tuple[str, ...]) -> None:
    assert_parity(SMALL.with_changes(data="circle", features=features))


@pytest.mark.parametrize("batch_size", [1, 7, 30, 31, 200])
def test_mini_batches_are_shuffled_as_the_reference_shuffles(batch_size: int) -> None:
    """1, 7 (the last batch shorter), the 30 training points (one shuffled
    batch), and more than there are."""
    assert_parity(SMALL.with_changes(data="moons", batch_size=batch_size), 100)


@pytest.mark.parametrize(
    "penalties",
    [{"l1": 0.003}, {"l2": 0.01}, {"l1": 0.002, "l2": 0.005}],
    ids=["l1", "l2", "both"],
)
@pytest.mark.parametrize("batch_size", [0, 9])
def test_penalties_add_their_gradients_as_autograd_does(
    penalties: dict[str, float], batch_size: int
) -> None:
    assert_parity(
        SMALL.with_changes(
            data="clouds", hidden=(4, 3), batch_size=batch_size, **penalties
        )
    )


@pytest.mark.parametrize(
    "optimizer",
    [{"momentum": 0.9, "lr": 0.2}, {"optimizer": "adam", "lr": 0.02}],
    ids=["momentum", "adam"],
)
def test_optimizers_step_once_a_mini_batch(optimizer: dict[str, object]) -> None:
    assert_parity(
        SMALL.with_changes(data="spiral", batch_size=6, l2=0.001, **optimizer)
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"loss": "mse", "hidden": (), "lr": 2.0},
        {"loss": "bce", "hidden": (), "lr": 2.0},
        {"loss": "mse", "hidden": (), "batch_size": 7},
        {
            "loss": "mse",
            "optimizer": "adam",
            "lr": 0.05,
            "hidden": (3,),
            "batch_size": 7,
            "l1": 1e-5,
        },
    ],
    ids=["mse", "bce", "mse-batches", "adam-l1"],
)
def test_regression_is_solved_within_the_tolerance(changes: dict[str, object]) -> None:
    config = SMALL.with_changes(data="plane", noise=0.0, **changes)
    trainer = assert_parity(config, 300)
    assert trainer.solved_epoch is not None  # the rule is exercised


def test_the_articles_corners_train_in_mini_batches_too() -> None:
    assert_parity(TrainConfig(batch_size=1, lr=0.5, l2=0.001), 300)


def test_a_checkpoint_holds_the_shuffle_so_replays_are_exact() -> None:
    """The timeline rebuilds any epoch of a mini-batch run from checkpoints
    kept inside the engine's calls, and training on gives the reference's
    losses and test losses."""
    config = SMALL.with_changes(data="gaussians", batch_size=4, epochs=400)
    expected = reference_run(config)
    session = RunSession(Trainer(config))
    session.play()
    for chunk in (150, 1, 249):
        session.train(chunk)
    for epoch in (0, 63, 64, 200, 333):
        shown = session.timeline.model_at(epoch)
        assert shown.epoch == epoch
        assert shown.current_loss() == expected.losses[epoch]
        assert shown.current_test_loss() == expected.test_losses[epoch]
        again = Trainer(config)
        again.restore(shown.checkpoint())
        np.testing.assert_array_equal(
            again.train(40), expected.losses[epoch : epoch + 40]
        )
    looked = session.look_back(100, None)
    assert looked.test_loss == expected.test_losses[100]
    assert looked.history_test_losses is not None
    np.testing.assert_array_equal(
        looked.history_test_losses.astype(np.float32), expected.test_losses
    )
    session.rewind(100)
    np.testing.assert_array_equal(session.trainer.train(50), expected.losses[100:150])
    np.testing.assert_array_equal(
        session.trainer.history.test_losses.astype(np.float32),
        expected.test_losses[:150],
    )
    values = session.trainer.checkpoint().values
    assert len(values) == state_size(config) and np.isfinite(values).all()
    assert torch.Generator().get_state().numel() == SHUFFLE_STATE_BYTES


def test_a_saved_mini_batch_run_opens_and_trains_on_exactly(tmp_path: Path) -> None:
    config = SMALL.with_changes(data="moons", batch_size=8, epochs=300)
    expected = reference_run(config)
    session = RunSession(Trainer(config))
    session.play()
    session.train(130)
    session.pause()
    path = tmp_path / "batches.xorgui"
    save_session(path, SessionData(session.saved_run(), (), {}))
    opened = RunSession(Trainer())
    opened.load_run(load_session(path).run)
    assert opened.timeline.model_at(70).current_loss() == expected.losses[70]
    opened.play()
    opened.train(170)
    np.testing.assert_array_equal(
        opened.trainer.history.losses.astype(np.float32)[130:], expected.losses[130:]
    )


def test_a_hand_edit_starts_the_shuffle_afresh_as_a_new_run_would() -> None:
    config = SMALL.with_changes(data="circle", batch_size=7)
    trainer = Trainer(config)
    trainer.train(50)
    layers = trainer.layers()
    layers[0].weight[0, 0] += 0.5
    trainer.set_layers(layers)
    expected = reference_run(config, 100, start=trainer.model)
    np.testing.assert_array_equal(trainer.train(100), expected.losses)


def test_the_snapshot_carries_the_test_loss_and_its_history() -> None:
    config = SMALL.with_changes(data="gaussians")
    trainer = Trainer(config)
    trainer.train(120)
    snapshot = trainer.snapshot()
    expected = reference_run(config, 121)
    assert snapshot.test_loss == expected.test_losses[120]
    assert snapshot.history_test_losses is not None
    np.testing.assert_array_equal(
        snapshot.history_test_losses.astype(np.float32), expected.test_losses[:120]
    )
    assert snapshot.test_accuracy is not None
    assert Trainer(TrainConfig()).snapshot().history_test_losses is None


@pytest.mark.parametrize(
    "changes",
    [
        {"data": "gaussians", "hidden": (3,), "batch_size": 7, "l2": 0.001},
        {"data": "gaussians", "hidden": (20, 20), "batch_size": 10, "l1": 0.001},
        {"data": "plane", "noise": 0.0, "hidden": (), "loss": "mse", "batch_size": 7},
        {"data": "corners", "features": ("x1", "x2", "x1x2"), "hidden": ()},
    ],
    ids=["seeds-last", "batched", "regression", "features"],
)
def test_each_seed_of_a_sweep_trains_as_its_reference_run(
    changes: dict[str, object],
) -> None:
    """Each seed its own shuffle, as the reference with that seed draws it.
    The sweep's kernels are batched: they round differently from a single
    run's `addmm`, so the final losses agree closely, the solved epochs
    exactly (for these seeds, none of which grazes the threshold)."""
    config = SMALL.with_changes(epochs=200, **changes)
    seeds = range(3, 5)
    result = run_sweep(config, seeds)
    engine = "batched" if changes["hidden"] == (20, 20) else "seeds-last"
    assert plan_sweep(config, len(seeds)).engine_name == engine
    for index, seed in enumerate(seeds):
        single = config.with_changes(seed=seed)
        expected = reference_run(single)
        trainer = Trainer(single)
        trainer.train(config.epochs)
        assert abs(result.final_loss[index] - trainer.current_loss()) < 1e-5
        solved = -1 if expected.solved_epoch is None else expected.solved_epoch
        assert result.epochs_to_solve[index] == solved
    assert result.solved.any()


def test_a_run_is_the_same_whatever_torch_s_thread_count() -> None:
    """On many points more threads split a product's sums by core count: a
    single run trains on one thread (one_thread.py), so the window's worker,
    `train` and the reference agree on any computer. The overfitting lesson's
    wide network on 40 points differed from epoch 7 on before."""
    lesson = next(lesson for lesson in LESSONS if lesson.key == "overfitting")
    config = lesson.config.with_changes(epochs=100)
    threads = torch.get_num_threads()
    runs = []
    try:
        for count in (2, 1):
            torch.set_num_threads(count)
            trainer = Trainer(config)
            trainer.train(config.epochs)
            runs.append((trainer.history.losses.copy(), reference_run(config).losses))
    finally:
        torch.set_num_threads(threads)
    (two, reference_two), (one, reference_one) = runs
    assert np.array_equal(two, one)
    assert np.array_equal(reference_two, reference_one)
