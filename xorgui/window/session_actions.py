"""File > Save session... and Open session...: a prepared run in one file.

A session holds the run (settings, checkpoints, loss history, budget), the
pinned runs and the window's layout, so a teacher can prepare a run and open
it in class, paused where it was saved, every epoch of it still there to look
back at, showing the epoch it showed. The worker reads and checks the file
in its thread (the window never waits on a large file or a pipe), before
anything changes: a file that cannot be used is a message box and the session
on screen stays as it was. The run itself lives in the training thread, so the
worker writes and restores it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter

from xorgui.core.job_results import ExportResult, SessionRead
from xorgui.core.pinned import PinnedRun
from xorgui.core.session.file import SESSION_EXTENSION
from xorgui.dialogs.file_dialogs import ask_open_path, ask_save_path
from xorgui.visuals.refusal_words import refusal_text, words_text
from xorgui.window.file_actions import show_error
from xorgui.window.layout.central import SPLITTERS

if TYPE_CHECKING:
    from xorgui.window.run_model import RunModel
    from xorgui.window.settings import Settings
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.worker.training_worker import TrainingWorker

WINDOW_STATE = "windowState"


class SessionActions(QObject):
    """The two File menu commands, as actions and as methods taking a path.

    `pinned_runs()` gives the runs to save with the session and
    `restore_pinned(runs)` takes those of an opened one.
    """

    configuration_opened = Signal(object)
    """A session was opened: the window shows its settings (the worker then
    restores the run itself)."""

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        model: RunModel,
        worker: TrainingWorker,
        status: RunStatusBar,
        file_menu: QMenu,
        restore_pinned: Callable[[list[PinnedRun]], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._model = model
        self._worker = worker
        self._status = status
        self._restore_pinned = restore_pinned
        self._filter = self.tr("xorgui sessions (*.{ext})").format(
            ext=SESSION_EXTENSION
        )
        self.open_action = QAction(self.tr("Open s&ession..."), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_action.setToolTip(
            self.tr(
                "Open a saved session: its run where it was saved (every epoch "
                "to look back at), its pinned runs and its layout (Ctrl+Shift+O)."
            )
        )
        self.open_action.triggered.connect(self._ask_open)
        self.save_action = QAction(self.tr("Save sessio&n..."), window)
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_action.setToolTip(
            self.tr(
                "Save this run (settings, every epoch trained, loss history), the "
                "pinned runs and the layout in one file, to open in class "
                "(Ctrl+Shift+S)."
            )
        )
        self.save_action.triggered.connect(self._ask_save)
        for action in (self.open_action, self.save_action):
            action.setStatusTip(action.toolTip())
        worker.session_saved.connect(self._on_saved)
        worker.session_read.connect(self._on_read)
        self._add_to_file_menu(file_menu)

    def _add_to_file_menu(self, menu: QMenu) -> None:
        """After the configuration's entries (before the File menu's first
        separator)."""
        before = next(action for action in menu.actions() if action.isSeparator())
        menu.insertSeparator(before)
        menu.insertActions(before, [self.open_action, self.save_action])

    @Slot()
    def _ask_save(self) -> None:
        from xorgui.core.export import export_name

        snapshot = self._model.snapshot
        config = self._model.setup
        epoch = None if snapshot is None else self._model.tip_epoch
        name = export_name(config, "session", SESSION_EXTENSION, epoch=epoch)
        path = ask_save_path(
            self._window, self._settings, self.tr("Save session"), name, self._filter
        )
        if path:
            self.save_session(path)

    @Slot()
    def _ask_open(self) -> None:
        path = ask_open_path(
            self._window, self._settings, self.tr("Open session"), self._filter
        )
        if path:
            self.open_session(path)

    def save_session(self, path: str) -> None:
        """Ask the worker to write the session to `path` (it says when done)."""
        self._worker.save_session(path, self._model.pins, self._layout())

    def open_session(self, path: str) -> None:
        """Open the session file at `path` once the worker has read it (in its
        thread); a file that cannot be used is explained and nothing changes."""
        self._worker.read_session(path)

    @Slot(object)
    def _on_read(self, read: SessionRead) -> None:
        data, path = read.data, read.path
        if data is None:
            assert read.refusal is not None
            self._show_error(
                self.tr("Cannot open this session"),
                self.tr("{reason}\n\nNothing was changed.").format(
                    reason=refusal_text(read.refusal)
                ),
            )
            return
        self.configuration_opened.emit(data.run.config)
        self._worker.load_session(data.run)
        self._restore_pinned(list(data.pinned))
        self._restore_layout(data.layout)
        self._status.say(
            self.tr("Opened the session {path}: epoch {epoch:,}.").format(
                path=path, epoch=data.run.timeline.tip.epoch
            )
        )

    def _layout(self) -> dict[str, bytes]:
        window = self._window
        layout = {WINDOW_STATE: bytes(window.saveState().data())}
        for name in SPLITTERS:
            splitter = window.findChild(QSplitter, name)
            if splitter is not None:
                layout[name] = bytes(splitter.saveState().data())
        return layout

    def _restore_layout(self, layout: dict[str, bytes]) -> None:
        """The saved layout; a part this window cannot use is left as it is."""
        window = self._window
        if WINDOW_STATE in layout:
            window.restoreState(layout[WINDOW_STATE])
        for name in SPLITTERS:
            splitter = window.findChild(QSplitter, name)
            if splitter is not None and name in layout:
                splitter.restoreState(layout[name])

    @Slot(object)
    def _on_saved(self, result: ExportResult) -> None:
        if result.error is None:
            self._status.say(
                self.tr("Saved the session to {path}").format(path=result.path)
            )
        else:
            self._show_error(
                self.tr("Could not save the session"), words_text(result.error)
            )

    def _show_error(self, title: str, text: str) -> None:
        show_error(self._window, title, text)
