"""The window fits every screen it is shown on: the walk of layout_walk.py,
run on its own Xvfb of each size (800 x 600, 1024 x 768, 1280 x 800), in
English and Japanese, measured, not looked at.

Each size runs in a subprocess that writes what it measured (walk.json) and
a picture of each step; this test asserts on the measurements. The suite
walks a representative part; XORGUI_FULL_LAYOUT_WALK=1 walks every dock with
larger text on and off and the lessons panel open and closed;
XORGUI_LAYOUT_SHOTS=FOLDER keeps each size's measurements and pictures there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pyvirtualdisplay.display import Display

pytestmark = pytest.mark.gui

WALK = Path(__file__).with_name("layout_walk.py")
ROOT = Path(__file__).parents[2]
SCREENS = [(800, 600), (1024, 768), (1280, 800)]
WALK_TIMEOUT_S = 240
FULL = os.environ.get("XORGUI_FULL_LAYOUT_WALK") == "1"
SHOTS = os.environ.get("XORGUI_LAYOUT_SHOTS")


def walk_on_screen(size: tuple[int, int], out: Path) -> dict[str, Any]:
    """Run the walk on a fresh Xvfb of `size`; its measurements."""
    with Display(
        size=size,
        color_depth=24,
        extra_args=["-ac", "+extension", "GLX", "+render"],
    ) as display:
        env = {
            **os.environ,
            "DISPLAY": f":{display.display}",
            "PYTHONPATH": str(ROOT),  # this checkout's package, as pytest's
            "PYTHONFAULTHANDLER": "1",
        }
        command = [sys.executable, str(WALK), str(out), *(["--full"] if FULL else [])]
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=WALK_TIMEOUT_S
        )
    assert done.returncode == 0, done.stderr[-4000:]
    return json.loads((out / "walk.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("size", SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_window_fits_the_screen_in_both_languages(
    size: tuple[int, int], tmp_path: Path
) -> None:
    out = Path(SHOTS) / f"{size[0]}x{size[1]}" if SHOTS else tmp_path
    walk = walk_on_screen(size, out)
    assert walk["screen"] == list(size)
    steps = walk["steps"]
    assert {step["language"] for step in steps} == {"en", "ja"}
    problems = [
        f"{step['language']} {step['step']}: {problem}"
        for step in steps
        for problem in step["problems"]
    ]
    assert not problems, "\n".join(problems)
    for step in steps:
        # The window inside the screen; in full screen, the whole screen.
        x, y, width, height = step["window"]
        assert width <= size[0] and height <= size[1], step
        if step["step"] == "full-screen":
            assert step["window"] == [0, 0, *size]
        # Lesson 1 points at the plane: it is in sight, at a readable size.
        if step["step"].endswith("lesson-1-started"):
            assert step["plane"] is not None, step
        # Reset layout restores this screen's default: the plane in front
        # where it fits beside the controls (not at 800 x 600).
        if "reset-layout" in step["step"] and size[0] >= 1024:
            assert step["plane"] is not None, step
