"""The window's menu bar: File, Training, View and Help with the actions the
window's parts offer (the parts built later add their own menus and entries)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from xorgui.window.help_texts import HelpTexts
from xorgui.window.menus import fill_menu_bar, make_action

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def build_menu_bar(window: MainWindow) -> None:
    """Fill `window`'s menu bar; sets `sweep_action` and `reset_camera_action`."""

    window.sweep_action = make_action(
        window, translate("MainWindow", "S&weep seeds..."), window.open_sweep
    )
    window.sweep_action.setStatusTip(
        translate(
            "MainWindow",
            "Train many seeds of this setup at once: how often is it solved?",
        )
    )
    window.reset_camera_action = make_action(
        window, translate("MainWindow", "Reset &camera"), window.reset_camera
    )
    window.reset_camera_action.setEnabled(False)
    quit_action = make_action(
        window,
        translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )
    help_texts = HelpTexts(window, lambda: window.surface_view)
    fill_menu_bar(
        window.menuBar(),
        [
            (
                translate("MainWindow", "&File"),
                [*window.files.actions(), None, quit_action],
            ),
            (
                translate("MainWindow", "&Training"),
                [
                    *window.run_controls.actions_for_menu(),
                    None,
                    window.restore_article_action,
                    window.network_views.preset_action,
                    window.sweep_action,
                ],
            ),
            (
                translate("MainWindow", "&View"),
                [
                    window.reset_camera_action,
                    None,
                    *window.docks.actions(),
                    window.window_layout.reset_layout_action,
                    None,
                    *window.presentation.actions(),
                ],
            ),
            (translate("MainWindow", "&Help"), help_texts.actions()),
        ],
    )
