"""Pinned runs: keep the current run to compare the next ones with.

Training > Pin this run (Ctrl+P) keeps the run's setup, loss curve and
surface; its curve stays on the loss plot under the current one, named by
what sets it apart, and the "Pinned runs" dock shows its final surface.
Training > Clear pinned runs forgets them all. A session file saves and
restores them through `runs()` and `restore()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence

from xorgui.core.pinned import MAX_PINNED, PinnedRun
from xorgui.visuals.pinned_view import PinnedSurfaceView
from xorgui.visuals.run_labels import run_label
from xorgui.window.menus import add_to_menu, menu_titled

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow

DOCK_NAME = "pinned"


class Pins(QObject):
    """The window's pinned runs (at most MAX_PINNED), their actions and dock."""

    changed = Signal()
    """The pinned runs changed (pinned, cleared or restored)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._runs: list[PinnedRun] = []
        self.pin_action = QAction(self.tr("&Pin this run"), window)
        self.pin_action.setShortcut(QKeySequence("Ctrl+P"))
        self.pin_action.setToolTip(
            self.tr(
                "Keep this run's loss curve on the plot and its surface in the "
                "Pinned runs view, then change one thing and train again to "
                "compare (up to {count} runs)."
            ).format(count=MAX_PINNED)
        )
        self.pin_action.triggered.connect(self.pin_current)
        self.clear_action = QAction(self.tr("C&lear pinned runs"), window)
        self.clear_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.clear_action.setToolTip(
            self.tr("Remove every pinned run from the loss plot and the view.")
        )
        self.clear_action.triggered.connect(self.clear)
        for action in (self.pin_action, self.clear_action):
            action.setStatusTip(action.toolTip())
        self.view = PinnedSurfaceView()
        self.dock = window.docks.add(DOCK_NAME, self.tr("Pinned runs"), self.view)
        self.dock.hide()  # until a run is pinned (or the saved layout shows it)
        self._add_to_menus()
        self._show()

    def _add_to_menus(self) -> None:
        """The actions at the end of Training; the dock's show/hide action
        in View, after the other views' (before the text size and full screen)."""
        bar = self._window.menuBar()
        training = QCoreApplication.translate("MainWindow", "&Training")
        add_to_menu(bar, training, [None, *self.actions()])
        view = QCoreApplication.translate("MainWindow", "&View")
        present = menu_titled(bar, view).actions()
        first_aid = self._window.presentation.actions()[0]
        last_view = present[present.index(first_aid) - 2]
        add_to_menu(bar, view, [self.dock.toggleViewAction()], after=last_view)

    def actions(self) -> list[QAction]:
        return [self.pin_action, self.clear_action]

    def runs(self) -> list[PinnedRun]:
        """The pinned runs, oldest first."""
        return list(self._runs)

    @Slot()
    def pin_current(self) -> PinnedRun | None:
        """Pin the run the window shows now; None (and a word in the status
        bar) when there is nothing to pin or no room."""
        window = self._window
        snapshot = window.snapshot
        if snapshot is None or snapshot.epoch == 0:
            window.status.say(self.tr("Nothing to pin yet: train the run first."))
            return None
        if len(self._runs) >= MAX_PINNED:
            window.status.say(
                self.tr(
                    "{count} runs are pinned already, the most there can be: "
                    "Training > Clear pinned runs first."
                ).format(count=MAX_PINNED)
            )
            return None
        run = PinnedRun(
            label=self._unique(run_label(snapshot.config)),
            config=snapshot.config,
            epoch=snapshot.epoch,
            history_epochs=snapshot.history_epochs,
            history_losses=snapshot.history_losses,
            surface=snapshot.surface,
        )
        self._runs.append(run)
        self._show()
        window.docks.show_view(DOCK_NAME)
        window.status.say(
            self.tr(
                "Pinned this run ({label}). Change one thing and train again."
            ).format(label=run.label)
        )
        return run

    @Slot()
    def clear(self) -> None:
        """Forget every pinned run."""
        had = bool(self._runs)
        self._runs = []
        self._show()
        if had:
            self._window.status.say(self.tr("Cleared the pinned runs."))

    def restore(self, runs: Sequence[PinnedRun]) -> None:
        """Show these runs as the pinned ones (a session file's), the first
        MAX_PINNED of them."""
        self._runs = list(runs)[:MAX_PINNED]
        self._show()

    def _unique(self, label: str) -> str:
        """`label`, numbered when a pinned run has it already."""
        taken = {run.label for run in self._runs}
        number = 1
        unique = label
        while unique in taken:
            number += 1
            unique = f"{label} ({number})"
        return unique

    def _show(self) -> None:
        window = self._window
        window.loss_plot.set_pinned(self._runs)
        view = window.surface_view
        self.view.set_runs(self._runs, opengl=view is not None and view.uses_opengl)
        self.clear_action.setEnabled(bool(self._runs))
        self.changed.emit()
