"""Hostile input on the command line: special files, hostile configurations,
device nodes as outputs, a colour range of one value, and a bug: each one
line (with a saved report for a bug), never a traceback or a hang."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from xorgui.headless import cli as cli_module
from xorgui.headless import train_command

from .conftest import Run

CORPUS = Path(__file__).resolve().parents[1] / "hostile" / "corpus"
ENDLESS = ("--epochs", "100000000")
AT_ONCE = 20
"""Seconds: a refusal comes before any training (a hang would be forever)."""


def special_configs(tmp_path: Path) -> list[str]:
    paths = ["/dev/zero", "/proc/self/status"]
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.json")
        paths.append(str(tmp_path / "pipe.json"))
    return [path for path in paths if os.path.exists(path)]


def test_special_files_as_configuration_are_refused_at_once(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    for path in special_configs(tmp_path):
        run = cli("train", "--config", path, *ENDLESS, timeout=AT_ONCE)
        assert run.code == 2, path
        assert "not an ordinary file" in run.error_line()


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("five-thousand-digits.json", "a number of more than 40 digits"),
        ("deep.json", "more than 32 deep"),
        ("nan-lr.json", "which is not a number"),
    ],
)
def test_hostile_configurations_are_one_line(
    cli: Callable[..., Run], name: str, words: str
) -> None:
    run = cli("train", "--config", str(CORPUS / name), *ENDLESS, timeout=AT_ONCE)
    assert run.code == 2
    assert words in run.error_line()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="mknod needs root")
@pytest.mark.parametrize("option", ["--save-model", "--loss-csv", "--save-config"])
def test_a_device_node_as_output_is_refused_and_kept(
    cli: Callable[..., Run], tmp_path: Path, option: str
) -> None:
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    run = cli("train", option, str(device), *ENDLESS, timeout=AT_ONCE)
    assert run.code == 1
    assert "not an ordinary file" in run.error_line()
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_an_atlas_with_a_colour_range_of_one_value_is_drawn(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    """A budget of 10 epochs, the fastest the colour bar shows: one colour."""
    png = tmp_path / "atlas.png"
    run = cli(
        "atlas",
        *("--x", "lr=0.1", "--y", "hidden=2", "--seeds", "0:4", "--epochs", "10"),
        *("--png", str(png)),
    )
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    assert png.stat().st_size > 1000


def test_a_bug_in_a_command_is_one_line_and_a_saved_report(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A command that fails unexpectedly (a bug, put there by this test)."""

    def broken(_options: object) -> int:
        return {}["missing"]

    monkeypatch.setattr(train_command, "run", broken)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cli_module.main(["train"]) == 1
    error = capsys.readouterr().err
    assert len(error.splitlines()) == 1
    assert "Traceback" not in error and "KeyError" not in error
    report = Path(error.split("saved in ")[1].strip())
    assert report.is_relative_to(tmp_path)
    assert "KeyError: 'missing'" in report.read_text()
