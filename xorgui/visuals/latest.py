"""Latest wins: a view keeps only the newest snapshot and draws it on its own timer.

Snapshots can arrive faster than a view can draw; drawing each one would queue
work and lag behind training. The mailbox holds one pending snapshot, a newer
one replaces it, and `draw` runs at most once per interval, counted from the
previous draw: a snapshot after a quiet spell is drawn at once, and a stream
of them is drawn once an interval (not an interval after the next arrival,
which gave a 100 ms view six frames a second instead of ten).

A view whose draw takes more than VIEW_SHARE of its interval draws less
often: the GUI thread shares the cores (and the GIL) with training, and a
costly view (the hidden space on a data set's points) would otherwise take
as much as all the others together. Cheap views keep their pace. The time is
the clock's, not the CPU's: on a busy machine a draw takes longer, and the
views then leave training more room, as the worker's snapshots do.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from xorgui.core.snapshot import Snapshot

VIEW_SHARE = 0.025
"""The most of the GUI thread's time one view spends drawing: its frames are
spaced at least the time its draws take divided by this."""


class LatestSnapshot(QObject):
    """Holds the newest snapshot until the next frame, then hands it to `draw`."""

    def __init__(
        self, draw: Callable[[Snapshot], None], interval_ms: int, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._draw = draw
        self._pending: Snapshot | None = None
        self.draws = 0
        """Snapshots drawn so far: `bench --gui` counts a view's redraws."""
        self._interval = interval_ms / 1000
        self._cost = 0.0
        """Seconds a draw takes, from the last few."""
        self._last_draw = -self._interval
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def put(self, snapshot: Snapshot) -> None:
        """Keep `snapshot` for the next frame; a newer one replaces it."""
        self._pending = snapshot
        if not self._timer.isActive():
            wait = self._last_draw + self.spacing() - time.perf_counter()
            self._timer.start(max(round(wait * 1000), 0))

    def spacing(self) -> float:
        """Seconds from one draw to the next at the least: the interval, or
        longer for a costly draw (VIEW_SHARE)."""
        return max(self._interval, self._cost / VIEW_SHARE)

    @Slot()
    def flush(self) -> None:
        """Draw the pending snapshot now, if there is one."""
        self._timer.stop()
        snapshot, self._pending = self._pending, None
        if snapshot is not None:
            self._last_draw = started = time.perf_counter()
            self._draw(snapshot)
            if self.draws:  # not the first: it sets the view up
                cost = time.perf_counter() - started
                # Down at once, up halfway: one stall does not slow a view.
                self._cost = min(cost, (self._cost + cost) / 2)
            self.draws += 1
