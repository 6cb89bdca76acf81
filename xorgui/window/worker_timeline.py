"""The training worker's timeline and session-file commands.

A part of `TrainingWorker` (it inherits them), kept apart because they are a
job of their own: showing an earlier epoch's model, training on from it, and
saving or opening a session. Like every command they only post to the
worker's queue from the GUI thread; the work happens in the worker's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from xorgui.core.job_results import ExportResult

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from xorgui.core.pinned import PinnedRun
    from xorgui.core.refusal import Words
    from xorgui.core.session import RunSession
    from xorgui.core.session_file import SavedRun
    from xorgui.window.surface_requests import SurfaceRequests


class TimelineCommands:
    """Look back, train on from an earlier epoch, save and open a session."""

    # Provided by TrainingWorker.
    _lock: threading.Lock
    _session: RunSession | None
    _grid: int
    surface_requests: SurfaceRequests
    snapshot_ready: SignalInstance
    session_saved: SignalInstance
    run_kept: SignalInstance
    _post: Callable[..., None]
    _emit: Callable[..., None]
    _publish: Callable[[], None]

    _epoch_wanted: int | None = None
    """The epoch the latest `show_epoch` asked for (guarded by `_lock`)."""
    _looking_at: int | None = None
    """The earlier epoch shown now (worker thread only); None: the latest.
    Every snapshot of the latest epoch (`_emit`) ends the look back."""

    # ------------------------------------------------------------ GUI-thread API

    def show_epoch(self, epoch: int) -> None:
        """Show the model after `epoch` epochs while the run is paused (the
        latest epoch: the run's own). Of many calls in a row, only the latest
        is shown: a dragged slider never queues up work."""
        with self._lock:
            self._epoch_wanted = epoch
        self._post(self._do_show_epoch)

    def train_from(self, epoch: int) -> None:
        """Drop the epochs after `epoch`; the run goes on from there."""
        self._post(self._do_train_from, epoch)

    def save_session(
        self, path: str, pinned: list[PinnedRun], layout: dict[str, bytes]
    ) -> None:
        """Write the run, `pinned` and `layout` as a session file to `path`;
        `session_saved(ExportResult)` tells how it went."""
        self._post(self._do_save_session, path, tuple(pinned), dict(layout))

    def keep_run(self) -> None:
        """Send the run as it stands (`run_kept(SavedRun)`), to bring it back
        with `load_session` after a new run replaced it (Edit > Undo)."""
        self._post(self._do_keep_run)

    def load_session(self, run: SavedRun) -> None:
        """Be the saved run (a checked session file's), where it stood."""
        self._post(self._do_load_session, run)

    # --------------------------------------------- commands, in the worker thread

    def _do_show_epoch(self) -> None:
        with self._lock:
            epoch, self._epoch_wanted = self._epoch_wanted, None
        session = self._session
        if epoch is None or session is None or session.training:
            return
        self._show_looked_back(epoch)

    def _show_looked_back(self, epoch: int) -> None:
        """Emit the model after `epoch` epochs, with the run's settings now."""
        assert self._session is not None
        self.surface_requests.take(force=True)
        self.snapshot_ready.emit(self._session.look_back(epoch, self._grid))
        earlier = epoch < self._session.trainer.epoch
        self._looking_at = epoch if earlier else None

    def _show_shown_epoch(self) -> None:
        """Show again the epoch on screen, earlier or latest: a setting
        changed while the learner looks back, and the look back stays."""
        if self._looking_at is None:
            self._emit(force=True)
        else:
            self._show_looked_back(self._looking_at)

    def _do_train_from(self, epoch: int) -> None:
        if self._session is not None:
            self._session.train_from(epoch)
            self._emit(force=True)
            self._publish()

    def _do_save_session(
        self, path: str, pinned: tuple[PinnedRun, ...], layout: dict[str, bytes]
    ) -> None:
        from xorgui.core.files import ExportError
        from xorgui.core.session_file import SessionData, save_session

        error: Words | None = None
        try:
            if self._session is None:
                raise ExportError("engine_not_started")
            save_session(path, SessionData(self._session.saved_run(), pinned, layout))
        except ExportError as exc:
            error = exc.words
        self.session_saved.emit(ExportResult("session", path, error))

    def _do_keep_run(self) -> None:
        if self._session is not None:
            self.run_kept.emit(self._session.saved_run())

    def _do_load_session(self, run: SavedRun) -> None:
        if self._session is not None:
            self._session.load_run(run)
            self._emit(force=True)
            self._publish()
