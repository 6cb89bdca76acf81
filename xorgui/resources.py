"""Where the app's plain resource files live, and how a view gets an icon from them.

Icons are hand-written SVG files in ``resources/icons`` next to the package; no
``.qrc`` build step. A missing file gives an empty icon (buttons keep their
text), never an error.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"


def icon_path(name: str) -> Path:
    """The SVG file of the icon called `name` (e.g. "play")."""
    return ICONS_DIR / f"{name}.svg"


def icon(name: str) -> QIcon:
    """The icon called `name`, or an empty icon when its file is missing."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()
