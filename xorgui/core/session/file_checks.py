"""The checks a session file's numbers must pass before any of them is used.

A file that passes can be restored without an error in the training thread:
every array has the shape and type the run's network needs, the checkpoints
and segments line up, and the loss history fits the run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.limits import MAX_RUN_EPOCHS, MIN_THINNED_CHECKPOINTS
from xorgui.core.refusal import Refusal
from xorgui.core.session.timeline import DEFAULT_SPACING, Segment
from xorgui.core.snapshot import Surface
from xorgui.core.training.checkpoint import STATE_DTYPE, Checkpoint, state_size
from xorgui.core.training.history import DEFAULT_CAPACITY

CheckpointArrays = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, Checkpoint]


def require(condition: bool, part: str, **values: object) -> None:
    """Unless `condition`, a Refusal whose code is `part`, the phrase (a
    `refusal.PHRASES` code) that says what of the file is damaged."""
    if not condition:
        raise Refusal(part, **values)


def _integers(array: np.ndarray, length: int | None = None) -> bool:
    return (
        array.ndim == 1
        and np.issubdtype(array.dtype, np.integer)
        and (length is None or len(array) == length)
    )


def _ascending(array: np.ndarray) -> bool:
    return bool(np.all(np.diff(array) > 0))


def same_network(config: TrainConfig, other: TrainConfig) -> bool:
    """The two differ at most in what a run may change on the way."""
    return other.with_changes(lr=config.lr, epochs=config.epochs) == config


def check_run_arrays(
    config: TrainConfig,
    segments: Sequence[Segment],
    tip: Mapping[str, Any],
    arrays: Mapping[str, np.ndarray],
    spacing: int,
) -> tuple[CheckpointArrays, tuple[np.ndarray, np.ndarray]]:
    """The checkpoints (epochs, steps, solved, values, tip) and the loss
    history (epochs, losses) of a saved run, checked against `config`: the
    latest epoch lies at most one checkpoint `spacing` past the last
    checkpoint, and the spacing is one the timeline keeps (it doubles only
    when its checkpoints fill their memory, so they stay many): a replay from
    a checkpoint is never longer than a real run's."""
    width = state_size(config)
    epochs, steps = arrays["checkpoint_epochs"], arrays["checkpoint_steps"]
    solved, values = arrays["checkpoint_solved"], arrays["checkpoint_values"]
    count = len(epochs)
    require(
        _integers(epochs) and count >= 1 and int(epochs[0]) == 0 and _ascending(epochs),
        "part_checkpoints_order",
    )
    require(
        _integers(steps, count) and _integers(solved, count),
        "part_checkpoints_incomplete",
    )
    require(
        values.dtype == STATE_DTYPE and values.shape == (count, width),
        "part_checkpoints_network",
        shape=config.architecture,
    )
    require(bool(np.all(np.isfinite(values))), "part_not_numbers")
    require(bool(np.all((solved >= -1) & (solved <= epochs))), "part_solved")
    starts = [segment.start for segment in segments]
    require(
        bool(starts) and starts[0] == 0 and _ascending(np.array(starts)),
        "part_segments",
    )
    require(set(starts) <= set(epochs.tolist()), "part_segments")
    require(
        all(same_network(config, segment.config) for segment in segments),
        "part_segments",
    )
    tip_values = arrays["tip_values"]
    tip_epoch, tip_step, tip_solved = tip["epoch"], tip["step"], tip["solved_since"]
    require(
        all(isinstance(v, int) for v in (tip_epoch, tip_step, tip_solved))
        and int(epochs[-1]) <= tip_epoch <= int(epochs[-1]) + spacing
        and tip_epoch <= MAX_RUN_EPOCHS
        and spacing <= max(DEFAULT_SPACING, tip_epoch // MIN_THINNED_CHECKPOINTS)
        and spacing * (count + 1) >= tip_epoch
        and tip_step >= 0
        and -1 <= tip_solved <= tip_epoch,
        "part_tip",
    )
    require(
        tip_values.dtype == STATE_DTYPE
        and tip_values.shape == (width,)
        and bool(np.all(np.isfinite(tip_values))),
        "part_tip_model",
    )
    latest = Checkpoint(tip_epoch, tip_step, tip_solved, tip_values)
    history_epochs, losses = arrays["history_epochs"], arrays["history_losses"]
    require(
        _integers(history_epochs)
        and losses.shape == history_epochs.shape
        and np.issubdtype(losses.dtype, np.floating)
        and len(history_epochs) <= DEFAULT_CAPACITY
        and _ascending(history_epochs)
        and (
            len(history_epochs) == 0
            or (history_epochs[0] >= 0 and history_epochs[-1] < tip_epoch)
        ),
        "part_history",
    )
    require(bool(np.all(np.isfinite(losses))), "part_history_values")
    return (epochs, steps, solved, values, latest), (
        history_epochs.astype(np.int64),
        losses.astype(np.float64),
    )


def check_test_losses(losses: np.ndarray, history_epochs: np.ndarray) -> np.ndarray:
    """The test points' losses of a saved run, one per epoch of its history
    (`history_epochs`, checked), as numbers."""
    require(
        losses.shape == history_epochs.shape
        and np.issubdtype(losses.dtype, np.floating),
        "part_history",
    )
    require(bool(np.all(np.isfinite(losses))), "part_history_values")
    return losses.astype(np.float64)


def pinned_surface(axis: np.ndarray, values: np.ndarray) -> Surface:
    """A pinned run's surface, checked."""
    require(
        axis.ndim == 1
        and len(axis) >= 2
        and np.issubdtype(axis.dtype, np.floating)
        and np.issubdtype(values.dtype, np.floating)
        and values.shape == (len(axis), len(axis)),
        "part_pinned",
    )
    return Surface(axis, values)
