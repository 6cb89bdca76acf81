"""The Japanese interface of the line views and the window's view commands:
the plane, single-layer and activation docks for an identity network (its
single layer over the 3-D surface) and for the article's sigmoid one, a
function made by clicking targets in the truth table, File > Export view as
PNG and View > Reset layout. The same tour in English finds English in each
part, so each part's check can fail."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from text_walk import (  # tests/gui/
    Texts,
    dialog_texts,
    parts_left_in_english,
    parts_without_english,
    visible_texts,
)

from xorgui.visuals.gate_words import gate_label
from xorgui.window.language.languages import use_language
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

LINE_VIEWS = ("plane", "collapse", "activation")


def tour_the_line_views(window: MainWindow, qtbot: QtBot) -> dict[str, Texts]:
    """Choose the identity activation, lay its single layer over the surface,
    then the sigmoid again; click two targets (a custom function, then a
    constant one); open File > Export view as PNG and export the plane (the
    file dialog cancelled); reset the layout. The texts a person sees on the
    way, by part."""
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    parts = {
        f"{name} ({activation})": texts
        for activation in ("identity", "sigmoid")
        for name, texts in line_views_with(window, qtbot, activation).items()
    }
    parts["custom function"] = [
        text for row in (2, 1) for text in flip_target(window, qtbot, row)
    ]
    parts["export view"] = export_view_texts(window, qtbot)
    reset = window.window_layout.reset_layout_action
    reset.trigger()
    parts["reset layout"] = [
        ("action", reset.text()),
        ("status tip", reset.statusTip()),
        ("status message", window.statusBar().currentMessage()),
    ]
    parts["status bar"] = [("status message", text) for text in said if text]
    parts["window"] = list(visible_texts(window))
    return parts


def line_views_with(
    window: MainWindow, qtbot: QtBot, activation: str
) -> dict[str, Texts]:
    """The three line views' texts after two epochs with `activation` chosen
    in the controls (the identity network's single layer laid over the 3-D
    surface)."""
    box = window.controls.activation
    box.setCurrentIndex(box.findData(activation))
    qtbot.waitUntil(
        lambda: (
            window.snapshot.config.activation == activation
            and window.snapshot.epoch == 0
        )
    )
    for epoch in (1, 2):
        window.run_controls.step_action.trigger()
        qtbot.waitUntil(lambda epoch=epoch: window.snapshot.epoch == epoch)
    panel = window.line_views.collapse
    if activation == "identity":
        window.docks.show_view("collapse")
        qtbot.mouseClick(panel.overlay_box, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(panel.difference.text()))
    texts = {}
    for name in LINE_VIEWS:
        window.docks.show_view(name)
        view = window.docks.dock(name).widget()
        view.show_snapshot(window.snapshot)
        view.flush()
        texts[name] = list(visible_texts(window.docks.dock(name)))
    return texts


def flip_target(window: MainWindow, qtbot: QtBot, row: int) -> Texts:
    """Click the target of `row` in the truth table: the gate control, the
    table (its targets' tooltips), the note and the title, as they show the
    new function."""
    table = window.truth_table
    before = window.snapshot.config.gate
    cell = table.visualItemRect(table.item(row, table.TARGET))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.waitUntil(lambda: window.snapshot.config.gate != before)
    return [
        *visible_texts(window.controls.gate),
        *visible_texts(table),
        ("note", window.note.text()),
        ("window title", window.windowTitle()),
    ]


def export_view_texts(window: MainWindow, qtbot: QtBot) -> Texts:
    """File > Export view as PNG: the submenu as it opens (one entry a view),
    then its plane entry clicked: the file dialog's title and filters."""
    menu = window.files.export_view_menu
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(menu.isVisible)
    seen = [*visible_texts(menu), ("status tip", menu.menuAction().statusTip())]
    [plane] = [action for action in menu.actions() if action.data() == "plane"]
    assert len(menu.actions()) == 3 + len(window.docks.names())

    def file_dialog(dialog: QDialog) -> Texts:
        assert isinstance(dialog, QFileDialog)
        filters = [("file filter", text) for text in dialog.nameFilters()]
        return [("file dialog title", dialog.windowTitle()), *filters]

    def click_plane() -> None:
        area = menu.actionGeometry(plane)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=area.center())

    return [*seen, *dialog_texts(QFileDialog, click_plane, file_dialog)]


def test_the_line_views_and_the_view_commands_are_japanese(
    japanese: None, open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    parts = tour_the_line_views(open_window(), qtbot)
    left = parts_left_in_english(parts)
    assert not left, left
    custom = {text for _, text in parts["custom function"]}
    assert {"カスタム 0100", "xorgui - 0000（常に 0）、ネットワーク 2-2-1"} <= custom
    assert "1100 = NOT x1" in str(custom)  # what a click on (0, 0) would give
    collapse = {text for _, text in parts["collapse (identity)"]}
    assert any(text.startswith("重なっています。") for text in collapse), collapse
    reset = parts["reset layout"][2]
    assert reset == ("status message", "表示を最初の位置に戻しました。")


def test_the_tour_of_the_line_views_finds_english(
    open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    parts = tour_the_line_views(open_window(), qtbot)
    assert not parts_without_english(parts)
    custom = {text for _, text in parts["custom function"]}
    assert "xorgui - 0000 (FALSE), network 2-2-1" in custom


def test_a_language_switch_rewords_the_line_views_and_the_custom_function(
    open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """Paused, with a custom function: after View > Language > 日本語 the
    view in sight, and one brought to the front later, say their texts made
    with values in Japanese, and the gate control names the function in
    Japanese, without a new snapshot."""
    window = open_window()
    flip_target(window, qtbot, 2)  # 0100: custom
    window.run_controls.step_action.trigger()
    qtbot.waitUntil(lambda: window.snapshot.epoch == 1)
    plane, activation = window.line_views.plane, window.line_views.activation
    for name in ("plane", "activation"):  # the activation in front, the plane behind
        window.docks.show_view(name)
        window.docks.dock(name).widget().flush()
    assert plane.caption.text() == "0100 (NOT x1 AND x2), network 2-2-1, epoch 1"
    try:
        window.language_menu.choose("ja")
        qtbot.waitUntil(lambda: activation.caption.text().startswith("点"))
        legend = {text for _, text in visible_texts(activation)}
        assert "活性化関数なし:y = x" in legend
        assert window.controls.gate.currentText() == "カスタム 0100"
        tip = window.controls.gate.itemData(6, Qt.ItemDataRole.ToolTipRole)
        assert tip == "0100 = NOT x1 AND x2"
        window.docks.show_view("plane")  # the latest snapshot, in Japanese
        caption = f"{gate_label('0100')}、ネットワーク 2-2-1、エポック 1"
        assert caption.startswith("0100（")  # the function, in Japanese words
        qtbot.waitUntil(lambda: plane.caption.text() == caption)
        assert plane.note.text().startswith("中間層のユニットはそれぞれ直線を")
        assert window.snapshot.epoch == 1
    finally:
        use_language("en")
