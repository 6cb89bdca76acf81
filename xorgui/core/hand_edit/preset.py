"""The hand-made XOR: the classic weights that solve XOR with no training.

Hidden unit 1 is OR (20, 20, bias -10), hidden unit 2 is NAND (-20, -20,
bias 30) and the output is the AND of the two (20, 20, bias -30): through
sigmoids, each output is within 5e-5 of its target. A learner sees a network
that works before any epoch, then breaks it by editing one weight.
"""

from __future__ import annotations

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.network import Layer

PRESET_NAME = "hand-made XOR (OR, NAND, AND)"


def hand_made_xor_config(config: TrainConfig) -> TrainConfig:
    """`config` turned into the network the preset fits: XOR, 2-2-1, sigmoid
    units and output, BCE (seed, optimizer, learning rate and budget kept)."""
    return config.with_changes(
        gate="xor",
        hidden=(2,),
        activation="sigmoid",
        output_activation="sigmoid",
        loss="bce",
    )


def hand_made_xor_layers() -> tuple[Layer, ...]:
    """The preset's two Linear layers (float32, as the model stores them)."""

    def layer(weight: list[list[float]], bias: list[float]) -> Layer:
        return Layer(
            np.array(weight, dtype=np.float32), np.array(bias, dtype=np.float32)
        )

    return (
        layer([[20.0, 20.0], [-20.0, -20.0]], [-10.0, 30.0]),
        layer([[20.0, 20.0]], [-30.0]),
    )
