"""Input features: what the network receives, computed from a point (x1, x2).

TensorFlow Playground's set. With x1·x2 as an input, XOR needs no hidden
layer: the non-linearity comes from the inputs instead of an activation.
"""

from __future__ import annotations

import torch
from torch import Tensor

from xorgui.core.config import DEFAULT_FEATURES


def feature_inputs(points: Tensor, features: tuple[str, ...]) -> Tensor:
    """The network's inputs (N, F) for points (N, 2), one column per feature
    in `features`' order, float32. The default features return the points
    themselves, so the article's inputs are unchanged bit for bit."""
    if features == DEFAULT_FEATURES:
        return points
    x1, x2 = points[:, 0], points[:, 1]
    columns = {
        "x1": lambda: x1,
        "x2": lambda: x2,
        "x1sq": lambda: x1 * x1,
        "x2sq": lambda: x2 * x2,
        "x1x2": lambda: x1 * x2,
        "sinx1": lambda: torch.sin(x1),
        "sinx2": lambda: torch.sin(x2),
    }
    return torch.stack([columns[name]() for name in features], dim=1)
