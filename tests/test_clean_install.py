"""The way a student installs xorgui at home works: the checkout builds a wheel
and an sdist that carry everything (translations, lessons, icons); the wheel
installs offline into a fresh virtual environment outside the checkout, from
the pinned dependencies' wheels (`make setup` fetches them into .wheelhouse);
there `xorgui train --json` trains as the checkout does, and `xorgui` opens
its window in Japanese under LANG=ja_JP.UTF-8 (on the tests' Xvfb)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WHEELHOUSE = ROOT / ".wheelhouse"
NOT_SOURCES = (".git", ".venv", ".wheelhouse", "build", "dist", "*.egg-info")
CACHES = ("__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "out", "shots")
RESOURCES = {
    "i18n/xorgui_ja.qm",
    "i18n/xorgui_ja.ts",
    "lessons/en.json",
    "lessons/ja.json",
    *(f"icons/{icon.name}" for icon in (ROOT / "resources" / "icons").glob("*.svg")),
}
WINDOW_PROBE = """
import json, sys
from xorgui.resources import resources_dir
from xorgui.window.application import create_app
from xorgui.window.language.languages import startup_language, use_language
from xorgui.window.settings import Settings
app = create_app(["xorgui"])
use_language(startup_language(Settings()))
from xorgui.window.main_window import MainWindow
window = MainWindow(use_opengl=False)
window.show()
for _ in range(50):
    app.processEvents()
print(json.dumps({
    "resources": str(resources_dir()),
    "title": window.windowTitle(),
    "step": window.run_controls.step_action.text(),
    "lesson": window.lessons.panel.title.text(),
}))
window.close()
"""

pytestmark = pytest.mark.slow


def run(*command: str | Path, **options: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        **options,  # type: ignore[arg-type]
    )
    assert done.returncode == 0, f"{command}:\n{done.stdout}\n{done.stderr}"
    return done


def built(tmp_path: Path) -> tuple[Path, Path]:
    """The wheel and the sdist, built from a copy of the checkout (a build
    writes build/ and *.egg-info beside the sources)."""
    sources, dist = tmp_path / "sources", tmp_path / "dist"
    shutil.copytree(ROOT, sources, ignore=shutil.ignore_patterns(*NOT_SOURCES, *CACHES))
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
        "--no-index", "-w", dist, sources)  # fmt: skip
    build_sdist = f"import setuptools.build_meta as b; b.build_sdist({str(dist)!r})"
    run(sys.executable, "-c", build_sdist, cwd=sources)
    (wheel,), (sdist,) = dist.glob("xorgui-*.whl"), dist.glob("xorgui-*.tar.gz")
    return wheel, sdist


def test_the_built_wheel_installs_offline_and_runs_in_japanese(tmp_path: Path) -> None:
    if not (WHEELHOUSE / ".complete").exists():
        pytest.fail("no .wheelhouse: run `make setup` (it fetches the pinned wheels)")
    wheel, sdist = built(tmp_path)
    in_wheel = {
        name.split("/share/xorgui/", 1)[1]
        for name in zipfile.ZipFile(wheel).namelist()
        if "/share/xorgui/" in name
    }
    assert in_wheel == RESOURCES
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/resources/", 1)[-1] for name in archive.getnames()}
    assert in_sdist >= RESOURCES

    home = tmp_path / "home"
    home.mkdir()
    env = tmp_path / "env"
    run(sys.executable, "-m", "venv", env)
    scripts = env / ("Scripts" if os.name == "nt" else "bin")
    started = time.perf_counter()
    run(scripts / "python", "-m", "pip", "install", "--no-index",
        "--find-links", WHEELHOUSE, wheel, cwd=home)  # fmt: skip
    print(f"offline install: {time.perf_counter() - started:.0f} s")

    settings = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    clean = {**os.environ, **settings, "PYTHONPATH": ""}
    trained = run(scripts / "xorgui", "train", "--json", "--epochs", "300",
                  cwd=home, env=clean)  # fmt: skip
    here = run(sys.executable, "-m", "xorgui", "train", "--json", "--epochs", "300")
    assert (
        json.loads(trained.stdout)["final_loss"]
        == json.loads(here.stdout)["final_loss"]
    )

    japanese = {**clean, "LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8"}
    seen = json.loads(
        run(scripts / "python", "-c", WINDOW_PROBE, cwd=home, env=japanese)
        .stdout.strip().splitlines()[-1]
    )  # fmt: skip
    assert Path(seen["resources"]).is_relative_to(env), seen  # not the checkout's
    assert seen["title"] == "xorgui - XOR、ネットワーク 2-2-1"
    assert seen["step"] == "1 エポック学習"
    assert seen["lesson"] == "1. 1 層で AND"

    window = subprocess.Popen(
        [scripts / "xorgui"], cwd=home, env=japanese, stderr=subprocess.PIPE, text=True
    )
    time.sleep(8)  # the window opens and the training engine starts
    assert window.poll() is None, window.communicate()[1]
    window.send_signal(signal.SIGINT)  # closes the window as Ctrl+C does
    _, errors = window.communicate(timeout=60)
    assert window.returncode == 0, errors
