"""`xorgui train`: train one network, print its truth table (or JSON) and write
the files asked for.

Torch loads once the arguments are known to be good, and Qt only for
--surface-png and --export-views, through the render gateway.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from typing import TYPE_CHECKING, Any

from xorgui.core.collapse import collapse
from xorgui.core.config import DEFAULT_FEATURES, MAX_EPOCHS
from xorgui.core.data.sets import REGRESSION_TOLERANCE, data_set, is_regression
from xorgui.core.decision_lines import first_layer_summary, output_is_flat
from xorgui.core.gates import INPUTS, gate_label
from xorgui.core.grid import DEFAULT_GRID, MAX_GRID, MIN_GRID
from xorgui.core.outcome import is_linear
from xorgui.headless.animate_options import (
    ANIMATION_SIZE,
    add_animate_arguments,
    check_animate,
)
from xorgui.headless.errors import (
    EXIT_OK,
    CommandError,
    UsageError,
    qt_failures_reported,
)
from xorgui.headless.options import (
    add_config_options,
    config_from,
    whole_number_from,
)
from xorgui.headless.outputs import check_outputs, marks, prepare_folder
from xorgui.headless.progress import ProgressBar

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot
    from xorgui.core.training.trainer import Trainer

MAX_LOGGED_ROWS = 10_000_000  # --loss-csv rows held in memory (16 bytes each)
DEFAULT_LOG_EVERY = 100
PLOTTED_POINTS = 4096
"""Logged losses kept for --export-views' loss plot (thinned over the run)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `train`."""
    add_config_options(parser, seed=True)
    output = parser.add_argument_group("output")
    output.add_argument(
        "--log-every",
        type=whole_number_from(1, MAX_EPOCHS),
        default=DEFAULT_LOG_EVERY,
        metavar="N",
        help=f"log the loss of every N-th epoch (default {DEFAULT_LOG_EVERY})",
    )
    printed = output.add_mutually_exclusive_group()
    printed.add_argument(
        "--print-log",
        action="store_true",
        help='print the logged losses as the article does ("epoch: 0 loss: 0.748230")',
    )
    printed.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object instead of the table: config, epochs, "
        "final_loss (on the training points), test_loss (on the test points; "
        "null without any), accuracy and test_accuracy (the share of training "
        "and of test points right, 0 to 1; null without test points), outputs "
        "and targets (at every point), test (whether each point is held out), "
        "solved, epochs_to_solve (the first epoch from which every training "
        "output stayed right; null if not solved), diverged "
        "(null, or its epoch and message), epochs_per_second, output_flat (the "
        "output within 0.001 of 0.5 over the whole square: no boundary yet), "
        "lines (each first-layer unit's line w1*x1 + w2*x2 + b = 0: its weights, "
        "kind slanted/vertical/none, slope and intercept or x1, its segment in "
        "the unit square, and boundary: whether it is the network's boundary, "
        "true only with no hidden layer and an output that is not flat) and "
        "single_layer (for a network without activations, the "
        "one layer it equals: w1, w2, b; else null); output_flat, lines and "
        "single_layer are null for features other than x1,x2",
    )
    output.add_argument(
        "--loss-csv", metavar="FILE.csv", help="write epoch,loss for the logged epochs"
    )
    output.add_argument(
        "--save-model",
        metavar="FILE.pt",
        help='write the model; torch.load gives {"config": ..., "state_dict": ...}',
    )
    output.add_argument(
        "--save-config",
        metavar="FILE.json",
        help="write the configuration, for --config",
    )
    output.add_argument(
        "--export-script",
        metavar="FILE.py",
        help="write the run as a PyTorch script in the article's style, which "
        "prints the same losses with plain torch",
    )
    output.add_argument(
        "--surface-png",
        metavar="FILE.png",
        help="render the trained model's 3-D output surface (needs OpenGL)",
    )
    output.add_argument(
        "--export-views",
        metavar="DIR",
        help="write the trained model's views as PNG files into DIR (made if "
        "missing): surface.png (needs OpenGL), truth-table.png, loss.png and "
        "every other view the app has",
    )
    output.add_argument(
        "--grid",
        type=whole_number_from(MIN_GRID, MAX_GRID),
        default=DEFAULT_GRID,
        metavar="N",
        help=f"N x N points of the surface (default {DEFAULT_GRID})",
    )
    add_animate_arguments(parser)


def run(options: argparse.Namespace) -> int:
    """Train one network, print what it learned and write the files asked for."""
    config = config_from(options)
    check_animate(options)
    keep_log = options.loss_csv is not None or options.print_log
    logged_rows = (config.epochs - 1) // options.log_every + 1
    if keep_log and logged_rows > MAX_LOGGED_ROWS:
        raise UsageError(
            f"--log-every: {options.log_every} would log {logged_rows:,} epochs; "
            f"use at least {math.ceil(config.epochs / MAX_LOGGED_ROWS)} "
            f"(at most {MAX_LOGGED_ROWS:,} rows are kept)"
        )
    check_outputs(
        {
            "--loss-csv": options.loss_csv,
            "--save-model": options.save_model,
            "--save-config": options.save_config,
            "--export-script": options.export_script,
            "--surface-png": options.surface_png,
            "--animate": options.animate,
        }
    )
    if options.export_views is not None:
        prepare_folder("--export-views", options.export_views)
    wants_surface = options.surface_png is not None or options.export_views is not None
    if wants_surface or options.animate is not None:
        picture = (
            "--animate"
            if options.animate
            else "--surface-png"
            if options.surface_png
            else "--export-views"
        )
        with qt_failures_reported(picture):
            from xorgui.headless import render

    from xorgui.core.export import save_config, save_loss_csv
    from xorgui.core.files import ExportError
    from xorgui.core.model_file import save_model
    from xorgui.core.script.pytorch import save_pytorch_script
    from xorgui.core.training.trainer import CHUNK_EPOCHS, Trainer

    # Room for every logged epoch when they are written or an animation
    # spaces its frames along the loss curve, so that history is never
    # thinned; a plot's worth (thinned over the run) for --export-views.
    capacity = max(logged_rows, 2) if keep_log or options.animate else 2
    if options.export_views is not None:
        capacity = max(capacity, PLOTTED_POINTS)
    trainer = Trainer(config, log_every=options.log_every, history_capacity=capacity)
    start = time.perf_counter()
    with ProgressBar(config.epochs) as bar:
        while trainer.epoch < config.epochs and trainer.divergence is None:
            trainer.train(min(CHUNK_EPOCHS, config.epochs - trainer.epoch))
            bar.update(trainer.epoch)
    seconds = time.perf_counter() - start

    snapshot = trainer.snapshot(options.grid if wants_surface else None)
    history = trainer.history
    if options.print_log:
        for epoch, loss in zip(history.epochs, history.losses, strict=True):
            print(f"epoch: {epoch} loss: {loss:f}")
    epochs_per_second = trainer.epoch / max(seconds, 1e-9)
    if options.json:
        print(json.dumps(training_summary(snapshot, epochs_per_second), indent=2))
    else:
        print_training(snapshot, epochs_per_second)

    try:
        if options.loss_csv is not None:
            save_loss_csv(options.loss_csv, history.epochs, history.losses)
        if options.save_model is not None:
            save_model(options.save_model, trainer.save_model())
        if options.save_config is not None:
            save_config(options.save_config, config)
        if options.export_script is not None:
            save_pytorch_script(options.export_script, config)
        if wants_surface:
            try:
                if options.surface_png is not None:
                    render.render_surface_png(snapshot, options.surface_png)
                if options.export_views is not None:
                    render.render_view_pngs(snapshot, options.export_views)
            except render.OpenGLUnavailable as exc:
                raise CommandError(str(exc)) from None
        if options.animate is not None:
            animate(render, trainer, options)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    if trainer.divergence is not None:
        raise CommandError(trainer.divergence.message)
    return EXIT_OK


def animate(render: Any, trainer: Trainer, options: argparse.Namespace) -> None:
    """Write --animate's file: the run replayed, with a progress bar, and say
    how long it took."""
    from xorgui.core.animation.epochs import AnimationOptions, RunCurve, Spacing

    history = trainer.history
    curve = RunCurve(history.epochs, history.losses, trainer.epoch)
    chosen = AnimationOptions(
        options.frames, options.fps, Spacing(options.spacing), ANIMATION_SIZE
    )
    start = time.perf_counter()
    with ProgressBar(chosen.frames, rate_unit="frames", unit="frames") as bar:
        try:
            frames, seconds = render.render_animation(
                trainer.config, curve, options.animate, chosen, bar.update
            )
        except render.OpenGLUnavailable as exc:
            raise CommandError(str(exc)) from None
    width, height = chosen.size
    print(
        f"animation: {frames} frames, {width}x{height}, plays {seconds:.2f} s, "
        f"made in {time.perf_counter() - start:.1f} s -> {options.animate}"
    )


def print_training(snapshot: Snapshot, epochs_per_second: float) -> None:
    """The run's settings, final loss and truth table (or, for a data set of
    many points, how many it gets right), for a person to read."""
    config = snapshot.config
    print(f"config: {config.describe()}, seed {config.seed}")
    print(
        f"final loss: {snapshot.loss:.7g} after {snapshot.epoch} epochs "
        f"({epochs_per_second:,.0f} epochs/s)"
    )
    right = (
        f"within {REGRESSION_TOLERANCE:g} of their height"
        if is_regression(config)
        else "right"
    )
    if config.data == "corners":
        print_truth_table(snapshot)
    else:
        training = config.point_count - config.test_count
        print(f"training points {right}: {snapshot.accuracy:.1%} of {training}")
    test_accuracy = snapshot.test_accuracy
    if test_accuracy is not None:
        print(
            f"test loss: {snapshot.test_loss:.7g}; test points {right}: "
            f"{test_accuracy:.1%} of {config.test_count}"
        )


def print_truth_table(snapshot: Snapshot) -> None:
    """The four corners' targets and outputs (a held-out corner marked
    "test"), and whether the gate is solved."""
    config = snapshot.config
    right, wrong = marks()
    test = data_set(config).test
    print(" x1  x2  target   output")
    for (x1, x2), target, output, held_out in zip(
        INPUTS, snapshot.targets, snapshot.predictions, test, strict=True
    ):
        correct = math.isfinite(output) and (output > 0.5) == (target > 0.5)
        mark = right if correct else wrong
        note = "  test" if held_out else ""
        print(f"{x1:3.0f} {x2:3.0f} {target:7.0f} {output:8.4f}  {mark}{note}")
    if snapshot.solved_epoch is None:
        print(f"{gate_label(config.gate)} not solved")
    else:
        print(f"{gate_label(config.gate)} solved from epoch {snapshot.solved_epoch}")


def training_summary(snapshot: Snapshot, epochs_per_second: float) -> dict[str, Any]:
    """What `train --json` prints: the run's settings and result, for scripts.

    A value that is not finite (a diverged output) is null: JSON has no NaN.
    The lines and the single layer are of the inputs x1 and x2: null for
    other features.
    """
    divergence = snapshot.divergence
    config = snapshot.config
    plane = config.features == DEFAULT_FEATURES
    test_accuracy = snapshot.test_accuracy
    return {
        "config": config.to_dict(),
        "epochs": snapshot.epoch,
        "final_loss": _finite_or_none(snapshot.loss),
        "test_loss": None
        if test_accuracy is None
        else _finite_or_none(snapshot.test_loss),
        "accuracy": snapshot.accuracy,
        "test_accuracy": test_accuracy,
        "outputs": [_finite_or_none(float(v)) for v in snapshot.predictions],
        "targets": [
            float(v) if is_regression(config) else int(v) for v in snapshot.targets
        ],
        "test": [bool(v) for v in data_set(config).test],
        "solved": snapshot.solved,
        "epochs_to_solve": snapshot.solved_epoch,
        "diverged": None
        if divergence is None
        else {"epoch": divergence.epoch, "message": divergence.message},
        "epochs_per_second": round(epochs_per_second, 1),
        "output_flat": output_is_flat(
            snapshot.layers, config.activation, config.output_activation
        )
        if plane
        else None,
        "lines": first_layer_summary(
            snapshot.layers, config.activation, config.output_activation
        )
        if plane
        else None,
        "single_layer": collapse(snapshot.layers).to_dict()
        if plane and is_linear(snapshot.config)
        else None,
    }


def _finite_or_none(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None
