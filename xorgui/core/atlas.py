"""The atlas: where training works, over two settings at once.

A grid of cells, one per pair of values of two axes (`xorgui.core.atlas_axes`),
each a sweep of the same seeds of one setup. It is trained in passes: a coarse
pass gives every cell a few seeds, so that a first whole picture comes quickly,
and later passes add the rest of the seeds. Within a pass the cells are
trained in an order that spreads over the grid, so the picture fills evenly
rather than row by row. After every cell a new `AtlasGrid` (immutable) is
handed to `progress`.

Training a pass is one function, `train_cells`: today one `run_sweep` per
cell; an engine that batches cells of one network shape (e.g. a learning rate
per seed) replaces it without changing anything else here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from xorgui.core.atlas_axes import AXIS_NAMES, Axis, check_pair
from xorgui.core.config import TrainConfig
from xorgui.core.sweep import SweepCancelled, SweepResult, run_sweep

COARSE_SEEDS = 10
"""Seeds per cell in the first pass."""
MIN_SOLVED = 3
TOO_FEW_SHARE = 0.2
"""A cell's epochs to solve are shown only when at least MIN_SOLVED seeds and
this share of its seeds solved: a median of one or two lucky seeds misleads."""

Cell = tuple[int, int]
"""(index along x, index along y)."""
CellTrainer = Callable[
    [Sequence[TrainConfig], range, "threading.Event | None"], Iterator[SweepResult]
]
"""Trains every setup on the same seeds, yielding each one's result in order."""


class AtlasCancelled(Exception):
    """The atlas was cancelled; `grid` holds what had been trained by then."""

    def __init__(self, grid: AtlasGrid) -> None:
        super().__init__("the atlas was cancelled")
        self.grid = grid


@dataclass(frozen=True, slots=True)
class AtlasSpec:
    """What to train: two axes over a base setup, on the seeds `seeds`."""

    base: TrainConfig
    x: Axis
    y: Axis
    seeds: range

    def __post_init__(self) -> None:
        check_pair(self.x, self.y)
        if len(self.seeds) == 0:
            raise ValueError("the seed range is empty")

    @property
    def shape(self) -> tuple[int, int]:
        """(cells along x, cells along y)."""
        return len(self.x.values), len(self.y.values)

    def config(self, cell: Cell) -> TrainConfig:
        """The setup of `cell`: the base with both axes' values applied (in the
        axes' fixed order, so that a width and a depth combine)."""
        i, j = cell
        config = self.base
        for axis, index in sorted(((self.x, i), (self.y, j)), key=_axis_order):
            config = axis.apply(config, axis.values[index])
        return config

    def passes(self) -> tuple[range, ...]:
        """The seeds each pass adds: a coarse pass, then the rest."""
        seeds = self.seeds
        if len(seeds) <= COARSE_SEEDS:
            return (seeds,)
        return (seeds[:COARSE_SEEDS], seeds[COARSE_SEEDS:])


def _axis_order(pair: tuple[Axis, int]) -> int:
    return AXIS_NAMES.index(pair[0].name)


@dataclass(frozen=True, slots=True)
class CellSummary:
    """How the seeds of one cell fared."""

    seeds: int
    solved: int
    median: float | None  # epochs to solve, over the seeds that solved
    p90: float | None

    @property
    def share(self) -> float:
        return self.solved / self.seeds

    @property
    def too_few(self) -> bool:
        """Too few seeds solved for their epochs to solve to mean much."""
        return self.solved < max(MIN_SOLVED, TOO_FEW_SHARE * self.seeds)

    @classmethod
    def of(cls, result: SweepResult) -> CellSummary:
        percentiles = result.solve_percentiles()
        median, p90 = percentiles if percentiles is not None else (None, None)
        return cls(len(result.seeds), int(result.solved.sum()), median, p90)


@dataclass(frozen=True, slots=True)
class AtlasGrid:
    """The atlas as far as it has been trained: every cell's results so far.

    `results[(i, j)]` is the cell's sweep over the seeds trained for it yet
    (absent before its first pass). `finished` once every pass is done.
    """

    spec: AtlasSpec
    results: Mapping[Cell, SweepResult]
    pass_index: int
    finished: bool

    def summary(self, cell: Cell) -> CellSummary | None:
        result = self.results.get(cell)
        return None if result is None else CellSummary.of(result)

    def summaries(self) -> list[list[CellSummary | None]]:
        """summaries()[i][j]: cell (i, j)'s summary, or None if not trained yet."""
        nx, ny = self.spec.shape
        return [[self.summary((i, j)) for j in range(ny)] for i in range(nx)]

    def shares(self) -> np.ndarray:
        """(nx, ny) solved shares, NaN where a cell has no result yet."""
        return self._array(lambda s: s.share)

    def medians(self) -> np.ndarray:
        """(nx, ny) median epochs to solve, NaN where not trained or too few solved."""
        return self._array(lambda s: np.nan if s.too_few else s.median)

    def _array(self, value: Callable[[CellSummary], float | None]) -> np.ndarray:
        nx, ny = self.spec.shape
        out = np.full((nx, ny), np.nan)
        for (i, j), result in self.results.items():
            cell_value = value(CellSummary.of(result))
            out[i, j] = np.nan if cell_value is None else cell_value
        return out

    @property
    def seeds_trained(self) -> int:
        """Seeds trained over all cells so far (for progress)."""
        return sum(len(result.seeds) for result in self.results.values())

    @property
    def seeds_total(self) -> int:
        nx, ny = self.spec.shape
        return nx * ny * len(self.spec.seeds)

    def csv(self) -> str:
        """One row per cell: both axes' values, seeds, the share solved, the
        median and 90th percentile of epochs to solve (empty if none solved)."""
        spec = self.spec
        rows = [f"{spec.x.name},{spec.y.name},seeds,solved_share,median,p90"]
        nx, ny = spec.shape
        for j in range(ny):
            for i in range(nx):
                summary = self.summary((i, j))
                if summary is None:
                    continue
                median, p90 = (
                    ("", "")
                    if summary.median is None
                    else (f"{summary.median:g}", f"{summary.p90:g}")
                )
                rows.append(
                    f"{spec.x.label(i)},{spec.y.label(j)},{summary.seeds},"
                    f"{summary.share:.4g},{median},{p90}"
                )
        return "\n".join(rows) + "\n"


def one_sweep_per_cell(
    configs: Sequence[TrainConfig], seeds: range, cancel: threading.Event | None
) -> Iterator[SweepResult]:
    """The simplest CellTrainer: one batched sweep per setup, one after another."""
    for config in configs:
        yield run_sweep(config, seeds, cancel=cancel)


train_cells: CellTrainer = one_sweep_per_cell
"""How a pass is trained; the one place to batch cells together."""


def spread_order(nx: int, ny: int) -> list[Cell]:
    """Every cell once, each next one as far as can be from those before it, so
    that a picture filled in this order is even at every moment."""
    cells = [(i, j) for j in range(ny) for i in range(nx)]
    order = [cells.pop(0)]
    nearest = {cell: _distance(cell, order[0]) for cell in cells}
    while nearest:
        far = max(nearest, key=lambda cell: (nearest[cell], -cell[1], -cell[0]))
        del nearest[far]
        order.append(far)
        for cell in nearest:
            nearest[cell] = min(nearest[cell], _distance(cell, far))
    return order


def _distance(a: Cell, b: Cell) -> int:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


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
) -> AtlasGrid:
    """Train the atlas pass by pass; `progress` gets the grid after every cell.

    Setting `cancel` stops within a chunk of epochs with AtlasCancelled, which
    carries the grid as it stood.
    """
    train = trainer if trainer is not None else train_cells
    order = spread_order(*spec.shape)
    configs = [spec.config(cell) for cell in order]
    results: dict[Cell, SweepResult] = {}
    passes = spec.passes()
    for index, seeds in enumerate(passes):
        grid = _grid(spec, results, index, finished=False)
        try:
            for cell, result in zip(order, train(configs, seeds, cancel), strict=False):
                results[cell] = merged(results.get(cell), result)
                grid = _grid(spec, results, index, finished=False)
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
