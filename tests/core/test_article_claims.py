"""The article's three points, measured on the real engine."""

from __future__ import annotations

import pytest

from xorgui.core.config import TrainConfig
from xorgui.core.sweep.run import run_sweep
from xorgui.core.training.trainer import Trainer


def solved_after_training(config: TrainConfig) -> bool:
    trainer = Trainer(config)
    trainer.train(config.epochs)
    return trainer.snapshot().solved


@pytest.mark.parametrize("gate", ["and", "or", "nand", "nor"])
def test_one_linear_layer_learns_the_separable_gates(gate: str) -> None:
    assert solved_after_training(TrainConfig(gate=gate, hidden=()))


@pytest.mark.parametrize("gate", ["xor", "xnor"])
@pytest.mark.parametrize("seed", [0, 42])
def test_one_linear_layer_cannot_learn_xor(gate: str, seed: int) -> None:
    assert not solved_after_training(TrainConfig(gate=gate, hidden=(), seed=seed))


@pytest.mark.parametrize("hidden", [(2,), (16,), (8, 8), (64, 64, 64, 64)])
def test_stacked_linear_layers_without_activation_cannot_learn_xor(
    hidden: tuple[int, ...],
) -> None:
    config = TrainConfig(hidden=hidden, activation="identity", epochs=5000)
    result = run_sweep(config, range(0, 20))
    assert not result.solved.any()


def test_a_wider_hidden_layer_learns_xor_sooner() -> None:
    narrow = run_sweep(TrainConfig(), range(42, 43))
    wide = run_sweep(TrainConfig(hidden=(16,)), range(42, 43))
    assert narrow.solved[0] and wide.solved[0]
    assert 0 <= wide.epochs_to_solve[0] < narrow.epochs_to_solve[0]
