"""Config validation: one message naming the field, the value and what is allowed."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from xorgui.core.config import ConfigError, TrainConfig, parse_hidden
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
    with pytest.raises(ConfigError) as caught:
        TrainConfig(**changes)
    assert caught.value.field == field
    message = str(caught.value)
    assert message.startswith(f"{field}: ")
    assert fragment in message
    assert repr(next(iter(changes.values())))[:20] in message


def test_json_round_trip(tmp_path) -> None:
    config = TrainConfig(
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
