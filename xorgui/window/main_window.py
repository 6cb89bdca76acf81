"""The main window: controls on the left, the 3-D surface in the middle, the loss
curve and the truth table below it, the run toolbar on top, the state below.

Data flows one way: the controls say what to train, the window passes that to
the `TrainingWorker`, and the worker's snapshots come back to the views. The
window never imports torch itself: it appears first, then starts the worker
(which imports the training engine in its own thread) and builds the 3-D view.

This module composes the parts, one module each (README's Layout names them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from xorgui.core.config import TrainConfig
from xorgui.core.outcome import cannot_learn
from xorgui.core.session import RunState
from xorgui.visuals.gate_words import gate_label
from xorgui.visuals.loss_plot import LossPlot
from xorgui.visuals.truth_table import TruthTable
from xorgui.window.article_setup import (
    ARTICLE_SETUP,
    article_setup_summary,
    article_toolbar,
    restore_article_action,
)
from xorgui.window.controls import ControlsPanel
from xorgui.window.file_actions import FileActions
from xorgui.window.key_router import route_keys
from xorgui.window.labels import show_text
from xorgui.window.layout.central import ControlsScroller, arrange
from xorgui.window.layout.screen_fit import WindowLayout
from xorgui.window.menu_bar import build_menu_bar
from xorgui.window.run_controls import RunControls
from xorgui.window.run_note import run_note
from xorgui.window.settings import Settings
from xorgui.window.startup import AfterFirstFrame
from xorgui.window.status_bar import RunStatusBar
from xorgui.window.surface_pane import SurfacePane
from xorgui.window.view_tools import ViewTools
from xorgui.window.window_features import add_tools, add_views
from xorgui.window.window_memory import remember_session
from xorgui.window.worker import TrainingWorker

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot
    from xorgui.dialogs.sweep_dialog import SweepDialog
    from xorgui.visuals.surface_view import SurfaceView


class MainWindow(QMainWindow):
    """The whole app in one window; closing it stops the training thread."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        use_opengl: bool | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else Settings()
        self._use_opengl = use_opengl
        self._snapshot: Snapshot | None = None
        self._state = RunState.LOADING
        self._epochs_per_second = 0.0
        self._solved_epoch: int | None = None
        self._failure: str | None = None
        self.surface_view: SurfaceView | None = None
        self.sweep_dialog: SweepDialog | None = None

        self.window_layout = WindowLayout(self, self._settings)
        self.presentation = self.window_layout.presentation
        config = self._settings.config() or TrainConfig()
        self.controls = ControlsPanel(config, self)
        self.run_controls = RunControls(self)
        self.loss_plot = LossPlot(self)
        self.loss_plot.set_log_scale(self._settings.log_scale())
        self.truth_table = TruthTable(self)
        self._worker = TrainingWorker(config)

        controls = ControlsScroller(self.controls, self)
        self.surface_pane = SurfacePane(self)
        self.note = self.surface_pane.note
        self.reset_camera_button = self.surface_pane.reset_camera_button
        self.setCentralWidget(
            arrange(self, controls, self.surface_pane, self.loss_plot, self.truth_table)
        )
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.run_controls)
        self.restore_article_action = restore_article_action(self)
        self.addToolBar(
            Qt.ToolBarArea.TopToolBarArea,
            article_toolbar(
                self, self.restore_article_action, self.run_controls.iconSize()
            ),
        )
        add_views(self)
        self.status = RunStatusBar(self)
        self.setStatusBar(self.status)
        # The status bar's labels, as the tests and a person read them.
        (
            self.state_label,
            self.epoch_label,
            self.loss_label,
            self.rate_label,
            self.solved_label,
        ) = self.status.labels()
        self.window_layout.may_hide(self.rate_label)
        self.files = FileActions(self, self._settings)
        self.view_tools = ViewTools(self)
        # The views docked so far share the right side; docks added later
        # (pinned runs, lessons) keep places of their own.
        self.window_layout.set_views([self.docks.dock(n) for n in self.docks.names()])
        build_menu_bar(self)
        add_tools(self, self._settings)
        self._key_router = route_keys(self)
        self._startup = AfterFirstFrame(self, self._finish_startup)

        self._worker.set_speed(self.run_controls.speed_value())
        self._connect()
        self.window_layout.restore()
        self._update_title(config)
        self._show_state(RunState.LOADING)

    def _connect(self) -> None:
        worker = self._worker
        worker.snapshot_ready.connect(self._on_snapshot)
        worker.state_changed.connect(self._on_state)
        worker.continue_epochs_changed.connect(self.run_controls.set_continue_epochs)
        worker.failed.connect(self._on_failed)
        worker.rate_measured.connect(self._on_rate)
        self.controls.config_changed.connect(self._config_changed)
        self.controls.notice.connect(self.status.say)
        self.controls.learning_rate_changed.connect(self._learning_rate_changed)
        self.controls.epoch_budget_changed.connect(self._epoch_budget_changed)
        self.run_controls.play_requested.connect(self._play)
        self.run_controls.pause_requested.connect(self._pause)
        self.run_controls.step_requested.connect(self._step)
        self.run_controls.reset_requested.connect(self._reset)
        self.run_controls.speed_changed.connect(self._speed_changed)
        self.restore_article_action.triggered.connect(self.restore_article_setup)
        self.reset_camera_button.clicked.connect(self.reset_camera)
        self.files.configuration_opened.connect(self.show_and_start)
        self.sessions.configuration_opened.connect(self.show_and_start)

    @Slot()
    def restore_article_setup(self) -> None:
        """Every control back to the article's setup, and a new run from epoch 0."""
        self.show_and_start(ARTICLE_SETUP)
        self.status.say(
            self.tr("Restored the article's setup: {setup}.").format(
                setup=article_setup_summary()
            )
        )

    @Slot()
    def open_sweep(self) -> SweepDialog:
        """Show the sweep dialog (one per window), with the current setup."""
        if self.sweep_dialog is None:
            from xorgui.dialogs.sweep_dialog import SweepDialog

            dialog = SweepDialog(
                self._worker, self.controls.config, self._settings, self
            )
            dialog.watch_seed.connect(self._watch_seed)
            self.controls.config_changed.connect(dialog.refresh_setup)
            self.controls.learning_rate_changed.connect(dialog.refresh_setup)
            self.controls.epoch_budget_changed.connect(dialog.refresh_setup)
            self.sweep_dialog = dialog
        self.sweep_dialog.refresh_setup()
        self.sweep_dialog.show()
        self.sweep_dialog.raise_()
        self.sweep_dialog.activateWindow()
        return self.sweep_dialog

    @Slot(int)
    def _watch_seed(self, seed: int) -> None:
        """Train `seed` of the current setup in this window, from its start."""
        self.controls.set_seed(seed)
        self._start_run(self.controls.config())
        self.raise_()
        self.activateWindow()

    # ----------------------------------------------------------- start and stop

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._startup.window_shown()

    @Slot()
    def _finish_startup(self) -> None:
        """Start the worker (it imports torch) and build the 3-D view."""
        if not self.isVisible():
            return
        self._worker.start()
        view = self.surface_pane.build_view(self._use_opengl)
        self.surface_view = view
        view.surface_drawn.connect(self._worker.surface_requests.request)
        camera = self._settings.camera_state()
        if camera is not None:
            view.set_camera_state(camera)
        if self._snapshot is not None:
            view.show_snapshot(self._snapshot)
        self.files.export_surface_action.setEnabled(True)
        self.reset_camera_action.setEnabled(view.uses_opengl)

    def changeEvent(self, event: QEvent) -> None:  # texts made with values
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._update_title(self.controls.config())
            self._show_state(self._state)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the session, then stop the training thread and wait for it."""
        try:
            remember_session(self, self._settings)
        finally:
            self._worker.shutdown()
        super().closeEvent(event)

    @property
    def worker(self) -> TrainingWorker:
        return self._worker

    @property
    def state(self) -> RunState:
        return self._state

    @property
    def snapshot(self) -> Snapshot | None:
        """The latest snapshot received (its surface can be a little older)."""
        return self._snapshot

    # ------------------------------------------------------- controls -> worker

    @Slot(object)
    def show_and_start(self, config: TrainConfig) -> None:
        """Show `config` in the controls and start a new run with it."""
        self.controls.set_config(config)
        self._start_run(config)

    @Slot(object)
    def _config_changed(self, config: TrainConfig) -> None:
        self._start_run(config)

    def _start_run(self, config: TrainConfig) -> None:
        """A new model: reset the worker and forget the old run's milestones."""
        self._failure = None
        self._solved_epoch = None
        self.loss_plot.mark_solved(None)
        self.loss_plot.follow_new_run()
        self._update_title(config)
        self._worker.new_run(config)

    @Slot(float)
    def _learning_rate_changed(self, lr: float) -> None:
        self._worker.set_learning_rate(lr)

    @Slot(int)
    def _epoch_budget_changed(self, epochs: int) -> None:
        self._worker.set_epoch_budget(epochs)

    @Slot()
    def _play(self) -> None:
        """Play; after a divergence, from the seed's initial weights again, with
        the settings shown now (the learning rate just lowered)."""
        if self._state is RunState.DIVERGED:
            self._start_run(self.controls.config())
        self._worker.play()

    @Slot()
    def _pause(self) -> None:
        self._worker.pause()

    @Slot(int)
    def _step(self, epochs: int) -> None:
        self._worker.step(epochs)

    @Slot()
    def _reset(self) -> None:
        self._start_run(self.controls.config())

    @Slot(object)
    def _speed_changed(self, epochs_per_second: float | None) -> None:
        self._worker.set_speed(epochs_per_second)

    @Slot()
    def reset_camera(self) -> None:
        if self.surface_view is not None:
            self.surface_view.reset_camera()

    # ------------------------------------------------------- worker -> views

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        snapshot = self._worker.surface_requests.carry_latest(snapshot)
        self._snapshot = snapshot
        self._solved_epoch = snapshot.solved_epoch
        self.loss_plot.mark_solved(self._solved_epoch)
        shown = self.unit_focus.apply(snapshot)
        if self.surface_view is not None:
            self.surface_view.show_snapshot(shown)
        self.loss_plot.show_snapshot(snapshot)
        self.truth_table.show_snapshot(snapshot)
        self.docks.show_snapshot(shown)
        self._update_status()

    @Slot(str)
    def _on_state(self, state: str) -> None:
        self._show_state(RunState(state))

    def _show_state(self, state: RunState) -> None:
        self._state = state
        config = self.controls.config()
        self.run_controls.refuse_continue(
            self.tr(
                "More epochs cannot help: this network cannot solve {gate}. Add "
                "a hidden layer with a non-linear activation."
            ).format(gate=config.gate.upper())
            if cannot_learn(config)
            else None
        )
        self.run_controls.show_state(state)
        self._update_status()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._failure = message
        self.status.say(message)
        self._update_status()

    @Slot(float)
    def _on_rate(self, epochs_per_second: float) -> None:
        self._epochs_per_second = epochs_per_second
        self._update_status()

    def _update_title(self, config: TrainConfig) -> None:
        self.setWindowTitle(
            self.tr("xorgui - {gate}, network {shape}").format(
                gate=gate_label(config.gate), shape=config.architecture
            )
        )

    def _update_status(self) -> None:
        """Refresh the status bar and the note above the surface: what this
        setup can learn, or what happened."""
        snapshot = self._snapshot
        self.status.show_run(
            self._state, snapshot, self._solved_epoch, self._epochs_per_second
        )
        text, kind = run_note(
            self._state,
            snapshot,
            snapshot.config if snapshot is not None else self.controls.config(),
            self._solved_epoch,
            self._failure,
        )
        show_text(self.note, text)
        self.note.set_kind(kind)
