"""Training > Atlas, wired into the window: the menu command, the atlas's
thread, and what a clicked cell asks of the main window (watch one of its
seeds, or sweep its setup in the sweep dialog: the window's run is kept).

One call from MainWindow.__init__, after the menus are built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from xorgui.core.config import TrainConfig
from xorgui.window.atlas.runner import AtlasRunner
from xorgui.window.menus import add_to_menu, make_action

if TYPE_CHECKING:
    from xorgui.dialogs.atlas_dialog import AtlasDialog
    from xorgui.dialogs.sweep.dialog import SweepDialog
    from xorgui.window.run_model import RunModel


class AtlasCommand(QObject):
    """The atlas's menu command, its dialog (one per window) and its thread,
    which stops when the window closes."""

    def __init__(
        self,
        window: QMainWindow,
        model: RunModel,
        training_menu: QMenu,
        sweep_action: QAction,
        setup: Callable[[], TrainConfig],
        show_and_start: Callable[[TrainConfig], None],
        open_sweep: Callable[[], SweepDialog],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._model = model
        self._setup = setup
        self._show_and_start = show_and_start
        self._open_sweep = open_sweep
        self.dialog: AtlasDialog | None = None
        self.runner = AtlasRunner()  # no parent: Python owns it, stopped on close
        self.action = make_action(window, self.tr("&Atlas..."), self.open)
        self.action.setStatusTip(
            self.tr(
                "Where does training work? Sweep a grid of learning rates and "
                "widths (or other settings) and see it as two heatmaps."
            )
        )
        add_to_menu(training_menu, [self.action], after=sweep_action)
        window.installEventFilter(self)

    @Slot()
    def open(self) -> AtlasDialog:
        """Show the atlas dialog, with the main window's setup as its base."""
        if self.dialog is None:
            from xorgui.dialogs.atlas_dialog import AtlasDialog

            dialog = AtlasDialog(self.runner, self._setup, self._window)
            dialog.watch_requested.connect(self._watch)
            dialog.sweep_requested.connect(self._sweep)
            self._model.setup_changed.connect(dialog.refresh_setup)
            self.dialog = dialog
        self.dialog.refresh_setup()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    @Slot(object)
    def _watch(self, config: TrainConfig) -> None:
        """Train this cell's setup and seed in the main window."""
        self._show_and_start(config)
        self._window.raise_()
        self._window.activateWindow()

    @Slot(object, object)
    def _sweep(self, config: TrainConfig, seeds: range) -> None:
        """Sweep this cell's setup and seeds in the sweep dialog; the main
        window's run stays as it is."""
        self._open_sweep().sweep_setup(config, seeds)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.runner.stop()
        return False
