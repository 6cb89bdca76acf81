"""The atlas's line in `xorgui bench`: how soon the default atlas shows its
first complete (coarse) picture, and how soon it is finished.

The goal (issue 16): the first picture within 10 s and the whole within 60 s
on two cores, for 8 learning rates x 6 widths x 100 seeds x 20,000 epochs.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from xorgui.core.atlas.axes import DEFAULT_VALUES, DEFAULT_X, DEFAULT_Y, parse_axis
from xorgui.core.atlas.grid import AtlasGrid, AtlasSpec
from xorgui.core.atlas.run import run_atlas
from xorgui.core.config import TrainConfig

FULL = (range(100), 20_000)
QUICK = (range(12), 300)
"""Seeds per cell and epochs: the default atlas, and a small one for --quick."""


@dataclass(frozen=True, slots=True)
class AtlasTiming:
    """Wall seconds to the first whole picture and to the end."""

    cells: int
    seeds: int
    epochs: int
    first_picture: float
    finished: float

    @property
    def model_epochs_per_second(self) -> float:
        return self.cells * self.seeds * self.epochs / self.finished


def default_spec(seeds: range, epochs: int) -> AtlasSpec:
    """The default atlas (learning rate x hidden width) over the article's setup."""
    return AtlasSpec(
        TrainConfig(epochs=epochs),
        parse_axis(f"{DEFAULT_X}={DEFAULT_VALUES[DEFAULT_X]}"),
        parse_axis(f"{DEFAULT_Y}={DEFAULT_VALUES[DEFAULT_Y]}"),
        seeds,
    )


def time_atlas(spec: AtlasSpec) -> AtlasTiming:
    """Run `spec` once (after a short warm-up) and time its passes."""
    run_atlas(default_spec(range(2), 20))
    cells = spec.shape[0] * spec.shape[1]
    coarse = len(spec.passes()[0])
    first: list[float] = []
    start = time.perf_counter()

    def note(grid: AtlasGrid) -> None:
        if not first and grid.seeds_trained == cells * coarse:
            first.append(time.perf_counter() - start)

    run_atlas(spec, note)
    finished = time.perf_counter() - start
    return AtlasTiming(cells, len(spec.seeds), spec.base.epochs, first[0], finished)


def print_atlas_bench(print_row: Callable[..., None], quick: bool) -> None:
    """Time the default atlas (a small one when `quick`) and print its line."""
    seeds, epochs = QUICK if quick else FULL
    spec = default_spec(seeds, epochs)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print_row("atlas", "cells x seeds", "first picture s", "finished s", "model-ep/s")
    timing = time_atlas(spec)
    print_row(
        f"{spec.shape[0]}x{spec.shape[1]} {epochs}",
        f"{timing.cells} x {timing.seeds}",
        f"{timing.first_picture:.1f}",
        f"{timing.finished:.1f}",
        f"{timing.model_epochs_per_second:,.0f}",
    )
    print(
        f"learning rates {DEFAULT_VALUES[DEFAULT_X]} x widths "
        f"{DEFAULT_VALUES[DEFAULT_Y]}; the first picture has "
        f"{len(spec.passes()[0])} seeds a cell; load average {load:.1f} "
        "before it started"
    )
