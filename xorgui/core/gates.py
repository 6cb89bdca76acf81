"""Truth tables of the six two-input logic gates the app can learn."""

from __future__ import annotations

import numpy as np

GATES: dict[str, tuple[float, float, float, float]] = {
    "and": (0.0, 0.0, 0.0, 1.0),
    "or": (0.0, 1.0, 1.0, 1.0),
    "xor": (0.0, 1.0, 1.0, 0.0),
    "nand": (1.0, 1.0, 1.0, 0.0),
    "nor": (1.0, 0.0, 0.0, 0.0),
    "xnor": (1.0, 0.0, 0.0, 1.0),
}

# The four corners in the article's order: (0,0), (0,1), (1,0), (1,1).
INPUTS: tuple[tuple[float, float], ...] = (
    (0.0, 0.0),
    (0.0, 1.0),
    (1.0, 0.0),
    (1.0, 1.0),
)


def inputs() -> np.ndarray:
    """The four training inputs as a float32 array of shape (4, 2)."""
    return np.array(INPUTS, dtype=np.float32)


def targets(gate: str) -> np.ndarray:
    """The gate's 0/1 targets for the four inputs, float32, shape (4,)."""
    return np.array(GATES[gate], dtype=np.float32)
