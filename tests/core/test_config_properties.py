"""Config parsing for any input: a valid config survives JSON unchanged, and
anything else is a ConfigError (a ValueError) whose message names the field,
the value and what is allowed - never another exception."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from xorgui.core.config import (
    ACTIVATIONS,
    DATA_SETS,
    FEATURES,
    LOSSES,
    MAX_EPOCHS,
    MAX_HIDDEN_LAYERS,
    MAX_LR,
    MAX_NOISE,
    MAX_PENALTY,
    MAX_POINTS,
    MAX_SEED,
    MAX_TEST_SHARE,
    MAX_WIDTH,
    MIN_LR,
    MIN_POINTS,
    OPTIMIZERS,
    OUTPUTS,
    ConfigError,
    TrainConfig,
    parse_features,
    parse_hidden,
)
from xorgui.core.gates import GATES
from xorgui.core.refusal import Refusal

FIELDS = [field.name for field in fields(TrainConfig)]
# The machine the suite runs on is shared and busy: no per-example deadline.
properties = settings(deadline=None)


unit_numbers = st.floats(0.0, 1.0) | st.integers(0, 1)
given_points = st.tuples(unit_numbers, unit_numbers, unit_numbers)


@st.composite
def valid_configs(draw: st.DrawFn) -> TrainConfig:
    output = draw(st.sampled_from(OUTPUTS))
    data = draw(st.sampled_from(DATA_SETS))
    least = MIN_POINTS if data == "given" else 0
    return TrainConfig(
        gate=draw(st.sampled_from(list(GATES))),
        hidden=tuple(
            draw(st.lists(st.integers(1, MAX_WIDTH), max_size=MAX_HIDDEN_LAYERS))
        ),
        activation=draw(st.sampled_from(ACTIVATIONS)),
        output_activation=output,
        seed=draw(st.integers(0, MAX_SEED)),
        optimizer=draw(st.sampled_from(OPTIMIZERS)),
        lr=draw(st.floats(MIN_LR, MAX_LR)),
        momentum=draw(st.floats(0.0, 0.99)),
        loss="mse" if output == "linear" else draw(st.sampled_from(LOSSES)),
        epochs=draw(st.integers(1, MAX_EPOCHS)),
        data=data,
        points=draw(st.integers(MIN_POINTS, MAX_POINTS)),
        noise=draw(st.floats(0.0, MAX_NOISE)),
        data_seed=draw(st.integers(0, MAX_SEED)),
        # Below a half: a set of 4 points keeps 2 to train on.
        test_share=draw(st.floats(0.0, 0.49)),
        given=draw(st.lists(given_points, min_size=least, max_size=12)),
        features=tuple(draw(st.sets(st.sampled_from(FEATURES), min_size=1))),
        batch_size=draw(st.integers(0, MAX_POINTS)),
        l1=draw(st.floats(0.0, MAX_PENALTY)),
        l2=draw(st.floats(0.0, MAX_PENALTY)),
    )


# What json.loads can give: also integers too large for a float, NaN, infinities.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**1024)
    | st.floats()
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
# Values near the ones allowed, so that valid configs are drawn as well.
likely_values = {
    "gate": st.sampled_from([*GATES, "XOR", ""]),
    "hidden": st.lists(st.integers(-1, MAX_WIDTH + 1), max_size=MAX_HIDDEN_LAYERS + 1),
    "activation": st.sampled_from([*ACTIVATIONS, "softmax"]),
    "output_activation": st.sampled_from([*OUTPUTS, "relu"]),
    "seed": st.integers(-1, MAX_SEED + 1),
    "optimizer": st.sampled_from([*OPTIMIZERS, "rmsprop"]),
    "lr": st.floats(0, 2 * MAX_LR) | st.integers(min_value=2**1024),
    "momentum": st.floats(-0.5, 1.5) | st.integers(max_value=-(2**1024)),
    "loss": st.sampled_from(LOSSES),
    "epochs": st.integers(-1, MAX_EPOCHS + 1),
    "data": st.sampled_from([*DATA_SETS, "CIRCLE"]),
    "points": st.integers(MIN_POINTS - 1, MAX_POINTS + 1),
    "noise": st.floats(-0.1, MAX_NOISE + 0.1),
    "data_seed": st.integers(-1, MAX_SEED + 1),
    "test_share": st.floats(0.0, MAX_TEST_SHARE + 0.1),
    "given": st.lists(
        st.lists(st.floats(-0.5, 1.5) | st.booleans(), min_size=2, max_size=4),
        max_size=MIN_POINTS + 2,
    ),
    "features": st.lists(st.sampled_from([*FEATURES, "x3"]), max_size=4),
    "batch_size": st.integers(-1, MAX_POINTS + 1),
    "l1": st.floats(-0.1, MAX_PENALTY + 0.1),
    "l2": st.floats(-0.1, MAX_PENALTY + 0.1),
}
config_objects = st.fixed_dictionaries(
    {},
    optional={name: likely_values[name] | json_values for name in FIELDS}
    | {"colour": json_values},
)


def assert_readable(error: Refusal) -> None:
    message = str(error)
    if isinstance(error, ConfigError) and message.startswith(f"{error.field}: "):
        assert " is not allowed; expected " in message
    elif isinstance(error, ConfigError):  # a setting the file leaves out
        assert message.startswith(f"{error.field} is missing; expected ")
    assert "\n" not in message and message.endswith(".")


@properties
@given(valid_configs())
def test_a_valid_config_survives_the_json_round_trip(config: TrainConfig) -> None:
    assert TrainConfig.from_json(config.to_json()) == config


@properties
@given(config_objects)
@example({"lr": 10**400})  # JSON's 1000...0 (400 zeros) has no float
def test_any_json_object_gives_a_config_or_a_readable_error(
    values: dict[str, Any],
) -> None:
    try:
        config = TrainConfig.from_dict({"version": 1, **values})
    except ConfigError as error:
        assert isinstance(error, ValueError)
        assert error.field in [*FIELDS, "colour"]
        assert_readable(error)
    else:
        assert "colour" not in values
        assert TrainConfig.from_json(config.to_json()) == config


@properties
@given(st.text(max_size=40) | json_values.map(repr))
def test_any_text_gives_a_config_or_a_readable_error(text: str) -> None:
    try:
        TrainConfig.from_json(text)
    except Refusal as error:
        assert_readable(error)


def test_json_nested_too_deeply_is_a_config_error() -> None:
    try:
        TrainConfig.from_json("[" * 100_000)
    except Refusal as error:
        assert error.code == "json_too_deep" and "more than 32 deep" in str(error)
    else:
        raise AssertionError("a 100,000-deep list parsed as a config")


# Digits of every kind (superscripts, other scripts) and the separators.
@properties
@given(st.text(alphabet="0123456789,²٣ none", max_size=12) | st.text(max_size=12))
@example("²")  # a digit to str.isdigit, not to int()
def test_any_hidden_text_gives_widths_or_a_readable_error(text: str) -> None:
    try:
        widths = parse_hidden(text)
    except ConfigError as error:
        assert error.field == "hidden"
        assert_readable(error)
    else:
        assert len(widths) <= MAX_HIDDEN_LAYERS
        assert all(1 <= width <= MAX_WIDTH for width in widths)


@properties
@given(st.text(alphabet="x12sqin, X", max_size=16) | st.text(max_size=12))
def test_any_features_text_gives_features_or_a_readable_error(text: str) -> None:
    try:
        features = parse_features(text)
    except ConfigError as error:
        assert error.field == "features"
        assert_readable(error)
    else:
        assert features and set(features) <= set(FEATURES)
        assert TrainConfig(features=features).features == features
