"""`bench --sweep-scaling`: the sweep at 1,000, 10,000 and 100,000 seeds.

Each size runs in a fresh process, so that its peak memory is its own: the
child warms the engine up, notes its resident memory, times drawing the
initial weights alone (start-up) and then the whole sweep (start-up included),
and reports the growth of its peak resident memory over the noted value.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

SCALING_SEEDS = (1_000, 10_000, 100_000)
FULL_SCALING_EPOCHS, QUICK_SCALING_EPOCHS = 1000, 20
_TURN = """
import resource, sys, time
import xorgui
from xorgui.core.config import TrainConfig
from xorgui.core.sweep.initial_weights import initial_parameters
from xorgui.core.sweep.run import plan_sweep, run_sweep

seeds, epochs = int(sys.argv[1]), int(sys.argv[2])
config = TrainConfig(epochs=epochs)
run_sweep(config.with_changes(epochs=20), range(min(seeds, 2000)))
with open("/proc/self/statm") as statm:
    before = int(statm.read().split()[1]) * resource.getpagesize()
start = time.perf_counter()
initial_parameters(config, range(seeds))
startup = time.perf_counter() - start
start = time.perf_counter()
result = run_sweep(config, range(seeds))
wall = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
plan = plan_sweep(config, seeds)
print(wall, startup, max(0, peak - before) / 2**20, result.success_rate,
      plan.engine_name, plan.block, plan.threads)
"""


@dataclass(frozen=True, slots=True)
class ScalingRow:
    """One sweep size, measured in a process of its own."""

    seeds: int
    epochs: int
    wall_seconds: float  # the whole sweep, drawing the initial weights included
    startup_seconds: float  # drawing the initial weights alone
    peak_memory_mb: float  # peak resident memory over that before the sweep
    success_rate: float
    engine: str
    block: int
    threads: int

    @property
    def model_epochs_per_second(self) -> float:
        return self.seeds * self.epochs / self.wall_seconds


def measure_scaling(seeds: int, epochs: int) -> ScalingRow:
    """Time one sweep of the article's setup over seeds 0..seeds-1."""
    package_parent = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
    path = os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", _TURN, str(seeds), str(epochs)],
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        encoding="utf-8",
        check=True,
    )
    wall, startup, memory, rate, engine, block, threads = result.stdout.split()
    return ScalingRow(
        seeds,
        epochs,
        float(wall),
        float(startup),
        float(memory),
        float(rate),
        engine,
        int(block),
        int(threads),
    )


def print_scaling(
    print_row: Callable[..., None],
    quick: bool,
    sizes: Sequence[int] = SCALING_SEEDS,
) -> None:
    """Print the scaling table, one row per size (seeds) as it is measured."""
    epochs = QUICK_SCALING_EPOCHS if quick else FULL_SCALING_EPOCHS
    print_row(
        "sweep scaling", "seeds x epochs", "wall s", "model-epochs/s", "start-up s"
    )
    rows = []
    for seeds in sizes:
        row = measure_scaling(seeds, epochs)
        rows.append(row)
        print_row(
            "2-2-1",
            f"{seeds} x {epochs}",
            f"{row.wall_seconds:.2f}",
            f"{row.model_epochs_per_second:,.0f}",
            f"{row.startup_seconds:.2f}",
        )
    print_row("memory", "seeds", "peak MB", "engine", "block x threads")
    for row in rows:
        print_row(
            "",
            f"{row.seeds}",
            f"{row.peak_memory_mb:.1f}",
            row.engine,
            f"{row.block} x {row.threads}",
        )
