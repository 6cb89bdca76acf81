"""View > Language: the interface in English or Japanese, switched while the
run goes on, and remembered for the next start."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from xorgui.window.language.languages import LANGUAGES, current_language, use_language
from xorgui.window.language.retranslate import retranslate_texts, switch_table
from xorgui.window.settings import Settings


class LanguageMenu(QMenu):
    """One checkable entry per language, each named in itself."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(self.tr("&Language"), window)
        self._window = window
        self._settings = settings
        self.setToolTipsVisible(True)
        self._group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self._group)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == current_language())
            self.addAction(action)
            self.language_actions[code] = action
        self._group.triggered.connect(self._chosen)

    def choose(self, code: str) -> None:
        """Switch to `code` as a person picking it in the menu does."""
        self.language_actions[code].trigger()

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        old, new = current_language(), str(action.data())
        if new == old:
            return
        if not use_language(new):
            self.language_actions[old].setChecked(True)
            use_language(old)
            self._window.statusBar().showMessage(
                self.tr(
                    "No translation for {name} was found: reinstall xorgui, or run "
                    "make translations in its folder."
                ).format(name=LANGUAGES[new])
            )
            return
        self._settings.set_language(new)
        retranslate_texts(self._window, switch_table(old, new))
        self._window.statusBar().showMessage(
            self.tr("The window is now in English; the run goes on.")
        )
