"""Training an atlas: pass by pass, cell by cell, cancellable.

A coarse pass gives every cell a few seeds, so that a first whole picture comes
quickly; the next pass adds the rest of the seeds. Within a pass the cells are
handed over in an order that spreads over the grid (`spread_order`), but cells
that differ only in the learning rate train as one batch and finish together:
along a learning-rate axis the picture fills a line at a time. After every
cell a new `AtlasGrid` (immutable) is handed to `progress`.

Training a pass is one function, `train_cells`: `iter_sweeps`, which trains
the cells that share a network shape as one batch (a learning rate per
network), every cell still exactly the `run_sweep` of its setup. The default
atlas's 48 cells are 6 batches a pass, trained side by side.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from types import MappingProxyType

import numpy as np

from xorgui.core.atlas.grid import (
    AtlasCancelled,
    AtlasGrid,
    AtlasSpec,
    Cell,
    spread_order,
)
from xorgui.core.config import TrainConfig
from xorgui.core.sweep.run import SweepCancelled, SweepResult, iter_sweeps

Working = Callable[[float], None]
"""Told how many seeds have been trained so far, counting a cell's seeds in
proportion to its epochs done: smooth progress while a cell trains."""
CellTrainer = Callable[
    [Sequence[TrainConfig], range, "threading.Event | None", "Working | None"],
    Iterator[tuple[int, SweepResult]],
]
"""Trains every setup on the same seeds, yielding (index of the setup, its
result) as each is done, in any order (setups trained together finish
together); cancelled with SweepCancelled; `working` hears of the seeds of
this call. The setups come in the order the picture should fill."""


def batched_cells(
    configs: Sequence[TrainConfig],
    seeds: range,
    cancel: threading.Event | None,
    working: Working | None,
) -> Iterator[tuple[int, SweepResult]]:
    """The CellTrainer of the atlas: the setups batched by network shape."""
    progress = None
    if working is not None:
        progress = _model_epochs_to_seeds(working, len(configs) * len(seeds))
    return iter_sweeps(configs, seeds, progress=progress, cancel=cancel)


def _model_epochs_to_seeds(working: Working, seeds: int) -> Callable[[int, int], None]:
    """Sweeps' progress (model-epochs done, of all) as seeds trained, for `working`."""

    def progress(done: int, total: int) -> None:
        working(seeds * done / total)

    return progress


train_cells: CellTrainer = batched_cells
"""How a pass is trained; the one place to batch cells together."""


def merged(earlier: SweepResult | None, later: SweepResult) -> SweepResult:
    """One cell's results over the seeds of both passes, in seed order."""
    if earlier is None:
        return later
    return SweepResult(
        config=later.config,
        seeds=np.concatenate([earlier.seeds, later.seeds]),
        final_loss=np.concatenate([earlier.final_loss, later.final_loss]),
        solved=np.concatenate([earlier.solved, later.solved]),
        epochs_to_solve=np.concatenate(
            [earlier.epochs_to_solve, later.epochs_to_solve]
        ),
    )


def run_atlas(
    spec: AtlasSpec,
    progress: Callable[[AtlasGrid], None] | None = None,
    cancel: threading.Event | None = None,
    trainer: CellTrainer | None = None,
    working: Working | None = None,
) -> AtlasGrid:
    """Train the atlas pass by pass; `progress` gets the grid after every cell,
    `working` the seeds trained so far (all cells, as they train).

    Setting `cancel` stops within a chunk of epochs with AtlasCancelled, which
    carries the grid as it stood.
    """
    train = trainer if trainer is not None else train_cells
    order = spread_order(*spec.shape)
    configs = [spec.config(cell) for cell in order]
    results: dict[Cell, SweepResult] = {}
    passes = spec.passes()
    for pass_index, seeds in enumerate(passes):
        grid = _grid(spec, results, pass_index, finished=False)
        try:
            cells = train(configs, seeds, cancel, _counted(working, grid.seeds_trained))
            for done, result in cells:
                cell = order[done]
                results[cell] = merged(results.get(cell), result)
                grid = _grid(spec, results, pass_index, finished=False)
                if progress is not None:
                    progress(grid)
        except SweepCancelled:
            raise AtlasCancelled(grid) from None
    grid = _grid(spec, results, len(passes) - 1, finished=True)
    if progress is not None:
        progress(grid)
    return grid


def _grid(
    spec: AtlasSpec, results: dict[Cell, SweepResult], index: int, *, finished: bool
) -> AtlasGrid:
    """A grid holding a read-only copy of `results` as they stand."""
    return AtlasGrid(spec, MappingProxyType(dict(results)), index, finished)


def _counted(working: Working | None, before: int) -> Working | None:
    """`working` for one pass, which knows only of its own seeds."""
    if working is None:
        return None

    def counted(seeds: float) -> None:
        working(before + seeds)

    return counted
