"""What the network's views share: fed latest-wins, and able to refuse edits.

The diagram and the weights table each keep a `LatestSnapshot` (`_latest`)
and draw from it; the window tells them when the network cannot be edited by
hand and why, which they say when a person tries.
"""

from __future__ import annotations

from xorgui.core.snapshot import Snapshot
from xorgui.visuals.latest import LatestSnapshot


class LiveView:
    """A mixin for a view widget that sets `_latest` in its __init__."""

    _latest: LatestSnapshot
    edit_block: str | None = None
    """Why the network cannot be edited now (None: it can)."""

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Keep `snapshot` to draw on the next frame; a newer one replaces it."""
        self._latest.put(snapshot)

    def flush(self) -> None:
        """Draw the pending snapshot now (for a test or an export)."""
        self._latest.flush()

    def set_edit_block(self, reason: str | None) -> None:
        """Refuse edits with `reason` from now on (None: allow them)."""
        self.edit_block = reason
        self._edit_block_changed()

    def _edit_block_changed(self) -> None:
        """Follow a new `edit_block` (close an open editor, ...)."""
