"""One moment of a run, exactly: the model, the optimizer and the solved count.

Torch-free, so a session file can be read and checked without loading torch.
`values` holds every tensor of the engine's state (weights, biases, then the
optimizer's two slots per parameter, as `EngineState.tensors` orders them)
flattened into one float32 array: restoring it and training on gives the very
numbers an uninterrupted run gives.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from xorgui.core.config import TrainConfig

STATE_DTYPE = np.float32
CHECKPOINT_OVERHEAD_BYTES = 24
"""What a checkpoint holds beside its values: epoch, step and solved epoch."""


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """The trainer after `epoch` epochs: the optimizer's `step` count,
    `solved_since` (the solved epoch so far, -1 for none) and the state."""

    epoch: int
    step: int
    solved_since: int
    values: np.ndarray

    def same_as(self, other: Checkpoint) -> bool:
        """Bit for bit the same moment (NaN equals NaN)."""
        return (
            self.epoch == other.epoch
            and self.step == other.step
            and self.solved_since == other.solved_since
            and self.values.tobytes() == other.values.tobytes()
        )


def parameter_count(config: TrainConfig) -> int:
    """Weights and biases of `config`'s network."""
    widths = (len(config.features), *config.hidden, 1)
    return sum(
        (inputs + 1) * units for inputs, units in zip(widths, widths[1:], strict=False)
    )


def state_size(config: TrainConfig) -> int:
    """Values in a checkpoint of `config`'s network: each parameter, and the
    optimizer's two slots for it."""
    return 3 * parameter_count(config)


def checkpoint_bytes(config: TrainConfig) -> int:
    """Memory one checkpoint of `config`'s network takes in a timeline."""
    return state_size(config) * np.dtype(STATE_DTYPE).itemsize + (
        CHECKPOINT_OVERHEAD_BYTES
    )
