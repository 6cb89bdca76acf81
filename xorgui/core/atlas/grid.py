"""The atlas: where training works, over two settings at once.

A grid of cells, one per pair of values of two axes (`xorgui.core.atlas.axes`),
each a sweep of the same seeds of one setup. This module holds what an atlas
is and what it found (`AtlasSpec`, `AtlasGrid`, `CellSummary`), without torch,
so that the views can read it; `xorgui.core.atlas.run` trains it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from xorgui.core.atlas.axes import AXIS_NAMES, Axis, check_pair
from xorgui.core.config import TrainConfig

if TYPE_CHECKING:
    from xorgui.core.sweep.result import SweepResult

COARSE_SEEDS = 10
"""Seeds per cell in the first pass."""
MIN_SOLVED = 3
TOO_FEW_SHARE = 0.2
"""A cell's epochs to solve are shown only when at least MIN_SOLVED seeds and
this share of its seeds solved: a median of one or two lucky seeds misleads."""

Cell = tuple[int, int]
"""(index along x, index along y)."""


@dataclass(frozen=True, slots=True)
class AtlasOutcome:
    """How an atlas run ended: its last grid (finished, or as far as it got when
    cancelled), and an error message if it failed."""

    grid: AtlasGrid | None
    cancelled: bool = False
    error: str | None = None


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


def typical_seed(result: SweepResult) -> int:
    """A seed worth watching for a cell: one that solved the gate in about the
    median number of epochs, or the first seed when none solved it."""
    solved = np.flatnonzero(result.solved)
    if not solved.size:
        return int(result.seeds[0])
    epochs = result.epochs_to_solve[solved]
    middle = solved[np.argmin(np.abs(epochs - np.median(epochs)))]
    return int(result.seeds[middle])
