"""Headless subcommands: `train`, `sweep` and `bench`.

Exit codes: 0 success; 1 a run-time failure (a file that cannot be written,
divergence, no OpenGL, no CUDA); 2 a bad argument or config value; 130
cancelled with Ctrl+C. A failure is one line on stderr that names what to
change, never a traceback.

Torch, the engine and Qt are imported inside the commands once the arguments
are known to be good: a typo is answered at once rather than after seconds of
importing, and `train` without --surface-png never loads Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib
import json
import math
import os
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from types import FrameType, ModuleType
from typing import TYPE_CHECKING, Any, NoReturn

from xorgui.core.config import (
    ACTIVATIONS,
    LOSSES,
    MAX_EPOCHS,
    MAX_SEED,
    OPTIMIZERS,
    OUTPUTS,
    ConfigError,
    TrainConfig,
    parse_hidden,
)
from xorgui.core.gates import GATES, INPUTS
from xorgui.core.grid import MAX_GRID, MIN_GRID
from xorgui.headless.progress import ProgressBar

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot
    from xorgui.core.sweep import SweepResult

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_CANCELLED = 0, 1, 2, 130
MAX_LOGGED_ROWS = 10_000_000  # --loss-csv rows held in memory (16 bytes each)
MAX_SWEEP_SEEDS = 1_000_000
TRAIN_CHUNK = 2048  # epochs between progress updates


class CommandError(Exception):
    """A failure reported as one line on stderr; `code` is the exit status."""

    code = EXIT_FAILURE

    def __init__(self, message: str, prog: str | None = None) -> None:
        super().__init__(message)
        self.prog = prog


class UsageError(CommandError):
    """A bad argument or configuration value."""

    code = EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    """argparse, except that an error is one line for `main` instead of usage + exit,
    and options are never abbreviated (`sweep --seed 3` must not mean --seeds)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(allow_abbrev=False, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message.removeprefix("argument "), self.prog)


def main(args: list[str]) -> int:
    """Run one subcommand; return the process exit code (see the module docstring)."""
    parser = _build_parser()
    prog = parser.prog
    try:
        options, unknown = parser.parse_known_args(args)
        prog = options.prog
        if unknown:
            raise UsageError(f"unrecognized arguments: {' '.join(unknown)}")
        return options.run(options)
    except SystemExit as exc:  # argparse's --help prints and exits
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except CommandError as exc:
        _say(f"{exc.prog or prog}: error: {exc}")
        return exc.code
    except KeyboardInterrupt:
        return _cancelled(prog)
    except BrokenPipeError:
        # Whoever read stdout has gone (`| head`): stop quietly, and keep
        # Python from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE


# --- train -----------------------------------------------------------------------


def _train(options: argparse.Namespace) -> int:
    """Train one network, print what it learned and write the files asked for."""
    config = _config(options)
    keep_log = options.loss_csv is not None or options.print_log
    logged_rows = (config.epochs - 1) // options.log_every + 1
    if keep_log and logged_rows > MAX_LOGGED_ROWS:
        raise UsageError(
            f"--log-every: {options.log_every} would log {logged_rows:,} epochs; "
            f"use at least {math.ceil(config.epochs / MAX_LOGGED_ROWS)} "
            f"(at most {MAX_LOGGED_ROWS:,} rows are kept)"
        )
    _check_outputs(
        {
            "--loss-csv": options.loss_csv,
            "--save-model": options.save_model,
            "--save-config": options.save_config,
            "--surface-png": options.surface_png,
        }
    )
    surface = (
        None if options.surface_png is None else _import_view("render", "--surface-png")
    )

    from xorgui.core import export
    from xorgui.core.training import Trainer

    trainer = Trainer(
        config,
        log_every=options.log_every,
        # Room for every logged epoch, so the history is never thinned.
        history_capacity=max(logged_rows, 2) if keep_log else 2,
    )
    start = time.perf_counter()
    with ProgressBar(config.epochs) as bar:
        while trainer.epoch < config.epochs and trainer.divergence is None:
            trainer.train(min(TRAIN_CHUNK, config.epochs - trainer.epoch))
            bar.update(trainer.epoch)
    seconds = time.perf_counter() - start

    snapshot = trainer.snapshot(None if surface is None else options.grid)
    history = trainer.history
    if options.print_log:
        for epoch, loss in zip(history.epochs, history.losses, strict=True):
            print(f"epoch: {epoch} loss: {loss:f}")
    epochs_per_second = trainer.epoch / max(seconds, 1e-9)
    if options.json:
        print(json.dumps(_training_summary(snapshot, epochs_per_second), indent=2))
    else:
        _print_training(snapshot, epochs_per_second)

    try:
        if options.loss_csv is not None:
            export.save_loss_csv(options.loss_csv, history.epochs, history.losses)
        if options.save_model is not None:
            export.save_model(options.save_model, trainer.save_model())
        if options.save_config is not None:
            export.save_config(options.save_config, config)
        if surface is not None:
            try:
                surface.render_surface_png(snapshot, options.surface_png)
            except surface.OpenGLUnavailable as exc:
                raise CommandError(str(exc)) from None
    except export.ExportError as exc:
        raise CommandError(str(exc)) from None
    if trainer.divergence is not None:
        raise CommandError(trainer.divergence.message)
    return EXIT_OK


def _print_training(snapshot: Snapshot, epochs_per_second: float) -> None:
    """The run's settings, final loss and truth table, for a person to read."""
    config = snapshot.config
    right, wrong = _marks()
    print(f"config: {config.describe()}, seed {config.seed}")
    print(
        f"final loss: {snapshot.loss:.7g} after {snapshot.epoch} epochs "
        f"({epochs_per_second:,.0f} epochs/s)"
    )
    print(" x1  x2  target   output")
    for (x1, x2), target, output in zip(
        INPUTS, snapshot.targets, snapshot.predictions, strict=True
    ):
        correct = math.isfinite(output) and (output > 0.5) == (target > 0.5)
        mark = right if correct else wrong
        print(f"{x1:3.0f} {x2:3.0f} {target:7.0f} {output:8.4f}  {mark}")
    if snapshot.solved_epoch is None:
        print(f"{config.gate.upper()} not solved")
    else:
        print(f"{config.gate.upper()} solved from epoch {snapshot.solved_epoch}")


def _training_summary(snapshot: Snapshot, epochs_per_second: float) -> dict[str, Any]:
    """What `train --json` prints: the run's settings and result, for scripts.

    A value that is not finite (a diverged output) is null: JSON has no NaN.
    """
    divergence = snapshot.divergence
    return {
        "config": snapshot.config.to_dict(),
        "epochs": snapshot.epoch,
        "final_loss": _finite_or_none(snapshot.loss),
        "outputs": [_finite_or_none(float(v)) for v in snapshot.predictions],
        "targets": [int(v) for v in snapshot.targets],
        "solved": snapshot.solved,
        "epochs_to_solve": snapshot.solved_epoch,
        "diverged": None
        if divergence is None
        else {"epoch": divergence.epoch, "message": divergence.message},
        "epochs_per_second": round(epochs_per_second, 1),
    }


def _finite_or_none(value: float) -> float | None:
    return value if math.isfinite(value) else None


# --- sweep -----------------------------------------------------------------------


def _sweep(options: argparse.Namespace) -> int:
    """Train every seed of a range at once; summarise how often the gate is learned."""
    config = _config(options)
    seeds: range = options.seeds
    _check_outputs({"--csv": options.csv})

    import torch

    if options.device == "cuda" and not torch.cuda.is_available():
        raise CommandError(
            "CUDA is not available: torch sees no GPU "
            f"(this torch build: {torch.__version__}); use --device cpu"
        )

    from xorgui.core import export
    from xorgui.core.sweep import SweepCancelled, run_sweep

    cancel = threading.Event()
    start = time.perf_counter()
    try:
        with (
            ProgressBar(config.epochs, "model-epochs", len(seeds)) as bar,
            _ctrl_c_sets(cancel),
        ):
            result = run_sweep(
                config,
                seeds,
                options.device,
                progress=lambda done, _total: bar.update(done),
                cancel=cancel,
            )
    except SweepCancelled:
        return _cancelled(options.prog)
    seconds = time.perf_counter() - start

    _print_sweep(result, seeds, seconds, options.device)
    if options.csv is not None:
        try:
            export.write_text(options.csv, result.csv())
        except export.ExportError as exc:
            raise CommandError(str(exc)) from None
    return EXIT_OK


def _print_sweep(
    result: SweepResult, seeds: range, seconds: float, device: str
) -> None:
    """Success rate, epochs to solve and speed, for a person to read."""
    config = result.config
    solved = int(result.solved.sum())
    print(f"config: {config.describe()}, seeds {seeds.start}..{seeds.stop - 1}")
    print(f"solved: {solved} of {len(seeds)} seeds ({result.success_rate:.1%})")
    percentiles = result.solve_percentiles()
    if percentiles is None:
        print(f"epochs to solve: no seed solved {config.gate.upper()}")
    else:
        median, p90 = percentiles
        print(f"epochs to solve: median {median:.0f}, 90th percentile {p90:.0f}")
    rate = len(seeds) * config.epochs / max(seconds, 1e-9)
    print(
        f"{len(seeds)} seeds x {config.epochs} epochs in {seconds:.2f} s "
        f"on {device}: {rate:,.0f} model-epochs/s"
    )


@contextlib.contextmanager
def _ctrl_c_sets(event: threading.Event) -> Iterator[None]:
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


# --- bench -----------------------------------------------------------------------


def _bench(options: argparse.Namespace) -> int:
    """Print how fast the engine and the sweep are (and the GUI, with --gui)."""
    gui_bench = _import_view("gui_bench", "the GUI benchmark") if options.gui else None
    if gui_bench is not None:
        from xorgui.display import probed_display

        # Checked now, not after minutes of engine tables. The probe leaves at
        # once: Qt connects only after those tables, long after any reset.
        with probed_display() as problem:
            if problem is not None:
                raise CommandError(
                    f"--gui needs a display ({problem}); run under xvfb-run"
                )

    from xorgui.headless.bench import print_row, run_bench

    run_bench(options.quick)
    if gui_bench is not None:
        print()
        lengths = gui_bench.QUICK if options.quick else gui_bench.FULL
        gui_bench.run_gui_bench(print_row, lengths)
    return EXIT_OK


# --- shared helpers --------------------------------------------------------------


def _config(options: argparse.Namespace) -> TrainConfig:
    """--config's file (or the article's defaults) with the options given applied."""
    config = TrainConfig()
    if options.config is not None:
        try:
            config = TrainConfig.load(options.config)
        except ConfigError as exc:
            if exc.field == "config file":
                raise UsageError(
                    _not_allowed("--config", exc.value, exc.allowed)
                ) from None
            raise UsageError(f"--config {options.config}: {exc}") from None
    given = {
        field.name: getattr(options, field.name)
        for field in dataclasses.fields(TrainConfig)
        if getattr(options, field.name, None) is not None
    }
    try:
        return config.with_changes(**given)
    except ConfigError as exc:
        raise UsageError(
            _not_allowed(_option(exc.field), exc.value, exc.allowed)
        ) from None


def _check_outputs(outputs: dict[str, str | None]) -> None:
    """Fail now, not after training, if an output given cannot be written.

    The files are still written atomically at the end; this only spares a
    person the wait to learn of a typo.
    """
    seen: dict[str, str] = {}
    for option, path in outputs.items():
        if path is None:
            continue
        target = os.path.abspath(path)
        if target in seen:
            raise UsageError(
                f"{option}: {path!r} is also the {seen[target]} file; "
                "give each output its own name"
            )
        seen[target] = option
        problem = _unwritable(target)
        if problem is not None:
            raise CommandError(f"{option}: cannot write {target}: {problem}")


def _unwritable(target: str) -> str | None:
    """Why no file can be written at the absolute path `target`, or None."""
    folder = os.path.dirname(target)
    if os.path.isdir(target):
        return "it is a folder, not a file"
    if not os.path.exists(folder):
        return f"the folder {folder} does not exist"
    if not os.path.isdir(folder):
        return f"{folder} is a file, not a folder"
    try:  # the only sure test (permissions say nothing to root or on /proc)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return (
            f"no file can be created in {folder} ({(exc.strerror or str(exc)).lower()})"
        )
    return None


def _import_view(name: str, feature: str) -> ModuleType:
    """Import `xorgui.headless.<name>` (it loads Qt), or fail with one line."""
    module = f"xorgui.headless.{name}"
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module.startswith(exc.name):
            raise CommandError(
                f"{feature} is not available in this installation ({module} is missing)"
            ) from None
        raise CommandError(
            f"{feature} needs {exc.name}, which is not installed"
        ) from None
    except ImportError as exc:
        raise CommandError(f"{feature} cannot load Qt: {exc}") from None


def _marks() -> tuple[str, str]:
    """✓ and ✗, or plain letters where stdout cannot encode them."""
    try:
        "✓✗".encode(sys.stdout.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return "ok", "x"
    return "✓", "✗"


def _not_allowed(option: str, value: object, allowed: str) -> str:
    return f"{option}: {value!r} is not allowed; expected {allowed}"


def _cancelled(prog: str) -> int:
    _say(f"{prog}: cancelled")
    return EXIT_CANCELLED


def _say(line: str) -> None:
    """Print to stderr as exactly one line, whatever the message holds."""
    print(" ".join(line.split()), file=sys.stderr)


# --- argument parsing ------------------------------------------------------------


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def _whole_number_from(low: int, high: int) -> Callable[[str], int]:
    """A converter that checks bounds too (for options that TrainConfig lacks)."""

    def convert(text: str) -> int:
        value = _whole_number(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{value} is not allowed; expected a whole number from {low} to {high}"
            )
        return value

    return convert


def _hidden(text: str) -> tuple[int, ...]:
    try:
        return parse_hidden(text)
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not allowed; expected {exc.allowed}"
        ) from None


def _seed_range(text: str) -> range:
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


def _shown(value: object) -> str:
    """A default as a person would type it: 2,2 for (2, 2), 0.1, xor."""
    if isinstance(value, tuple):
        return ",".join(map(str, value))
    return f"{value:g}" if isinstance(value, float) else str(value)


def _option(field: str) -> str:
    """The command-line option of a TrainConfig field: output_activation ->
    --output-activation."""
    return "--" + field.replace("_", "-")


def _one_of(names: Iterable[str]) -> str:
    return "{" + ",".join(names) + "}"


def _add_config_options(parser: argparse.ArgumentParser, *, seed: bool) -> None:
    """The TrainConfig fields as options. Their default is None, meaning "not
    given", so that --config's values stay unless an option overrides them."""
    default = TrainConfig()
    group = parser.add_argument_group("training (options given override --config)")
    group.add_argument(
        "--config", metavar="FILE.json", help="start from a saved configuration"
    )
    options: dict[str, tuple[Callable[[str], object], str | None, str]] = {
        "gate": (str.lower, _one_of(GATES), "logic gate to learn"),
        "hidden": (
            _hidden,
            "WIDTHS",
            "hidden layer widths such as 2, 16 or 4,4; none for no hidden layer",
        ),
        "activation": (str.lower, _one_of(ACTIVATIONS), "hidden layer activation"),
        "output_activation": (
            str.lower,
            _one_of(OUTPUTS),
            "the output unit: sigmoid (a probability) or linear (needs --loss mse)",
        ),
        "seed": (_whole_number, None, "torch.manual_seed for the initial weights"),
        "optimizer": (str.lower, _one_of(OPTIMIZERS), "optimizer"),
        "lr": (_number, None, "learning rate"),
        "momentum": (_number, None, "SGD momentum"),
        "loss": (str.lower, _one_of(LOSSES), "loss function"),
        "epochs": (_whole_number, None, "epochs to train"),
    }
    for name, (convert, metavar, meaning) in options.items():
        if name == "seed" and not seed:
            continue
        group.add_argument(
            _option(name),
            type=convert,
            metavar=metavar,
            help=f"{meaning} (default {_shown(getattr(default, name))})",
        )


def _build_parser() -> _Parser:
    parser = _Parser(
        prog="xorgui",
        description="Watch a small network learn a logic gate. Without a command "
        "the window opens; these commands run without one.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    train = commands.add_parser(
        "train",
        help="train one network and print its truth table",
        description="Train one network (the article's XOR experiment by default), "
        "print its truth table and write the files asked for.",
    )
    _add_config_options(train, seed=True)
    output = train.add_argument_group("output")
    output.add_argument(
        "--log-every",
        type=_whole_number_from(1, MAX_EPOCHS),
        default=100,
        metavar="N",
        help="log the loss of every N-th epoch (default 100)",
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
        "final_loss, outputs, targets, solved, epochs_to_solve (the first epoch "
        "from which all four outputs stayed right; null if not solved), diverged "
        "(null, or its epoch and message) and epochs_per_second",
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
        "--surface-png",
        metavar="FILE.png",
        help="render the trained model's 3-D output surface (needs OpenGL)",
    )
    output.add_argument(
        "--grid",
        type=_whole_number_from(MIN_GRID, MAX_GRID),
        default=100,
        metavar="N",
        help="N x N points for --surface-png (default 100)",
    )
    train.set_defaults(run=_train, prog=train.prog)

    sweep = commands.add_parser(
        "sweep",
        help="train many seeds at once and count how often the gate is learned",
        description="Train every seed of a range at once; print the success rate "
        "and how many epochs solving took.",
    )
    _add_config_options(sweep, seed=False)
    sweep.add_argument(
        "--seeds",
        type=_seed_range,
        required=True,
        metavar="A:B",
        help="seeds A to B-1, e.g. 0:1000",
    )
    sweep.add_argument(
        "--csv",
        metavar="FILE.csv",
        help="write seed,final_loss,solved,epochs_to_solve per seed (solved is 1 or 0; "
        "epochs_to_solve is empty for a seed that never solved the gate)",
    )
    sweep.add_argument(
        "--device",
        type=str.lower,
        choices=("cpu", "cuda"),
        default="cpu",
        help="where to train (default cpu)",
    )
    sweep.set_defaults(run=_sweep, prog=sweep.prog)

    bench = commands.add_parser(
        "bench",
        help="measure the engine against the article's loop, and a sweep",
        description="Print epochs/s of the article's autograd loop and of the engine "
        "for 2-2-1, 2-16-1 and 2-8-8-1, and the speed of a 1000-seed sweep.",
    )
    bench.add_argument(
        "--quick",
        action="store_true",
        help="2000 epochs and 100 seeds instead of 20000/1000; with --gui, "
        "seconds-long GUI measurements instead of minutes",
    )
    bench.add_argument(
        "--gui", action="store_true", help="also measure the window's views"
    )
    bench.set_defaults(run=_bench, prog=bench.prog)
    return parser
