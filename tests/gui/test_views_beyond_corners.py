"""The views on a run beyond the four corners: a data set of many points with
test points held out, and input features other than x1, x2. Each view is the
real widget, shown, fed a snapshot of a real run; the test reads what a
person sees. The corners' views stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from beyond_corners import CIRCLE, trained  # tests/gui/
from pytestqt.qtbot import QtBot
from window_actions import click  # tests/gui/

from xorgui.core.config import TrainConfig
from xorgui.core.session.run_session import RunState
from xorgui.visuals.truth_table import TruthTable
from xorgui.window.main_window import MainWindow
from xorgui.window.run_model import RunModel
from xorgui.window.status_bar import RunStatusBar

pytestmark = pytest.mark.gui

TIMEOUT_MS = 60_000


def rows(table: TruthTable) -> list[list[str]]:
    """The table's cells as text, row by row."""
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def percent(right: int, count: int) -> str:
    return f"{right * 1000 // count / 10:.1f}%"


def shown_table(qtbot: QtBot) -> TruthTable:
    table = TruthTable()
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_the_status_bar_says_training_and_test_accuracy(qtbot: QtBot) -> None:
    model = RunModel(CIRCLE)
    bar = RunStatusBar(model)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    snapshot = trained(CIRCLE, 300)
    model.set_state(RunState.PAUSED)
    model.set_snapshot(snapshot)
    assert snapshot.test_accuracy is not None and snapshot.test_loss is not None
    assert bar.accuracy_label.isVisible() and bar.test_loss_label.isVisible()
    # Rounded down to a tenth of a percent: 100.0% only when every point is right.
    train = percent(round(snapshot.accuracy * 140), 140)
    test = percent(round(snapshot.test_accuracy * 60), 60)
    assert bar.accuracy_label.text() == f"right: {train} training, {test} test"
    assert bar.test_loss_label.text() == f"test loss {snapshot.test_loss:.6f}"
    # Without test points: the share of all points, and no test loss.
    whole = TrainConfig(data="circle", points=200)
    model.start_run(whole)
    model.set_snapshot(trained(whole, 50))
    assert bar.accuracy_label.text().endswith("of the points")
    assert not bar.test_loss_label.isVisible()


def test_the_truth_table_sums_many_points_up(qtbot: QtBot) -> None:
    table = shown_table(qtbot)
    snapshot = trained(CIRCLE, 300)
    table.show_snapshot(snapshot)
    assert table.summary
    headers = [table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["points", "target", "count", "right", "share right"]
    shown = rows(table)
    assert [row[:2] for row in shown] == [
        ["training", "0"],
        ["training", "1"],
        ["test", "0"],
        ["test", "1"],
    ]
    assert sum(int(row[2]) for row in shown[:2]) == 140
    assert sum(int(row[2]) for row in shown[2:]) == 60
    assert sum(int(row[3]) for row in shown[:2]) == round(snapshot.accuracy * 140)
    assert table.rowCount() == 4
    # Its targets are not the corners' flip buttons.
    with qtbot.assertNotEmitted(table.target_clicked):
        table.cellClicked.emit(0, TruthTable.TARGET)
    # Back to the corners: their four rows, as before.
    table.show_snapshot(trained(TrainConfig(), 10))
    assert not table.summary
    assert [row[:2] for row in rows(table)] == [
        ["0", "0"],
        ["0", "1"],
        ["1", "0"],
        ["1", "1"],
    ]
    assert table.horizontalHeaderItem(0).text() == "x1"


def test_the_corners_keep_their_status_bar_and_truth_table(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    click(qtbot, window, "step_many_action")
    qtbot.waitUntil(
        lambda: window.snapshot is not None and window.snapshot.epoch == 100,
        timeout=TIMEOUT_MS,
    )
    assert not window.status.accuracy_label.isVisible()
    assert not window.status.test_loss_label.isVisible()
    assert not window.truth_table.summary
    assert rows(window.truth_table)[3][:2] == ["1", "1"]
