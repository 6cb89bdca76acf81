"""The atlas's Japanese interface: Training > Atlas... opened from the menu,
axes typed wrong (each error worded by the window), a tiny atlas run, a cell
hovered and clicked. The same tour in English finds English in each part, so
each part's check can fail."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from text_walk import (  # tests/gui/
    Texts,
    parts_left_in_english,
    parts_without_english,
    visible_texts,
)

from xorgui.dialogs.atlas_dialog import AtlasDialog
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

TIMEOUT_MS = 60_000
LRS, WIDTHS = "0.3,3", "1,4"
SEEDS, EPOCHS = 6, 1500


def tour_the_atlas(window: MainWindow, qtbot: QtBot) -> dict[str, Texts]:
    """Open Training > Atlas...; type a range that cannot be read, a learning
    rate too large and the same setting on both axes, pressing Start each
    time; run a 2 x 2 atlas; hover a cell, then click it. The texts a person
    sees on the way, by part."""
    action = window.atlas.action
    [training] = [
        entry.menu()
        for entry in window.menuBar().actions()
        if entry.menu() is not None and action in entry.menu().actions()
    ]
    parts = {"menu": [("action", action.text()), ("status tip", action.statusTip())]}
    action.trigger()
    dialog = window.atlas.dialog
    assert isinstance(dialog, AtlasDialog)
    qtbot.waitExposed(dialog)
    parts["training menu"] = [("menu title", training.title())]
    parts["dialog"] = list(visible_texts(dialog))
    parts["axis errors"] = axis_errors(dialog, qtbot)

    dialog.axis_values[0].setText(LRS)
    dialog.axis_values[1].setText(WIDTHS)
    dialog.seeds.setValue(SEEDS)
    dialog.epochs.setValue(EPOCHS)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.running
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT_MS)
    assert dialog.grid is not None and dialog.grid.finished
    parts["finished atlas"] = list(visible_texts(dialog))

    heatmap = dialog.view.share_map
    centre = heatmap.cell_centre((1, 1)).toPoint()
    before = dialog.view.hover_label.text()
    qtbot.mouseMove(heatmap.viewport(), centre)
    qtbot.waitUntil(lambda: dialog.view.hover_label.text() != before)
    parts["hovered cell"] = [
        ("hover", dialog.view.hover_label.text()),
        ("tooltip", heatmap.toolTip()),
    ]
    qtbot.mouseClick(heatmap.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert dialog.selected == (1, 1)
    parts["chosen cell"] = [
        *visible_texts(dialog.cell_label),
        *visible_texts(dialog.watch_button),
        *visible_texts(dialog.sweep_button),
    ]
    dialog.close()
    return parts


def axis_errors(dialog: AtlasDialog, qtbot: QtBot) -> Texts:
    """Start with each of three mistakes; what the error line says each time.
    The fields are left with the default axes."""
    said: Texts = []
    across, up = dialog.axis_values
    for text in ("0.01:10:0log", "0.1,20"):
        across.setText(text)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        said.append((f"error for {text}", dialog.error.text()))
    across.setText("0.01:10:8log")
    names = dialog.axis_names[1]
    names.setCurrentIndex(names.findData("lr"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    said.append(("error for two learning rates", dialog.error.text()))
    names.setCurrentIndex(names.findData("hidden"))
    assert dialog.error.isVisible() and not dialog.running
    return said


def test_the_atlas_is_japanese(
    japanese: None, open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    parts = tour_the_atlas(open_window(), qtbot)
    left = parts_left_in_english(parts)
    assert not left, left
    errors = [text for _, text in parts["axis errors"]]
    assert errors == [
        "横軸（学習率）の「0.01:10:0log」は読み取れません。"
        "例:0.01:10:8log または 0.03,0.1,0.3。",
        "横軸（学習率）の 20 は使えません。学習率は 1e-06～10 です。",
        "両方の軸が学習率になっています。どちらかを別の設定にしてください。",
    ]
    finished = dict(parts["finished atlas"])
    assert finished["QProgressBar.text"] == f"4 マス × {SEEDS} シードの 100%"
    hover = parts["hovered cell"][0][1]
    assert hover.startswith("学習率 3、中間層のユニット 4 個:"), hover
    assert f"{SEEDS} 個中" in hover
    chosen = dict(parts["chosen cell"])
    assert chosen["QLabel.text"] == "選択中:" + hover


def test_the_tour_of_the_atlas_finds_english(
    open_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    parts = tour_the_atlas(open_window(), qtbot)
    assert not parts_without_english(parts)
    hover = parts["hovered cell"][0][1]
    assert hover.startswith("learning rate 3, 4 hidden units: "), hover
