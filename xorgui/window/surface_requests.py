"""Flow control for the output surface, the costly part of a snapshot.

Flow control beats throttling: the worker evaluates a surface only for a
snapshot that will be drawn, so surfaces go out as fast as the 3-D view draws
them, not as fast as snapshots do.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from xorgui.core.snapshot import Snapshot, Surface


class SurfaceRequests:
    """The one owner of asking for a surface and acknowledging a drawn one.

    A surface is wanted at the start and again each time the view has drawn the
    last one (`request`, GUI thread). The worker takes the wish as it builds a
    snapshot (`take`, worker thread); a snapshot forced by a command carries a
    surface anyway. A snapshot sent without one gets the last surface sent
    (`carry_latest`, GUI thread), so the window always holds the surface its
    view shows.

    Not a QObject: a signal connected to `request` calls it at once in the GUI
    thread. A queued call to the worker would never run, as its thread runs its
    own loop, not Qt's.
    """

    def __init__(self) -> None:
        self._wanted = threading.Event()
        self._wanted.set()
        self._latest: Surface | None = None

    def request(self) -> None:
        """The view has drawn the last surface: the next snapshot carries one."""
        self._wanted.set()

    def take(self, force: bool = False) -> bool:
        """Whether the snapshot being built carries a surface (always if
        `force`); a wish it answers is used up."""
        if force or self._wanted.is_set():
            self._wanted.clear()
            return True
        return False

    def carry_latest(self, snapshot: Snapshot) -> Snapshot:
        """`snapshot` with the last surface sent when it came without one."""
        if snapshot.surface is not None:
            self._latest = snapshot.surface
            return snapshot
        if self._latest is None:
            return snapshot
        return replace(snapshot, surface=self._latest)
