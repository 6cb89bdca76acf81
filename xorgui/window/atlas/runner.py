"""The atlas's own thread: it trains the grid while the window stays live.

The atlas takes tens of seconds; the training worker keeps its thread for the
main window's run. This thread only calls `run_atlas` and sends what it
produces: an `AtlasGrid` (immutable) after every cell and an `AtlasOutcome` at
the end. Cancel sets an event that the sweep checks every chunk of epochs.
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QThread, Signal

from xorgui.core.atlas.grid import AtlasCancelled, AtlasOutcome, AtlasSpec
from xorgui.window.worker.jobs import sweep_threads


class AtlasRunner(QThread):
    """Runs one atlas at a time: `seeds_trained(float)` as it trains (every
    chunk of epochs), `grid_ready(AtlasGrid)` as cells finish, then
    `atlas_finished(AtlasOutcome)`."""

    seeds_trained = Signal(float)
    grid_ready = Signal(object)
    atlas_finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._spec: AtlasSpec | None = None

    def start_atlas(self, spec: AtlasSpec) -> None:
        """Train `spec` in this thread (one atlas at a time: ignored while busy)."""
        if self.isRunning():
            return
        self._spec = spec
        self._cancel.clear()
        self.start()

    def cancel(self) -> None:
        """Stop within a chunk of epochs; the outcome keeps the cells done."""
        self._cancel.set()

    def stop(self) -> None:
        """Cancel and wait for the thread to end (closing the window)."""
        self.cancel()
        self.wait()

    def run(self) -> None:
        import torch

        from xorgui.core.atlas.run import run_atlas

        assert self._spec is not None
        # Torch keeps a thread count per thread; the worker's training has one.
        torch.set_num_threads(sweep_threads())
        try:
            grid = run_atlas(
                self._spec,
                self.grid_ready.emit,
                self._cancel,
                working=self.seeds_trained.emit,
            )
            outcome = AtlasOutcome(grid)
        except AtlasCancelled as stopped:
            outcome = AtlasOutcome(stopped.grid, cancelled=True)
        except Exception as exc:  # reported in the atlas's window
            traceback.print_exc()
            outcome = AtlasOutcome(None, error=f"{type(exc).__name__}: {exc}")
        self.atlas_finished.emit(outcome)
