"""Status bar pieces whose text does not jump while training runs.

The loss changes some thirty times a second; with a varying number of digits
("0.7482", "0.01498") the label, and every label after it, would shift each
time. The loss keeps six decimals, as the article prints it, and the label
keeps the width of the widest text it will show.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

LOSS_WIDTH_SAMPLES = ("0.000000", "8.888e+88")
"""The widest loss texts: six decimals, or a diverging loss in powers of ten."""


def format_loss(loss: float) -> str:
    """Six decimals below 1,000 (0.748230); a large or non-finite loss in
    scientific notation (2.015e+26) or as nan / inf."""
    if math.isfinite(loss) and abs(loss) < 1000:
        return f"{loss:.6f}"
    return f"{loss:.3e}"


class SteadyLabel(QLabel):
    """A label at least as wide as the widest of some sample texts, in its
    current font (so it follows View > Larger text)."""

    def __init__(self, samples: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self._samples = samples

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        widest = max(metrics.horizontalAdvance(text) for text in self._samples)
        hint.setWidth(max(hint.width(), widest + margins.left() + margins.right()))
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return super().sizeHint().expandedTo(self.minimumSizeHint())
