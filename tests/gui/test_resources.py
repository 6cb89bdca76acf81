"""Icons: every one the app asks for exists, and a wheel carries them."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from PySide6.QtWidgets import QApplication

from xorgui import resources

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


def test_a_wheel_installs_the_icons_where_the_package_looks(tmp_path: Path) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    data_files = project["tool"]["setuptools"]["data-files"]
    installed = tmp_path / "share" / "xorgui"
    assert data_files == {"share/xorgui/icons": ["resources/icons/*.svg"]}
    prefix = Path(sys.prefix)
    assert prefix / "share" / "xorgui" == resources.INSTALLED_RESOURCES
    # Run from a checkout, the checkout's folder; installed, the prefix's.
    checkout = tmp_path / "checkout" / "resources"
    checkout.mkdir(parents=True)
    assert resources.resources_dir(checkout, installed) == checkout
    assert resources.resources_dir(tmp_path / "no-checkout", installed) == installed
