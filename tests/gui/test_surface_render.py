"""The headless PNG of the 3-D surface (`train --surface-png`), image export, and
processes where OpenGL cannot be had."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from xorgui.core.files import ExportError
from xorgui.core.training.trainer import Snapshot, Trainer
from xorgui.headless.render import render_surface_png
from xorgui.visuals.image_export import save_image

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def trained() -> Snapshot:
    trainer = Trainer()
    trainer.train(20000)
    return trainer.snapshot(grid=64)


def _distinct_colours(image: QImage) -> int:
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(rgb.constBits(), dtype=np.uint32)
    return len(np.unique(pixels))  # while `rgb`, which owns the buffer, lives


def test_render_writes_a_png_of_the_requested_size(qapp, tmp_path, trained):
    path = tmp_path / "surface.png"
    render_surface_png(trained, path, size=(400, 300))
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (400, 300)
    assert _distinct_colours(image) > 50


def test_render_needs_a_surface(qapp, tmp_path):
    with pytest.raises(ValueError, match="no surface"):
        render_surface_png(Trainer().snapshot(), tmp_path / "s.png")


def test_unwritable_path_raises_export_error(qapp, tmp_path, trained):
    with pytest.raises(ExportError, match="does not exist"):
        render_surface_png(trained, tmp_path / "missing" / "s.png", size=(200, 150))


def test_failed_write_leaves_the_existing_file_untouched(
    qapp, tmp_path, trained, monkeypatch
):
    path = tmp_path / "surface.png"
    path.write_bytes(b"the old picture")

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="permission denied"):
        render_surface_png(trained, path, size=(200, 150))
    assert path.read_bytes() == b"the old picture"
    assert os.listdir(tmp_path) == ["surface.png"]


def test_an_empty_image_is_not_saved(tmp_path):
    path = tmp_path / "empty.png"
    with pytest.raises(ExportError, match="empty"):
        save_image(path, QImage())
    assert not path.exists()


def _python(script: str, *args: str, **environment: str | None):
    """Run `script` in a fresh Python with the environment changed (None unsets)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for name, value in environment.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("display", "problem"),
    [
        (None, "neither DISPLAY nor WAYLAND_DISPLAY is set"),
        (":4242", "DISPLAY=:4242 names no X server that answers"),
    ],
    ids=["unset", "stale"],
)
def test_without_a_display_render_raises_a_clear_error(tmp_path, display, problem):
    """No display, or one that is gone, and no Xvfb to start a private one: a
    readable OpenGLUnavailable, not Qt aborting the process."""
    script = (
        "import sys\n"
        "from xorgui.core.training.trainer import Trainer\n"
        "from xorgui.headless.render import OpenGLUnavailable, "
        "render_surface_png\n"
        "try:\n"
        "    render_surface_png(Trainer().snapshot(grid=8), sys.argv[1])\n"
        "except OpenGLUnavailable as error:\n"
        "    print(error)\n"
    )
    target = tmp_path / "s.png"
    done = _python(
        script,
        str(target),
        DISPLAY=display,
        WAYLAND_DISPLAY=None,
        QT_QPA_PLATFORM=None,
        PATH=str(Path(sys.executable).parent),  # no Xvfb on it
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "cannot render --surface-png: no OpenGL context could be created "
        f"(no display: {problem}, and no private one: Xvfb is not installed; "
        "install Xvfb or run under a display)"
    )
    assert done.stderr == ""
    assert not target.exists()


def test_offscreen_platform_falls_back_to_2d_quietly():
    """Auto-detection where Qt has no OpenGL: a 2-D view, and no Qt warnings."""
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from xorgui.visuals.surface.view import SurfaceView\n"
        "view = SurfaceView()\n"
        "print(view.uses_opengl, view.fallback_reason)\n"
    )
    done = _python(script, QT_QPA_PLATFORM="offscreen", XORGUI_NO_OPENGL=None)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("False ")
    assert "offscreen" in done.stdout
    assert done.stderr == ""


def test_points_keep_their_size_on_a_high_dpi_screen(tmp_path):
    """At twice the pixel density, the same picture in twice the pixels: the
    training points too, not only the box and the text."""
    script = (
        "import sys\n"
        "from xorgui.core.training.trainer import Trainer\n"
        "from xorgui.headless.render import render_surface_png\n"
        "render_surface_png(Trainer().snapshot(grid=8), sys.argv[1], (800, 600))\n"
    )
    orange = np.array([0xFF, 0x6A, 0x13])
    areas = {}
    for scale in ("1", "2"):
        path = tmp_path / f"scale{scale}.png"
        done = _python(script, str(path), QT_SCALE_FACTOR=scale)
        assert done.returncode == 0, done.stderr
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
        rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(600, -1)
        pixels = rows[:, : 800 * 3].reshape(600, 800, 3).astype(int)
        areas[scale] = int((np.abs(pixels - orange).sum(axis=-1) < 40).sum())
    # The 800 x 600 image shows a view half as wide at scale 2: the box is the
    # same size in it, each point twice as wide (four times the area) and each
    # error line twice as thick (twice the area). Unscaled, all would match.
    assert areas["1"] > 100
    assert 2.5 < areas["2"] / areas["1"] < 4.5
