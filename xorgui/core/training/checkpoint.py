"""One moment of a run, exactly: the model, the optimizer and the solved count.

Torch-free, so a session file can be read and checked without loading torch.
`values` holds every tensor of the engine's state (weights, biases, then the
optimizer's two slots per parameter, as `EngineState.tensors` orders them)
flattened into one float32 array: restoring it and training on gives the very
numbers an uninterrupted run gives. A mini-batch run's values go on with its
shuffle (`shuffle_values`): the generator's state as it stood some epochs
before (its bytes two by two, as whole numbers, so every value is finite as
a session file's checks want), and how many epochs on from there the
checkpoint stands.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from xorgui.core.config import TrainConfig

STATE_DTYPE = np.float32
CHECKPOINT_OVERHEAD_BYTES = 24
"""What a checkpoint holds beside its values: epoch, step and solved epoch."""
SHUFFLE_STATE_BYTES = 5056
"""The state of torch's CPU generator (`torch.Generator().get_state()`)."""
SHUFFLE_VALUES = SHUFFLE_STATE_BYTES // 2 + 1
"""The values a mini-batch run's checkpoint holds for its shuffle."""


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """The trainer after `epoch` epochs: the optimizer's `step` count
    (updates, one per mini-batch), `solved_since` (the solved epoch so far,
    -1 for none) and the state. Two checkpoints of one moment of a
    mini-batch run may hold its shuffle from different epochs (`same_as`
    then tells them apart); each restores the same."""

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


def shuffle_values(state: np.ndarray, epochs: int) -> np.ndarray:
    """A shuffle's part of the values: the generator's `state` (bytes) and the
    `epochs` drawn since."""
    pairs = np.ascontiguousarray(state, dtype=np.uint8).view(np.uint16)
    return np.append(pairs.astype(STATE_DTYPE), STATE_DTYPE(epochs))


def read_shuffle(values: np.ndarray) -> tuple[np.ndarray, int]:
    """The generator's state (bytes) and the epochs to draw on from it, out of
    a checkpoint's values that end with `shuffle_values`."""
    part = values[-SHUFFLE_VALUES:]
    return part[:-1].astype(np.uint16).view(np.uint8), int(part[-1])


def parameter_count(config: TrainConfig) -> int:
    """Weights and biases of `config`'s network."""
    widths = (len(config.features), *config.hidden, 1)
    return sum(
        (inputs + 1) * units for inputs, units in zip(widths, widths[1:], strict=False)
    )


def state_size(config: TrainConfig) -> int:
    """Values in a checkpoint of `config`'s network: each parameter, and the
    optimizer's two slots for it, then a mini-batch run's shuffle."""
    shuffle = SHUFFLE_VALUES if config.batch_size else 0
    return 3 * parameter_count(config) + shuffle


def checkpoint_bytes(config: TrainConfig) -> int:
    """Memory one checkpoint of `config`'s network takes in a timeline."""
    return state_size(config) * np.dtype(STATE_DTYPE).itemsize + (
        CHECKPOINT_OVERHEAD_BYTES
    )
