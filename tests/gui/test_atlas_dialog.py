"""Training > Atlas in the real window: run a small atlas, read the heatmaps,
hover and click a cell, sweep or watch it, and cancel."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from xorgui.core.atlas.grid import CellSummary, typical_seed
from xorgui.core.sweep.run import run_sweep
from xorgui.dialogs.atlas_dialog import AtlasDialog
from xorgui.visuals.atlas.words import epochs_text
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui

TIMEOUT_MS = 60_000
LRS, WIDTHS = (0.3, 3.0), (1, 4)


def press(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_atlas(qtbot: QtBot, window: MainWindow) -> AtlasDialog:
    """Training > Atlas..., found in the menu bar as a person finds it."""
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    entries = [a.text() for a in menus["&Training"].actions()]
    assert entries[entries.index("S&weep seeds...") + 1] == "&Atlas..."
    (action,) = [a for a in menus["&Training"].actions() if a.text() == "&Atlas..."]
    action.trigger()
    dialog = window.atlas.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def small_atlas(dialog: AtlasDialog, seeds: int, epochs: int) -> None:
    dialog.axis_values[0].setText(",".join(map(str, LRS)))
    dialog.axis_values[1].setText(",".join(map(str, WIDTHS)))
    dialog.seeds.setValue(seeds)
    dialog.epochs.setValue(epochs)


def test_the_atlas_fills_in_reads_and_leads_to_a_seed(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_atlas(qtbot, window)
    # The default atlas is offered: learning rates across, widths up.
    assert dialog.axis_names[0].currentText() == "learning rate"
    assert dialog.axis_values[0].text() == "0.01:10:8log"
    assert dialog.axis_names[1].currentText() == "hidden width"
    assert dialog.axis_values[1].text() == "1,2,3,4,8,16"
    assert (dialog.seeds.value(), dialog.epochs.value()) == (100, 20000)
    small_atlas(dialog, 12, 1500)
    press(qtbot, dialog.start_button)
    assert dialog.cancel_button.isEnabled() and not dialog.start_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT_MS)
    grid = dialog.grid
    assert grid is not None and grid.finished
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.progress.text() == "100% of 4 cells x 12 seeds"

    # Both maps show every cell's value, as the sweep of that setup gives it.
    base = window.controls.config().with_changes(epochs=1500)
    shares, medians = [], []
    for j, width in enumerate(WIDTHS):
        for i, lr in enumerate(LRS):
            result = run_sweep(base.with_changes(lr=lr, hidden=(width,)), range(12))
            summary = CellSummary.of(result)
            assert grid.summary((i, j)) == summary
            shares.append(f"{summary.share:.0%}")
            medians.append("" if summary.too_few else epochs_text(summary.median))
    assert dialog.view.share_map.texts() == shares
    assert dialog.view.median_map.texts() == medians
    assert shares[:2] == ["0%", "0%"]  # one hidden unit never learns XOR
    assert "With 4 hidden units" in dialog.note.text()
    assert "with 1, 0%" in dialog.note.text()

    # Hovering a cell tells its values; clicking it chooses it.
    heatmap = dialog.view.median_map
    centre = heatmap.cell_centre((1, 1)).toPoint()
    qtbot.mouseMove(heatmap.viewport(), centre)
    expected = "learning rate 3, 4 hidden units: "
    qtbot.waitUntil(lambda: dialog.view.hover_label.text().startswith(expected))
    assert f"({shares[3]})" in dialog.view.hover_label.text()
    assert heatmap.toolTip() == dialog.view.hover_label.text()
    assert not dialog.watch_button.isEnabled()
    qtbot.mouseClick(heatmap.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert dialog.selected == (1, 1)
    assert dialog.cell_label.text().startswith("Chosen: " + expected)
    seed = typical_seed(grid.results[(1, 1)])
    assert dialog.watch_button.text() == f"&Watch seed {seed}"

    # Watch: the main window trains that cell's setup and seed from epoch 0.
    press(qtbot, dialog.watch_button)
    watched = base.with_changes(lr=3.0, hidden=(4,), seed=seed)
    assert window.controls.config() == watched
    qtbot.waitUntil(
        lambda: (
            window.snapshot is not None
            and window.snapshot.config == watched
            and window.snapshot.epoch == 0
        ),
        timeout=TIMEOUT_MS,
    )

    # Sweep: the sweep dialog opens on that setup and the atlas's seeds.
    press(qtbot, dialog.sweep_button)
    sweep = window.sweep_dialog
    assert sweep is not None and sweep.isVisible()
    assert (sweep.first_seed.value(), sweep.seed_count.value()) == (0, 12)
    assert "XOR, 2-4-1 sigmoid, SGD lr 3" in sweep.intro.text()


def test_cancel_keeps_the_cells_done_and_a_bad_axis_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_atlas(qtbot, window)
    dialog.axis_values[0].setText("0.01:10:0log")
    press(qtbot, dialog.start_button)
    assert not dialog.running
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Across (learning rate): \u201c0.01:10:0log\u201d cannot be read; for "
        "example 0.01:10:8log or 0.03,0.1,0.3."
    )
    dialog.axis_values[0].setText("0.1,20")
    press(qtbot, dialog.start_button)
    assert dialog.error.text() == (
        "Across (learning rate): 20 is not allowed; a learning rate is from 1e-06 "
        "to 10."
    )
    # Picking another setting offers its usual values.
    dialog.axis_names[0].setCurrentIndex(dialog.axis_names[0].findData("depth"))
    assert dialog.axis_values[0].text() == "0:4"
    dialog.axis_names[0].setCurrentIndex(dialog.axis_names[0].findData("lr"))
    small_atlas(dialog, 20, 1_000_000)
    press(qtbot, dialog.start_button)
    assert not dialog.error.isVisible()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=TIMEOUT_MS)
    press(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT_MS)
    assert dialog.progress.text().startswith("Cancelled at")
    assert dialog.start_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.grid is not None and not dialog.grid.finished
    assert np.isnan(dialog.grid.shares()).any()  # the first cell never finished


def test_closing_the_window_stops_a_running_atlas(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_atlas(qtbot, window)
    small_atlas(dialog, 20, 1_000_000)
    press(qtbot, dialog.start_button)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=TIMEOUT_MS)
    window.close()
    assert not window.atlas.runner.isRunning()


def test_before_start_the_maps_show_the_atlas_axes(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Not empty axes from -0.4 to 0.4: the cells to come, pale, with their values."""
    dialog = open_atlas(qtbot, window)
    for heatmap in (dialog.view.share_map, dialog.view.median_map):
        plot = heatmap.getPlotItem()
        (x_low, x_high), (y_low, y_high) = plot.viewRange()
        assert (x_low, x_high, y_low, y_high) == (-0.5, 7.5, -0.5, 5.5)
        assert plot.getAxis("bottom").labelText == "learning rate"
        assert plot.getAxis("left").labelText == "hidden width"
        ticks = plot.getAxis("left")._tickLevels[0]  # what the axis writes
        assert [label for _, label in ticks] == ["1", "2", "3", "4", "8", "16"]
        assert heatmap.texts() == [""] * 48  # nothing trained yet
    # New values: the axes follow, still before Start.
    small_atlas(dialog, 12, 1500)
    plot = dialog.view.share_map.getPlotItem()
    assert plot.viewRange() == [[-0.5, 1.5], [-0.5, 1.5]]
    assert [label for _, label in plot.getAxis("left")._tickLevels[0]] == ["1", "4"]


def test_an_atlas_over_inputs_and_l2_shows_its_cells(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The data and training settings are axes too: picked in the dialog,
    they offer their usual values, train, and name each cell's setting."""
    dialog = open_atlas(qtbot, window)
    dialog.axis_names[0].setCurrentIndex(dialog.axis_names[0].findData("features"))
    assert dialog.axis_names[0].currentText() == "input features"
    assert dialog.axis_values[0].text() == "x1+x2,x1+x2+x1x2,x1+x2+x1sq+x2sq"
    dialog.axis_names[1].setCurrentIndex(dialog.axis_names[1].findData("l2"))
    assert dialog.axis_names[1].currentText() == "L2 rate"
    dialog.axis_values[0].setText("x1+x2,x1+x2+x1x2")
    dialog.axis_values[1].setText("0,0.01")
    dialog.seeds.setValue(3)
    dialog.epochs.setValue(200)
    press(qtbot, dialog.start_button)
    assert not dialog.error.isVisible()
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT_MS)
    grid = dialog.grid
    assert grid is not None and grid.finished
    base = window.controls.config().with_changes(epochs=200)
    assert grid.spec.config((1, 1)) == base.with_changes(
        features=("x1", "x2", "x1x2"), l2=0.01
    )
    assert len([text for text in dialog.view.share_map.texts() if text]) == 4
    plot = dialog.view.share_map.getPlotItem()
    assert plot.getAxis("bottom").labelText == "input features"
    assert [label for _, label in plot.getAxis("bottom")._tickLevels[0]] == [
        "x1+x2",
        "x1+x2+x1x2",
    ]
    heatmap = dialog.view.share_map
    qtbot.mouseMove(heatmap.viewport(), heatmap.cell_centre((1, 1)).toPoint())
    qtbot.waitUntil(
        lambda: dialog.view.hover_label.text().startswith(
            "features x1+x2+x1x2, L2 rate 0.01: "
        )
    )
