"""Any truth table by clicking its targets, every view exported as a PNG, and
the docks' default layout at 1280 x 800 and on a 1024 x 768 projector."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from window_actions import close_dock, every_setting  # tests/gui/

from xorgui.core.gates import gate_bits
from xorgui.core.snapshot import Snapshot
from xorgui.window.layout.docks import DOCK_SHARE
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui


class CountingView(QLabel):
    """A dock's view that shows the epoch it was given and counts its draws."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(200, 150)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel { background: #3b528b; color: white; }")
        self.pending: Snapshot | None = None
        self.drawn: list[int] = []

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.pending = snapshot

    def flush(self) -> None:
        if self.pending is not None:
            self.drawn.append(self.pending.epoch)
            self.setText(f"epoch {self.pending.epoch}")
            self.pending = None


def in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def click_target(qtbot: QtBot, window: MainWindow, row: int) -> None:
    table = window.truth_table
    cell = table.visualItemRect(table.item(row, table.TARGET))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())


def test_clicking_targets_trains_any_of_the_sixteen_functions(
    qtbot: QtBot, window: MainWindow
) -> None:
    gate = window.controls.gate
    table = window.truth_table
    steps = [  # row clicked, the function then, what the gate control shows
        (1, "0010", "custom 0010"),
        (3, "0011", "custom 0011"),
        (2, "and", "AND"),
        (0, "xnor", "XNOR"),
    ]
    for row, function, shown in steps:
        click_target(qtbot, window, row)
        qtbot.waitUntil(
            lambda f=function: (
                window.snapshot.config.gate == f and window.snapshot.epoch == 0
            )
        )
        assert gate.currentText() == shown
        assert window.controls.config().gate == function
        targets = [table.item(r, table.TARGET).text() for r in range(4)]
        assert "".join(targets) == gate_bits(function)
    assert "XNOR" in window.windowTitle()
    click_target(qtbot, window, 2)  # 1011: a custom function, named in words
    qtbot.waitUntil(lambda: window.snapshot.config.gate == "1011")
    assert window.windowTitle().startswith("xorgui - 1011 (x1 OR NOT x2)")
    assert "1011 = x1 OR NOT x2" in window.status.currentMessage()
    assert "straight line" in window.note.text()
    tip = table.item(1, table.TARGET).toolTip()
    assert "1111 = TRUE" in tip  # what flipping (0, 1) would give


def test_a_custom_function_is_learned_in_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controls.set_config(window.controls.config().with_changes(gate="1011"))
    window.controls.gate.flip_target(1)  # 1111: TRUE, then back to 1011
    window.controls.gate.flip_target(1)
    qtbot.waitUntil(lambda: window.snapshot.config.gate == "1011")
    window.controls.epochs.setValue(3000)
    window.run_controls.speed.setCurrentIndex(window.run_controls.speed.count() - 1)
    window.run_controls.play_action.trigger()
    qtbot.waitUntil(lambda: window.state == "finished", timeout=60_000)
    marks = [window.truth_table.item(r, 4).text() for r in range(4)]
    assert marks == ["\u2713"] * 4
    assert window.snapshot.solved


def test_every_view_is_exported_as_a_png(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = CountingView()
    window.docks.add("counting", "Counting view", view)
    window.docks.dock("counting").hide()
    menu = window.files.export_view_menu
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(menu.isVisible)
    listed = {action.data(): action.text() for action in menu.actions()}
    menu.hide()
    assert list(listed)[:3] == ["surface", "loss", "truth-table"]
    assert listed["truth-table"] == "Truth table"
    assert set(listed) == {"surface", "loss", "truth-table", *window.docks.names()}
    assert listed["counting"] == "Counting view"
    assert all(action.isEnabled() for action in menu.actions())
    sizes = {}
    for name in ("surface", "loss", "truth-table", "plane", "counting"):
        path = tmp_path / f"{name}.png"
        assert menu.export_view(name, str(path))
        image = QImage(str(path))
        assert not image.isNull()
        sizes[name] = (image.width(), image.height())
        assert str(path) in window.status.currentMessage()
    # The hidden dock was brought out and drew the window's latest snapshot.
    assert window.docks.dock("counting").isVisible()
    assert view.drawn[-1] == window.snapshot.epoch
    table = window.truth_table
    ratio = window.devicePixelRatioF()
    assert sizes["truth-table"] == (
        round(table.width() * ratio),
        round(table.height() * ratio),
    )
    assert sizes["counting"][0] == round(view.width() * ratio)
    assert sizes["surface"][0] >= 1200 and sizes["loss"][0] >= 1200
    assert not list(tmp_path.glob("*.part"))


def test_an_export_that_fails_says_why_and_writes_nothing(
    window: MainWindow, tmp_path: Path, message_boxes: Callable[[], list[str]]
) -> None:
    texts = message_boxes()
    path = tmp_path / "missing" / "table.png"
    assert not window.files.export_view_menu.export_view("truth-table", str(path))
    assert texts and "does not exist" in texts[0]
    assert not path.parent.exists()


def test_the_default_layout_keeps_every_view_usable(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Other screens' defaults are measured by test_window_fits_the_screen.py.
    size = (1280, 800)  # the default on the suite's 1600 x 1000 screen
    views = window.window_layout.views()
    assert views[0] is window.docks.dock("plane")  # the article's figures in front
    first, second = views[:2]
    second.setFloating(True)  # moved away by a person, then Reset layout
    window.layout().activate()
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1024, 700))
    window.window_layout.reset_layout_action.trigger()
    qtbot.waitUntil(lambda: first.isVisible() and not second.isFloating())
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    tabbed = set(window.tabifiedDockWidgets(first))
    assert tabbed == set(views[1:])
    assert window.dockWidgetArea(first) == Qt.DockWidgetArea.RightDockWidgetArea
    surface = in_window(window.surface_view)
    view = first.widget()

    def laid_out() -> bool:
        return (
            first.width() <= DOCK_SHARE * size[0] + 1
            and not in_window(first).intersects(surface)
            and view.width() >= view.minimumWidth()
        )

    qtbot.waitUntil(laid_out)
    for widget in (window.truth_table, window.loss_plot, window.surface_view):
        hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        assert widget.width() >= hint.width(), widget
        assert widget.height() >= hint.height(), widget
    header = window.truth_table.horizontalHeader()
    for column in range(window.truth_table.columnCount()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    view = in_window(window.controls.parentWidget())
    for control in every_setting(window):
        assert view.contains(in_window(control)), control
    assert "back in their places" in window.status.currentMessage()


def test_docks_closed_by_hand_come_back_with_reset_layout(
    qtbot: QtBot, window: MainWindow
) -> None:
    views = window.window_layout.views()
    for dock in views:
        close_dock(qtbot, window, dock.objectName().removesuffix("Dock"))
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    window.window_layout.reset_layout_action.trigger()
    qtbot.waitUntil(lambda: window.size().toTuple() == (1280, 800))
    assert all(dock.isVisible() for dock in views)
    assert not views[0].visibleRegion().isEmpty()  # in front
