"""The headless benchmark: the engine against the article's autograd loop, and a sweep.

Figures, not verdicts: `xorgui bench` prints them and no test times them. To
keep them honest the reference and the engine run one after the other in one
process on the same config, both are warmed up first, and only training is
timed (the reference's one model build, a fraction of a millisecond, is inside
its timing because `reference_losses` builds its own model). The cost of the
reproducible kernels (`xorgui.core.reproducible`) is measured in fresh processes,
since a process chooses its MKL kernels once.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

import numpy as np
import torch

from xorgui.core.config import TrainConfig
from xorgui.core.reproducible import MKL_MODE_VARIABLE, mkl_mode
from xorgui.core.sweep.run import run_sweep
from xorgui.core.training.reference import reference_losses
from xorgui.core.training.trainer import Trainer
from xorgui.headless.bench.atlas import print_atlas_bench
from xorgui.headless.bench.timeline import print_timeline_table

ARCHITECTURES: tuple[tuple[int, ...], ...] = ((2,), (16,), (8, 8))
FULL_EPOCHS, QUICK_EPOCHS = 20000, 2000
POINTS = TrainConfig(data="circle", points=200, hidden=(8,))
"""Beyond the four corners: 200 points, where each epoch is a real computation."""
POINTS_BATCHES = (0, 10)
POINTS_EPOCHS = {True: 200, False: 1000}
"""Epochs of the 200-point runs (quick or not): a mini-batch epoch of the
reference loop takes milliseconds."""
FULL_SEEDS, QUICK_SEEDS = 1000, 100
# TorchScript's profiling executor optimises a function for its shapes on a
# later call, so the warm-up makes a few short calls, not one.
_WARMUP_CALLS, _WARMUP_EPOCHS = 3, 20
_FIRST_COLUMN, _COLUMN = 14, 17
FULL_TURNS, QUICK_TURNS = 3, 1
MKL_DEFAULT = "mkl-default"
# One turn of the kernel-mode comparison, in a fresh process: MKL reads
# MKL_CBWR at its first call, so a process chooses its kernels once. Without
# the variable MKL picks them for the CPU itself (importing xorgui sets it).
_TURN = f"""
import os, sys
import xorgui
if sys.argv[1] == "{MKL_DEFAULT}":
    del os.environ["{MKL_MODE_VARIABLE}"]
from xorgui.headless.bench.engine import engine_rate
rate, loss = engine_rate(int(sys.argv[2]))
print(rate, loss)
"""


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


@dataclass(frozen=True, slots=True)
class KernelModeTiming:
    """The engine with MKL's reproducible kernels against MKL's own choice."""

    turns: int
    reproducible_rate: float  # median epochs per second over the turns
    default_rate: float
    reproducible_loss: float  # the final loss each gave
    default_loss: float

    @property
    def cost(self) -> float:
        """The fraction of speed the reproducible kernels give up (< 0: none)."""
        return 1.0 - self.reproducible_rate / self.default_rate


def engine_rate(epochs: int) -> tuple[float, float]:
    """Epochs/s of the engine on the article's setup (warmed up), and its final loss."""
    config = TrainConfig(epochs=epochs)
    warm = Trainer(config)
    for _ in range(_WARMUP_CALLS):
        warm.train(_WARMUP_EPOCHS)
    trainer = Trainer(config)
    start = time.perf_counter()
    trainer.train(epochs)
    return epochs / (time.perf_counter() - start), trainer.current_loss()


def compare_kernel_modes(epochs: int, turns: int) -> KernelModeTiming:
    """Time the engine in fresh processes, the two kernel choices taking turns
    (the reproducible one first), so that a drifting machine affects both."""
    rates: dict[str, list[float]] = {"reproducible": [], MKL_DEFAULT: []}
    losses: dict[str, float] = {}
    # The child imports this very xorgui, wherever it was started from.
    package_parent = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    for _ in range(turns):
        for mode, rate_list in rates.items():
            result = subprocess.run(
                [sys.executable, "-c", _TURN, mode, str(epochs)],
                env=env,
                capture_output=True,
                encoding="utf-8",
                check=True,
            )
            rate, loss = (float(v) for v in result.stdout.split())
            rate_list.append(rate)
            losses[mode] = loss
    return KernelModeTiming(
        turns,
        statistics.median(rates["reproducible"]),
        statistics.median(rates[MKL_DEFAULT]),
        losses["reproducible"],
        losses[MKL_DEFAULT],
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

    This is also the hook's printer: `xorgui.headless.bench.gui.run_gui_bench`
    gets it, so the GUI figures line up with the headless ones.
    """
    first, *rest = cells
    print(
        f"{first:<{_FIRST_COLUMN}}" + "".join(f"{c:>{_COLUMN}}" for c in rest),
        flush=True,
    )


def print_points_table(quick: bool) -> None:
    """The engine against the reference loop on 200 points, a full batch and
    mini-batches (the engine should stay at least 3x faster), both on one
    thread as the window's training worker runs: with more, a 200-row matrix
    product is split over cores that a busy machine does not have free, and
    the figures measure the waiting."""
    epochs = POINTS_EPOCHS[quick]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        _points_rows(epochs)
    finally:
        torch.set_num_threads(threads)
    print(f"({POINTS.points} points, {epochs} epochs each, 1 thread)")


def _points_rows(epochs: int) -> None:
    """The 200-point table's header and rows."""
    print_row(
        f"{POINTS.data} {POINTS.architecture}",
        "reference ep/s",
        "engine ep/s",
        "speed-up",
        "max |loss diff|",
    )
    for batch_size in POINTS_BATCHES:
        row = compare_engine(POINTS.with_changes(batch_size=batch_size, epochs=epochs))
        print_row(
            f"batch {batch_size}" if batch_size else "full batch",
            f"{row.reference_rate:,.0f}",
            f"{row.engine_rate:,.0f}",
            f"{row.speedup:.1f}x",
            f"{row.max_loss_difference:.3g}",
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
    print_points_table(quick)
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
    print()
    print_atlas_bench(print_row, quick)
    print()
    print_row("kernels", "MKL_CBWR", "engine ep/s", "final loss")
    modes = compare_kernel_modes(epochs, QUICK_TURNS if quick else FULL_TURNS)
    print_row(
        "reproducible",
        mkl_mode(),
        f"{modes.reproducible_rate:,.0f}",
        f"{modes.reproducible_loss:.9g}",
    )
    print_row(
        "MKL's choice",
        "(unset)",
        f"{modes.default_rate:,.0f}",
        f"{modes.default_loss:.9g}",
    )
    print(
        f"cost of the reproducible kernels: {modes.cost:.1%} "
        f"(2-2-1, {epochs} epochs, the median of {modes.turns} turns each, "
        "taken alternately in fresh processes)"
    )
    print()
    print_timeline_table(quick, print_row)
