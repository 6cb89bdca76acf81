"""Where the app's plain resource files live, and how a view gets an icon from them.

Icons are hand-written SVG files in ``resources/icons`` beside the package, the
translations in ``resources/i18n`` and the lessons' texts in
``resources/lessons``; no ``.qrc`` build step. Run from a checkout (or an
editable install) they are read there. A wheel installs them as data files
under ``share/xorgui`` of the prefix pip installed into (see pyproject.toml). A
missing icon file gives an empty icon (buttons keep their text), never an error.
"""

from __future__ import annotations

import sysconfig
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QIcon

PACKAGE_PARENT = Path(__file__).resolve().parent.parent


def installed_roots() -> list[Path]:
    """The prefixes pip installs a wheel's data files into: the environment's
    (a venv, or /usr/local on Debian) and the user's (``pip install --user``)."""
    schemes = (sysconfig.get_preferred_scheme(key) for key in ("prefix", "user"))
    return [Path(sysconfig.get_path("data", scheme)) for scheme in schemes]


def resources_dir(
    parent: Path = PACKAGE_PARENT, roots: Iterable[Path] | None = None
) -> Path:
    """The checkout's resources folder when the package sits in one, else the
    first installed ``share/xorgui`` (the checkout's path when there is none)."""
    checkout = parent / "resources"
    if (parent / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    for root in installed_roots() if roots is None else roots:
        folder = root / "share" / "xorgui"
        if folder.is_dir():
            return folder
    return checkout


def icon_path(name: str) -> Path:
    """The SVG file of the icon called `name` (e.g. "play")."""
    return resources_dir() / "icons" / f"{name}.svg"


def icon(name: str) -> QIcon:
    """The icon called `name`, or an empty icon when its file is missing."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()


def translation_file(language: str) -> Path:
    """The compiled catalogue of the window's strings in `language` ("ja")."""
    return resources_dir() / "i18n" / f"xorgui_{language}.qm"


def translation_source(language: str) -> Path:
    """The catalogue's source (.ts): every string with its translation."""
    return resources_dir() / "i18n" / f"xorgui_{language}.ts"


def lessons_file(language: str) -> Path:
    """The lessons' texts in `language` (JSON)."""
    return resources_dir() / "lessons" / f"{language}.json"
