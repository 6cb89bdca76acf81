"""The data, feature and training options of `train`, `sweep` and `atlas`:
what they train, what `train` reports about test points, and bad values as
one line with exit code 2."""

from __future__ import annotations

import json
from collections.abc import Callable

import numpy as np
import pytest

from xorgui.core.config import TrainConfig
from xorgui.core.data.sets import data_set, is_right
from xorgui.core.training.reference import reference_run
from xorgui.core.training.trainer import Trainer

from .conftest import Run

Cli = Callable[..., Run]
CIRCLE_ARGS = ("--data", "circle", "--noise", "0.1", "--points", "200")
CIRCLE = TrainConfig(data="circle", noise=0.1, points=200, test_share=0.3, epochs=600)
"""The issue's circle with a test share, trained briefly (the command the
issue names trains 20,000 epochs: the same code, longer)."""


def test_xor_without_a_hidden_layer_is_solved_by_the_x1x2_feature(cli: Cli) -> None:
    """The article's argument from the other side: the non-linearity can come
    from the inputs. With the default settings x1·x2 lets one layer solve it."""
    run = cli("train", "--hidden", "none", "--features", "x1,x2,x1x2")
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("config: xor 3-1 sigmoid, sgd lr 0.1, bce loss, ")
    assert "features x1,x2,x1x2" in lines[0]
    assert all(row.endswith("\u2713") for row in lines[3:7]), run.stdout
    assert lines[-1].startswith("XOR solved from epoch ")


def test_circle_json_reports_training_and_test_loss_and_accuracy(cli: Cli) -> None:
    run = cli("train", *CIRCLE_ARGS, "--test-share", "0.3", "--epochs", "600", "--json")
    assert run.code == 0, run.stderr
    result = json.loads(run.stdout)
    assert TrainConfig.from_dict(result["config"]) == CIRCLE
    trainer = Trainer(CIRCLE)
    trainer.train(CIRCLE.epochs)
    assert result["final_loss"] == trainer.current_loss()
    assert result["outputs"] == [float(v) for v in trainer.predictions()]
    # The test loss is the beginner's loop's for the model after 600 epochs
    # (computed over the test points at once: the last bits may differ).
    reference = reference_run(CIRCLE, CIRCLE.epochs + 1)
    assert result["test_loss"] == pytest.approx(reference.test_losses[-1], rel=1e-5)
    assert result["test_loss"] != result["final_loss"]
    data = data_set(CIRCLE)
    assert result["test"] == data.test.tolist() and sum(result["test"]) == 60
    assert result["targets"] == [int(v) for v in data.targets.ravel()]
    right = is_right(np.array(result["outputs"]), data.targets.ravel(), data.regression)
    assert result["accuracy"] == right[~data.test].mean()
    assert result["test_accuracy"] == right[data.test].mean()
    # Lines in the plane are of the inputs x1 and x2, which these are.
    assert len(result["lines"]) == 2


def test_json_without_test_points_has_no_test_loss(cli: Cli) -> None:
    run = cli("train", "--epochs", "50", "--json")
    result = json.loads(run.stdout)
    assert result["test_loss"] is None and result["test_accuracy"] is None
    assert result["accuracy"] == 0.5 and result["test"] == [False] * 4


def test_json_has_no_plane_lines_for_other_features(cli: Cli) -> None:
    run = cli("train", "--features", "x1,x1x2", "--epochs", "50", "--json")
    result = json.loads(run.stdout)
    assert result["config"]["features"] == ["x1", "x1x2"]
    assert result["lines"] is None and result["output_flat"] is None
    assert result["single_layer"] is None


def test_regression_targets_are_heights(cli: Cli) -> None:
    args = ("--data", "bump", "--points", "30", "--epochs", "50", "--json")
    result = json.loads(cli("train", "--loss", "mse", *args).stdout)
    heights = data_set(TrainConfig(data="bump", points=30)).targets.ravel()
    assert result["targets"] == [float(v) for v in heights]
    text = cli("train", "--loss", "mse", *args[:-1]).stdout.splitlines()
    assert text[2].startswith("training points within 0.1 of their height: ")


def test_the_text_names_test_loss_only_with_test_points(cli: Cli) -> None:
    run = cli("train", *CIRCLE_ARGS, "--test-share", "0.3", "--epochs", "100")
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("config: circle 2-2-1 sigmoid")
    assert "200 points, noise 0.1, test share 0.3, seed 42" in lines[0]
    assert lines[2].startswith("training points right: ")
    assert lines[2].endswith("% of 140")
    assert lines[3].startswith("test loss: ") and lines[3].endswith("% of 60")
    plain = cli("train", *CIRCLE_ARGS, "--epochs", "100").stdout
    assert "test" not in plain and "training points right: " in plain


def test_a_held_out_corner_is_marked_in_the_truth_table(cli: Cli) -> None:
    run = cli("train", "--test-share", "0.25", "--epochs", "100")
    assert run.code == 0, run.stderr
    rows = run.stdout.splitlines()[3:7]
    held_out = data_set(TrainConfig(test_share=0.25)).test
    assert [row.endswith("  test") for row in rows] == held_out.tolist()
    assert run.stdout.splitlines()[-1].startswith("test loss: ")


@pytest.mark.parametrize("command", ["sweep", "atlas"])
def test_sweep_and_atlas_take_the_data_options(cli: Cli, command: str) -> None:
    args = (
        *("--data", "clouds", "--points", "20", "--noise", "0.05", "--data-seed", "3"),
        *("--test-share", "0.25", "--features", "x1,x2,x1x2", "--batch-size", "5"),
        *("--l1", "0.001", "--l2", "0.01", "--epochs", "20", "--seeds", "0:2"),
    )
    if command == "atlas":
        args = (*args, "--x", "lr=0.1,1", "--y", "hidden=2,4")
    run = cli(command, *args)
    assert run.code == 0, run.stderr
    described = TrainConfig(
        data="clouds",
        points=20,
        noise=0.05,
        data_seed=3,
        test_share=0.25,
        features=("x1", "x2", "x1x2"),
        batch_size=5,
        l1=0.001,
        l2=0.01,
        epochs=20,
    ).describe()
    assert described in run.stdout.splitlines()[0]


def test_the_data_options_override_the_config_file(cli: Cli, tmp_path) -> None:
    mine = TrainConfig(data="given", given=[(0.1, 0.1, 0.0)] * 3 + [(0.9, 0.9, 1.0)])
    path = tmp_path / "mine.json"
    path.write_text(mine.to_json())
    args = ("--config", str(path), "--epochs", "10", "--json")
    result = json.loads(cli("train", *args).stdout)
    assert TrainConfig.from_dict(result["config"]).given == mine.given
    assert len(result["outputs"]) == 4
    result = json.loads(cli("train", *args, "--data", "MOONS").stdout)
    assert result["config"]["data"] == "moons" and len(result["outputs"]) == 200


@pytest.mark.parametrize("command", ["train", "sweep", "atlas"])
@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--data", "iris"], "--data: 'iris' is not allowed; expected one of "),
        (["--data", "given"], "--data given: the configuration holds 0 points"),
        (["--points", "3"], "--points: 3 is not allowed; expected a whole number"),
        (["--points", "many"], "--points: 'many' is not a whole number"),
        (["--noise", "0.6"], "--noise: 0.6 is not allowed; expected a number"),
        (["--data-seed", "-1"], "--data-seed: -1 is not allowed"),
        (["--test-share", "0.95"], "--test-share: 0.95 is not allowed"),
        (["--test-share", "0.9"], "leaves at least one point to train on"),
        (["--features", "x1,x3"], "--features: 'x1,x3' is not allowed; expected"),
        (["--features", ""], "--features: '' is not allowed"),
        (["--batch-size", "2001"], "--batch-size: 2001 is not allowed"),
        (["--l1", "-0.1"], "--l1: -0.1 is not allowed; expected a number from 0"),
        (["--l2", "inf"], "--l2: inf is not allowed"),
    ],
)
def test_bad_data_values_exit_2_with_one_line(
    cli: Cli, command: str, args: list[str], says: str
) -> None:
    seeds = [] if command == "train" else ["--seeds", "0:2"]
    run = cli(command, *seeds, *args, timeout=30)
    assert run.code == 2
    line = run.error_line()
    assert line.startswith(f"xorgui {command}: error: ") and says in line
    assert run.stdout == ""


def test_data_from_a_csv_file_trains_on_its_points(cli: Cli, tmp_path) -> None:
    """--data FILE.csv: the file's points are one's own, trained on as given."""
    points = tmp_path / "points.csv"
    points.write_text("x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n0.5,0.5,0\n")
    run = cli(
        "train", "--data", str(points), "--hidden", "4", "--epochs", "300", "--json"
    )
    assert run.code == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["config"]["data"] == "given"
    assert summary["config"]["given"] == [
        [0.0, 0.0, 0.0],
        [0.0, 1.0, 1.0],
        [1.0, 0.0, 1.0],
        [1.0, 1.0, 0.0],
        [0.5, 0.5, 0.0],
    ]
    config = TrainConfig.from_dict(summary["config"])
    losses = reference_run(config).losses
    assert summary["targets"] == [0, 1, 1, 0, 0]
    assert len(summary["outputs"]) == 5
    assert summary["final_loss"] < losses[-1] < losses[0]


def test_a_bad_csv_file_exits_2_naming_the_line(cli: Cli, tmp_path) -> None:
    points = tmp_path / "points.csv"
    points.write_text("x1,x2,label\n0,0,0\n0,1,7\n")
    run = cli("train", "--data", str(points), timeout=30)
    assert run.code == 2
    line = run.error_line()
    assert line.startswith("xorgui train: error: --data: ")
    assert f"{points}, line 3" in line and "'7'" in line
    assert run.stdout == ""
