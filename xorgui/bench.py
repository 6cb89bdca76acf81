"""The headless benchmark: the engine against the article's autograd loop, and a sweep.

Figures, not verdicts: `xorgui bench` prints them and no test times them. To
keep them honest the reference and the engine run one after the other in one
process on the same config, both are warmed up first, and only training is
timed (the reference's one model build, a fraction of a millisecond, is inside
its timing because `reference_losses` builds its own model).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

import numpy as np
import torch

from xorgui.config import TrainConfig
from xorgui.reference import reference_losses
from xorgui.sweep import run_sweep
from xorgui.training import Trainer

ARCHITECTURES: tuple[tuple[int, ...], ...] = ((2,), (16,), (8, 8))
FULL_EPOCHS, QUICK_EPOCHS = 20000, 2000
FULL_SEEDS, QUICK_SEEDS = 1000, 100
# TorchScript's profiling executor optimises a function for its shapes on a
# later call, so the warm-up makes a few short calls, not one.
_WARMUP_CALLS, _WARMUP_EPOCHS = 3, 20
_FIRST_COLUMN, _COLUMN = 14, 17


@dataclass(frozen=True, slots=True)
class EngineComparison:
    """Reference loop against engine on one run."""

    architecture: str
    reference_rate: float  # epochs per second
    engine_rate: float
    max_loss_difference: float  # largest |reference - engine| over every epoch

    @property
    def speedup(self) -> float:
        return self.engine_rate / self.reference_rate


@dataclass(frozen=True, slots=True)
class SweepTiming:
    """One timed sweep."""

    seeds: int
    epochs: int
    wall_seconds: float
    success_rate: float

    @property
    def model_epochs_per_second(self) -> float:
        return self.seeds * self.epochs / self.wall_seconds


def compare_engine(config: TrainConfig) -> EngineComparison:
    """Time the reference loop and the engine on `config`, and compare their losses."""
    reference_losses(config, _WARMUP_EPOCHS)
    warm = Trainer(config)
    for _ in range(_WARMUP_CALLS):
        warm.train(_WARMUP_EPOCHS)

    start = time.perf_counter()
    expected = reference_losses(config)
    reference_seconds = time.perf_counter() - start

    trainer = Trainer(config, log_every=100)
    start = time.perf_counter()
    losses = trainer.train(config.epochs)
    engine_seconds = time.perf_counter() - start

    difference = np.abs(expected[: len(losses)].astype(np.float64) - losses)
    return EngineComparison(
        architecture=config.architecture,
        reference_rate=len(expected) / reference_seconds,
        engine_rate=len(losses) / engine_seconds,
        max_loss_difference=float(difference.max()),
    )


def time_sweep(config: TrainConfig, seeds: int) -> SweepTiming:
    """Wall time of `run_sweep` over seeds 0..seeds-1, after a short warm-up sweep."""
    run_sweep(config.with_changes(epochs=min(config.epochs, 1000)), range(seeds))
    start = time.perf_counter()
    result = run_sweep(config, range(seeds))
    wall = time.perf_counter() - start
    return SweepTiming(seeds, config.epochs, wall, result.success_rate)


def print_row(*cells: str) -> None:
    """Print one table row: the first cell left-aligned, the others right-aligned.

    This is also the hook's printer: `xorgui.views.gui_bench.run_gui_bench`
    gets it, so the GUI figures line up with the headless ones.
    """
    first, *rest = cells
    print(
        f"{first:<{_FIRST_COLUMN}}" + "".join(f"{c:>{_COLUMN}}" for c in rest),
        flush=True,
    )


def run_bench(quick: bool) -> None:
    """Measure and print both tables (smaller runs when `quick`)."""
    epochs = QUICK_EPOCHS if quick else FULL_EPOCHS
    seeds = QUICK_SEEDS if quick else FULL_SEEDS
    base = TrainConfig(epochs=epochs)
    print(
        f"xorgui bench: {epochs} epochs, {base.activation}, {base.loss.upper()}, "
        f"{base.optimizer.upper()} lr {base.lr:g}, seed {base.seed}; "
        f"torch {torch.__version__}, {torch.get_num_threads()} threads, "
        f"{os.cpu_count()} CPUs"
    )
    print()
    print_row(
        "architecture", "reference ep/s", "engine ep/s", "speed-up", "max |loss diff|"
    )
    for hidden in ARCHITECTURES:
        row = compare_engine(base.with_changes(hidden=hidden))
        print_row(
            row.architecture,
            f"{row.reference_rate:,.0f}",
            f"{row.engine_rate:,.0f}",
            f"{row.speedup:.1f}x",
            f"{row.max_loss_difference:.3g}",
        )
    print()
    print_row("sweep", "seeds x epochs", "wall s", "model-epochs/s", "solved")
    timing = time_sweep(base, seeds)
    print_row(
        base.architecture,
        f"{seeds} x {epochs}",
        f"{timing.wall_seconds:.2f}",
        f"{timing.model_epochs_per_second:,.0f}",
        f"{timing.success_rate:.1%}",
    )
