"""The 3-D view's camera: the article's default and saved states read safely.

A saved camera comes back from QSettings, where numbers may have become text
and a hand-edited file may hold anything: what cannot be read is left out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

Z_ASPECT = 0.75
"""Matplotlib draws its 3-D box with aspect 4:4:3; so does the scene."""
DEFAULT_FOV = 40.0
DEFAULT_CAMERA = {
    "distance": 2.75,
    "elevation": 30.0,
    "azimuth": -60.0,
    "center": (0.5, 0.5, 0.5 * Z_ASPECT),
}
"""The article's oblique view (matplotlib's azimuth -60, elevation 30)."""


def camera_position(state: Mapping[str, object]) -> dict[str, object]:
    """pyqtgraph's setCameraPosition arguments from a saved state: None for
    each value that is missing or invalid, so that it is left as it is."""
    distance = _finite(state.get("distance"))
    elevation = _finite(state.get("elevation"))
    return {
        "pos": _finite_triple(state.get("center")),
        "distance": distance if distance is not None and distance > 0 else None,
        "elevation": None if elevation is None else min(max(elevation, -90.0), 90.0),
        "azimuth": _finite(state.get("azimuth")),
    }


def _finite(value: object) -> float | None:
    """`value` as a finite float (QSettings may hand numbers back as text), or None."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _finite_triple(value: object) -> tuple[float, float, float] | None:
    """Three finite floats from a list or tuple of three, or None."""
    if not isinstance(value, list | tuple) or len(value) != 3:
        return None
    x, y, z = (_finite(v) for v in value)
    if x is None or y is None or z is None:
        return None
    return x, y, z
