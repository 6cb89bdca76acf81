"""What the window offers a learner beyond the controls: View > Language, and
the article's lessons (a Lessons menu and a panel docked beside the controls).

A lesson's button shows its setup in the controls and runs it, as a person
changing the controls and pressing Play would; its view (a dock's name, such
as "plane") is shown when the window has that view, and the last lesson
opens the seed sweep and runs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from xorgui.core.lessons import LESSONS, SWEEP_SEEDS, Lesson
from xorgui.window.language_menu import LanguageMenu
from xorgui.window.lessons_panel import LessonsPanel
from xorgui.window.settings import Settings

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow


class Lessons(QObject):
    """The panel, its dock and menu, and starting a lesson in `window`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.panel = LessonsPanel(window)
        self.dock = window.docks.add(
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
        """Show the lesson's setup, train it from epoch 0, and show its view."""
        window = self._window
        window.controls.set_config(lesson.config)
        window.controls.config_changed.emit(lesson.config)
        window.run_controls.play_requested.emit()
        if lesson.view is not None and lesson.view in window.docks.names():
            window.docks.show_view(lesson.view)
        if lesson.sweep:
            dialog = window.open_sweep()
            dialog.first_seed.setValue(SWEEP_SEEDS.start)
            dialog.seed_count.setValue(len(SWEEP_SEEDS))
            dialog.start()
        window.statusBar().showMessage(
            self.tr("Lesson: {title}").format(title=self.panel.title.text())
        )


def add_learning_aids(
    window: MainWindow, settings: Settings
) -> tuple[LanguageMenu, Lessons]:
    """View > Language (after the View menu's last entry), and the lessons."""
    language_menu = LanguageMenu(window, settings)
    view_menu = next(
        menu
        for menu in window.presentation.larger_text_action.associatedObjects()
        if isinstance(menu, QMenu)
    )
    view_menu.addSeparator()
    view_menu.addAction(language_menu.menuAction())
    return language_menu, Lessons(window)
