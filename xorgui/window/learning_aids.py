"""What the window offers a learner beyond the controls: View > Language, and
the article's lessons (a Lessons menu and a panel docked beside the controls).

A lesson's button shows its setup in the controls and runs it, as a person
changing the controls and pressing Play would; its view (a dock's name, such
as "plane") is shown when the window has that view, and the sweep's lesson
(the article's last) opens the seed sweep and runs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from xorgui.core.lessons import LESSONS, SWEEP_SEEDS, Lesson
from xorgui.window.language.menu import LanguageMenu
from xorgui.window.lessons_panel import LessonsPanel
from xorgui.window.settings import Settings

if TYPE_CHECKING:
    from xorgui.core.config import TrainConfig
    from xorgui.dialogs.sweep.dialog import SweepDialog
    from xorgui.window.run_model import RunModel
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.view_docks import ViewDocks


class Lessons(QObject):
    """The panel, its dock and menu, and starting a lesson: `start_run` shows
    and trains a setup, `open_sweep` shows the seed sweep."""

    def __init__(
        self,
        window: QMainWindow,
        model: RunModel,
        status: RunStatusBar,
        docks: ViewDocks,
        start_run: Callable[[TrainConfig], None],
        open_sweep: Callable[[], SweepDialog],
    ) -> None:
        super().__init__(window)
        self._status = status
        self._docks = docks
        self.start_run = start_run
        self._open_sweep = open_sweep
        self.panel = LessonsPanel(model, status.state_text, window)
        self.dock = docks.add(
            "lessons", "", self.panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.dock.hide()
        self.menu = QMenu(window)
        self.menu.setToolTipsVisible(True)
        self.show_action = self.dock.toggleViewAction()
        self.show_action.setShortcut(QKeySequence("F2"))
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        self.lesson_actions: list[QAction] = []
        for index in range(len(LESSONS)):
            action = QAction(self.menu)
            action.setData(index)
            action.triggered.connect(self._open_lesson)
            self.menu.addAction(action)
            self.lesson_actions.append(action)
        bar = window.menuBar()
        bar.insertMenu(bar.actions()[-1], self.menu)  # before Help
        self.panel.start_requested.connect(self.start)
        self.panel.retranslated.connect(self._retitle)
        self._retitle()

    @Slot()
    def _retitle(self) -> None:
        """The menu's and the dock's texts in the interface language."""
        self.menu.setTitle(self.tr("Less&ons"))
        self.dock.setWindowTitle(self.tr("Lessons"))
        self.show_action.setText(self.tr("Show the &lessons panel"))
        for action in self.lesson_actions:
            action.setText(self.panel.chooser.itemText(int(action.data())))

    @Slot()
    def _open_lesson(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open(int(action.data()))

    def open(self, index: int) -> None:
        """Show the panel with lesson `index` (0-based), not yet running."""
        self.panel.choose(index)
        self.dock.show()
        self.dock.raise_()

    @Slot(object)
    def start(self, lesson: Lesson) -> None:
        """Show the lesson's setup, train it from epoch 0 at the lesson's
        speed, and show its view."""
        self.start_run(lesson.config)
        if lesson.view is not None and lesson.view in self._docks.names():
            self._docks.show_view(lesson.view)
        if lesson.sweep:
            dialog = self._open_sweep()
            dialog.first_seed.setValue(SWEEP_SEEDS.start)
            dialog.seed_count.setValue(len(SWEEP_SEEDS))
            dialog.start()
        self._status.showMessage(
            self.tr("Lesson: {title}").format(title=self.panel.title.text())
        )


def add_language_menu(
    window: QMainWindow, settings: Settings, view_menu: QMenu
) -> LanguageMenu:
    """View > Language, after the View menu's last entry."""
    language_menu = LanguageMenu(window, settings)
    view_menu.addSeparator()
    view_menu.addAction(language_menu.menuAction())
    return language_menu
