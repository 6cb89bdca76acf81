"""Which epochs an animation of a run shows: evenly in epochs, or where the
loss moves.

Evenly in epochs, the article's run spends most of its frames on the long
plateau and a handful on the drop near epoch 12,000. Spaced by loss, half of
the frames still go evenly over the epochs (the plateau shows) and half where
the loss changes (the drop and the first descent get many).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np

DEFAULT_FRAMES = 120
DEFAULT_FPS = 20
MIN_FRAMES, MAX_FRAMES = 2, 1000
MIN_FPS, MAX_FPS = 1, 60


class Spacing(StrEnum):
    """How frames are spread over a run."""

    EPOCHS = "epochs"
    LOSS = "loss"


@dataclass(frozen=True, slots=True)
class AnimationOptions:
    """What an animation shows and how: frame count and rate, their spacing,
    the frame size in pixels (width, height; even, as MP4 needs) and whether
    the loss plot stands beside the surface."""

    frames: int = DEFAULT_FRAMES
    fps: int = DEFAULT_FPS
    spacing: Spacing = Spacing.LOSS
    size: tuple[int, int] = (800, 600)
    loss_plot: bool = True


@dataclass(frozen=True, slots=True)
class RunCurve:
    """The whole run's loss curve and last epoch: what the frames are spaced
    along, and what the animation's loss plot shows from the first frame
    (with the test loss at the same epochs; None without test points)."""

    epochs: np.ndarray
    losses: np.ndarray
    last_epoch: int
    test_losses: np.ndarray | None = None

    @property
    def every_loss(self) -> np.ndarray:
        """Training and test losses together: what the plot's range covers."""
        if self.test_losses is None:
            return np.asarray(self.losses)
        return np.concatenate([self.losses, self.test_losses])


def frame_epochs(
    curve_epochs: np.ndarray,
    curve_losses: np.ndarray,
    last_epoch: int,
    frames: int,
    spacing: Spacing,
) -> list[int]:
    """`frames` distinct epochs from 0 to `last_epoch`, both included (fewer when
    the run has fewer epochs), spread as `spacing` says over the loss curve
    (`curve_epochs`, `curve_losses`: the run's history, thinned or not)."""
    if frames < 1:
        raise ValueError(f"an animation needs at least one frame, got {frames}")
    count = min(frames, last_epoch + 1)
    if count == 1:
        return [last_epoch]
    targets = np.linspace(0.0, 1.0, count)
    measure = _loss_measure(curve_epochs, curve_losses, last_epoch)
    if spacing is Spacing.EPOCHS or measure is None:
        chosen = targets * last_epoch
    else:
        epochs, share = measure
        chosen = np.interp(targets, share, epochs)
    return _distinct(np.rint(chosen).astype(np.int64), last_epoch)


def _loss_measure(
    curve_epochs: np.ndarray, curve_losses: np.ndarray, last_epoch: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """Epochs of the curve, and how far along the animation each one falls:
    half its share of the epochs, half its share of the loss's whole travel.
    None when the loss does not move (then only the epochs count)."""
    epochs = np.asarray(curve_epochs, dtype=np.float64)
    losses = np.asarray(curve_losses, dtype=np.float64)
    keep = np.isfinite(losses) & (epochs >= 0) & (epochs <= last_epoch)
    epochs, losses = epochs[keep], losses[keep]
    if epochs.size < 2:
        return None
    order = np.argsort(epochs, kind="stable")
    epochs, losses = epochs[order], losses[order]
    travel = np.concatenate([[0.0], np.cumsum(np.abs(np.diff(losses)))])
    if travel[-1] <= 0:
        return None
    if epochs[0] > 0:
        epochs = np.concatenate([[0.0], epochs])
        travel = np.concatenate([[0.0], travel])
    if epochs[-1] < last_epoch:
        epochs = np.append(epochs, last_epoch)
        travel = np.append(travel, travel[-1])
    share = (epochs / last_epoch + travel / travel[-1]) / 2
    return epochs, share


def _distinct(chosen: np.ndarray, last_epoch: int) -> list[int]:
    """Rounded epochs made strictly increasing within [0, last_epoch], moving
    as few as need be (there are never more than last_epoch + 1)."""
    values = np.clip(chosen, 0, last_epoch)
    values[0], values[-1] = 0, last_epoch
    for index in range(1, len(values)):
        values[index] = max(values[index], values[index - 1] + 1)
    for index in range(len(values) - 2, -1, -1):
        values[index] = min(values[index], values[index + 1] - 1)
    return [int(value) for value in values]
