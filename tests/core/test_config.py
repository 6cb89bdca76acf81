"""Config validation: one message naming the field, the value and what is allowed."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest

from xorgui.core.config import (
    MAX_POINTS,
    ConfigError,
    TrainConfig,
    parse_features,
    parse_hidden,
)
from xorgui.core.config_difference import Difference, config_differences
from xorgui.core.refusal import Refusal


def test_defaults_are_the_articles() -> None:
    config = TrainConfig()
    assert (config.gate, config.hidden, config.activation, config.seed) == (
        "xor",
        (2,),
        "sigmoid",
        42,
    )
    assert (
        config.optimizer,
        config.lr,
        config.momentum,
        config.loss,
        config.epochs,
    ) == ("sgd", 0.1, 0.0, "bce", 20000)
    assert config.architecture == "2-2-1"


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"gate": "xxor"}, "gate", "one of and, or, xor"),
        ({"gate": 3}, "gate", "one of"),
        ({"hidden": (0,)}, "hidden", "each 1 to 64"),
        ({"hidden": (1000,)}, "hidden", "each 1 to 64"),
        ({"hidden": (2,) * 9}, "hidden", "0 to 4 hidden layers"),
        ({"hidden": (2.5,)}, "hidden", "each 1 to 64"),
        ({"hidden": [2]}, "hidden", "hidden layers"),
        ({"activation": "softmax"}, "activation", "sigmoid, tanh, relu, identity"),
        ({"seed": -1}, "seed", "whole number from 0"),
        ({"seed": 2**40}, "seed", "whole number from 0"),
        ({"seed": 4.0}, "seed", "whole number"),
        ({"seed": True}, "seed", "whole number"),
        ({"optimizer": "rmsprop"}, "optimizer", "sgd, adam"),
        ({"lr": 0}, "lr", "from 1e-06 to 10"),
        ({"lr": -0.1}, "lr", "from 1e-06 to 10"),
        ({"lr": float("nan")}, "lr", "from 1e-06 to 10"),
        ({"lr": float("inf")}, "lr", "from 1e-06 to 10"),
        ({"lr": 11}, "lr", "from 1e-06 to 10"),
        ({"lr": "0.1"}, "lr", "from 1e-06 to 10"),
        ({"momentum": 1.0}, "momentum", "0 to 0.99"),
        ({"loss": "hinge"}, "loss", "bce, mse"),
        ({"output_activation": "relu"}, "output_activation", "sigmoid, linear"),
        ({"loss": "bce", "output_activation": "linear"}, "loss", "mse with a linear"),
        ({"epochs": -5}, "epochs", "whole number from 1"),
        ({"epochs": 0}, "epochs", "whole number from 1"),
    ],
)
def test_bad_values_are_rejected_with_a_message(
    changes: dict, field: str, fragment: str
) -> None:
    message = refusal_message(changes, field)
    assert fragment in message
    assert repr(next(iter(changes.values())))[:20] in message


def refusal_message(changes: dict, field: str) -> str:
    """What TrainConfig(**changes) says, checked to name `field` first."""
    with pytest.raises(ConfigError) as caught:
        TrainConfig(**changes)
    assert caught.value.field == field
    message = str(caught.value)
    assert message.startswith(f"{field}: ")
    return message


NAND_SETUP = TrainConfig(
    gate="nand",
    hidden=(4, 3),
    activation="tanh",
    seed=9,
    optimizer="adam",
    lr=0.02,
    momentum=0.5,
    loss="mse",
    epochs=777,
)
"""Every setting of the article's kind changed."""


def test_json_round_trip(tmp_path) -> None:
    config = NAND_SETUP
    path = tmp_path / "c.json"
    path.write_text(config.to_json())
    assert TrainConfig.load(path) == config
    assert json.loads(path.read_text())["version"] == 1


@pytest.mark.parametrize(
    ("text", "field", "fragment"),
    [
        ("", "file_empty", "empty"),
        ("{not json", "config_not_json", "valid JSON"),
        ('{"version": 1, "gate": "xor"', "config_not_json", "valid JSON"),
        ("[1, 2]", "config", "a JSON object"),
        ('{"gate": "xor"}', "version", "1"),
        ('{"version": 2}', "version", "1"),
        ('{"version": 1, "colour": "red"}', "colour", "one of the settings"),
        ('{"version": 1, "hidden": 2}', "hidden", "a list of layer widths"),
        ('{"version": 1, "hidden": [2, 0]}', "hidden", "each 1 to 64"),
        ('{"version": 1, "lr": "fast"}', "lr", "a number"),
        ('{"version": 1, "epochs": 1.5}', "epochs", "whole number"),
    ],
)
def test_bad_config_files_are_rejected(
    tmp_path, text: str, field: str, fragment: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(Refusal) as caught:
        TrainConfig.load(path)
    refusal = caught.value
    named = refusal.field if isinstance(refusal, ConfigError) else refusal.code
    assert named == field
    assert fragment in str(refusal)


def test_unreadable_config_paths_are_rejected(tmp_path) -> None:
    with pytest.raises(Refusal, match="does not exist"):
        TrainConfig.load(tmp_path / "missing.json")
    with pytest.raises(Refusal, match="is a folder"):
        TrainConfig.load(tmp_path)
    huge = tmp_path / "huge.json"
    huge.write_text(" " * (1 << 20) + "{}")
    with pytest.raises(Refusal, match="larger than"):
        TrainConfig.load(huge)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(Refusal, match="UTF-8"):
        TrainConfig.load(binary)


def test_config_without_read_permission_is_rejected() -> None:
    folder = Path(tempfile.mkdtemp(dir="/tmp"))
    try:
        folder.chmod(0o755)
        path = folder / "secret.json"
        path.write_text(TrainConfig().to_json())
        path.chmod(0)
        if os.geteuid() != 0:
            with pytest.raises(Refusal, match="You may not read"):
                TrainConfig.load(path)
            return
        # Root reads any file: a forked child drops to `nobody`, for whom the
        # permission bits hold (CI runs as root), and reports the refusal.
        read_end, write_end = os.pipe()
        child = os.fork()
        if child == 0:
            os.close(read_end)
            message = b""
            try:
                os.setuid(65534)
                TrainConfig.load(path)
            except Refusal as refusal:
                message = str(refusal).encode()
            finally:
                os.write(write_end, message)
                os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            message = pipe.read().decode()
        os.waitpid(child, 0)
        assert "You may not read" in message, message
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize(
    ("text", "expected"), [("2", (2,)), ("4,4", (4, 4)), ("none", ()), (" 16 ", (16,))]
)
def test_parse_hidden(text: str, expected: tuple[int, ...]) -> None:
    assert parse_hidden(text) == expected


@pytest.mark.parametrize("text", ["2,,3", "-1", "a", "2;3", "65", "0,2", "1,2,3,4,5"])
def test_parse_hidden_rejects_malformed_widths(text: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_hidden(text)
    assert caught.value.field == "hidden"


def test_differences_name_the_data_features_batch_and_penalties() -> None:
    base = TrainConfig()
    changed = base.with_changes(
        data="circle",
        noise=0.1,
        test_share=0.3,
        features=("x1", "x2", "x1x2"),
        batch_size=16,
        l2=0.01,
    )
    assert config_differences(changed, base) == [
        Difference("data", "circle"),
        Difference("noise", "0.1"),
        Difference("test_share", "0.3"),
        Difference("features", "x1,x2,x1x2"),
        Difference("batch_size", "16"),
        Difference("l2", "0.01"),
    ]
    # What the run's data set does not use is no difference: the corners
    # have no noise, a circle no gate, points held for later no effect.
    assert config_differences(base.with_changes(noise=0.3, points=50), base) == []
    assert config_differences(changed.with_changes(gate="and"), changed) == []
    drawn = [(0.1, 0.2, 0.0)] * 5
    assert config_differences(base.with_changes(given=drawn), base) == []
    mine = base.with_changes(data="given", given=drawn)
    assert config_differences(mine, base) == [
        Difference("data", "given"),
        Difference("given", "5"),
    ]


def test_describe_names_what_is_not_the_articles() -> None:
    assert TrainConfig().describe() == (
        "xor 2-2-1 sigmoid, sgd lr 0.1, bce loss, 20000 epochs"
    )
    config = TrainConfig(
        data="circle",
        noise=0.1,
        data_seed=3,
        test_share=0.3,
        features=("x1x2", "x1"),
        hidden=(),
        batch_size=32,
        l1=0.001,
        l2=0.01,
    )
    assert config.describe() == (
        "circle 2-1 sigmoid, sgd lr 0.1, bce loss, 20000 epochs, 200 points, "
        "noise 0.1, data seed 3, test share 0.3, features x1,x1x2, batch size 32, "
        "l1 0.001, l2 0.01"
    )
    clouds = TrainConfig(data="clouds", gate="and", points=40)
    assert clouds.describe().startswith("and clouds 2-2-1 sigmoid")
    drawn = TrainConfig(data="given", given=[(0.5, 0.5, 1.0)] * 4, noise=0.2)
    assert drawn.describe().endswith("20000 epochs, 4 points")


@pytest.mark.parametrize(
    ("changes", "field", "shown", "fragment"),
    [
        ({"data": "iris"}, "data", "'iris'", "one of corners, clouds, circle"),
        ({"points": 3}, "points", "3", "whole number from 4 to 2000"),
        ({"points": 2001}, "points", "2001", "whole number from 4 to 2000"),
        ({"noise": -0.1}, "noise", "-0.1", "number from 0 to 0.5"),
        ({"noise": float("nan")}, "noise", "nan", "number from 0 to 0.5"),
        ({"data_seed": -1}, "data_seed", "-1", "whole number from 0"),
        ({"test_share": 0.95}, "test_share", "0.95", "number from 0 to 0.9"),
        ({"test_share": 0.9}, "test_share", "0.9", "leaves at least one point"),
        ({"features": ()}, "features", "[]", "one or more different features"),
        ({"features": ("x1", "x1")}, "features", "['x1', 'x1']", "different"),
        ({"features": ("x3",)}, "features", "['x3']", "x1, x2, x1sq, x2sq, x1x2"),
        ({"features": "x1"}, "features", "'x1'", "features of"),
        ({"batch_size": -1}, "batch_size", "-1", "whole number from 0 to 2000"),
        ({"batch_size": 2.0}, "batch_size", "2.0", "whole number"),
        ({"l1": 2}, "l1", "2", "number from 0 to 1"),
        ({"l2": float("inf")}, "l2", "inf", "number from 0 to 1"),
        ({"given": "points"}, "given", "a text", "each [x1, x2, label]"),
        ({"given": [(0.5, 0.5)]}, "given", "[0.5, 0.5]", "each [x1, x2, label]"),
        ({"given": [(0, 0, 0)] * 2001}, "given", "2001", "4 to 2000 points"),
        ({"given": [(0, 0, 2)]}, "given", "[0, 0, 2]", "each a number from 0 to 1"),
        ({"given": [(0, 0, True)]}, "given", "[0, 0, True]", "from 0 to 1"),
        ({"given": [(0, 0, 10**400)]}, "given", "[0, 0, 1000", "from 0 to 1"),
        ({"given": [(0, float("nan"), 1)]}, "given", "[0, nan, 1]", "from 0 to 1"),
        ({"data": "given"}, "given", "0", "4 to 2000 points"),
    ],
)
def test_bad_data_and_training_values_are_refused_in_words(
    changes: dict, field: str, shown: str, fragment: str
) -> None:
    message = refusal_message(changes, field)
    assert message.startswith(f"{field}: {shown}")
    assert " is not allowed; expected " in message and fragment in message


def test_every_new_field_survives_the_file(tmp_path) -> None:
    config = TrainConfig(
        data="given",
        points=37,
        noise=0.25,
        data_seed=8,
        test_share=0.25,
        given=((0.0, 0.5, 1.0), (1, 0.25, 0), (0.5, 0.5, 0.5), (1.0, 1.0, 0.0)),
        features=("x1", "sinx2", "x1x2"),
        batch_size=3,
        l1=0.001,
        l2=1,
    )
    path = tmp_path / "c.json"
    path.write_text(config.to_json())
    loaded = TrainConfig.load(path)
    assert loaded == config
    assert loaded.given[1] == (1.0, 0.25, 0.0) and loaded.l2 == 1.0
    # The features are kept in the order the network takes them.
    assert loaded.features == ("x1", "x1x2", "sinx2")
    saved = json.loads(path.read_text())
    assert saved["given"][0] == [0.0, 0.5, 1.0]
    assert saved["features"] == ["x1", "x1x2", "sinx2"]


TODAYS_FILE = """{
  "version": 1,
  "gate": "nand",
  "hidden": [4, 3],
  "activation": "tanh",
  "output_activation": "sigmoid",
  "seed": 9,
  "optimizer": "adam",
  "lr": 0.02,
  "momentum": 0.5,
  "loss": "mse",
  "epochs": 777
}
"""
"""A configuration as `train --save-config` wrote it before data sets and
features existed."""


def test_a_file_from_before_the_data_settings_opens_unchanged(tmp_path) -> None:
    path = tmp_path / "old.json"
    path.write_text(TODAYS_FILE)
    config = TrainConfig.load(path)
    assert config == NAND_SETUP
    assert (config.data, config.features, config.batch_size) == (
        "corners",
        ("x1", "x2"),
        0,
    )
    assert config.describe() == (
        "nand 2-4-3-1 tanh, adam lr 0.02, mse loss, 777 epochs"
    )


def test_bad_data_in_a_file_is_refused_naming_the_setting(tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"version": 1, "features": [["x1"]]}')
    with pytest.raises(ConfigError, match=r"^features: \[\['x1'\]\] is not allowed"):
        TrainConfig.load(path)
    path.write_text('{"version": 1, "given": [[0, 0, "1"]]}')
    with pytest.raises(ConfigError, match="each a number from 0 to 1"):
        TrainConfig.load(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x1,x2,x1x2", ("x1", "x2", "x1x2")),
        (" X1X2 , x1 ", ("x1", "x1x2")),
        ("sinx2", ("sinx2",)),
    ],
)
def test_parse_features(text: str, expected: tuple[str, ...]) -> None:
    assert parse_features(text) == expected


@pytest.mark.parametrize("text", ["", "x1,,x2", "x1,x1", "x3", "x1;x2", "x1,"])
def test_parse_features_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_features(text)
    assert caught.value.field == "features" and caught.value.value == text


def test_a_file_with_the_most_points_of_ones_own_opens(tmp_path) -> None:
    """2,000 imported points with every digit a float has fit a config file."""
    rng = np.random.default_rng(5)
    values = rng.uniform(0.0, 1.0, (MAX_POINTS, 3))
    config = TrainConfig(data="given", given=tuple(map(tuple, values.tolist())))
    path = tmp_path / "mine.json"
    path.write_text(config.to_json())
    assert TrainConfig.load(path) == config
