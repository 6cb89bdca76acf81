"""What crosses from the training thread to the views: immutable pictures.

Torch-free, so the views can import it without loading torch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.data.sets import DataSet, data_set, is_right
from xorgui.core.hand_edit.edits import Edit
from xorgui.core.network import Layer


@dataclass(frozen=True, slots=True)
class Divergence:
    """Training hit a non-finite loss; the model shown is the last finite one."""

    epoch: int
    value: float

    @property
    def message(self) -> str:
        kind = "NaN" if math.isnan(self.value) else "inf"
        return (
            f"diverged at epoch {self.epoch} (loss became {kind}) - "
            "try a smaller learning rate"
        )


@dataclass(frozen=True, slots=True)
class Surface:
    """The model's output on a grid over [0, 1]²: `values[i, j]` is the output at
    (x1, x2) = (axis[i], axis[j]).

    The axis travels with the values, so a view places them where they were
    evaluated instead of working the positions out again from the array's shape.
    """

    axis: np.ndarray
    values: np.ndarray
    unit: tuple[int, int] | None = None
    """(layer, unit) when the values are that hidden unit's activation (the
    3-D view focused on a unit), not the network's output."""

    def __post_init__(self) -> None:
        points = len(self.axis)
        if self.values.shape != (points, points):
            raise ValueError(
                f"a surface over a {points}-point axis needs {points} x {points}"
                f" values, got {self.values.shape}"
            )

    @property
    def size(self) -> int:
        """How many points the grid has along each axis."""
        return len(self.axis)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """An immutable picture of the trainer, safe to hand to another thread."""

    config: TrainConfig
    epoch: int
    loss: float
    predictions: np.ndarray  # the output at every point of the data set
    targets: np.ndarray
    history_epochs: np.ndarray
    history_losses: np.ndarray
    surface: Surface | None
    divergence: Divergence | None
    # From which epoch every training point has stayed right (`Trainer.solved_epoch`).
    solved_epoch: int | None
    # The model's Linear layers, input to output (copies: small, always sent).
    layers: tuple[Layer, ...] = ()
    # Weights and biases set by hand during the run, in order (`Trainer.edits`).
    edits: tuple[Edit, ...] = ()
    # The newest epoch the run has reached. On a look back (the timeline shows
    # an earlier model) everything else describes the model after `epoch`
    # epochs, but the history is the whole run's.
    tip_epoch: int = field(kw_only=True)
    # The loss on the held-out test points (None without any), now and at
    # each of `history_epochs`.
    test_loss: float | None = field(default=None, kw_only=True)
    history_test_losses: np.ndarray | None = field(default=None, kw_only=True)

    @property
    def solved(self) -> bool:
        """Every training point is right from some epoch up to the current model."""
        return self.solved_epoch is not None

    @property
    def looking_back(self) -> bool:
        """The model shown is an earlier epoch's, not the run's newest."""
        return self.epoch < self.tip_epoch

    @property
    def accuracy(self) -> float:
        """The share of training points the model gets right (0 to 1)."""
        data = data_set(self.config)
        return float(self._right(data)[~data.test].mean())

    @property
    def test_accuracy(self) -> float | None:
        """The share of test points the model gets right; None without any."""
        data = data_set(self.config)
        return float(self._right(data)[data.test].mean()) if data.test.any() else None

    def _right(self, data: DataSet) -> np.ndarray:
        """Per point (training and test, in the data set's order): right or not."""
        return is_right(self.predictions, data.targets.reshape(-1), data.regression)

    @property
    def finished(self) -> bool:
        return self.epoch >= self.config.epochs or self.divergence is not None
