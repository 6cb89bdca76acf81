"""Edit > Undo (Ctrl+Z): the run a changed setting replaced, back as it was.

Changing the gate or the network starts a new run at once, as a learner
expects; a run that had trained is not lost by it. The worker sends the old
run as it stood (its model, history and timeline) before it starts the new
one, the status bar says that Undo brings it back, and Undo loads it again
with its setting shown in the controls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from xorgui.core.session.file import SavedRun
    from xorgui.window.controls.panel import ControlsPanel
    from xorgui.window.run_model import RunModel
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.worker.training_worker import TrainingWorker


class RunUndo(QObject):
    """Keeps the last run a setting change replaced, and brings it back."""

    def __init__(
        self,
        model: RunModel,
        worker: TrainingWorker,
        controls: ControlsPanel,
        status: RunStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._worker = worker
        self._controls = controls
        self._status = status
        self._kept: SavedRun | None = None
        self.action = QAction(self.tr("&Undo the setting change"), parent)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.setStatusTip(
            self.tr("Bring back the run that the last setting change replaced.")
        )
        self.action.setEnabled(False)
        self.action.triggered.connect(self.undo)
        worker.run_kept.connect(self._on_kept)

    def keep_for_undo(self) -> None:
        """A setting change is about to replace the run: keep it when it had
        trained (the worker sends it before it starts the new run)."""
        if self._model.tip_epoch > 0:
            self._worker.keep_run()

    @Slot(object)
    def _on_kept(self, run: SavedRun) -> None:
        self._kept = run
        self.action.setEnabled(True)
        self._status.say(
            self.tr(
                "A new run with the changed setting; Edit > Undo (Ctrl+Z) brings "
                "back the run of epoch {epoch:,}."
            ).format(epoch=run.timeline.tip.epoch)
        )

    @Slot()
    def undo(self) -> None:
        """The kept run again, where it stood, with its setting in the controls."""
        run = self._kept
        if run is None:
            return
        self._kept = None
        self.action.setEnabled(False)
        self._controls.set_config(run.config)
        self._model.start_run(run.config)
        self._worker.load_session(run)
        self._status.say(
            self.tr("Brought back the run of epoch {epoch:,}.").format(
                epoch=run.timeline.tip.epoch
            )
        )
