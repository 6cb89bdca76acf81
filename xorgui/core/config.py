"""The training configuration: one validated, immutable object, article defaults.

Every entry point (the CLI, the window's controls, File > Open) builds a
`TrainConfig`; a bad value is rejected here, once, with a message that names the
field, the value and what is allowed.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from xorgui.core.gates import GATES, normalise_gate
from xorgui.core.limits import MAX_CONFIG_FILE
from xorgui.core.refusal import Choices, Refusal, Words, english
from xorgui.core.untrusted import load_json, read_text

CONFIG_VERSION = 1
ACTIVATIONS = ("sigmoid", "tanh", "relu", "identity")
OUTPUTS = ("sigmoid", "linear")
OPTIMIZERS = ("sgd", "adam")
LOSSES = ("bce", "mse")
MAX_HIDDEN_LAYERS = 4
MIN_WIDTH, MAX_WIDTH = 1, 64
MIN_LR, MAX_LR = 1e-6, 10.0
MAX_MOMENTUM = 0.99
MAX_SEED = 2**31 - 1
MIN_EPOCHS, MAX_EPOCHS = 1, 1_000_000_000
CLASSIFICATION = ("corners", "clouds", "circle", "gaussians", "spiral", "moons")
REGRESSION = ("plane", "bump", "saddle")
GIVEN = "given"
"""Points a person drew or imported, carried in the config itself."""
DATA_SETS: tuple[str, ...] = (*CLASSIFICATION, *REGRESSION, GIVEN)
"""The data sets (core/data/sets.py draws them)."""
MIN_POINTS, MAX_POINTS = 4, 2000
FEATURES: tuple[str, ...] = ("x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2")
"""Every input feature, in the order the network's inputs take them
(core/data/features.py computes them)."""
DEFAULT_FEATURES: tuple[str, ...] = ("x1", "x2")
"""The article's inputs: the point itself."""
MAX_NOISE = 0.5
MAX_TEST_SHARE = 0.9
MAX_PENALTY = 1.0
CONFIG_KIND = Words("kind_config")
_VERSION = Words("format_version", {"version": CONFIG_VERSION})


class ConfigError(Refusal):
    """A setting whose value is not allowed: which (`field`), its `value`,
    and what is (`allowed_words`; `allowed` in English)."""

    def __init__(
        self,
        field: str,
        value: object,
        allowed: Words,
        code: str = "setting_refused",
    ) -> None:
        super().__init__(code, setting=field, value=value, allowed=allowed)
        self.field = field
        self.value = value
        self.allowed_words = allowed

    @property
    def allowed(self) -> str:
        return english(self.allowed_words)


@dataclass(frozen=True, slots=True)
class TrainConfig:
    """What defines a training run. Defaults are the article's experiment."""

    gate: str = "xor"  # canonical: a gate's name, or the 4 target bits (gates.py)
    hidden: tuple[int, ...] = (2,)
    activation: str = "sigmoid"
    output_activation: str = "sigmoid"
    seed: int = 42
    optimizer: str = "sgd"
    lr: float = 0.1
    momentum: float = 0.0
    loss: str = "bce"
    epochs: int = 20000
    # The data (core/data): the article's four corners unless a set is named.
    data: str = "corners"
    points: int = 200  # how many a generated set draws (not the corners)
    noise: float = 0.0
    data_seed: int = 0  # seeds the data apart from the network's `seed`
    test_share: float = 0.0  # held out, never trained on
    given: tuple[tuple[float, float, float], ...] = ()  # data "given": x1, x2, label
    features: tuple[str, ...] = DEFAULT_FEATURES  # the network's inputs
    batch_size: int = 0  # 0: the whole training set each step (the article)
    l1: float = 0.0  # penalty rates on the weights (not the biases)
    l2: float = 0.0

    def __post_init__(self) -> None:
        _normalise_gate(self)
        _check_hidden(self.hidden)
        _check_choice("activation", self.activation, ACTIVATIONS)
        _check_int("seed", self.seed, 0, MAX_SEED)
        _check_choice("optimizer", self.optimizer, OPTIMIZERS)
        _check_float("lr", self.lr, MIN_LR, MAX_LR)
        _check_float("momentum", self.momentum, 0.0, MAX_MOMENTUM)
        _check_choice("output_activation", self.output_activation, OUTPUTS)
        _check_choice("loss", self.loss, LOSSES)
        if self.loss not in losses_for(self.output_activation):
            raise ConfigError(
                "loss",
                self.loss,
                Words("mse_for_linear", {"mse": Choices("loss", ("mse",))}),
            )
        _check_int("epochs", self.epochs, MIN_EPOCHS, MAX_EPOCHS)
        _check_data(self)
        for name in ("lr", "momentum", "noise", "test_share", "l1", "l2"):
            object.__setattr__(self, name, float(getattr(self, name)))

    def with_changes(self, **changes: Any) -> TrainConfig:
        """A copy with some fields changed (validated like any new config)."""
        return replace(self, **changes)

    @property
    def architecture(self) -> str:
        """The layer sizes as the article writes them, e.g. "2-2-1" (the
        first is the number of input features)."""
        return "-".join(str(n) for n in (len(self.features), *self.hidden, 1))

    @property
    def point_count(self) -> int:
        """How many points the data set has, training and test together."""
        if self.data == "corners":
            return 4
        return len(self.given) if self.data == GIVEN else self.points

    @property
    def test_count(self) -> int:
        """How many of them are held out for testing."""
        return round(self.point_count * self.test_share)

    def describe(self) -> str:
        """The settings in one line, e.g. "xor 2-2-1 sigmoid, sgd lr 0.1, bce loss,
        20000 epochs" (the seed is left to the caller); the data, features,
        batch size and penalties follow when they are not the article's."""
        optimizer = f"{self.optimizer} lr {self.lr:g}"
        if self.optimizer == "sgd" and self.momentum:
            optimizer += f" momentum {self.momentum:g}"
        output = "" if self.output_activation == "sigmoid" else " (linear output)"
        return ", ".join(
            (
                f"{self._subject()} {self.architecture} {self.activation}{output}",
                optimizer,
                f"{self.loss} loss",
                f"{self.epochs} epochs",
                *self._data_words(),
            )
        )

    def _subject(self) -> str:
        """What the network learns: the gate on its corners (or clouds around
        them), else the data set ("circle", "given points")."""
        if self.data == "corners":
            return self.gate
        if self.data == "clouds":
            return f"{self.gate} clouds"
        return "given points" if self.data == GIVEN else self.data

    def _data_words(self) -> list[str]:
        """describe()'s words for the data and training beyond the article's,
        each only when it is not the default: "200 points", "noise 0.1", ..."""
        words = []
        if self.data != "corners":
            words.append(f"{self.point_count} points")
        if self.data not in ("corners", GIVEN):
            if self.noise:
                words.append(f"noise {self.noise:g}")
            if self.data_seed:
                words.append(f"data seed {self.data_seed}")
        if self.test_share:
            words.append(f"test share {self.test_share:g}")
        if self.features != DEFAULT_FEATURES:
            words.append("features " + ",".join(self.features))
        if self.batch_size:
            words.append(f"batch size {self.batch_size}")
        for name in ("l1", "l2"):
            if getattr(self, name):
                words.append(f"{name} {getattr(self, name):g}")
        return words

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, with the format version."""
        data = asdict(self)
        data["hidden"] = list(self.hidden)
        data["features"] = list(self.features)
        data["given"] = [list(point) for point in self.given]
        return {"version": CONFIG_VERSION, **data}

    @classmethod
    def from_dict(cls, data: object) -> TrainConfig:
        """Build from a dict as `to_dict` writes it; missing fields take defaults."""
        if not isinstance(data, dict):
            raise ConfigError("config", json_kind(data), Words("json_object"))
        if "version" not in data:
            raise ConfigError("version", None, _VERSION, code="setting_missing")
        if data["version"] != CONFIG_VERSION:
            raise ConfigError("version", data["version"], _VERSION)
        names = {f.name for f in fields(cls)}
        # "notes" are a saved run's remarks (hand edits), not settings.
        unknown = sorted(set(data) - names - {"version", "notes"})
        if unknown:
            raise ConfigError(
                unknown[0],
                data[unknown[0]],
                Words("known_key", {"keys": Choices("settings", tuple(sorted(names)))}),
            )
        values = {k: v for k, v in data.items() if k not in ("version", "notes")}
        if "hidden" in values:
            hidden = values["hidden"]
            if not isinstance(hidden, list):
                raise ConfigError("hidden", hidden, Words("width_list"))
            values["hidden"] = tuple(hidden)
        if "features" in values:
            features = values["features"]
            if not isinstance(features, list):
                raise ConfigError("features", json_kind(features), _FEATURE_WORDS)
            values["features"] = tuple(features)
        return cls(**values)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str, name: str = "the configuration") -> TrainConfig:
        """Parse JSON text (from the file `name`); malformed or hostile JSON
        is a Refusal too."""
        if not text.strip():
            raise Refusal("file_empty", file=name, kind=CONFIG_KIND)
        try:
            data = load_json(text, name)
        except json.JSONDecodeError as exc:
            raise Refusal(
                "config_not_json", file=name, line=exc.lineno, column=exc.colno
            ) from None
        return cls.from_dict(data)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> TrainConfig:
        """Read a config file (an ordinary file, at most MAX_CONFIG_FILE
        bytes, read at once); every way it can be unusable is a Refusal."""
        name = os.fspath(path)
        return cls.from_json(read_text(name, CONFIG_KIND, MAX_CONFIG_FILE), name)


def losses_for(output_activation: str) -> tuple[str, ...]:
    """The losses an output unit allows: cross-entropy needs a probability
    between 0 and 1, so a linear output allows only MSE."""
    return LOSSES if output_activation == "sigmoid" else ("mse",)


def parse_hidden(text: str) -> tuple[int, ...]:
    """Parse "2", "4,4" or "none" into layer widths (validated)."""
    cleaned = text.strip().lower()
    if cleaned in ("none", "0", ""):
        return ()
    widths = []
    for part in cleaned.split(","):
        if not part.strip().isdecimal():
            raise ConfigError("hidden", text, Words("width_text"))
        widths.append(int(part))
    _check_hidden(tuple(widths))
    return tuple(widths)


def _check_choice(name: str, value: object, allowed: tuple[str, ...]) -> None:
    if not isinstance(value, str) or value not in allowed:
        raise ConfigError(
            name, value, Words("one_of", {"choices": Choices(name, allowed)})
        )


def _normalise_gate(config: TrainConfig) -> None:
    """Store the gate in its canonical form: "0110" and "XOR" are "xor"."""
    try:
        gate = normalise_gate(config.gate)
    except ValueError:
        raise ConfigError(
            "gate",
            config.gate,
            Words("gate_names", {"choices": Choices("gate", tuple(GATES))}),
        ) from None
    object.__setattr__(config, "gate", gate)


def json_kind(value: object) -> Words:
    """What kind of JSON value `value` is, as a phrase ("a list")."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Words("json_kind_number")
    if isinstance(value, list):
        return Words("json_kind_list")
    return Words("json_kind_text" if isinstance(value, str) else "json_kind_other")


def _check_int(name: str, value: object, low: int, high: int) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not low <= value <= high
    ):
        raise ConfigError(name, value, Words("whole_range", {"low": low, "high": high}))


def _check_float(name: str, value: object, low: float, high: float) -> None:
    allowed = Words("number_range", {"low": f"{low:g}", "high": f"{high:g}"})
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(name, value, allowed)
    # Compared as given: a huge whole number has no float to convert to.
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(name, value, allowed)
    if not low <= value <= high:
        raise ConfigError(name, value, allowed)


_FEATURE_WORDS = Words("feature_list", {"choices": Choices("features", FEATURES)})
_GIVEN_WORDS = Words("given_points", {"low": MIN_POINTS, "high": MAX_POINTS})


def parse_features(text: str) -> tuple[str, ...]:
    """Parse "x1,x2,x1x2" into feature names (validated, in FEATURES order)."""
    names = tuple(part.strip().lower() for part in text.split(","))
    try:
        return _features(names)
    except ConfigError:
        raise ConfigError("features", text, _FEATURE_WORDS) from None


def _features(features: object) -> tuple[str, ...]:
    """Distinct feature names, at least one, in FEATURES order (the order of
    the network's inputs, whatever order they were given in)."""
    if (
        not isinstance(features, tuple)
        or not features
        or any(not isinstance(name, str) or name not in FEATURES for name in features)
        or len(set(features)) != len(features)
    ):
        raise ConfigError("features", _as_written(features), _FEATURE_WORDS)
    return tuple(name for name in FEATURES if name in features)


def _given_points(value: object) -> tuple[tuple[float, float, float], ...]:
    """Given points as a config holds them, from a list of [x1, x2, label]
    whose numbers are each from 0 to 1."""
    if not isinstance(value, list | tuple):
        raise ConfigError("given", json_kind(value), _GIVEN_WORDS)
    if len(value) > MAX_POINTS:
        raise ConfigError("given", len(value), _GIVEN_WORDS)
    points = []
    for point in value:
        if not isinstance(point, list | tuple) or len(point) != 3:
            raise ConfigError("given", _as_written(point), _GIVEN_WORDS)
        if not all(_unit_number(v) for v in point):
            raise ConfigError("given", _as_written(point), Words("given_range"))
        points.append((float(point[0]), float(point[1]), float(point[2])))
    return tuple(points)


def _as_written(value: object) -> object:
    """`value` as a file writes it, for a message: a tuple as a list."""
    return list(value) if isinstance(value, tuple) else value


def _unit_number(value: object) -> bool:
    """`value` is a number from 0 to 1 (compared as given: a huge whole
    number has no float, and NaN is in no range)."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and 0 <= value <= 1
    )


def _check_data(config: TrainConfig) -> None:
    """The data settings, each in its range, and the split leaving points on
    both sides (features and given points stored in their canonical form)."""
    _check_choice("data", config.data, DATA_SETS)
    _check_int("points", config.points, MIN_POINTS, MAX_POINTS)
    _check_float("noise", config.noise, 0.0, MAX_NOISE)
    _check_int("data_seed", config.data_seed, 0, MAX_SEED)
    _check_float("test_share", config.test_share, 0.0, MAX_TEST_SHARE)
    object.__setattr__(config, "given", _given_points(config.given))
    if config.data == GIVEN and len(config.given) < MIN_POINTS:
        raise ConfigError("given", len(config.given), _GIVEN_WORDS)
    object.__setattr__(config, "features", _features(config.features))
    _check_int("batch_size", config.batch_size, 0, MAX_POINTS)
    _check_float("l1", config.l1, 0.0, MAX_PENALTY)
    _check_float("l2", config.l2, 0.0, MAX_PENALTY)
    if config.test_count >= config.point_count:
        raise ConfigError("test_share", config.test_share, Words("test_share_room"))


def _check_hidden(hidden: object) -> None:
    allowed = Words(
        "hidden_range",
        {"layers": MAX_HIDDEN_LAYERS, "low": MIN_WIDTH, "high": MAX_WIDTH},
    )
    if not isinstance(hidden, tuple) or len(hidden) > MAX_HIDDEN_LAYERS:
        raise ConfigError("hidden", hidden, allowed)
    for width in hidden:
        if isinstance(width, bool) or not isinstance(width, int):
            raise ConfigError("hidden", hidden, allowed)
        if not MIN_WIDTH <= width <= MAX_WIDTH:
            raise ConfigError("hidden", hidden, allowed)
