"""The main window: controls on the left, the 3-D surface in the middle, the loss
curve and the truth table below it, the run toolbar on top, the state below.

Data flows one way: the controls say what to train, the window passes that to
the `TrainingWorker`, and the worker's snapshots come back to the views. The
window never imports torch itself: it appears first, then starts the worker
(which imports the training engine in its own thread) and builds the 3-D view.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import metadata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Slot, qVersion
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from xorgui.core.config import ConfigError, TrainConfig
from xorgui.core.job_results import ExportResult
from xorgui.core.outcome import cannot_learn
from xorgui.core.session import RunState
from xorgui.resources import icon
from xorgui.visuals.loss_plot import LossPlot
from xorgui.visuals.truth_table import TruthTable
from xorgui.window.article_setup import (
    ARTICLE_SETUP,
    article_setup_summary,
    restore_article_action,
)
from xorgui.window.controls import ControlsPanel, ControlsScroller
from xorgui.window.labels import SteadyLabel
from xorgui.window.learner_note import LearnerNote
from xorgui.window.presentation import PresentationActions
from xorgui.window.run_controls import RunControls
from xorgui.window.run_note import run_note
from xorgui.window.settings import Settings
from xorgui.window.status_bar import LOSS_WIDTH_SAMPLES, format_loss
from xorgui.window.worker import TrainingWorker

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot
    from xorgui.dialogs.sweep_dialog import SweepDialog
    from xorgui.visuals.surface_view import SurfaceView

DEFAULT_SIZE = QSize(1280, 800)
CONTROLS_WIDTH = 300
CENTRE_HEIGHTS = (460, 260)
BOTTOM_WIDTHS = (600, 340)
STATUS_MESSAGE_MS = 6000
STATE_COLOURS = {
    RunState.LOADING: "#607d8b",
    RunState.READY: "#607d8b",
    RunState.RUNNING: "#2e7d32",
    RunState.PAUSED: "#ef6c00",
    RunState.FINISHED: "#1565c0",
    RunState.DIVERGED: "#c62828",
    RunState.FAILED: "#c62828",
    RunState.SWEEPING: "#6a1b9a",
}
SPLITTERS = ("mainSplitter", "centreSplitter", "bottomSplitter")


def _show(label: QLabel, text: str) -> None:
    """Set a label's text only when it changes (a change costs a repaint)."""
    if label.text() != text:
        label.setText(text)


@dataclass(frozen=True, slots=True)
class FileChoice:
    """What a file dialog asks: its title and filter; for a save, what the file
    holds and its extension, from which the suggested name is made."""

    title: str
    filter: str
    what: str = ""
    extension: str = ""
    with_epoch: bool = True


class _KeyRouter(QObject):
    """Decides who gets a key when an editing widget has the focus.

    Space, R and M never belong in a number, so they always reach the window's
    shortcuts (play/pause, reset, max speed). Arrow keys stay with the spin box
    or slider being edited; anywhere else they reach the shortcuts (Right = step).
    """

    _ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_R, Qt.Key.Key_M):
            event.ignore()
            return True
        if isinstance(watched, QAbstractSlider) and event.key() in self._ARROWS:
            event.accept()
            return True
        return False


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
        self._rate = 0.0
        self._solved_epoch: int | None = None
        self._failure: str | None = None
        self._started = False
        self.surface_view: SurfaceView | None = None
        self.sweep_dialog: SweepDialog | None = None

        self.presentation = PresentationActions(self, self._settings)
        config = self._settings.config() or TrainConfig()
        self.controls = ControlsPanel(config, self)
        self.run_controls = RunControls(self)
        self.loss_plot = LossPlot(self)
        self.loss_plot.set_log_scale(self._settings.log_scale())
        self.truth_table = TruthTable(self)
        self._build_layout()
        self._build_article_toolbar()
        self._build_status_bar()
        self._build_menus()
        self._key_router = _KeyRouter(self)
        for widget in [
            *self.findChildren(QAbstractSpinBox),
            *self.findChildren(QAbstractSlider),
        ]:
            widget.installEventFilter(self._key_router)

        self._worker = TrainingWorker(config)
        self._worker.set_speed(self.run_controls.speed_value())
        self._worker.snapshot_ready.connect(self._on_snapshot)
        self._worker.state_changed.connect(self._on_state)
        self._worker.continue_epochs_changed.connect(
            self.run_controls.set_continue_epochs
        )
        self._worker.failed.connect(self._on_failed)
        self._worker.rate_measured.connect(self._on_rate)
        self._worker.export_finished.connect(self._on_export_finished)
        self._connect_controls()
        self._restore_layout()
        self._update_title(config)
        self._show_state(RunState.LOADING)

    # ---------------------------------------------------------------- building

    def _build_layout(self) -> None:
        scroll = ControlsScroller(self.controls, self)

        self.note = LearnerNote(self)
        self.note.setToolTip(self.tr("What this setup can learn, and how it is going."))
        self.reset_camera_button = QPushButton(
            icon("camera"), self.tr("Reset camera"), self
        )
        self.reset_camera_button.setToolTip(
            self.tr(
                "Back to the article's view of the surface. Drag to turn it, scroll "
                "to zoom."
            )
        )
        self.reset_camera_button.setEnabled(False)
        self.reset_camera_button.clicked.connect(self._reset_camera)
        header = QHBoxLayout()
        header.addWidget(self.note, 1)
        header.addWidget(self.reset_camera_button, 0, Qt.AlignmentFlag.AlignTop)
        self._surface_placeholder = self._make_surface_placeholder()
        surface_box = QWidget(self)
        self._surface_layout = QVBoxLayout(surface_box)
        self._surface_layout.setContentsMargins(0, 0, 0, 0)
        self._surface_layout.addLayout(header)
        self._surface_layout.addWidget(self._surface_placeholder, 1)

        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        bottom = self._splitter(
            horizontal,
            "bottomSplitter",
            [self.loss_plot, self.truth_table],
            0,
            list(BOTTOM_WIDTHS),
        )
        centre = self._splitter(
            vertical, "centreSplitter", [surface_box, bottom], 0, list(CENTRE_HEIGHTS)
        )
        main = self._splitter(
            horizontal,
            "mainSplitter",
            [scroll, centre],
            1,
            [CONTROLS_WIDTH, DEFAULT_SIZE.width() - CONTROLS_WIDTH],
        )
        main.setContentsMargins(6, 0, 6, 0)
        self.setCentralWidget(main)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.run_controls)

    def _splitter(
        self,
        orientation: Qt.Orientation,
        name: str,
        widgets: list[QWidget],
        stretching: int,
        sizes: list[int],
    ) -> QSplitter:
        """A named splitter (its state is saved by name) of `widgets`, where
        `widgets[stretching]` takes the extra room."""
        splitter = QSplitter(orientation, self)
        splitter.setObjectName(name)
        for widget in widgets:
            splitter.addWidget(widget)
        splitter.setStretchFactor(stretching, 1)
        splitter.setSizes(sizes)
        return splitter

    def _make_surface_placeholder(self) -> QWidget:
        """What stands where the 3-D view will be, until it is built."""
        placeholder = QLabel(self.tr("Loading the 3-D view..."), self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setStyleSheet("QLabel { background: white; color: gray; }")
        placeholder.setMinimumSize(320, 240)
        return placeholder

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.state_label = QLabel(self)
        self.epoch_label = QLabel(self)
        self.loss_label = SteadyLabel(
            tuple(self.tr("loss {loss}").format(loss=x) for x in LOSS_WIDTH_SAMPLES),
            self,
        )
        self.rate_label = QLabel(self)
        self.solved_label = QLabel(self)
        self.state_label.setToolTip(self.tr("What training is doing now."))
        self.epoch_label.setToolTip(
            self.tr("Epochs trained so far, of the epoch budget.")
        )
        self.loss_label.setToolTip(self.tr("The loss of the current model."))
        self.rate_label.setToolTip(self.tr("How many epochs a second are trained."))
        self.solved_label.setToolTip(
            self.tr(
                "All four outputs have been on the right side of 0.5 from this "
                "epoch on: the model after this many epochs and every one since."
            )
        )
        for label in (
            self.state_label,
            self.epoch_label,
            self.loss_label,
            self.rate_label,
            self.solved_label,
        ):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        json_files = self.tr("Configurations (*.json)")
        png_files = self.tr("PNG images (*.png)")
        file_actions = [
            (
                self.tr("&Open configuration..."),
                QKeySequence.StandardKey.Open,
                FileChoice(self.tr("Open configuration"), json_files),
                self.open_configuration,
            ),
            (
                self.tr("&Save configuration..."),
                QKeySequence.StandardKey.Save,
                FileChoice(
                    self.tr("Save configuration"),
                    json_files,
                    "config",
                    "json",
                    with_epoch=False,
                ),
                self.save_configuration,
            ),
            None,
            (
                self.tr("Export &surface image..."),
                "Ctrl+E",
                FileChoice(
                    self.tr("Export surface image"), png_files, "surface", "png"
                ),
                self.export_surface_image,
            ),
            (
                self.tr("Export &loss plot image..."),
                None,
                FileChoice(self.tr("Export loss plot image"), png_files, "loss", "png"),
                self.export_loss_plot_image,
            ),
            (
                self.tr("Export loss &history (CSV)..."),
                None,
                FileChoice(
                    self.tr("Export loss history"),
                    self.tr("CSV files (*.csv)"),
                    "loss",
                    "csv",
                ),
                self.export_loss_csv,
            ),
            (
                self.tr("Export &model (.pt)..."),
                None,
                FileChoice(
                    self.tr("Export model"),
                    self.tr("PyTorch files (*.pt)"),
                    "model",
                    "pt",
                ),
                self.export_model,
            ),
        ]
        for entry in file_actions:
            if entry is None:
                menu.addSeparator()
                continue
            text, shortcut, choice, handler = entry
            # partial, not a lambda: this connection stays in the GUI thread.
            action = self._add_action(
                menu, text, partial(self._choose_file, choice, handler), shortcut
            )
            if handler == self.export_surface_image:
                self.export_surface_action = action
                action.setEnabled(False)
        menu.addSeparator()
        self._add_action(
            menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )

        training = self.menuBar().addMenu(self.tr("&Training"))
        training.addActions(self.run_controls.actions_for_menu())
        training.addSeparator()
        training.addAction(self.restore_article_action)
        self.sweep_action = self._add_action(
            training, self.tr("S&weep seeds..."), self.open_sweep
        )
        self.sweep_action.setStatusTip(
            self.tr("Train many seeds of this setup at once: how often is it solved?")
        )

        view = self.menuBar().addMenu(self.tr("&View"))
        self.reset_camera_action = self._add_action(
            view, self.tr("Reset &camera"), self._reset_camera
        )
        self.reset_camera_action.setEnabled(False)
        view.addSeparator()
        view.addActions(self.presentation.actions())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_action(
            help_menu,
            self.tr("&What am I looking at?"),
            self._explain,
            QKeySequence.StandardKey.HelpContents,
        )
        self._add_action(help_menu, self.tr("&About xorgui"), self._about)

    def _build_article_toolbar(self) -> None:
        """A toolbar beside the run's with "Restore the article's setup"."""
        self.restore_article_action = restore_article_action(self)
        self.restore_article_action.triggered.connect(self.restore_article_setup)
        toolbar = QToolBar(self.tr("Setup"), self)
        toolbar.setObjectName("setupToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(self.run_controls.iconSize())
        toolbar.addAction(self.restore_article_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    @Slot()
    def restore_article_setup(self) -> None:
        """Every control back to the article's setup, and a new run from epoch 0."""
        self.controls.set_config(ARTICLE_SETUP)
        self._start_run(ARTICLE_SETUP)
        self.statusBar().showMessage(
            self.tr("Restored the article's setup: {setup}.").format(
                setup=article_setup_summary()
            ),
            STATUS_MESSAGE_MS,
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
        if self.controls.seed.value() == seed:
            self._reset()
        else:
            self.controls.seed.setValue(seed)
        self.raise_()
        self.activateWindow()

    def _add_action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _connect_controls(self) -> None:
        self.controls.config_changed.connect(self._config_changed)
        self.controls.notice.connect(self._show_notice)
        self.controls.learning_rate_changed.connect(self._learning_rate_changed)
        self.controls.epoch_budget_changed.connect(self._epoch_budget_changed)
        self.run_controls.play_requested.connect(self._play)
        self.run_controls.pause_requested.connect(self._pause)
        self.run_controls.step_requested.connect(self._step)
        self.run_controls.reset_requested.connect(self._reset)
        self.run_controls.speed_changed.connect(self._speed_changed)

    # ----------------------------------------------------------- start and stop

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        handle = self.windowHandle()
        if not self._started and handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Finish starting up once the window has been exposed (and so painted):
        the slow part must not run before the learner sees a window."""
        handle = self.windowHandle()
        if (
            watched is handle
            and event.type() == QEvent.Type.Expose
            and handle.isExposed()
            and not self._started
        ):
            self._started = True
            handle.removeEventFilter(self)
            # Runs after this expose event, i.e. after the first frame is shown.
            QTimer.singleShot(0, self._finish_startup)
        return super().eventFilter(watched, event)

    @Slot()
    def _finish_startup(self) -> None:
        """Start the worker (it imports torch) and build the 3-D view."""
        if not self.isVisible():
            return
        self._worker.start()
        from xorgui.visuals.surface_view import SurfaceView

        view = SurfaceView(self, use_opengl=self._use_opengl)
        self._surface_layout.replaceWidget(self._surface_placeholder, view)
        self._surface_placeholder.deleteLater()
        self.surface_view = view
        view.surface_drawn.connect(self._worker.surface_requests.request)
        camera = self._settings.camera_state()
        if camera is not None:
            view.set_camera_state(camera)
        if self._snapshot is not None:
            view.show_snapshot(self._snapshot)
        self.export_surface_action.setEnabled(True)
        # A camera only exists in 3-D; the 2-D fallback has nothing to reset.
        self.reset_camera_action.setEnabled(view.uses_opengl)
        self.reset_camera_button.setEnabled(view.uses_opengl)
        self.reset_camera_button.setVisible(view.uses_opengl)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Remember the session, then stop the training thread and wait for it."""
        try:
            self._save_settings()
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
        """The latest snapshot the window received; its surface is the latest
        the worker sent, which can be a few epochs older than `epoch`."""
        return self._snapshot

    # ----------------------------------------------------------------- settings

    def _restore_layout(self) -> None:
        geometry = self._settings.layout_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._default_size())
        state = self._settings.layout_state("windowState")
        if state is not None:
            self.restoreState(state)
        for name in SPLITTERS:
            saved = self._settings.layout_state(name)
            splitter = self.findChild(QSplitter, name)
            if saved is not None and splitter is not None:
                splitter.restoreState(saved)

    def _default_size(self) -> QSize:
        """1280 x 800, or less on a smaller screen such as a 1024 x 768 projector."""
        screen = self.screen()
        if screen is None:
            return DEFAULT_SIZE
        available = screen.availableGeometry().size()
        return DEFAULT_SIZE.boundedTo(available)

    def _save_settings(self) -> None:
        settings = self._settings
        settings.set_layout_state("geometry", self.saveGeometry())
        settings.set_layout_state("windowState", self.saveState())
        for name in SPLITTERS:
            splitter = self.findChild(QSplitter, name)
            if splitter is not None:
                settings.set_layout_state(name, splitter.saveState())
        settings.set_config(self.controls.config())
        settings.set_log_scale(self.loss_plot.log_scale())
        if self.surface_view is not None and self.surface_view.uses_opengl:
            settings.set_camera_state(self.surface_view.camera_state())
        settings.sync()

    # ------------------------------------------------------- controls -> worker

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

    @Slot(str)
    def _show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

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
    def _reset_camera(self) -> None:
        if self.surface_view is not None:
            self.surface_view.reset_camera()

    # ------------------------------------------------------- worker -> views

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        snapshot = self._worker.surface_requests.carry_latest(snapshot)
        self._snapshot = snapshot
        self._solved_epoch = snapshot.solved_epoch
        self.loss_plot.mark_solved(self._solved_epoch)
        if self.surface_view is not None:
            self.surface_view.show_snapshot(snapshot)
        self.loss_plot.show_snapshot(snapshot)
        self.truth_table.show_snapshot(snapshot)
        self._update_status()

    @Slot(str)
    def _on_state(self, state: str) -> None:
        self._show_state(RunState(state))

    def _show_state(self, state: RunState) -> None:
        self._state = state
        self.run_controls.show_state(state)
        config = self.controls.config()
        if state is RunState.FINISHED and cannot_learn(config):
            self.run_controls.refuse_continue(
                self.tr(
                    "More epochs cannot help: this network cannot solve {gate}. Add "
                    "a hidden layer with a non-linear activation."
                ).format(gate=config.gate.upper())
            )
        self._update_status()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._failure = message
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)
        self._update_status()

    @Slot(float)
    def _on_rate(self, epochs_per_second: float) -> None:
        self._rate = epochs_per_second
        self._update_status()

    @Slot(object)
    def _on_export_finished(self, result: ExportResult) -> None:
        what = self.tr("loss history") if result.kind == "history" else self.tr("model")
        if result.error is None:
            self.statusBar().showMessage(
                self.tr("Saved the {what} to {path}").format(
                    what=what, path=result.path
                ),
                STATUS_MESSAGE_MS,
            )
        else:
            self._show_error(
                self.tr("Could not export the {what}").format(what=what), result.error
            )

    def _update_title(self, config: TrainConfig) -> None:
        self.setWindowTitle(
            self.tr("xorgui - {gate}, network {shape}").format(
                gate=config.gate.upper(), shape=config.architecture
            )
        )

    def _update_status(self) -> None:
        """Refresh the status bar and the note; only what changed is set, since
        every change repaints (and with OpenGL, re-composes) the window."""
        state = self._state
        colour = STATE_COLOURS[state]
        _show(
            self.state_label,
            f"<b style='color:{colour}'>\u25cf {self._state_text(state)}</b>",
        )
        snapshot = self._snapshot
        if snapshot is None:
            for label in (self.epoch_label, self.loss_label, self.solved_label):
                _show(label, "")
        else:
            _show(
                self.epoch_label,
                self.tr("epoch {epoch:,} / {budget:,}").format(
                    epoch=snapshot.epoch, budget=snapshot.config.epochs
                ),
            )
            _show(
                self.loss_label,
                self.tr("loss {loss}").format(loss=format_loss(snapshot.loss)),
            )
            if self._solved_epoch is None and state is RunState.FINISHED:
                unsolved = self.tr("not solved")
                _show(self.solved_label, f"<b style='color:#c62828'>{unsolved}</b>")
            elif self._solved_epoch is None:
                _show(self.solved_label, self.tr("not solved yet"))
            else:
                solved = self.tr("solved from epoch {epoch:,}").format(
                    epoch=self._solved_epoch
                )
                _show(self.solved_label, f"<b style='color:#2e7d32'>{solved}</b>")
        running = state is RunState.RUNNING and self._rate > 0
        _show(
            self.rate_label,
            self.tr("{rate:,.0f} epochs/s").format(rate=self._rate) if running else "",
        )
        self._update_note()

    def _state_text(self, state: RunState) -> str:
        return {
            RunState.LOADING: self.tr("loading the training engine..."),
            RunState.READY: self.tr("ready"),
            RunState.RUNNING: self.tr("running"),
            RunState.PAUSED: self.tr("paused"),
            RunState.FINISHED: self.tr("finished"),
            RunState.DIVERGED: self.tr("diverged"),
            RunState.FAILED: self.tr("failed"),
            RunState.SWEEPING: self.tr("sweeping seeds (training waits)..."),
        }[state]

    def _update_note(self) -> None:
        """The line above the surface: what this setup can learn, or what happened."""
        snapshot = self._snapshot
        text, style = run_note(
            self._state,
            snapshot,
            snapshot.config if snapshot is not None else self.controls.config(),
            self._solved_epoch,
            self._failure,
        )
        _show(self.note, text)
        self.note.set_kind(style)

    # ------------------------------------------------------------------- files

    def _choose_file(
        self, choice: FileChoice, handler: Callable[[str], object]
    ) -> None:
        """Ask for a file (in the one folder all dialogs share) and pass it on."""
        from xorgui.window.file_dialogs import ask_open_path, ask_save_path

        if not choice.extension:
            path = ask_open_path(self, self._settings, choice.title, choice.filter)
        else:
            path = ask_save_path(
                self,
                self._settings,
                choice.title,
                self._file_name(choice),
                choice.filter,
            )
        if path:
            handler(path)

    def _file_name(self, choice: FileChoice) -> str:
        """The suggested name: gate, shape, seed and (for results) the epoch."""
        from xorgui.core.export import export_name

        snapshot = self._snapshot
        config = self.controls.config() if snapshot is None else snapshot.config
        epoch = snapshot.epoch if snapshot is not None and choice.with_epoch else None
        return export_name(config, choice.what, choice.extension, epoch=epoch)

    def open_configuration(self, path: str) -> bool:
        """Load a configuration file and start a new run with it.

        A file that cannot be used is explained in a message box; the current
        session is left exactly as it was.
        """
        try:
            config = TrainConfig.load(path)
        except ConfigError as exc:
            self._show_error(
                self.tr("Cannot open this configuration"),
                self.tr(
                    "{path} cannot be used.\n\nSetting: {field}\nValue: {value}\n"
                    "Allowed: {allowed}\n\nNothing was changed."
                ).format(
                    path=path,
                    field=exc.field,
                    value=repr(exc.value),
                    allowed=exc.allowed,
                ),
            )
            return False
        self.controls.set_config(config)
        self._start_run(config)
        self.statusBar().showMessage(
            self.tr("Opened {path}").format(path=path), STATUS_MESSAGE_MS
        )
        return True

    def save_configuration(self, path: str) -> bool:
        """Write the configuration the controls show as JSON."""
        from xorgui.core.export import save_config

        return self._write(
            self.tr("configuration"), path, save_config, self.controls.config()
        )

    def export_surface_image(self, path: str) -> bool:
        """Save the surface, seen as the view shows it, as a fixed-size PNG with
        a caption of the setup and the epoch."""
        from xorgui.visuals.image_export import save_image
        from xorgui.visuals.surface_export import surface_export_image

        view, snapshot = self.surface_view, self._snapshot
        if view is None or snapshot is None or snapshot.surface is None:
            return False
        image = surface_export_image(view, snapshot, self.devicePixelRatioF())
        return self._write(self.tr("surface image"), path, save_image, image)

    def export_loss_plot_image(self, path: str) -> bool:
        """Save the loss plot as a PNG."""
        from xorgui.visuals.image_export import save_image

        return self._write(
            self.tr("loss plot image"), path, save_image, self.loss_plot.grab_image()
        )

    def export_loss_csv(self, path: str) -> None:
        """Ask the worker for the whole loss history as `epoch,loss` CSV."""
        self._worker.export_history(path)

    def export_model(self, path: str) -> None:
        """Ask the worker to save the model's checkpoint (torch.save format)."""
        self._worker.export_model(path)

    def _write(
        self, what: str, path: str, writer: Callable[[str, Any], None], data: Any
    ) -> bool:
        """Run an export.py writer; its ExportError becomes a message box."""
        from xorgui.core.files import ExportError

        try:
            writer(path, data)
        except ExportError as exc:
            self._show_error(
                self.tr("Could not save the {what}").format(what=what), str(exc)
            )
            return False
        self.statusBar().showMessage(
            self.tr("Saved the {what} to {path}").format(what=what, path=path),
            STATUS_MESSAGE_MS,
        )
        return True

    def _show_error(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.exec()

    # -------------------------------------------------------------------- help

    @Slot()
    def _explain(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("What am I looking at?"),
            self.tr(
                "<p>A tiny neural network is learning a logic gate from its four "
                "examples: the inputs (x1, x2) are (0,0), (0,1), (1,0) and (1,1).</p>"
                "<p><b>The 3-D surface</b> is the network's output y for every "
                "input in the square from 0 to 1, coloured from dark purple (0) to "
                "yellow (1). The four dots are the training examples at the height "
                "they should have (blue = 1, orange = 0); the line from each dot "
                "down or up to the surface is the error the network still makes.</p>"
                "<p><b>The loss curve</b> shows how large the error was at each "
                "epoch (one pass over the four examples and one weight update).</p>"
                "<p><b>The truth table</b> lists each input, what the gate should "
                "output and what the network outputs now. A row is right when the "
                "output is on the same side of 0.5 as the target.</p>"
                "<p><b>Why XOR is special:</b> AND and OR can be split by one "
                "straight line, XOR cannot. A network needs a hidden layer with a "
                "non-linear activation to bend its surface. Try 0 hidden layers, "
                "or the identity activation, and watch XOR fail.</p>"
                "<p><b>Luck of the draw:</b> the seed picks the starting weights, "
                "and some starts never leave the plateau. Training &gt; Sweep "
                "seeds trains a thousand seeds at once and shows how many make "
                "it.</p>"
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.exec()

    @Slot()
    def _about(self) -> None:
        try:
            version = metadata.version("xorgui")
        except metadata.PackageNotFoundError:
            version = "?"
        torch = sys.modules.get("torch")
        view = self.surface_view
        if view is None:
            drawing = self.tr("not started yet")
        elif view.uses_opengl:
            drawing = self.tr("OpenGL ({renderer})").format(renderer=view.renderer)
        else:
            drawing = self.tr("2-D heatmap ({reason})").format(
                reason=view.fallback_reason
            )
        QMessageBox.about(
            self,
            self.tr("About xorgui"),
            self.tr(
                "<h3>xorgui {version}</h3>"
                "<p>Watch a small PyTorch network learn a logic gate, step by step, "
                "as in the article <i>XORで学ぶ多層ニューラルネットワークの"
                "学習と推論</i>.</p>"
                "<p>Qt {qt}, PyTorch {torch}<br>3-D view: {drawing}</p>"
            ).format(
                version=version,
                qt=qVersion(),
                torch=getattr(torch, "__version__", self.tr("not loaded yet")),
                drawing=drawing,
            ),
        )
