"""How the training worker times its chunks of epochs: their size, the speed
limit, the measured rate, and how often a run at full speed is shown. Plain
arithmetic on clock readings the worker passes in, so the worker's loop keeps
one clock."""

from __future__ import annotations

import math

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
DRAWING_SHARE = 0.2
"""The CPU time the rest of the process (the window drawing the snapshots it
is sent) may take for each second of it that training takes, while training
runs flat out and short of a core. On a busy machine the window and training
share the same few cores, so drawing's time is training's loss: with 0.2,
training keeps about 1 / 1.2 of its headless speed."""
OWN_CORE = 0.9
"""Training that gets this much of a core's time (of the clock's) is not
short of one: drawing then runs on a core to spare, and nothing is held back."""
SLOWEST_SNAPSHOT_RATE = 3.0
"""However costly drawing is, a run at full speed is shown this often."""


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


class DrawingBudget:
    """The seconds between two snapshots of a run at full speed: as short as
    `fastest` allows while drawing them stays within DRAWING_SHARE of
    training's CPU time, measured each RATE_INTERVAL.

    The readings: `own` the training thread's CPU seconds, `process` the
    whole process's (the window's threads and OpenGL's among them), `now`
    the clock's. Training with a core of its own, or a run that waits for
    its speed limit, leaves drawing all the time it wants: then the run is
    shown at the fastest rate.
    """

    def __init__(self, fastest: float) -> None:
        self._shortest = 1.0 / fastest
        self._longest = 1.0 / SLOWEST_SNAPSHOT_RATE
        self.interval = self._shortest
        self._own = self._process = self._now = 0.0
        self._waited = True

    def restart(self, own: float, process: float, now: float) -> None:
        """Count from these readings (Play, a step: the window was idle)."""
        self._own, self._process, self._now = own, process, now
        self._waited = False

    def waited(self) -> None:
        """The run waited for its speed limit: training wants no more time."""
        self._waited = True
        self.interval = self._shortest

    def measure(self, own: float, process: float, now: float) -> None:
        """Fit the interval to the time spent since the last readings: the
        window's share grows with the snapshots it is sent, so the interval
        moves by the ratio of its share to DRAWING_SHARE (halfway, smoothed)."""
        if not self._waited:
            trained = max(own - self._own, 1e-6)
            if trained >= OWN_CORE * (now - self._now):
                wanted = self._shortest
            else:
                drawn = max(process - self._process - (own - self._own), 0.0)
                wanted = self.interval * drawn / (DRAWING_SHARE * trained)
            self.interval = min(
                max(math.sqrt(self.interval * wanted), self._shortest),
                self._longest,
            )
        self.restart(own, process, now)
