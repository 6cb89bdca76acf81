"""How the training worker times its chunks of epochs: their size, the speed
limit, and the measured rate. Plain arithmetic on clock readings the worker
passes in, so the worker's loop keeps one clock."""

from __future__ import annotations

CHUNK_SECONDS = 0.04
"""How long one chunk of epochs should take: long enough that the per-call cost
is small (between chunks the worker runs Python, and waits for the GIL behind
the drawing each time it leaves it), short enough that a pause lands within a
few tens of milliseconds."""
STEP_CHUNKS = 5
"""A step command trains this many chunks at once (still well under 100 ms), so
a step of a few hundred epochs ends in one go, without a "running" flash."""
FIRST_CHUNK = 16
MAX_CHUNK = 8192
RATE_INTERVAL = 0.5
"""Seconds between two measurements of the training rate."""


class Pacing:
    """The size of the next chunk, and the speed limit a run is held to."""

    def __init__(self) -> None:
        self.chunk = FIRST_CHUNK
        self.epochs_per_second: float | None = None
        self.started = 0.0
        """When the speed limit began counting (Play, or a new speed)."""
        self.paced = 0
        """Epochs trained under the speed limit since `started`."""

    def restart(self, now: float) -> None:
        self.started = now
        self.paced = 0

    def run_count(self, epochs_left: int, now: float) -> int:
        """Epochs the next chunk of a run trains: a chunk's worth, at most
        `epochs_left`, none ahead of the speed limit (0: wait `seconds_ahead`).
        The first epoch is due at once."""
        count = min(self.chunk, epochs_left)
        if self.epochs_per_second is None:
            return count
        due = int((now - self.started) * self.epochs_per_second) + 1 - self.paced
        return max(min(count, due), 0)

    def seconds_ahead(self, now: float) -> float:
        """How long until the speed limit lets the next epoch go."""
        assert self.epochs_per_second is not None
        return self.paced / self.epochs_per_second - (now - self.started)

    def step_count(self, steps_left: int) -> int:
        """Epochs the next chunk of a step trains: several chunks' worth at once."""
        return min(steps_left, self.chunk * STEP_CHUNKS)

    def adapt(self, count: int, seconds: float) -> None:
        """Size the next chunk to take about CHUNK_SECONDS, as `count` epochs
        took `seconds`; smoothed, so one stall does not shrink it to nothing."""
        ideal = count * CHUNK_SECONDS / max(seconds, 1e-6)
        self.chunk = max(1, min(MAX_CHUNK, int(0.5 * self.chunk + 0.5 * ideal)))


class RateMeter:
    """Epochs a second, measured over RATE_INTERVAL."""

    def __init__(self) -> None:
        self._start = 0.0
        self._epoch = 0

    def restart(self, now: float, epoch: int) -> None:
        self._start = now
        self._epoch = epoch

    def measure(self, now: float, epoch: int) -> float | None:
        """The rate since the last measurement, once RATE_INTERVAL has passed
        (then counting starts again); None before."""
        if now - self._start < RATE_INTERVAL:
            return None
        rate = (epoch - self._epoch) / (now - self._start)
        self.restart(now, epoch)
        return rate
