"""The headless commands' options: a parser whose errors are one line, the
value converters, the training options every command shares, and the
configuration they describe."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

from xorgui.core.config import (
    ACTIVATIONS,
    DATA_SETS,
    FEATURES,
    GIVEN,
    LOSSES,
    OPTIMIZERS,
    OUTPUTS,
    ConfigError,
    TrainConfig,
    parse_features,
    parse_hidden,
)
from xorgui.core.data.csv_file import read_points_csv
from xorgui.core.gates import GATES
from xorgui.core.refusal import Refusal
from xorgui.headless.errors import UsageError, not_allowed


class OptionParser(argparse.ArgumentParser):
    """argparse, except that an error is one line for `main` instead of usage + exit,
    and options are never abbreviated (`sweep --seed 3` must not mean --seeds)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(allow_abbrev=False, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message.removeprefix("argument "), self.prog)


def number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def whole_number_from(low: int, high: int) -> Callable[[str], int]:
    """A converter that checks bounds too (for options that TrainConfig lacks)."""

    def convert(text: str) -> int:
        value = whole_number(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{value} is not allowed; expected a whole number from {low} to {high}"
            )
        return value

    return convert


def _parsed(parse: Callable[[str], object]) -> Callable[[str], object]:
    """A converter from one of the config's parsers (`parse_hidden`, ...),
    whose refusal becomes argparse's one line."""

    def convert(text: str) -> object:
        try:
            return parse(text)
        except ConfigError as exc:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not allowed; expected {exc.allowed}"
            ) from None

    return convert


def data_settings(text: str) -> dict[str, object]:
    """The settings --data gives: a data set by name (in any case), or the
    points of a CSV file (x1,x2,label) as one's own points."""
    if text.lower().endswith(".csv"):
        try:
            return {"data": GIVEN, "given": read_points_csv(text)}
        except Refusal as exc:  # the file names itself and the line
            raise UsageError(f"--data: {exc}") from None
    return {"data": text.lower()}


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


def add_config_options(parser: argparse.ArgumentParser, *, seed: bool) -> None:
    """The TrainConfig fields as options. Their default is None, meaning "not
    given", so that --config's values stay unless an option overrides them."""
    default = TrainConfig()
    group = parser.add_argument_group("training (options given override --config)")
    group.add_argument(
        "--config", metavar="FILE.json", help="start from a saved configuration"
    )
    options: dict[str, tuple[Callable[[str], object], str | None, str]] = {
        "gate": (
            str.lower,
            "GATE",
            f"logic gate to learn: {', '.join(GATES)}, or any two-input function "
            "as its 4 target bits for (0,0) (0,1) (1,0) (1,1), such as 1011",
        ),
        "hidden": (
            _parsed(parse_hidden),
            "WIDTHS",
            "hidden layer widths such as 2, 16 or 4,4; none for no hidden layer",
        ),
        "activation": (str.lower, _one_of(ACTIVATIONS), "hidden layer activation"),
        "output_activation": (
            str.lower,
            _one_of(OUTPUTS),
            "the output unit: sigmoid (a probability) or linear (needs --loss mse)",
        ),
        "seed": (whole_number, None, "torch.manual_seed for the initial weights"),
        "optimizer": (str.lower, _one_of(OPTIMIZERS), "optimizer"),
        "lr": (number, None, "learning rate"),
        "momentum": (number, None, "SGD momentum"),
        "loss": (str.lower, _one_of(LOSSES), "loss function"),
        "epochs": (whole_number, None, "epochs to train"),
        "data": (
            str,
            "NAME|FILE.csv",
            f"the points to learn: {', '.join(DATA_SETS[:-1])} (corners: the "
            "gate's four; clouds: noisy points around them labelled by the gate; "
            f"{', '.join(DATA_SETS[-4:-1])}: heights to fit), {GIVEN} (the "
            "points of --config's file), or a CSV file of your own points "
            "(x1,x2,label per line, x1 and x2 from 0 to 1, label 0 or 1)",
        ),
        "points": (whole_number, "N", "how many points a data set draws"),
        "noise": (
            number,
            "SD",
            "the spread (standard deviation) of the jitter added to the points, "
            "or to the heights",
        ),
        "data_seed": (whole_number, "SEED", "seed of the data, apart from --seed"),
        "test_share": (
            number,
            "SHARE",
            "share of the points held out as test points, never trained on",
        ),
        "features": (
            _parsed(parse_features),
            "NAMES",
            f"the network's inputs, comma-separated: {', '.join(FEATURES)}",
        ),
        "batch_size": (
            whole_number,
            "N",
            "training points per step, shuffled each epoch; 0 for all of them",
        ),
        "l1": (number, "RATE", "L1 penalty rate on the weights"),
        "l2": (number, "RATE", "L2 penalty rate on the weights"),
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


def config_from(options: argparse.Namespace) -> TrainConfig:
    """--config's file (or the article's defaults) with the options given applied."""
    config = TrainConfig()
    if options.config is not None:
        try:
            config = TrainConfig.load(options.config)
        except ConfigError as exc:
            raise UsageError(f"--config {options.config}: {exc}") from None
        except Refusal as exc:  # the file itself: it names it
            raise UsageError(f"--config: {exc}") from None
    given = {
        field.name: getattr(options, field.name)
        for field in dataclasses.fields(TrainConfig)
        if field.name != "data" and getattr(options, field.name, None) is not None
    }
    if options.data is not None:
        given.update(data_settings(options.data))
    try:
        return config.with_changes(**given)
    except ConfigError as exc:
        if exc.field == GIVEN:  # the only refusal left: too few points
            raise UsageError(
                f"--data {GIVEN}: the configuration holds {len(config.given)} "
                f"points of your own; expected {exc.allowed} (--config's file)"
            ) from None
        raise UsageError(
            not_allowed(_option(exc.field), exc.value, exc.allowed)
        ) from None
