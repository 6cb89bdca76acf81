"""Loss history with bounded memory, however long training runs."""

from __future__ import annotations

import numpy as np

DEFAULT_CAPACITY = 1 << 18


class LossHistory:
    """Keeps the loss of every `log_every`-th epoch, thinning evenly when full.

    Until `capacity` points are held, every epoch with ``epoch % log_every == 0``
    is kept. Past that the stride doubles and every other point is dropped, so
    the history always spans the whole run with at most `capacity` points
    (a few MiB), even after millions of epochs. A run with test points keeps
    their loss too, at the same epochs.
    """

    def __init__(self, log_every: int = 1, capacity: int = DEFAULT_CAPACITY) -> None:
        if log_every < 1 or capacity < 2:
            raise ValueError("log_every must be >= 1 and capacity >= 2")
        self.log_every = log_every
        self.capacity = capacity
        self.stride = log_every
        self._epochs = np.empty(capacity, dtype=np.int64)
        self._losses = np.empty(capacity, dtype=np.float64)
        self._test_losses = np.empty(capacity, dtype=np.float64)
        self._testing: bool | None = None  # known from the first record or load
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def clear(self) -> None:
        self.stride = self.log_every
        self._size = 0
        self._testing = None

    def record(
        self,
        first_epoch: int,
        losses: np.ndarray,
        test_losses: np.ndarray | None = None,
    ) -> None:
        """Add the losses of epochs first_epoch, first_epoch + 1, ..., and
        the test points' at the same epochs for a run that has them."""
        if test_losses is not None and len(test_losses) != len(losses):
            raise ValueError("test losses must match the losses epoch for epoch")
        self._note_testing(test_losses is not None)
        offset = (-first_epoch) % self.stride
        picked = losses[offset :: self.stride]
        tested = (
            np.full(len(picked), np.nan)
            if test_losses is None
            else test_losses[offset :: self.stride]
        )
        epochs = (
            first_epoch + offset + self.stride * np.arange(len(picked), dtype=np.int64)
        )
        while self._size + len(picked) > self.capacity:
            self._thin()
            keep = epochs % self.stride == 0
            epochs, picked, tested = epochs[keep], picked[keep], tested[keep]
        end = self._size + len(picked)
        self._epochs[self._size : end] = epochs
        self._losses[self._size : end] = picked
        self._test_losses[self._size : end] = tested
        self._size = end

    def _note_testing(self, testing: bool) -> None:
        """A run with test points holds their losses from its first record on;
        points held before without them (a history loaded from a file that
        had none) get NaN, "not known"."""
        if testing and not self._testing:
            self._test_losses[: self._size] = np.nan
            self._testing = True
        elif self._testing is None:
            self._testing = testing

    def truncate(self, epoch: int) -> None:
        """Forget every loss from `epoch` on (training goes on from there)."""
        self._size = int(np.searchsorted(self._epochs[: self._size], epoch))

    def load(
        self,
        epochs: np.ndarray,
        losses: np.ndarray,
        stride: int,
        test_losses: np.ndarray | None = None,
    ) -> None:
        """Hold exactly these points, kept at `stride` (as a saved session had
        them), with the test losses at the same epochs for a run that has
        them; ValueError if they are not what this history could hold."""
        epochs = np.asarray(epochs, dtype=np.int64)
        if (
            epochs.shape != np.shape(losses)
            or (test_losses is not None and epochs.shape != np.shape(test_losses))
            or epochs.ndim != 1
            or len(epochs) > self.capacity
            or stride < self.log_every
            or stride % self.log_every
            or np.any(epochs % stride)
            or np.any(np.diff(epochs) <= 0)
        ):
            raise ValueError("the loss history is not one this history can hold")
        self.stride = stride
        self._size = len(epochs)
        self._testing = test_losses is not None
        self._epochs[: self._size] = epochs
        self._losses[: self._size] = losses
        if test_losses is not None:
            self._test_losses[: self._size] = test_losses

    def _thin(self) -> None:
        self.stride *= 2
        held = self._epochs[: self._size]
        keep = np.flatnonzero(held % self.stride == 0)
        self._epochs[: len(keep)] = held[keep]
        self._losses[: len(keep)] = self._losses[keep]
        self._test_losses[: len(keep)] = self._test_losses[keep]
        self._size = len(keep)

    @property
    def epochs(self) -> np.ndarray:
        """Epochs held (a read-only view)."""
        view = self._epochs[: self._size]
        view.flags.writeable = False
        return view

    @property
    def losses(self) -> np.ndarray:
        """Losses held, matching `epochs` (a read-only view)."""
        view = self._losses[: self._size]
        view.flags.writeable = False
        return view

    @property
    def test_losses(self) -> np.ndarray | None:
        """The test points' losses, matching `epochs` (a read-only view);
        None for a run without test points."""
        if not self._testing:
            return None
        view = self._test_losses[: self._size]
        view.flags.writeable = False
        return view

    def last(self) -> tuple[int, float] | None:
        """The latest (epoch, loss) held, if any."""
        if not self._size:
            return None
        return int(self._epochs[self._size - 1]), float(self._losses[self._size - 1])

    def downsampled(
        self, max_points: int
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """Copies of at most about `max_points` epochs for plotting, with their
        losses and test losses (None without test points): per bucket the
        first epoch and those of each curve's extremes, so spikes survive, and
        always the last (a test curve adds up to twice the points)."""
        size = self._size
        curves = [self._losses[:size]]
        if self._testing:
            curves.append(self._test_losses[:size])
        if size <= max_points:
            picked = np.arange(size)
        else:
            width = -(-3 * size // max_points)  # points per bucket, rounded up
            whole = size - size % width
            starts = np.arange(0, whole, width)
            parts: list[np.ndarray] = [starts, np.array([size - 1])]
            for losses in curves:
                buckets = losses[:whole].reshape(-1, width)
                parts += [
                    starts + buckets.argmin(axis=1),
                    starts + buckets.argmax(axis=1),
                ]
                if whole < size:  # the last, partial bucket
                    tail = losses[whole:]
                    ends = [whole, whole + tail.argmin(), whole + tail.argmax()]
                    parts.append(np.array(ends))
            picked = np.unique(np.concatenate(parts))
        tested = curves[1][picked] if self._testing else None
        return self._epochs[picked], curves[0][picked], tested
