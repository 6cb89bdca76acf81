"""A finished run kept for comparison: its setup, loss curve and final surface."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.snapshot import Surface

MAX_PINNED = 5
"""How many runs can be pinned at once."""


@dataclass(frozen=True, slots=True)
class PinnedRun:
    """What a comparison shows of a run: `label` names it in the legend."""

    label: str
    config: TrainConfig
    epoch: int
    history_epochs: np.ndarray
    history_losses: np.ndarray
    surface: Surface | None
    loss: float | None = None
    """The loss of the model pinned (the status bar's); None: the curve's last."""

    @property
    def final_loss(self) -> float:
        """The loss of the model pinned, as the status bar showed it."""
        if self.loss is not None:
            return self.loss
        losses = np.asarray(self.history_losses)
        return float(losses[-1]) if losses.size else float("nan")
