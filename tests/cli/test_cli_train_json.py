"""`xorgui train --json`: one JSON object with the run's settings and result, the
same numbers as the trainer in this process and as the sweep."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from xorgui.core.collapse import collapse
from xorgui.core.config import TrainConfig
from xorgui.core.training.trainer import Trainer

from .conftest import Run
from .test_cli_train import DIVERGING, DIVERGING_ARGS, first_non_finite_loss

Cli = Callable[..., Run]
KEYS = [
    "config",
    "epochs",
    "final_loss",
    "test_loss",
    "accuracy",
    "test_accuracy",
    "outputs",
    "targets",
    "test",
    "solved",
    "epochs_to_solve",
    "diverged",
    "epochs_per_second",
    "output_flat",
    "lines",
    "single_layer",
]


def train_json(cli: Cli, *args: str) -> tuple[Run, dict[str, Any]]:
    run = cli("train", "--json", *args)
    assert run.stdout.lstrip().startswith("{")
    return run, json.loads(run.stdout)


def trained(config: TrainConfig) -> Trainer:
    trainer = Trainer(config)
    trainer.train(config.epochs)
    return trainer


def assert_matches(result: dict[str, Any], trainer: Trainer) -> None:
    """The printed result is the trainer's, number for number."""
    assert list(result) == KEYS
    assert result["config"] == trainer.config.to_dict()
    assert result["epochs"] == trainer.epoch
    assert result["final_loss"] == trainer.current_loss()
    assert result["outputs"] == [float(v) for v in trainer.predictions()]
    assert result["solved"] == (trainer.solved_epoch is not None)
    assert result["epochs_to_solve"] == trainer.solved_epoch
    assert result["epochs_per_second"] > 0


def test_json_agrees_with_the_trainer_and_the_sweep_on_the_solved_epoch(
    cli: Cli, tmp_path: Path
) -> None:
    run, result = train_json(cli)
    assert run.code == 0 and run.stderr == ""
    trainer = trained(TrainConfig())
    assert_matches(result, trainer)
    assert result["targets"] == [0, 1, 1, 0]
    assert result["solved"] is True and result["diverged"] is None
    assert 0 < result["epochs_to_solve"] < 20000
    # The sweep counts the same epoch for seed 42 (the window shows the
    # trainer's: tests/gui/test_solved_epoch.py).
    sweep_csv = tmp_path / "sweep.csv"
    sweep = cli("sweep", "--seeds", "42:43", "--csv", str(sweep_csv))
    assert sweep.code == 0, sweep.stderr
    with sweep_csv.open(encoding="utf-8", newline="") as stream:
        (row,) = csv.DictReader(stream)
    assert int(row["epochs_to_solve"]) == result["epochs_to_solve"]


@pytest.mark.parametrize(
    ("args", "config"),
    [
        (("--hidden", "none", "--epochs", "500"), TrainConfig(hidden=(), epochs=500)),
        (
            ("--gate", "and", "--hidden", "none", "--epochs", "500"),
            TrainConfig(gate="and", hidden=(), epochs=500),
        ),
        (
            ("--optimizer", "adam", "--lr", "0.05", "--epochs", "800"),
            TrainConfig(optimizer="adam", lr=0.05, epochs=800),
        ),
        (
            ("--momentum", "0.9", "--hidden", "4", "--epochs", "800"),
            TrainConfig(momentum=0.9, hidden=(4,), epochs=800),
        ),
    ],
    ids=["xor-no-hidden", "and-no-hidden", "adam", "momentum"],
)
def test_options_train_the_configuration_they_name(
    cli: Cli, args: tuple[str, ...], config: TrainConfig
) -> None:
    run, result = train_json(cli, *args)
    assert run.code == 0, run.stderr
    assert_matches(result, trained(config))


def test_no_hidden_layer_is_reported_as_2_1_and_xor_not_solved(cli: Cli) -> None:
    run = cli("train", "--hidden", "none", "--epochs", "500")
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("config: xor 2-1 sigmoid, sgd lr 0.1")
    assert lines[-1] == "XOR not solved"


def test_a_diverging_run_prints_its_json_and_exits_1(cli: Cli) -> None:
    run, result = train_json(cli, *DIVERGING_ARGS)
    epoch, kind = first_non_finite_loss(DIVERGING)
    assert run.code == 1
    message = f"diverged at epoch {epoch} (loss became {kind})"
    assert message in run.error_line()
    assert result["diverged"]["epoch"] == epoch
    assert message in result["diverged"]["message"]
    # The last finite model is reported, as the table would.
    trainer = Trainer(DIVERGING)
    trainer.train(DIVERGING.epochs)
    assert_matches(result, trainer)
    assert result["epochs"] == epoch - 1


def test_json_is_documented_in_help(cli: Cli) -> None:
    run = cli("train", "--help")
    assert run.code == 0
    assert "--json" in run.stdout and "epochs_to_solve" in run.stdout


def test_json_gives_each_first_layer_units_line_and_the_single_layer(
    cli: Cli,
) -> None:
    args = ("--hidden", "3,2", "--activation", "identity", "--epochs", "300")
    run, result = train_json(cli, *args)
    assert run.code == 0, run.stderr
    trainer = trained(TrainConfig(hidden=(3, 2), activation="identity", epochs=300))
    weight = trainer.model[0].weight.numpy()
    bias = trainer.model[0].bias.numpy()
    assert [line["unit"] for line in result["lines"]] == [1, 2, 3]
    for line, (w1, w2), b in zip(result["lines"], weight, bias, strict=True):
        assert (line["w1"], line["w2"], line["b"]) == (float(w1), float(w2), float(b))
        assert line["kind"] == "slanted" and line["x1"] is None
        assert line["slope"] == pytest.approx(-w1 / w2, rel=1e-6)
        assert line["intercept"] == pytest.approx(-b / w2, rel=1e-6)
        for x1, x2 in line["segment"] or []:
            assert w1 * x1 + w2 * x2 + b == pytest.approx(0.0, abs=1e-6)
    single = collapse(trainer.snapshot().layers)
    w1, w2 = single.weights
    assert result["single_layer"] == {"w1": w1, "w2": w2, "b": single.bias}


def test_json_has_no_single_layer_for_a_network_that_bends(cli: Cli) -> None:
    run, result = train_json(cli, "--epochs", "10")
    assert run.code == 0, run.stderr
    assert result["single_layer"] is None and len(result["lines"]) == 2
    run, result = train_json(cli, "--hidden", "none", "--epochs", "10")
    (line,) = result["lines"]
    assert result["single_layer"] == {k: line[k] for k in ("w1", "w2", "b")}


def test_a_flat_output_is_no_boundary_in_the_lines(cli: Cli) -> None:
    """XOR with no hidden layer ends at 0.500 everywhere (weights near 1e-7):
    the line those weights give is printed, but not as a boundary."""
    _, result = train_json(cli, "--gate", "xor", "--hidden", "none")
    assert result["output_flat"] is True
    assert [line["boundary"] for line in result["lines"]] == [False]
    _, result = train_json(cli, "--gate", "and", "--hidden", "none", "--epochs", "3000")
    assert result["output_flat"] is False
    assert [line["boundary"] for line in result["lines"]] == [True]
