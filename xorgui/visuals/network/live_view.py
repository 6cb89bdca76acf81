"""What the network's views share: fed latest-wins, and able to refuse edits.

The diagram and the weights table each keep a `LatestSnapshot` (`_latest`)
and draw from it; the window tells them when the network cannot be edited by
hand and why, which they say when a person tries.
"""

from __future__ import annotations

from xorgui.visuals.latest_view import SnapshotFed


class LiveView(SnapshotFed):
    """A mixin for a view widget that sets `_latest` in its __init__."""

    edit_block: str | None = None
    """Why the network cannot be edited now (None: it can)."""

    def set_edit_block(self, reason: str | None) -> None:
        """Refuse edits with `reason` from now on (None: allow them)."""
        self.edit_block = reason
        self._edit_block_changed()

    def _edit_block_changed(self) -> None:
        """Follow a new `edit_block` (close an open editor, ...)."""
