"""Each unit's activation over [0,1]² as a small viridis image for its node.

x1 runs to the right and x2 up, as in the heatmap and the article's figures.
Bounded activations keep fixed colours (sigmoid 0..1, tanh -1..1), so a unit's
thumbnail can be compared with its neighbours' and with itself over time; the
output uses the surface's colours (0..1); unbounded units (ReLU, identity)
are scaled to their own range, which the node's tooltip gives.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from xorgui.core.unit_maps import value_range
from xorgui.visuals.colormap import LUT_SIZE, viridis_lut


def levels(
    values: np.ndarray, fixed: tuple[float, float] | None
) -> tuple[float, float]:
    """The value range coloured from viridis's first to last colour."""
    if fixed is not None:
        return fixed
    low, high = float(np.nanmin(values)), float(np.nanmax(values))
    return (low, high) if high > low else (low - 0.5, low + 0.5)


def thumbnail(values: np.ndarray, span: tuple[float, float]) -> QImage:
    """`values[i, j]` (at x1 = axis[i], x2 = axis[j]) as an RGBA image."""
    low, high = span
    scaled = (values - low) * ((LUT_SIZE - 1) / (high - low))
    np.nan_to_num(scaled, copy=False, nan=0.0, posinf=LUT_SIZE - 1, neginf=0.0)
    np.clip(scaled, 0, LUT_SIZE - 1, out=scaled)
    index = np.rint(scaled, out=scaled).astype(np.intp)
    # Rows from the top: x2 from high to low; columns: x1 from low to high.
    pixels = np.ascontiguousarray(viridis_lut()[index.T[::-1]])
    size = values.shape[0]
    image = QImage(pixels.data, size, size, 4 * size, QImage.Format.Format_RGBA8888)
    return image.copy()


def unit_span(
    values: np.ndarray, is_output: bool, activation: str
) -> tuple[float, float]:
    """The colours' range for one unit's map."""
    return levels(values, (0.0, 1.0) if is_output else value_range(activation))
