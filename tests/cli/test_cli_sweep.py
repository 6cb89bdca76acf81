"""`xorgui sweep` end to end: its CSV, its summary, and that it equals single runs."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import torch

from .conftest import Run, run_main

Cli = Callable[..., Run]
# lr 1 for 1500 epochs: seeds 40-45 include some that solve XOR and some that don't.
SWEEP_ARGS = ("--lr", "1", "--epochs", "1500")
SEEDS = range(40, 46)


@pytest.fixture(scope="module")
def sweep(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, list[dict[str, str]]]:
    """One sweep, shared by the tests that read it: its output and its CSV rows."""
    path = tmp_path_factory.mktemp("sweep") / "sweep.csv"
    run = run_main(
        "sweep",
        *SWEEP_ARGS,
        "--seeds",
        f"{SEEDS.start}:{SEEDS.stop}",
        "--csv",
        str(path),
    )
    assert run.code == 0, run.stderr
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        assert reader.fieldnames == ["seed", "final_loss", "solved", "epochs_to_solve"]
        return run, list(reader)


def test_sweep_csv_has_one_row_per_seed(
    sweep: tuple[Run, list[dict[str, str]]],
) -> None:
    _, rows = sweep
    assert [int(row["seed"]) for row in rows] == list(SEEDS)
    assert {row["solved"] for row in rows} == {"0", "1"}  # both kinds in this range
    for row in rows:
        assert 0.0 < float(row["final_loss"]) < 1.0
        if row["solved"] == "1":
            assert 0 <= int(row["epochs_to_solve"]) <= 1500
        else:
            assert row["epochs_to_solve"] == ""


def test_sweep_summary_agrees_with_its_csv(
    sweep: tuple[Run, list[dict[str, str]]],
) -> None:
    run, rows = sweep
    solved = [int(row["epochs_to_solve"]) for row in rows if row["solved"] == "1"]
    lines = run.stdout.splitlines()
    assert (
        lines[0]
        == "config: xor 2-2-1 sigmoid, sgd lr 1, bce loss, 1500 epochs, seeds 40..45"
    )
    rate = len(solved) / len(rows)
    assert f"solved: {len(solved)} of {len(rows)} seeds ({rate:.1%})" in lines
    median, p90 = np.percentile(solved, [50, 90])
    assert f"epochs to solve: median {median:.0f}, 90th percentile {p90:.0f}" in lines
    assert "6 seeds x 1500 epochs in" in lines[-1] and "model-epochs/s" in lines[-1]
    assert run.stderr == ""


@pytest.mark.parametrize("seed", [40, 41, 44])
def test_each_seed_of_the_sweep_equals_its_single_run(
    cli: Cli, sweep: tuple[Run, list[dict[str, str]]], seed: int
) -> None:
    _, rows = sweep
    row = next(row for row in rows if int(row["seed"]) == seed)
    single = cli("train", *SWEEP_ARGS, "--seed", str(seed))
    assert single.code == 0, single.stderr
    final = next(
        line for line in single.stdout.splitlines() if line.startswith("final")
    )
    # Batched kernels round differently from a single run's: close, not equal.
    assert float(final.split()[2]) == pytest.approx(float(row["final_loss"]), abs=1e-4)
    solved = single.stdout.splitlines()[-1].startswith("XOR solved from epoch ")
    assert solved == (row["solved"] == "1")


def test_unwritable_sweep_csv_fails_before_sweeping(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "sweep.csv"
    run = cli(
        "sweep", "--seeds", "0:1000", "--epochs", "100000000", "--csv", str(target)
    )
    assert run.code == 1
    assert f"--csv: cannot write {target}: the folder" in run.error_line()


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a GPU")
def test_cuda_without_a_gpu_says_so_in_one_line(cli: Cli) -> None:
    run = cli("sweep", "--seeds", "0:10", "--device", "cuda")
    assert run.code == 1
    assert run.error_line() == (
        "xorgui sweep: error: CUDA is not available: torch sees no GPU "
        f"(this torch build: {torch.__version__}); use --device cpu"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--seeds", "10:5"], "--seeds: '10:5' is not allowed; expected A:B"),
        (["--seeds", "5"], "--seeds: '5' is not allowed"),
        (["--seeds", "a:b"], "--seeds: 'a:b' is not allowed"),
        (["--seeds", "0:0"], "--seeds: '0:0' is not allowed"),
        (["--seeds=-1:5"], "--seeds: '-1:5' is not allowed"),
        (["--seeds", "0:2147483649"], "--seeds: '0:2147483649' is not allowed"),
        (["--seeds", "0:2000000"], "a sweep takes 1,000,000 at most"),
        ([], "the following arguments are required: --seeds"),
        (["--seeds", "0:10", "--device", "tpu"], "--device: invalid choice: 'tpu'"),
        (["--seeds", "0:10", "--seed", "3"], "unrecognized arguments: --seed 3"),
        (["--seeds", "0:10", "--hidden", "0,2"], "--hidden: '0,2' is not allowed"),
        (["--seeds", "0:10", "--epochs", "-5"], "--epochs: -5 is not allowed"),
    ],
)
def test_bad_sweep_arguments_exit_2_with_one_line(
    cli: Cli, args: list[str], message: str
) -> None:
    run = cli("sweep", *args, timeout=30)
    assert run.code == 2
    line = run.error_line()
    assert line.startswith("xorgui sweep: error: ")
    assert message in line


def test_an_unknown_command_exits_2_with_one_line(cli: Cli) -> None:
    run = cli("frobnicate")
    assert run.code == 2
    assert run.error_line().startswith("xorgui: error: COMMAND: invalid choice")
