"""Icons: every one the app asks for exists, and a wheel carries them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from xorgui import resources

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _icon_names_in_code() -> set[str]:
    names = set()
    for source in (ROOT / "xorgui").rglob("*.py"):
        names.update(re.findall(r'\bicon\("([\w-]+)"\)', source.read_text()))
    return names


def test_every_icon_the_app_uses_exists_and_loads(qapp: QApplication) -> None:
    names = _icon_names_in_code()
    assert {"play", "pause", "step", "reset", "app"} <= names
    for name in names:
        assert resources.icon_path(name).is_file(), name
        assert not resources.icon(name).isNull(), name


BUILD_LEFTOVERS = ("build", "dist", "*.egg-info")
"""What an in-tree setuptools build leaves in the folder it builds."""


def _leftovers(folder: Path) -> set[str]:
    return {path.name for pattern in BUILD_LEFTOVERS for path in folder.glob(pattern)}


@pytest.mark.slow
def test_a_wheel_carries_every_icon(tmp_path: Path) -> None:
    """Built by pip with this environment's setuptools, offline (an isolated
    build would first download setuptools), from a copy of the source: the
    checkout gets no build/ or *.egg-info."""
    before = _leftovers(ROOT)
    source = tmp_path / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "tests", "__pycache__", "*.pyc", *BUILD_LEFTOVERS
        ),
        symlinks=True,
    )
    subprocess.run(
        [
            sys.executable,
            *("-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index"),
            *("-q", "-w", tmp_path, source),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    assert _leftovers(ROOT) == before
    [wheel] = tmp_path.glob("xorgui-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    carried = {
        Path(name).stem
        for name in names
        if re.fullmatch(r"xorgui-[^/]+\.data/data/share/xorgui/icons/[\w-]+\.svg", name)
    }
    assert carried == {path.stem for path in (ROOT / "resources/icons").glob("*.svg")}
    assert "xorgui/resources.py" in names


def test_outside_a_checkout_the_installed_icons_are_found(tmp_path: Path) -> None:
    site_packages = tmp_path / "site-packages"
    (site_packages / "resources").mkdir(parents=True)  # someone else's folder
    user, prefix = tmp_path / "user", tmp_path / "prefix"
    installed = prefix / "share" / "xorgui"
    installed.mkdir(parents=True)
    assert resources.resources_dir(site_packages, [user, prefix]) == installed
    # In a checkout (or an editable install) the checkout's own folder wins.
    (site_packages / "pyproject.toml").touch()
    assert resources.resources_dir(site_packages, [user, prefix]) == (
        site_packages / "resources"
    )
    assert resources.installed_roots()[0] == Path(sys.prefix)
