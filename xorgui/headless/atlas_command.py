"""`xorgui atlas`: where training works over two settings, as a CSV and a picture.

Every pair of values of the two axes is a cell, a sweep of the same seeds with
everything else from the training options. A coarse pass first gives every
cell a few seeds, then the rest follow; Ctrl+C cancels cooperatively and
writes nothing.
"""

from __future__ import annotations

import argparse
import threading
import time
from typing import TYPE_CHECKING

from xorgui.core.atlas.axes import DEFAULT_VALUES, DEFAULT_X, DEFAULT_Y, AxisError
from xorgui.core.atlas.axes import parse_axis as parse_axis_spec
from xorgui.headless.errors import (
    EXIT_OK,
    CommandError,
    UsageError,
    cancelled,
    qt_failures_reported,
)
from xorgui.headless.options import add_config_options, config_from
from xorgui.headless.outputs import check_outputs
from xorgui.headless.progress import ProgressBar
from xorgui.headless.sweep_command import ctrl_c_sets, seed_range

if TYPE_CHECKING:
    from xorgui.core.atlas.axes import Axis
    from xorgui.core.atlas.grid import AtlasGrid

MAX_ATLAS_SEEDS = 10_000
"""Seeds per cell, at most."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `atlas`."""
    for option, name in (("--x", DEFAULT_X), ("--y", DEFAULT_Y)):
        default = f"{name}={DEFAULT_VALUES[name]}"
        parser.add_argument(
            option,
            type=_axis,
            default=default,
            metavar="NAME=VALUES",
            help=f"the setting along {option[2:]} and its values (default {default}); "
            "NAME is lr, hidden, depth, momentum, optimizer or activation; VALUES "
            "a list (1,2,4) or a range (0.01:10:8log, 0:4)",
        )
    add_config_options(parser, seed=False)
    parser.add_argument(
        "--seeds",
        type=seed_range,
        default=range(100),
        metavar="A:B",
        help="seeds A to B-1 in every cell (default 0:100)",
    )
    parser.add_argument(
        "--csv",
        metavar="FILE.csv",
        help="write one row per cell: both settings, seeds, solved_share, and the "
        "median and 90th percentile of epochs to solve (empty if none solved)",
    )
    parser.add_argument(
        "--png", metavar="FILE.png", help="write the two heatmaps as a picture"
    )


def _axis(text: str) -> Axis:
    try:
        return parse_axis_spec(text)
    except AxisError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def run(options: argparse.Namespace) -> int:
    """Train the atlas; print its shares and medians, write the files asked for."""
    from xorgui.core.atlas.grid import AtlasCancelled, AtlasSpec

    config = config_from(options)
    seeds: range = options.seeds
    if len(seeds) > MAX_ATLAS_SEEDS:
        raise UsageError(
            f"--seeds: {len(seeds):,} seeds; an atlas takes {MAX_ATLAS_SEEDS:,} "
            "a cell at most",
            options.prog,
        )
    try:
        spec = AtlasSpec(config, options.x, options.y, seeds)
    except AxisError as exc:
        raise UsageError(f"--y: {exc}", options.prog) from None
    check_outputs({"--csv": options.csv, "--png": options.png})
    if options.png is not None:
        with qt_failures_reported("--png"):
            from xorgui.headless import render

    from xorgui.core.atlas.run import run_atlas
    from xorgui.core.files import ExportError, write_text

    nx, ny = spec.shape
    print(
        f"atlas: {spec.x.spec()} x {spec.y.spec()}, seeds {seeds.start}..{seeds[-1]} "
        f"in each of {nx * ny} cells; {config.describe()}",
        flush=True,
    )
    timer = _PassTimer()
    cancel = threading.Event()
    try:
        with (
            ProgressBar(nx * ny * len(seeds), "seeds", unit="seeds") as bar,
            ctrl_c_sets(cancel),
        ):

            def working(seeds: float) -> None:
                bar.update(int(seeds))

            grid = run_atlas(spec, timer.note, cancel, working=working)
    except AtlasCancelled:
        return cancelled(options.prog)
    print(timer.report(), flush=True)
    print_tables(grid)
    try:
        if options.csv is not None:
            write_text(options.csv, grid.csv())
        if options.png is not None:
            render.render_atlas_png(grid, options.png)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    return EXIT_OK


class _PassTimer:
    """When each pass completed its picture, for the summary line."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.completed: dict[int, float] = {}

    def note(self, grid: AtlasGrid) -> None:
        cells = grid.spec.shape[0] * grid.spec.shape[1]
        whole = len(grid.results) == cells and all(
            len(result.seeds) >= _pass_seeds(grid, grid.pass_index)
            for result in grid.results.values()
        )
        if whole and grid.pass_index not in self.completed:
            self.completed[grid.pass_index] = time.perf_counter() - self.start

    def report(self) -> str:
        first = self.completed.get(0, 0.0)
        total = time.perf_counter() - self.start
        return f"first complete picture in {first:.1f} s; finished in {total:.1f} s"


def _pass_seeds(grid: AtlasGrid, index: int) -> int:
    """Seeds every cell has once pass `index` is done."""
    return sum(len(seeds) for seeds in grid.spec.passes()[: index + 1])


def print_tables(grid: AtlasGrid) -> None:
    """The share solved and the median epochs to solve, as two text tables."""
    spec = grid.spec
    nx, ny = spec.shape
    header = f"{spec.y.name} \\ {spec.x.name}"
    columns = [spec.x.label(i) for i in range(nx)]
    width = max(6, *(len(c) for c in columns))
    first = max(len(header), *(len(spec.y.label(j)) for j in range(ny)))
    shares, medians = grid.shares(), grid.medians()
    for title, values, shown in (
        ("share of seeds solved", shares, lambda v: f"{v:.0%}"),
        ("median epochs to solve (- too few solved)", medians, lambda v: f"{v:.0f}"),
    ):
        print()
        print(title)
        print(f"{header:<{first}}" + "".join(f"{c:>{width + 1}}" for c in columns))
        for j in reversed(range(ny)):
            cells = ["-" if v != v else shown(v) for v in values[:, j]]
            print(
                f"{spec.y.label(j):<{first}}"
                + "".join(f"{c:>{width + 1}}" for c in cells)
            )
