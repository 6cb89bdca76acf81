"""`xorgui atlas` end to end: its CSV agrees with `sweep`, its picture, bad axes,
and Ctrl+C."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from .conftest import Run, run_main
from .test_cli_terminal import interrupted, last_line

Cli = Callable[..., Run]
EPOCHS = "1500"
SEEDS = "0:8"
VIRIDIS_TOP = (0xFD, 0xE7, 0x25)  # a cell where every seed solved


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture(scope="module")
def atlas(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path, Path]:
    folder = tmp_path_factory.mktemp("atlas")
    table, picture = folder / "atlas.csv", folder / "atlas.png"
    run = run_main(
        "atlas",
        "--x",
        "lr=0.1,3",
        "--y",
        "hidden=2,16",
        "--seeds",
        SEEDS,
        "--epochs",
        EPOCHS,
        "--csv",
        str(table),
        "--png",
        str(picture),
    )
    assert run.code == 0, run.stderr
    return run, table, picture


def test_the_csv_agrees_with_sweep_for_widths_2_and_16_at_lr_0_1(
    atlas: tuple[Run, Path, Path], tmp_path: Path
) -> None:
    _, table, _ = atlas
    rows = {(row["lr"], row["hidden"]): row for row in read_csv(table)}
    assert sorted(rows) == [("0.1", "16"), ("0.1", "2"), ("3", "16"), ("3", "2")]
    for width in ("2", "16"):
        path = tmp_path / f"sweep-{width}.csv"
        sweep = run_main(
            "sweep",
            "--hidden",
            width,
            "--lr",
            "0.1",
            "--seeds",
            SEEDS,
            "--epochs",
            EPOCHS,
            "--csv",
            str(path),
        )
        assert sweep.code == 0, sweep.stderr
        seeds = read_csv(path)
        solved = [int(s["epochs_to_solve"]) for s in seeds if s["solved"] == "1"]
        row = rows[("0.1", width)]
        assert row["seeds"] == "8"
        assert float(row["solved_share"]) == pytest.approx(len(solved) / 8, abs=1e-4)
        if solved:
            median, p90 = np.percentile(solved, [50, 90])
            assert float(row["median"]) == pytest.approx(median)
            assert float(row["p90"]) == pytest.approx(p90)
        else:
            assert row["median"] == row["p90"] == ""


def test_the_tables_printed_match_the_csv(atlas: tuple[Run, Path, Path]) -> None:
    run, table, _ = atlas
    lines = run.stdout.splitlines()
    assert lines[0].startswith("atlas: lr=0.1,3 x hidden=2,16, seeds 0..7")
    assert lines[1].startswith("first complete picture in ")
    share_table = lines[lines.index("share of seeds solved") + 1 :][:3]
    assert share_table[0].split() == ["hidden", "\\", "lr", "0.1", "3"]
    shown = {row[0]: row[1:] for row in (line.split() for line in share_table[1:])}
    for row in read_csv(table):
        column = ["0.1", "3"].index(row["lr"])
        assert shown[row["hidden"]][column] == f"{float(row['solved_share']):.0%}"


def test_the_picture_shows_both_maps(atlas: tuple[Run, Path, Path]) -> None:
    from PySide6.QtGui import QImage

    _, table, picture = atlas
    image = QImage(str(picture)).convertToFormat(QImage.Format.Format_RGB888)
    # Each side on its own: a tuple comparison would stop at the width.
    assert image.width() >= 1100
    assert image.height() >= 560 + 2 * 20  # the maps, and two caption lines
    pixels = (
        np.frombuffer(image.constBits(), np.uint8)
        .reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3]
        .reshape(image.height(), image.width(), 3)
    )
    colours = {tuple(c) for c in pixels.reshape(-1, 3)[::7]}
    if any(float(row["solved_share"]) == 1.0 for row in read_csv(table)):
        assert VIRIDIS_TOP in colours
    assert (0x9E, 0x9E, 0x9E) in colours or all(  # a "too few solved" cell
        row["median"] for row in read_csv(table)
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--x", "lr=0:10:8log"], "--x: 'lr=0:10:8log' is not allowed; expected lr="),
        (["--y", "width=1,2"], "--y: 'width=1,2' is not an axis"),
        (["--x", "hidden=1,2"], "both axes vary hidden"),
        (["--y", "hidden=1,99"], "99 is not allowed"),
        (["--seeds", "5:5"], "--seeds: '5:5' is not allowed"),
    ],
)
def test_bad_atlas_arguments_exit_2_with_one_line(
    cli: Cli, args: list[str], says: str
) -> None:
    run = cli("atlas", *args)
    assert run.code == 2
    assert says in run.error_line()
    assert run.stdout == ""


def test_ctrl_c_cancels_and_writes_nothing(tmp_path: Path) -> None:
    table = tmp_path / "atlas.csv"
    args = ["atlas", "--epochs", "100000000", "--csv", str(table)]
    code, bar, rest, stdout = interrupted(args, "seeds/s")
    assert "left" in bar
    assert stdout.decode().startswith("atlas: lr=0.01,0.0268,")  # no bar there
    assert code == 130
    assert "Traceback" not in bar + rest
    assert last_line(rest) == "xorgui atlas: cancelled"
    assert not table.exists()
