"""File > Export animation: the run replayed into a GIF, MP4 or WebP file.

The dialog asks for the file and the frames; then the export runs in small
steps on the GUI thread (a chunk of training or one frame each, tens of
milliseconds), with a progress dialog whose Cancel stops it and leaves no
file. The replay is a fresh run of the setup, exact for a run whose learning
rate was not changed on the way; the dialog says when it was.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog, QWidget

from xorgui.core.animation.epochs import AnimationOptions, RunCurve, frame_epochs
from xorgui.core.config import TrainConfig
from xorgui.core.export import export_name
from xorgui.core.files import ExportError
from xorgui.core.refusal import Refusal
from xorgui.dialogs.animation_dialog import AnimationDialog
from xorgui.visuals.animation_frame import AnimationRender, FrameComposer
from xorgui.visuals.refusal_words import words_text
from xorgui.window.menus import add_to_menu

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot
    from xorgui.visuals.loss.plot import LossPlot
    from xorgui.window.file_actions import FileActions
    from xorgui.window.run_model import RunModel
    from xorgui.window.settings import Settings
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.surface_pane import SurfacePane
    from xorgui.window.worker.training_worker import TrainingWorker


class AnimationExport(QObject):
    """The Export animation command, and the export it runs."""

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        model: RunModel,
        worker: TrainingWorker,
        files: FileActions,
        surface_pane: SurfacePane,
        loss_plot: LossPlot,
        status: RunStatusBar,
        file_menu: QMenu,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._model = model
        self._surface_pane = surface_pane
        self._loss_plot = loss_plot
        self._status = status
        self._options = AnimationOptions()
        self._run_start: TrainConfig | None = None
        self._last_epoch = 0
        self._render: AnimationRender | None = None
        self._progress: QProgressDialog | None = None
        self._path = ""
        self._started = 0.0
        self.action = QAction(self.tr("Export &animation..."), window)
        self.action.setToolTip(
            self.tr(
                "Write the training so far as a GIF, MP4 or WebP: the surface "
                "(and the loss plot) from epoch 0 to now, with the epoch and loss "
                "in every frame."
            )
        )
        self.action.setStatusTip(self.action.toolTip())
        self.action.triggered.connect(self.ask)
        [*_, last_file_action] = files.actions()
        add_to_menu(file_menu, [self.action], after=last_file_action)
        worker.snapshot_ready.connect(self._follow)

    @property
    def running(self) -> bool:
        return self._render is not None

    @Slot(object)
    def _follow(self, snapshot: Snapshot) -> None:
        """Note the setup each run started with, to tell a learning rate
        changed on the way (the replay cannot repeat that)."""
        config, start = snapshot.config, self._run_start
        new_run = (
            start is None
            or snapshot.epoch == 0
            or snapshot.epoch < self._last_epoch
            or start.with_changes(lr=config.lr, epochs=config.epochs) != config
        )
        if new_run:
            self._run_start = config
        self._last_epoch = snapshot.epoch

    def mid_run_note(self) -> str | None:
        """What the replay cannot repeat of the current run, or None."""
        snapshot, start = self._model.snapshot, self._run_start
        if snapshot is None or start is None or start.lr == snapshot.config.lr:
            return None
        return self.tr(
            "The learning rate was changed during this run (from {old:g} to "
            "{new:g}). The animation trains the run again with {new:g} from "
            "epoch 0, so it can differ from what you watched."
        ).format(old=start.lr, new=snapshot.config.lr)

    @Slot()
    def ask(self) -> None:
        """Ask for the file and the frames, then export."""
        snapshot = self._model.snapshot
        if snapshot is None or snapshot.epoch == 0:
            self._status.say(self.tr("Nothing to animate yet: train the run first."))
            return
        folder = self._settings.last_folder() or os.path.expanduser("~")
        name = export_name(snapshot.config, "training", "gif", epoch=snapshot.epoch)
        dialog = AnimationDialog(
            self._window,
            self._settings,
            os.path.join(folder, name),
            self._options,
            self.mid_run_note(),
        )
        if dialog.exec() == AnimationDialog.DialogCode.Accepted:
            self._options = dialog.options()
            self._settings.set_last_folder(os.path.dirname(dialog.path()))
            self.export(dialog.path(), self._options)

    def export(self, path: str, options: AnimationOptions) -> bool:
        """Start writing the current run to `path`; the steps follow on the
        event loop. False (with a message) when it cannot start."""
        from xorgui.core.animation.file import AnimationWriter
        from xorgui.core.animation.replay import replay

        snapshot = self._model.snapshot
        if snapshot is None or self.running:
            return False
        curve = RunCurve(
            snapshot.history_epochs,
            snapshot.history_losses,
            snapshot.epoch,
            snapshot.history_test_losses,
        )
        epochs = frame_epochs(
            curve.epochs,
            curve.losses,
            curve.last_epoch,
            options.frames,
            options.spacing,
        )
        view = self._surface_pane.view
        opengl = view is not None and view.uses_opengl
        try:
            writer = AnimationWriter(path, options.fps)
        except (Refusal, ExportError) as exc:
            self._failed(words_text(exc.words))
            return False
        composer = FrameComposer(
            options.size,
            curve=curve if options.loss_plot else None,
            opengl=opengl,
            camera=view.camera_state() if opengl and view is not None else None,
            log_scale=self._loss_plot.log_scale(),
        )
        self._render = AnimationRender(
            replay(snapshot.config, epochs), composer, writer
        )
        self._path = path
        self._started = time.perf_counter()
        self._progress = self._progress_dialog(len(epochs))
        QTimer.singleShot(0, self._step)
        return True

    def _progress_dialog(self, frames: int) -> QProgressDialog:
        progress = QProgressDialog(
            self.tr("Drawing the frames of {name}...").format(
                name=os.path.basename(self._path)
            ),
            self.tr("Cancel"),
            0,
            frames,
            self._window,
        )
        progress.setWindowTitle(self.tr("Export animation"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        progress.setValue(0)
        return progress

    @Slot()
    def _step(self) -> None:
        render = self._render
        if render is None:
            return
        try:
            going = render.step()
        except ExportError as exc:
            self._finish()
            self._failed(words_text(exc.words))
            return
        if self._progress is not None:
            self._progress.setValue(render.frames)
        if going:
            QTimer.singleShot(0, self._step)
            return
        self._finish()
        self._status.say(
            self.tr(
                "Saved the animation ({frames} frames, plays {seconds:.2f} s, made "
                "in {made:.1f} s) to {path}"
            ).format(
                frames=render.frames,
                seconds=render.play_seconds,
                made=time.perf_counter() - self._started,
                path=self._path,
            )
        )

    @Slot()
    def cancel(self) -> None:
        """Stop the export; no file is written."""
        if self._render is None:
            return
        self._render.abort()
        self._finish()
        self._status.say(self.tr("Cancelled the animation: no file was written."))

    def _finish(self) -> None:
        self._render = None
        progress, self._progress = self._progress, None
        if progress is not None:
            progress.canceled.disconnect(self.cancel)
            progress.close()
            progress.deleteLater()

    def _failed(self, message: str) -> None:
        QMessageBox.critical(
            self._window, self.tr("Could not export the animation"), message
        )
