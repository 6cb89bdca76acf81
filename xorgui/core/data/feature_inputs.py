"""Input features: what the network receives, computed from a point (x1, x2).

TensorFlow Playground's set. With x1·x2 as an input, XOR needs no hidden
layer: the non-linearity comes from the inputs instead of an activation.
"""

from __future__ import annotations

import torch
from torch import Tensor

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.data.features import feature_columns


def feature_inputs(points: Tensor, features: tuple[str, ...]) -> Tensor:
    """The network's inputs (N, F) for points (N, 2), one column per feature
    in `features`' order, float32. The default features return the points
    themselves, so the article's inputs are unchanged bit for bit."""
    if features == DEFAULT_FEATURES:
        return points
    columns = feature_columns(points[:, 0], points[:, 1], features, torch.sin)
    return torch.stack(columns, dim=1)
