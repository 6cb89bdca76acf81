"""`--gate` takes any two-input function by its 4 target bits, and
`train --export-views DIR` writes the views as PNG files."""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from .conftest import Run

Cli = Callable[..., Run]
SHORT = ("--hidden", "none", "--lr", "1", "--epochs", "1500")


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG file's header (and that it is one)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_a_named_gate_by_its_bits_is_that_gate(cli: Cli) -> None:
    run = cli("train", "--json", "--gate", "0110", "--epochs", "10")
    assert run.code == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["config"]["gate"] == "xor" and result["targets"] == [0, 1, 1, 0]


def test_a_custom_function_is_trained_kept_and_swept(cli: Cli, tmp_path: Path) -> None:
    saved = tmp_path / "custom.json"
    run = cli("train", "--gate", "1011", *SHORT, "--save-config", str(saved))
    assert run.code == 0, run.stderr
    assert "1011 (x1 OR NOT x2) solved from epoch" in run.stdout
    assert json.loads(saved.read_text())["gate"] == "1011"
    again = cli("train", "--json", "--config", str(saved))
    assert json.loads(again.stdout)["targets"] == [1, 0, 1, 1]
    table = tmp_path / "sweep.csv"
    sweep = cli(
        "sweep", "--gate", "1011", *SHORT, "--seeds", "0:4", "--csv", str(table)
    )
    assert sweep.code == 0, sweep.stderr
    assert "solved: 4 of 4 seeds" in sweep.stdout
    assert len(table.read_text().splitlines()) == 5


def test_a_gate_that_is_no_function_is_a_usage_error(cli: Cli) -> None:
    run = cli("train", "--gate", "0121")
    assert run.code == 2
    assert "--gate: '0121' is not allowed; expected one of and, or, xor" in (
        run.error_line()
    )
    assert "4 target bits" in run.error_line()


@pytest.mark.gui
def test_export_views_writes_the_surface_and_every_view(
    cli: Cli, tmp_path: Path
) -> None:
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs an X display (pytest-xvfb provides one)")
    folder = tmp_path / "slides" / "run1"  # made, parents too
    run = cli("train", "--gate", "1011", *SHORT, "--export-views", str(folder))
    assert run.code == 0, run.stderr
    written = sorted(path.name for path in folder.iterdir())
    assert written == [
        "hidden-space.png",
        "loss.png",
        "network.png",
        "plane.png",
        "surface.png",
        "truth-table.png",
    ]
    assert png_size(folder / "surface.png") == (800, 600)
    assert png_size(folder / "truth-table.png") == (480, 260)
    assert png_size(folder / "loss.png")[0] >= 800
    assert png_size(folder / "plane.png") == (800, 700)
    assert png_size(folder / "network.png") == (800, 600)
    assert png_size(folder / "hidden-space.png") == (700, 700)
    for name in written:  # drawn, not blank
        with Image.open(folder / name) as image:
            assert len(image.convert("RGB").getcolors(1 << 24)) > 20, name


@pytest.mark.parametrize("where", ["a-file", "a-file/below"])
def test_export_views_into_no_folder_says_why_before_training(
    cli: Cli, tmp_path: Path, where: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / where
    run = cli("train", "--export-views", str(target))
    assert run.code == 2
    assert run.stdout == ""
    line = run.error_line()
    assert line.startswith(
        f"xorgui train: error: --export-views: cannot make the folder {target}"
    )
