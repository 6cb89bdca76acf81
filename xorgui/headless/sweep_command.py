"""`xorgui sweep`: train every seed of a range at once and count how often the
gate is learned. Ctrl+C cancels cooperatively, between chunks."""

from __future__ import annotations

import argparse
import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType
from typing import TYPE_CHECKING

from xorgui.core.config import MAX_SEED, TrainConfig
from xorgui.core.gates import gate_label
from xorgui.headless.errors import EXIT_OK, CommandError, cancelled
from xorgui.headless.options import add_config_options, config_from
from xorgui.headless.outputs import check_outputs
from xorgui.headless.progress import ProgressBar

if TYPE_CHECKING:
    from xorgui.core.sweep.result import SweepResult

MAX_SWEEP_SEEDS = 1_000_000
DEVICES = ("cpu", "cuda")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `sweep`."""
    add_config_options(parser, seed=False)
    parser.add_argument(
        "--seeds",
        type=seed_range,
        required=True,
        metavar="A:B",
        help="seeds A to B-1, e.g. 0:1000",
    )
    parser.add_argument(
        "--csv",
        metavar="FILE.csv",
        help="write seed,final_loss,solved,epochs_to_solve per seed (solved is 1 or 0; "
        "epochs_to_solve is empty for a seed that never solved the gate)",
    )
    parser.add_argument(
        "--device",
        type=str.lower,
        choices=DEVICES,
        default=DEVICES[0],
        help=f"where to train (default {DEVICES[0]})",
    )


def seed_range(text: str) -> range:
    """`A:B` as range(A, B): half-open, 0 <= A < B <= 2**31."""
    first, colon, stop = text.partition(":")
    try:
        seeds = range(int(first), int(stop)) if colon else None
    except ValueError:
        seeds = None
    if seeds is None or not 0 <= seeds.start < seeds.stop <= MAX_SEED + 1:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not allowed; expected A:B with whole numbers "
            f"0 <= A < B <= {MAX_SEED + 1} (seeds A to B-1), e.g. 0:1000"
        )
    if len(seeds) > MAX_SWEEP_SEEDS:
        raise argparse.ArgumentTypeError(
            f"{text!r} holds {len(seeds):,} seeds; "
            f"a sweep takes {MAX_SWEEP_SEEDS:,} at most"
        )
    return seeds


def run(options: argparse.Namespace) -> int:
    """Train every seed of a range at once; summarise how often the gate is learned."""
    config = config_from(options)
    seeds: range = options.seeds
    check_outputs({"--csv": options.csv})

    import torch

    if options.device == "cuda" and not torch.cuda.is_available():
        raise CommandError(
            "CUDA is not available: torch sees no GPU "
            f"(this torch build: {torch.__version__}); use --device cpu"
        )

    from xorgui.core.files import ExportError, write_text
    from xorgui.core.sweep.run import SweepCancelled, run_sweep

    cancel = threading.Event()
    start = time.perf_counter()
    try:
        with (
            ProgressBar(config.epochs, "model-epochs", len(seeds)) as bar,
            ctrl_c_sets(cancel),
        ):
            result = run_sweep(
                config,
                seeds,
                options.device,
                progress=lambda done, _total: bar.update(done),
                cancel=cancel,
            )
    except SweepCancelled:
        return cancelled(options.prog)
    seconds = time.perf_counter() - start

    print_sweep(result, seeds, seconds, options.device)
    if options.csv is not None:
        try:
            write_text(options.csv, result.csv())
        except ExportError as exc:
            raise CommandError(str(exc)) from None
    return EXIT_OK


def print_sweep(result: SweepResult, seeds: range, seconds: float, device: str) -> None:
    """Success rate, epochs to solve and speed, for a person to read."""
    config = result.config
    solved = int(result.solved.sum())
    print(f"config: {config.describe()}, seeds {seeds.start}..{seeds.stop - 1}")
    print(f"solved: {solved} of {len(seeds)} seeds ({result.success_rate:.1%})")
    percentiles = result.solve_percentiles()
    if percentiles is None:
        print(f"epochs to solve: no seed solved {learned(config)}")
    else:
        median, p90 = percentiles
        print(f"epochs to solve: median {median:.0f}, 90th percentile {p90:.0f}")
    rate = len(seeds) * config.epochs / max(seconds, 1e-9)
    print(
        f"{len(seeds)} seeds x {config.epochs} epochs in {seconds:.2f} s "
        f"on {device}: {rate:,.0f} model-epochs/s"
    )


def learned(config: TrainConfig) -> str:
    """What a run learns, for a sentence: the gate ("XOR") on the corners
    and their clouds, else the data set ("the circle data")."""
    if config.data in ("corners", "clouds"):
        return gate_label(config.gate)
    return f"the {config.data} data"


@contextlib.contextmanager
def ctrl_c_sets(event: threading.Event) -> Iterator[None]:
    """Within the block Ctrl+C sets `event`, a cooperative cancel, instead of
    raising KeyboardInterrupt in the middle of a computation."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may install signal handlers
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        event.set()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
