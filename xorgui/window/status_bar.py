"""The status bar's loss, in a form whose width does not jump while training.

The loss changes some thirty times a second; with a varying number of digits
("0.7482", "0.01498") the label, and every label after it, would shift each
time. The loss keeps six decimals, as the article prints it, and its label
(a `SteadyLabel`) keeps the width of the widest of LOSS_WIDTH_SAMPLES.
"""

from __future__ import annotations

import math

LOSS_WIDTH_SAMPLES = ("0.000000", "8.888e+88")
"""The widest loss texts: six decimals, or a diverging loss in powers of ten."""


def format_loss(loss: float) -> str:
    """Six decimals below 1,000 (0.748230); a large or non-finite loss in
    scientific notation (2.015e+26) or as nan / inf."""
    if math.isfinite(loss) and abs(loss) < 1000:
        return f"{loss:.6f}"
    return f"{loss:.3e}"
