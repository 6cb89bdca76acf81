"""Where the app's plain resource files live, and how a view gets an icon from them.

Icons are hand-written SVG files in ``resources/icons`` next to the package; no
``.qrc`` build step. A wheel installs them as data files under
``<prefix>/share/xorgui`` (see pyproject.toml), which is looked at when the
package does not sit in a checkout. A missing file gives an empty icon
(buttons keep their text), never an error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

CHECKOUT_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
INSTALLED_RESOURCES = Path(sys.prefix) / "share" / "xorgui"


def resources_dir(
    checkout: Path = CHECKOUT_RESOURCES, installed: Path = INSTALLED_RESOURCES
) -> Path:
    """The checkout's resources folder when there is one, else the installed one."""
    return checkout if checkout.is_dir() else installed


def icon_path(name: str) -> Path:
    """The SVG file of the icon called `name` (e.g. "play")."""
    return resources_dir() / "icons" / f"{name}.svg"


def icon(name: str) -> QIcon:
    """The icon called `name`, or an empty icon when its file is missing."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()
