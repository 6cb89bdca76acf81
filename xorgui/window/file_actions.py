"""The File menu's commands: open and save a configuration, import data
points (CSV), export the surface and loss plot images, any view
(view_export), the loss history, the model and the run as a PyTorch script.

Every file is asked for the same way (file_dialogs) and written through
core.export, atomically; a failure is a message box a person can act on, and
the window goes on as it was. The loss history and the model live in the
training thread, so the worker writes them and this says how it went.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from xorgui.core.config import TrainConfig
from xorgui.core.job_results import ExportResult
from xorgui.core.refusal import Refusal
from xorgui.dialogs.file_dialogs import FileChoice, ask_open_path, ask_save_path
from xorgui.visuals.refusal_words import refusal_text, words_text
from xorgui.window.view_export import ViewExportMenu

if TYPE_CHECKING:
    from xorgui.visuals.loss.plot import LossPlot
    from xorgui.window.run_model import RunModel
    from xorgui.window.settings import Settings
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.surface_pane import SurfacePane
    from xorgui.window.view_docks import ViewDocks
    from xorgui.window.worker.training_worker import TrainingWorker


class FileActions(QObject):
    """The window's file commands, as menu actions and as methods taking a path."""

    configuration_opened = Signal(object)
    """A configuration file was read: the window shows it and starts a run."""
    points_imported = Signal(object)
    """Data points were read from a file (given points): a run on them starts."""

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        model: RunModel,
        worker: TrainingWorker,
        shown_setup: Callable[[], TrainConfig],
        surface_pane: SurfacePane,
        loss_plot: LossPlot,
        truth_table: QWidget,
        docks: ViewDocks,
        status: RunStatusBar,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._model = model
        self._worker = worker
        self._shown_setup = shown_setup
        self._surface_pane = surface_pane
        self._loss_plot = loss_plot
        self._status = status
        worker.export_finished.connect(self._on_export_finished)
        png_files = self.tr("PNG images (*.png)")
        self.export_surface_action = self._action(
            self.tr("Export &surface image..."),
            "Ctrl+E",
            FileChoice(self.tr("Export surface image"), png_files, "surface", "png"),
            self.export_surface_image,
        )
        # Enabled by the window once the surface view exists.
        self.export_surface_action.setEnabled(False)
        self.export_view_menu = ViewExportMenu(self, model, docks, truth_table, window)
        self._actions = self._make_actions(png_files)

    def can_export_surface(self) -> bool:
        """Whether the surface view exists to be exported."""
        return self.export_surface_action.isEnabled()

    def actions(self) -> list[QAction | None]:
        """The File menu's commands in order; None is a separator."""
        return list(self._actions)

    def _make_actions(self, png_files: str) -> list[QAction | None]:
        json_files = self.tr("Configurations (*.json)")
        return [
            self._action(
                self.tr("&Open configuration..."),
                QKeySequence.StandardKey.Open,
                FileChoice(self.tr("Open configuration"), json_files),
                self.open_configuration,
            ),
            self._action(
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
            self._action(
                self.tr("&Import data (CSV)..."),
                None,
                FileChoice(
                    self.tr("Import data points"),
                    self.tr("CSV files (*.csv)"),
                ),
                self.import_points,
            ),
            None,
            self.export_surface_action,
            self._action(
                self.tr("Export &loss plot image..."),
                None,
                FileChoice(self.tr("Export loss plot image"), png_files, "loss", "png"),
                self.export_loss_plot_image,
            ),
            self.export_view_menu.menuAction(),
            self._action(
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
            self._action(
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
            self._script_action(),
        ]

    def _script_action(self) -> QAction:
        action = self._action(
            self.tr("Export as &PyTorch script..."),
            None,
            FileChoice(
                self.tr("Export as PyTorch script"),
                self.tr("Python scripts (*.py)"),
                "script",
                "py",
                with_epoch=False,
            ),
            self.export_script,
        )
        action.setToolTip(
            self.tr(
                "Write this run as a short PyTorch program in the article's "
                "style: run with plain torch, it prints the same losses."
            )
        )
        action.setStatusTip(action.toolTip())
        return action

    def _action(
        self,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None,
        choice: FileChoice,
        handler: Callable[[str], object],
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # partial, not a lambda: this connection stays in the GUI thread.
        action.triggered.connect(partial(self.choose_file, choice, handler))
        return action

    def choose_file(self, choice: FileChoice, handler: Callable[[str], object]) -> None:
        """Ask for a file (in the one folder all dialogs share) and pass it on."""
        if not choice.extension:
            path = ask_open_path(
                self._window, self._settings, choice.title, choice.filter
            )
        else:
            path = ask_save_path(
                self._window,
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

        snapshot = self._model.snapshot
        config = self._shown_setup() if snapshot is None else snapshot.config
        epoch = snapshot.epoch if snapshot is not None and choice.with_epoch else None
        return export_name(config, choice.what, choice.extension, epoch=epoch)

    def open_configuration(self, path: str) -> bool:
        """Load a configuration file and start a new run with it.

        A file that cannot be used is explained in a message box; the current
        session is left exactly as it was.
        """
        try:
            config = TrainConfig.load(path)
        except Refusal as exc:
            self._show_refusal(self.tr("Cannot open this configuration"), exc)
            return False
        self.configuration_opened.emit(config)
        self._status.say(self.tr("Opened {path}").format(path=path))
        return True

    def import_points(self, path: str) -> bool:
        """Read data points (x1,x2,label lines) and train a new run on them.

        A file that cannot be used is explained in a message box naming the
        line; the current run and its data are left exactly as they were.
        """
        from xorgui.core.data.csv_file import read_points_csv

        try:
            points = read_points_csv(path)
        except Refusal as exc:
            self._show_refusal(self.tr("Cannot import these points"), exc)
            return False
        self.points_imported.emit(points)
        self._status.say(
            self.tr(
                "Imported {n} points from {path}; a new run starts from them."
            ).format(n=len(points), path=path)
        )
        return True

    def save_configuration(self, path: str) -> bool:
        """Write the configuration the controls show as JSON, with a note of
        each hand edit of the run ("model edited by hand at epoch N: ...")."""
        from xorgui.core.export import save_config

        snapshot = self._model.snapshot
        notes = [] if snapshot is None else [edit.note for edit in snapshot.edits]
        return self._write(
            self.tr("configuration"),
            path,
            partial(save_config, notes=notes),
            self._shown_setup(),
        )

    def export_surface_image(self, path: str) -> bool:
        """Save the surface, seen as the view shows it, as a fixed-size PNG with
        a caption of the setup and the epoch."""
        from xorgui.visuals.surface.export import surface_export_image

        view, snapshot = self._surface_pane.view, self._model.snapshot
        if view is None or snapshot is None or snapshot.surface is None:
            return False
        image = surface_export_image(view, snapshot, self._window.devicePixelRatioF())
        return self.write_image(self.tr("surface image"), path, image)

    def export_loss_plot_image(self, path: str) -> bool:
        """Save the loss plot as a PNG."""
        image = self._loss_plot.grab_image()
        return self.write_image(self.tr("loss plot image"), path, image)

    def write_image(self, what: str, path: str, image: QImage) -> bool:
        """Save `image` as a PNG; a failure is a message box naming `what`."""
        from xorgui.visuals.image_export import save_image

        return self._write(what, path, save_image, image)

    def export_loss_csv(self, path: str) -> None:
        """Ask the worker for the whole loss history as `epoch,loss` CSV."""
        self._worker.export_history(path)

    def export_model(self, path: str) -> None:
        """Ask the worker to save the model's checkpoint (torch.save format)."""
        self._worker.export_model(path)

    def export_script(self, path: str) -> bool:
        """Write the run's setup as a PyTorch script in the article's style,
        commented in the window's language, which prints the app's losses
        with plain torch. It trains from the seed's weights: a run edited by
        hand says so."""
        from xorgui.core.script.pytorch import save_pytorch_script

        what = self.tr("PyTorch script")
        writer = partial(save_pytorch_script, translate=script_words)
        if not self._write(what, path, writer, self._model.setup):
            return False
        snapshot = self._model.snapshot
        if snapshot is not None and snapshot.edits:
            self._status.say(
                self.tr(
                    "Saved the {what} to {path}. It trains from the seed's "
                    "weights, without your edits by hand."
                ).format(what=what, path=path)
            )
        return True

    @Slot(object)
    def _on_export_finished(self, result: ExportResult) -> None:
        what = self.tr("loss history") if result.kind == "history" else self.tr("model")
        if result.error is None:
            self._say_saved(what, result.path)
        else:
            self._show_error(
                self.tr("Could not export the {what}").format(what=what),
                words_text(result.error),
            )

    def _write(
        self, what: str, path: str, writer: Callable[[str, Any], None], data: Any
    ) -> bool:
        """Run a file writer; its ExportError becomes a message box."""
        from xorgui.core.files import ExportError

        try:
            writer(path, data)
        except ExportError as exc:
            self._show_error(
                self.tr("Could not save the {what}").format(what=what),
                words_text(exc.words),
            )
            return False
        self._say_saved(what, path)
        return True

    def _say_saved(self, what: str, path: str) -> None:
        self._status.say(
            self.tr("Saved the {what} to {path}").format(what=what, path=path)
        )

    def _show_refusal(self, title: str, refusal: Refusal) -> None:
        """A file that cannot be used: why, and that nothing changed."""
        self._show_error(
            title,
            self.tr("{reason}\n\nNothing was changed.").format(
                reason=refusal_text(refusal)
            ),
        )

    def _show_error(self, title: str, text: str) -> None:
        show_error(self._window, title, text)


def script_words(text: str) -> str:
    """An exported script's comment in the window's language."""
    return QCoreApplication.translate("script", text)


MESSAGE_LINES, MESSAGE_CHARACTERS = 12, 1200
"""The most an error box shows, so that it always fits on the screen."""


def show_error(parent: QWidget, title: str, text: str) -> None:
    """A modal error box a person closes with OK: a file could not be used.
    A longer text is cut (with "…"): the box never outgrows the screen."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        title,
        bounded_message(text),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.exec()


def bounded_message(text: str) -> str:
    """`text`, at most MESSAGE_LINES lines and MESSAGE_CHARACTERS characters
    of it (a long line wraps into many)."""
    lines = text.splitlines()
    shown = "\n".join(lines[:MESSAGE_LINES])
    if len(shown) > MESSAGE_CHARACTERS:
        shown = shown[:MESSAGE_CHARACTERS]
    return shown if shown == text else shown + "\u2026"
