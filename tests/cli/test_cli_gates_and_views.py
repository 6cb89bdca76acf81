"""`--gate` takes any two-input function by its 4 target bits, and
`train --export-views DIR` writes the views as PNG files."""

from __future__ import annotations

import json
import os
import struct
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from .conftest import Run, run_main

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


def _no_display() -> dict[str, str]:
    """This environment as on a machine with no screen at all."""
    gone = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY")
    env = {k: v for k, v in os.environ.items() if k not in gone}
    return {**env, "PYTHONUTF8": "1"}


def _orphaned_xvfb_servers() -> set[int]:
    """The Xvfb servers running now whose parent is gone (adopted by init): what
    a command that left its private display behind would leave; the suite's own
    servers belong to living pytest processes."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().split(b"\0")[0]
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if command.endswith(b"Xvfb") and parent == 1:
                found.add(int(entry.name))
    return found


VIRIDIS_TOP, VIRIDIS_BOTTOM = (253, 231, 37), (68, 1, 84)
BOUNDARY = (0xD6, 0x27, 0x28)


def _pixels_near(path: Path, colour: tuple[int, int, int], within: int = 40) -> int:
    with Image.open(path) as image:
        pixels = np.asarray(image.convert("RGB"), dtype=int)
    return int((np.abs(pixels - np.array(colour)).sum(axis=2) < within).sum())


def test_the_pictures_need_no_display(cli: Cli, tmp_path: Path) -> None:
    """No DISPLAY, no Wayland: all six pictures, exit 0, and no X server left
    behind for the person to clean up."""
    before = _orphaned_xvfb_servers()
    folder = tmp_path / "views"
    run = run_main("train", "--export-views", str(folder), env=_no_display())
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["hidden-space.png", "loss.png", "network.png", "plane.png", "surface.png",
         "truth-table.png"]
    )  # fmt: skip
    # What they show: the solved XOR surface from its top (yellow) to its
    # floor (dark purple), the plane's red boundary.
    assert _pixels_near(folder / "surface.png", VIRIDIS_TOP) > 500
    assert _pixels_near(folder / "surface.png", VIRIDIS_BOTTOM) > 500
    assert _pixels_near(folder / "plane.png", BOUNDARY) > 300
    target = tmp_path / "surface.png"
    run = run_main(
        "train", "--epochs", "300", "--surface-png", str(target), env=_no_display()
    )
    assert run.code == 0, run.stderr
    assert png_size(target) == (800, 600)
    assert _orphaned_xvfb_servers() <= before


def test_without_any_way_to_opengl_the_message_stays_clear(
    cli: Cli, tmp_path: Path
) -> None:
    """No display and no Xvfb to draw on: one line that says so, no file."""
    env = {**_no_display(), "PATH": str(Path(sys.executable).parent)}
    folder = tmp_path / "views"
    run = run_main("train", "--epochs", "10", "--export-views", str(folder), env=env)
    assert run.code == 1
    line = run.error_line()
    assert "cannot render --export-views" in line and "install Xvfb" in line
    assert list(folder.iterdir()) == []
