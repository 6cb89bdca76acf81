"""A one-line progress bar for the headless commands.

It draws only when its stream is a terminal, so piped or logged output stays
clean, and redraws at most ten times a second, so drawing never slows training.
"""

from __future__ import annotations

import math
import os
import shutil
import sys
import time
from types import TracebackType
from typing import TextIO

REDRAW_SECONDS = 0.1
_MIN_BAR = 10


class ProgressBar:
    """`done/total` epochs (or another `unit`) with a bar, a rate and the time
    left, redrawn in place.

    `rate_scale` turns epochs into the unit of the rate: a sweep of S seeds
    shows S model-epochs per epoch.
    """

    def __init__(
        self,
        total: int,
        rate_unit: str = "epochs",
        rate_scale: int = 1,
        stream: TextIO | None = None,
        unit: str = "epochs",
    ) -> None:
        self.total = total
        self.unit = unit
        self.rate_unit = rate_unit
        self.rate_scale = rate_scale
        self.stream = sys.stderr if stream is None else stream
        self.enabled = is_terminal(self.stream)
        self._start = time.perf_counter()
        self._last_draw = -math.inf
        self._drawn = False

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def update(self, done: int) -> None:
        """Show that `done` of `total` epochs are finished (throttled)."""
        if not self.enabled:
            return
        now = time.perf_counter()
        if done < self.total and now - self._last_draw < REDRAW_SECONDS:
            return
        self._last_draw = now
        width = terminal_width(self.stream) - 1
        self.stream.write("\r" + self.line(done, now - self._start, width) + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Erase the bar, so whatever is printed next starts on a clean line."""
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False

    def line(self, done: int, elapsed: float, width: int) -> str:
        """The text of the bar, at most `width` characters (the bar shrinks first)."""
        fraction = done / self.total if self.total else 1.0
        rate = done * self.rate_scale / elapsed if elapsed > 0 else 0.0
        left = (self.total - done) * elapsed / done if done else math.inf
        text = (
            f" {fraction:4.0%} {done}/{self.total} {self.unit}"
            f"  {compact(rate)} {self.rate_unit}/s  {duration(left)} left"
        )
        room = width - len(text) - 2
        if room < _MIN_BAR:
            return text[:width]
        filled = round(room * fraction)
        return "[" + "#" * filled + "." * (room - filled) + "]" + text


def is_terminal(stream: TextIO) -> bool:
    """Whether `stream` is an interactive terminal (False if closed or fake)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def terminal_width(stream: TextIO) -> int:
    """Columns of the terminal `stream` draws on (80 if it cannot tell)."""
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        columns = 0
    return columns or shutil.get_terminal_size().columns


def compact(value: float) -> str:
    """A rate in three significant figures with k/M/G, e.g. 13.2k or 1.63M."""
    for factor, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if value >= factor * 0.9995:  # what rounds to 1000k is shown as 1M
            return f"{value / factor:.3g}{suffix}"
    return f"{value:.3g}"


def duration(seconds: float) -> str:
    """A time left such as 42s, 3m05s or 2h10m; "?" until it can be estimated."""
    if not math.isfinite(seconds):
        return "?"
    whole = round(seconds)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"
