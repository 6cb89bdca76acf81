"""A docked view's base: it keeps the latest snapshot and draws it on its own
timer (xorgui.visuals.latest), or at once when asked (`flush`)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from xorgui.core.snapshot import Snapshot
from xorgui.visuals.latest import LatestSnapshot


class SnapshotFed:
    """A mixin for a view widget that keeps a `LatestSnapshot` in `_latest`."""

    _latest: LatestSnapshot

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Keep `snapshot` for the next frame; a newer one replaces it."""
        self._latest.put(snapshot)

    def flush(self) -> None:
        """Draw the pending snapshot now, if there is one, and lay the widget
        out for it, so that `grab()` right after shows it (tests, exports)."""
        self._latest.flush()
        layout = self.layout() if isinstance(self, QWidget) else None
        if layout is not None:
            layout.activate()


class LatestView(SnapshotFed, QWidget):
    """A widget with `show_snapshot` and `flush`; subclasses draw in `_draw`."""

    def __init__(self, interval_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._latest = LatestSnapshot(self._draw, interval_ms, self)

    def _draw(self, snapshot: Snapshot) -> None:
        raise NotImplementedError
