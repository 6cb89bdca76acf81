"""Setups trained together (a learning rate per network) give each setup's own
sweep bit for bit, and the seeds-last engine's per-network rates do so alone."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from xorgui.core.config import TrainConfig
from xorgui.core.sweep.initial_weights import initial_parameters
from xorgui.core.sweep.run import SweepResult, iter_sweeps, run_sweep
from xorgui.core.sweep.seeds_last import SeedsLastEngine

LRS = (0.01, 0.193, 3.73, 10.0)


def _same(batched: SweepResult, alone: SweepResult) -> None:
    assert batched.config == alone.config
    assert batched.final_loss.tobytes() == alone.final_loss.tobytes()
    np.testing.assert_array_equal(batched.solved, alone.solved)
    np.testing.assert_array_equal(batched.epochs_to_solve, alone.epochs_to_solve)


def test_cells_batched_by_shape_equal_their_own_sweeps_bit_for_bit() -> None:
    configs = [
        TrainConfig(hidden=(width,), lr=lr, epochs=600)
        for width in (2, 16)
        for lr in LRS
    ]
    configs += [
        TrainConfig(hidden=(3,), lr=lr, momentum=0.9, epochs=600) for lr in (0.01, 1.0)
    ]
    # Not batched across learning rates: Adam, and the batched (bmm) engine.
    configs += [TrainConfig(optimizer="adam", lr=lr, epochs=300) for lr in (0.01, 0.1)]
    configs += [TrainConfig(hidden=(20, 20), lr=lr, epochs=60) for lr in (0.01, 0.1)]
    seeds = range(5, 48)  # 43 seeds: blocks cut through a seed's learning rates
    seen: list[tuple[int, int]] = []
    found = dict(
        iter_sweeps(configs, seeds, threads=2, progress=lambda *p: seen.append(p))
    )
    batched = [found[index] for index in range(len(configs))]
    for config, result in zip(configs, batched, strict=True):
        _same(result, run_sweep(config, seeds, threads=1))
    total = sum(config.epochs for config in configs) * len(seeds)
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    # Some of them learn and some do not: the comparison means something.
    rates = [result.success_rate for result in batched[:8]]
    assert min(rates) == 0.0 and max(rates) > 0.5


def test_a_learning_rate_per_network_is_that_rate_alone() -> None:
    config = TrainConfig(hidden=(3,), momentum=0.5)
    weights, biases = initial_parameters(config, range(32))
    together = SeedsLastEngine(
        config,
        [w.repeat(len(LRS), 1, 1) for w in weights],
        [b.repeat(len(LRS), 1) for b in biases],
        lrs=torch.tensor(LRS, dtype=torch.float64).repeat_interleave(32),
    )
    together.run(500, torch.full((32 * len(LRS),), -1), 0)
    for k, lr in enumerate(LRS):
        alone = SeedsLastEngine(config.with_changes(lr=lr), weights, biases)
        alone.run(500, torch.full((32,), -1), 0)
        lanes = slice(32 * k, 32 * (k + 1))
        for mine, theirs in zip(together.weights, alone.weights, strict=True):
            assert torch.equal(mine[..., lanes], theirs)
        assert torch.equal(together.evaluate()[0][lanes], alone.evaluate()[0])


def test_adam_takes_one_learning_rate() -> None:
    config = TrainConfig(optimizer="adam")
    weights, biases = initial_parameters(config, range(2))
    with pytest.raises(ValueError, match="needs SGD"):
        SeedsLastEngine(config, weights, biases, lrs=torch.tensor([0.1, 0.2]))
