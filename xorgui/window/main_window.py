"""The main window: controls on the left, the 3-D surface in the middle, the loss
curve and the truth table below it, the run toolbar on top, the state below.

Data flows one way: the controls say what to train, the window passes that to
the `TrainingWorker`, and the worker's signals feed the run model
(`RunModel`), whose change signals the views, panels and status bar follow. The
window never imports torch itself: it appears first, then starts the worker
(which imports the training engine in its own thread) and builds the 3-D view.

This module composes the parts, one module each (README's Layout names them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from xorgui.core.config import TrainConfig
from xorgui.core.outcome import cannot_learn
from xorgui.core.session.run_session import RunState
from xorgui.visuals.loss.plot import LossPlot
from xorgui.visuals.setup_text import subject_text
from xorgui.visuals.truth_table import TruthTable
from xorgui.window.animation_export import AnimationExport
from xorgui.window.article_setup import (
    ARTICLE_SETUP,
    article_setup_summary,
    article_toolbar,
    restore_article_action,
)
from xorgui.window.atlas.command import AtlasCommand
from xorgui.window.controls.panel import ControlsPanel
from xorgui.window.file_actions import FileActions
from xorgui.window.gate_flips import GateFlips
from xorgui.window.help_texts import HelpTexts
from xorgui.window.hidden_views import add_hidden_views
from xorgui.window.key_router import route_keys
from xorgui.window.labels import show_text
from xorgui.window.layout.central import ControlsScroller, arrange
from xorgui.window.layout.screen_fit import WindowLayout
from xorgui.window.learning_aids import Lessons, add_language_menu
from xorgui.window.line_views import LineViews
from xorgui.window.menus import fill_menu_bar, make_action
from xorgui.window.network_views import NetworkViews
from xorgui.window.own_points import OwnPoints
from xorgui.window.pins import Pins
from xorgui.window.run_controls import DEFAULT_SPEED, RunControls
from xorgui.window.run_model import RunModel
from xorgui.window.run_note import run_note
from xorgui.window.run_undo import RunUndo
from xorgui.window.session_actions import SessionActions
from xorgui.window.settings import Settings
from xorgui.window.startup import AfterFirstFrame
from xorgui.window.status_bar import RunStatusBar
from xorgui.window.surface_pane import SurfacePane
from xorgui.window.timeline.actions import TimelineControls
from xorgui.window.view_docks import ViewDocks
from xorgui.window.worker.training_worker import TrainingWorker

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot
    from xorgui.dialogs.sweep.dialog import SweepDialog
    from xorgui.visuals.surface.view import SurfaceView


class MainWindow(QMainWindow):
    """The whole app in one window; closing it stops the training thread.

    Every part is made here and kept as an attribute declared here; each is
    given the run model and the few actions it needs, never the window.
    """

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
        self.sweep_dialog: SweepDialog | None = None

        self.window_layout = WindowLayout(self, self._settings)
        self.presentation = self.window_layout.presentation
        config = self._settings.config() or TrainConfig()
        self.model = RunModel(config, self)
        self.controls = ControlsPanel(config, self)
        self.run_controls = RunControls(self.model, self)
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
        self.status = RunStatusBar(self.model, self)
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

        # The docked views; before the menus, so that View lists them.
        self.docks = ViewDocks(self)
        self.line_views = LineViews(self, self.docks, self.surface_pane, self.status)
        self.unit_focus = add_hidden_views(
            self.model, self.docks, self.surface_pane, self.status
        )
        self.network_views = NetworkViews(
            self,
            self.model,
            self._worker,
            self.docks,
            self.loss_plot,
            self.status,
            self.controls.config,
            self.show_and_start,
        )
        self.network_views.diagram.unit_clicked.connect(self.unit_focus.show_unit)
        self.files = FileActions(
            self,
            self._settings,
            self.model,
            self._worker,
            self.controls.config,
            self.surface_pane,
            self.loss_plot,
            self.truth_table,
            self.docks,
            self.status,
        )
        self.gate_flips = GateFlips(self.truth_table, self.controls.gate, self.status)
        # The views docked so far share the right side; docks added later
        # (pinned runs, lessons) keep places of their own.
        self.window_layout.set_views([self.docks.dock(n) for n in self.docks.names()])
        self.undo = RunUndo(self.model, self._worker, self.controls, self.status, self)
        self.own_points = OwnPoints(
            self.model,
            self.controls,
            self.line_views.plane,
            self.surface_pane,
            self.status,
        )

        # The menus, then the parts that add their own entries to them.
        self.sweep_action = make_action(
            self, self.tr("S&weep seeds..."), self.open_sweep
        )
        self.sweep_action.setStatusTip(
            self.tr("Train many seeds of this setup at once: how often is it solved?")
        )
        self.reset_camera_action = make_action(
            self, self.tr("Reset &camera"), self.reset_camera
        )
        self.reset_camera_action.setEnabled(False)
        (
            self.file_menu,
            self.edit_menu,
            self.training_menu,
            self.view_menu,
            self.help_menu,
        ) = self._build_menus()
        self.pins = Pins(
            self,
            self.model,
            self.docks,
            self.loss_plot,
            self.surface_pane,
            self.status,
            self.training_menu,
            self.view_menu,
            self.presentation.actions()[0],
        )
        self.animation_export = AnimationExport(
            self,
            self._settings,
            self.model,
            self._worker,
            self.files,
            self.surface_pane,
            self.loss_plot,
            self.status,
            self.file_menu,
        )
        self.timeline = TimelineControls(
            self, self.model, self._worker, self.loss_plot, self.status
        )
        self.sessions = SessionActions(
            self,
            self._settings,
            self.model,
            self._worker,
            self.status,
            self.file_menu,
            self.pins.restore,
        )
        self.atlas = AtlasCommand(
            self,
            self.model,
            self.training_menu,
            self.sweep_action,
            self.controls.config,
            self.watch,
            self.open_sweep_dialog,
        )
        self.language_menu = add_language_menu(self, self._settings, self.view_menu)
        self.lessons = Lessons(
            self,
            self.model,
            self.status,
            self.docks,
            self.start_lesson,
            self.open_sweep,
        )
        self._key_router = route_keys(self)
        self._startup = AfterFirstFrame(self, self._finish_startup)

        self.model.set_speed(self.run_controls.speed_value())
        self._worker.set_speed(self.model.speed)
        self._connect()
        self.window_layout.restore()
        self._update_title(config)
        self._show_texts()

    def _build_menus(self) -> list[QMenu]:
        """File, Edit, Training, View and Help, with the actions of the parts
        made so far (the later parts add their own), left to right."""
        quit_action = make_action(
            self, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        help_texts = HelpTexts(self, lambda: self.surface_pane.view)
        bar = self.menuBar()
        fill_menu_bar(
            bar,
            [
                (self.tr("&File"), [*self.files.actions(), None, quit_action]),
                (self.tr("&Edit"), [self.undo.action]),
                (
                    self.tr("&Training"),
                    [
                        *self.run_controls.actions_for_menu(),
                        None,
                        self.restore_article_action,
                        self.network_views.preset_action,
                        self.sweep_action,
                    ],
                ),
                (
                    self.tr("&View"),
                    [
                        self.reset_camera_action,
                        None,
                        *self.docks.actions(),
                        self.window_layout.reset_layout_action,
                        None,
                        *self.presentation.actions(),
                    ],
                ),
                (self.tr("&Help"), help_texts.actions()),
            ],
        )
        return [
            menu for action in bar.actions() if isinstance(menu := action.menu(), QMenu)
        ]

    def _connect(self) -> None:
        worker, model = self._worker, self.model
        worker.snapshot_ready.connect(self._on_snapshot)
        worker.state_changed.connect(model.set_state)
        worker.continue_epochs_changed.connect(self.run_controls.set_continue_epochs)
        worker.failed.connect(model.set_failure)
        worker.rate_measured.connect(model.set_rate)
        model.snapshot_changed.connect(self._show_snapshot)
        model.state_changed.connect(self._show_state)
        model.failure_changed.connect(self._say_failure)
        model.changed.connect(self._update_note)
        # The worker lives in its own thread: its commands are called from
        # slots here, never connected to it directly (they would be queued).
        model.speed_changed.connect(self._speed_changed)
        self.controls.config_changed.connect(self._config_changed)
        self.controls.notice.connect(self.status.say)
        self.controls.learning_rate_changed.connect(self._learning_rate_changed)
        self.controls.epoch_budget_changed.connect(self._epoch_budget_changed)
        self.run_controls.play_requested.connect(self._play)
        self.run_controls.pause_requested.connect(self._pause)
        self.run_controls.step_requested.connect(self._step)
        self.run_controls.reset_requested.connect(self.reset)
        self.restore_article_action.triggered.connect(self.restore_article_setup)
        self.reset_camera_button.clicked.connect(self.reset_camera)
        self.files.configuration_opened.connect(self.show_and_start)
        self.files.points_imported.connect(self.controls.use_given)
        self.line_views.plane.file_dropped.connect(self.files.import_points)
        self.sessions.configuration_opened.connect(self.show_and_start)

    @Slot()
    def restore_article_setup(self) -> None:
        """Every control back to the article's setup, its own speed, and a new
        run from epoch 0."""
        self.model.set_speed(DEFAULT_SPEED)
        self.show_and_start(ARTICLE_SETUP)
        self.status.say(
            self.tr("Restored the article's setup: {setup}.").format(
                setup=article_setup_summary()
            )
        )

    def start_lesson(self, config: TrainConfig) -> None:
        """A lesson's setup at the lesson's speed, trained from epoch 0."""
        self.model.set_speed(DEFAULT_SPEED)
        self.show_and_start(config)
        self._worker.play()

    @Slot()
    def open_sweep(self) -> SweepDialog:
        """Show the sweep dialog (one per window), with the current setup."""
        dialog = self.open_sweep_dialog()
        dialog.follow_window()
        return dialog

    def open_sweep_dialog(self) -> SweepDialog:
        """Show the sweep dialog (one per window) as it is."""
        if self.sweep_dialog is None:
            from xorgui.dialogs.sweep.dialog import SweepDialog

            dialog = SweepDialog(
                self._worker, self.controls.config, self._settings, self
            )
            dialog.watch_seed.connect(self._watch_seed)
            self.model.setup_changed.connect(dialog.refresh_setup)
            self.sweep_dialog = dialog
        self.sweep_dialog.refresh_setup()
        self.sweep_dialog.show()
        self.sweep_dialog.raise_()
        self.sweep_dialog.activateWindow()
        return self.sweep_dialog

    @Slot(int)
    def _watch_seed(self, seed: int) -> None:
        """Train `seed` of the swept setup in this window, from its start."""
        assert self.sweep_dialog is not None
        self.watch(self.sweep_dialog.setup().with_changes(seed=seed))

    def watch(self, config: TrainConfig) -> None:
        """Train `config` in this window, from its start (a sweep's or the
        atlas's seed); Edit > Undo brings back the run it replaces."""
        self.undo.keep_for_undo()
        self.show_and_start(config)
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
        view.surface_drawn.connect(self._worker.surface_requests.request)
        camera = self._settings.camera_state()
        if camera is not None:
            view.set_camera_state(camera)
        if self.model.snapshot is not None:
            view.show_snapshot(self.unit_focus.apply(self.model.snapshot))
        self.files.export_surface_action.setEnabled(True)
        self.reset_camera_action.setEnabled(view.uses_opengl)

    def changeEvent(self, event: QEvent) -> None:  # texts made with values
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._update_title(self.controls.config())
            self._show_texts()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the session, then stop the training thread (waiting for it
        a moment at most)."""
        try:
            self._remember()
        finally:
            self._worker.shutdown()
        super().closeEvent(event)

    def _remember(self) -> None:
        """Save the layout, the setup the controls show, the loss plot's scale
        and (in 3-D) the camera, and write them to disk now."""
        settings = self._settings
        self.window_layout.remember()
        settings.set_config(self.controls.config())
        settings.set_log_scale(self.loss_plot.log_scale())
        view = self.surface_view
        if view is not None and view.uses_opengl:
            settings.set_camera_state(view.camera_state())
        settings.sync()

    @property
    def worker(self) -> TrainingWorker:
        return self._worker

    @property
    def state(self) -> RunState:
        return self.model.state

    @property
    def snapshot(self) -> Snapshot | None:
        """The snapshot on screen (its surface can be a little older)."""
        return self.model.snapshot

    @property
    def surface_view(self) -> SurfaceView | None:
        """The 3-D view, once built (after the window has been seen)."""
        return self.surface_pane.view

    # ------------------------------------------------------- controls -> worker

    @Slot(object)
    def show_and_start(self, config: TrainConfig) -> None:
        """Show `config` in the controls and start a new run with it."""
        self.controls.set_config(config)
        self.start_run(config)

    @Slot(object)
    def _config_changed(self, config: TrainConfig) -> None:
        """A setting changed: a new run; a finished run it replaces can be had
        back with Edit > Undo."""
        self.undo.keep_for_undo()
        self.start_run(config)

    def start_run(self, config: TrainConfig) -> None:
        """A new model: start the worker's run and forget the old run's milestones."""
        self.model.start_run(config)
        self.loss_plot.mark_solved(None)
        self.loss_plot.follow_new_run()
        self._update_title(config)
        self._worker.start_run(config)

    @Slot(float)
    def _learning_rate_changed(self, lr: float) -> None:
        self._worker.set_learning_rate(lr)

    @Slot(int)
    def _epoch_budget_changed(self, epochs: int) -> None:
        self._worker.set_epoch_budget(epochs)

    @Slot(object)
    def _speed_changed(self, epochs_per_second: float | None) -> None:
        self._worker.set_speed(epochs_per_second)

    @Slot()
    def _pause(self) -> None:
        self._worker.pause()

    @Slot(int)
    def _step(self, epochs: int) -> None:
        self._worker.step(epochs)

    @Slot()
    def _play(self) -> None:
        """Play; after a divergence, from the seed's initial weights again, with
        the settings shown now (the learning rate just lowered)."""
        if self.model.state is RunState.DIVERGED:
            self.start_run(self.controls.config())
        self._worker.play()

    @Slot()
    def reset(self) -> None:
        self.start_run(self.controls.config())

    @Slot()
    def reset_camera(self) -> None:
        if self.surface_pane.view is not None:
            self.surface_pane.view.reset_camera()

    # ------------------------------------------------------- worker -> views

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self.model.set_snapshot(self._worker.surface_requests.carry_latest(snapshot))

    @Slot(object)
    def _show_snapshot(self, snapshot: Snapshot) -> None:
        self.loss_plot.mark_solved(snapshot.solved_epoch)
        shown = self.unit_focus.apply(snapshot)
        if self.surface_pane.view is not None:
            self.surface_pane.view.show_snapshot(shown)
        self.loss_plot.show_snapshot(snapshot)
        self.truth_table.show_snapshot(snapshot)
        self.docks.show_snapshot(shown)

    def _show_texts(self) -> None:
        """Every text made with the run's values (at start, and in a new language)."""
        self._show_state()
        self.status.show_run()
        self._update_note()

    @Slot()
    def _show_state(self) -> None:
        """No Continue for a setup that more epochs cannot help."""
        config = self.controls.config()
        self.run_controls.refuse_continue(
            self.tr(
                "More epochs cannot help: this network cannot solve {gate}. Add "
                "a hidden layer with a non-linear activation."
            ).format(gate=config.gate.upper())
            if cannot_learn(config)
            else None
        )

    @Slot(object)
    def _say_failure(self, message: str | None) -> None:
        if message is not None:
            self.status.say(message)

    def _update_title(self, config: TrainConfig) -> None:
        self.setWindowTitle(
            self.tr("xorgui - {gate}, network {shape}").format(
                gate=subject_text(config), shape=config.architecture
            )
        )

    @Slot()
    def _update_note(self) -> None:
        """The note above the surface: what this setup can learn, or what
        happened."""
        model = self.model
        text, kind = run_note(
            model.state,
            model.snapshot,
            model.setup if model.snapshot is not None else self.controls.config(),
            model.solved_epoch,
            model.failure,
        )
        show_text(self.note, text)
        self.note.set_kind(kind)
