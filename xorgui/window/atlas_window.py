"""Training > Atlas, wired into the window: the menu command, the atlas's
thread, and what a clicked cell asks of the main window (watch one of its
seeds, or open the sweep of its setup).

One call from MainWindow.__init__, after the menus are built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Slot

from xorgui.core.config import TrainConfig
from xorgui.window.atlas_runner import AtlasRunner
from xorgui.window.menus import make_action

if TYPE_CHECKING:
    from xorgui.dialogs.atlas_dialog import AtlasDialog
    from xorgui.window.main_window import MainWindow


class AtlasCommand(QObject):
    """The atlas's menu command, its dialog (one per window) and its thread,
    which stops when the window closes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: AtlasDialog | None = None
        self.runner = AtlasRunner()  # no parent: Python owns it, stopped on close
        self.action = make_action(window, self.tr("&Atlas..."), self.open)
        self.action.setStatusTip(
            self.tr(
                "Where does training work? Sweep a grid of learning rates and "
                "widths (or other settings) and see it as two heatmaps."
            )
        )
        # In the Training menu, after Sweep seeds.
        for entry in window.menuBar().actions():
            actions = entry.menu().actions() if entry.menu() is not None else []
            if window.sweep_action in actions:
                after = actions.index(window.sweep_action) + 1
                before = actions[after] if after < len(actions) else None
                entry.menu().insertAction(before, self.action)
        window.installEventFilter(self)

    @Slot()
    def open(self) -> AtlasDialog:
        """Show the atlas dialog, with the main window's setup as its base."""
        if self.dialog is None:
            from xorgui.dialogs.atlas_dialog import AtlasDialog

            window = self._window
            dialog = AtlasDialog(self.runner, window.controls.config, window)
            dialog.watch_requested.connect(self._watch)
            dialog.sweep_requested.connect(self._sweep)
            window.controls.config_changed.connect(dialog.refresh_setup)
            self.dialog = dialog
        self.dialog.refresh_setup()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    @Slot(object)
    def _watch(self, config: TrainConfig) -> None:
        """Train this cell's setup and seed in the main window."""
        self._window.show_and_start(config)
        self._window.raise_()
        self._window.activateWindow()

    @Slot(object, object)
    def _sweep(self, config: TrainConfig, seeds: range) -> None:
        """The sweep dialog, for this cell's setup and seeds (Run starts it)."""
        self._window.show_and_start(config)
        dialog = self._window.open_sweep()
        dialog.first_seed.setValue(seeds.start)
        dialog.seed_count.setValue(len(seeds))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.runner.stop()
        return False
