"""Latest wins: a view keeps only the newest snapshot and draws it on its own timer.

Snapshots can arrive faster than a view can draw; drawing each one would queue
work and lag behind training. The mailbox holds one pending snapshot, a newer
one replaces it, and `draw` runs at most once per interval, counted from the
previous draw: a snapshot after a quiet spell is drawn at once, and a stream
of them is drawn once an interval (not an interval after the next arrival,
which gave a 100 ms view six frames a second instead of ten).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from xorgui.core.snapshot import Snapshot


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
        self._last_draw = -self._interval
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def put(self, snapshot: Snapshot) -> None:
        """Keep `snapshot` for the next frame; a newer one replaces it."""
        self._pending = snapshot
        if not self._timer.isActive():
            wait = self._last_draw + self._interval - time.perf_counter()
            self._timer.start(max(round(wait * 1000), 0))

    @Slot()
    def flush(self) -> None:
        """Draw the pending snapshot now, if there is one."""
        self._timer.stop()
        snapshot, self._pending = self._pending, None
        if snapshot is not None:
            self._last_draw = time.perf_counter()
            self._draw(snapshot)
            self.draws += 1
