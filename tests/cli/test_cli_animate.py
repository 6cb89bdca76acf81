"""`train --animate`: a GIF of the run, and the mistakes answered in one line
before any training."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import Run

Cli = Callable[..., Run]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--animate", "out.avi"), "--animate: 'out.avi' has .avi"),
        (("--animate", "out"), "has no extension"),
        (("--frames", "10"), "--frames needs --animate FILE"),
        (("--spacing", "epochs"), "--spacing needs --animate FILE"),
        (("--animate", "out.gif", "--frames", "1"), "--frames: 1 is not allowed"),
        (("--animate", "out.gif", "--fps", "0"), "--fps: 0 is not allowed"),
    ],
)
def test_a_bad_animation_option_is_one_line_and_exit_2(
    cli: Cli, tmp_path: Path, args: tuple[str, ...], expected: str
) -> None:
    run = cli("train", "--epochs", "10", *args, cwd=tmp_path)
    assert run.code == 2
    assert expected in run.error_line()
    assert run.stdout == ""  # nothing was trained
    assert list(tmp_path.iterdir()) == []


def test_an_animation_into_a_missing_folder_fails_before_training(
    cli: Cli, tmp_path: Path
) -> None:
    run = cli("train", "--animate", str(tmp_path / "missing" / "out.gif"))
    assert run.code == 1
    assert "--animate: cannot write" in run.error_line()
    assert run.stdout == ""


def test_animate_writes_a_gif_with_the_frames_asked_for(
    cli: Cli, tmp_path: Path
) -> None:
    pytest.importorskip("xorgui.headless.render")
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs an X display (pytest-xvfb provides one)")
    from PIL import Image

    target = tmp_path / "run.gif"
    run = cli(
        "train", "--epochs", "500", "--animate", str(target), "--frames", "6",
        "--fps", "30",
    )  # fmt: skip
    assert run.code == 0, run.stderr
    # 30 frames a second is a 33.3 ms delay, which a GIF stores as 30 ms: the
    # six frames play 0.18 s, as said, and not the 0.2 s that 6/30 would give.
    assert "animation: 6 frames, 800x600, plays 0.18 s" in run.stdout
    with Image.open(target) as gif:
        assert (gif.n_frames, gif.size) == (6, (800, 600))
        delays = []
        for index in range(gif.n_frames):
            gif.seek(index)
            delays.append(gif.info["duration"])
    assert delays == [30] * 6
    assert [path.name for path in tmp_path.iterdir()] == ["run.gif"]
