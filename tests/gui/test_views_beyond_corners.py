"""The views on a run beyond the four corners: a data set of many points with
test points held out, and input features other than x1, x2. Each view is the
real widget, shown, fed a snapshot of a real run; the test reads what a
person sees. The corners' views stay as they were."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import numpy as np
import pytest
from beyond_corners import CIRCLE, XOR_BY_FEATURE, trained  # tests/gui/
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from window_actions import click, tooltip_at  # tests/gui/

from xorgui.core.animation.epochs import RunCurve
from xorgui.core.config import TrainConfig
from xorgui.core.data.sets import data_set
from xorgui.core.network import forward
from xorgui.core.session.run_session import RunState
from xorgui.visuals.activation_plot import ActivationPlot
from xorgui.visuals.animation_frame import FrameComposer
from xorgui.visuals.collapse_panel import CollapsePanel
from xorgui.visuals.hidden_space.view import HiddenSpaceView
from xorgui.visuals.network.diagram import NetworkDiagram
from xorgui.visuals.network.weights_table import WeightsModel
from xorgui.visuals.palette import TEST_CURVE
from xorgui.visuals.setup_text import setup_text
from xorgui.visuals.truth_table import TruthTable
from xorgui.window.main_window import MainWindow
from xorgui.window.run_model import RunModel
from xorgui.window.run_note import run_note
from xorgui.window.status_bar import RunStatusBar

pytestmark = pytest.mark.gui

TIMEOUT_MS = 60_000
Shown = TypeVar("Shown", bound=QWidget)


def rows(table: TruthTable) -> list[list[str]]:
    """The table's cells as text, row by row."""
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def percent(right: int, count: int) -> str:
    return f"{right * 1000 // count / 10:.1f}%"


def shown(qtbot: QtBot, widget: Shown, size: tuple[int, int] | None = None) -> Shown:
    """`widget` on screen (at `size`), as a person sees it."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_status_bar_says_training_and_test_accuracy(qtbot: QtBot) -> None:
    model = RunModel(CIRCLE)
    bar = shown(qtbot, RunStatusBar(model))
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
    assert bar.solved_label.toolTip().startswith("Every training point")
    # Without test points: the share of all points, and no test loss.
    whole = TrainConfig(data="circle", points=200)
    model.start_run(whole)
    model.set_snapshot(trained(whole, 50))
    assert bar.accuracy_label.text().endswith("of the points")
    assert not bar.test_loss_label.isVisible()


def test_the_truth_table_sums_many_points_up(qtbot: QtBot) -> None:
    table = shown(qtbot, TruthTable())
    snapshot = trained(CIRCLE, 300)
    table.show_snapshot(snapshot)
    assert table.summary
    headers = [table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["points", "target", "count", "right", "share right"]
    seen = rows(table)
    assert [row[:2] for row in seen] == [
        ["training", "0"],
        ["training", "1"],
        ["test", "0"],
        ["test", "1"],
    ]
    assert sum(int(row[2]) for row in seen[:2]) == 140
    assert sum(int(row[2]) for row in seen[2:]) == 60
    assert sum(int(row[3]) for row in seen[:2]) == round(snapshot.accuracy * 140)
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


EVERY_FEATURE = TrainConfig(
    hidden=(3,), features=("x1", "x2", "x1sq", "x2sq", "x1x2", "sinx1", "sinx2")
)


def test_the_diagrams_inputs_are_the_features(qtbot: QtBot) -> None:
    diagram = shown(qtbot, NetworkDiagram(), (700, 520))
    diagram.show_snapshot(trained(EVERY_FEATURE, 200))
    diagram.flush()
    geometry = diagram.geometry_
    assert geometry is not None
    inputs = [node for node in geometry.nodes if node.column == 0]
    assert [diagram.input_label(node.unit) for node in inputs] == [
        "x1",
        "x2",
        "x1²",
        "x2²",
        "x1·x2",
        "sin x1",
        "sin x2",
    ]
    assert len(diagram.thumbnails) == 3 + 1
    # The weight from x1·x2 to h1 says so where a person hovers along it
    # (away from where the links cross).
    [link] = [
        spot
        for spot in geometry.links
        if (spot.link.layer, spot.link.row, spot.link.col) == (0, 0, 4)
    ]
    texts = [tooltip_at(qtbot, diagram, link.line.pointAt(t)) for t in (0.2, 0.5, 0.8)]
    assert any(text.startswith("The weight h1 <- x1·x2 = ") for text in texts), texts
    assert "computed from each point" in tooltip_at(
        qtbot, diagram, inputs[5].rect.center()
    )
    # The weights table names the same inputs.
    table = WeightsModel()
    snapshot = diagram.snapshot
    assert snapshot is not None
    table.show_layers(snapshot.layers, set(), EVERY_FEATURE.features)
    sources = {
        table.data(table.index(row, WeightsModel.PARAMETER))
        for row in range(table.rowCount())
    }
    assert {"weight from sin x2", "weight from x1·x2", "bias"} <= sources


def test_the_corners_diagram_still_names_x1_and_x2(qtbot: QtBot) -> None:
    diagram = NetworkDiagram()
    qtbot.addWidget(diagram)
    diagram.show_snapshot(trained(TrainConfig(), 10))
    diagram.flush()
    assert [diagram.input_label(unit) for unit in (0, 1)] == ["x1", "x2"]


def test_the_hidden_space_shows_every_point_test_points_hollow(qtbot: QtBot) -> None:
    view = shown(qtbot, HiddenSpaceView(use_opengl=False), (500, 500))
    config = CIRCLE.with_changes(hidden=(3,), features=("x1", "x2", "x1sq", "x2sq"))
    view.show_snapshot(trained(config, 300))
    view.flush()
    space = view.space
    assert space is not None and not space.corners
    view.set_units((0, 1))
    assert view.plot.drawn_points().shape == (200, 2)
    assert view.plot.hollow_points() == 60
    assert view.plot.shown_labels() == []
    right = space.output_line_right()
    assert right is not None
    assert "of the 140 training points" in view.note.text()
    assert "Hollow points are test points" in view.note.text()


def test_the_hidden_space_in_3d_takes_every_point(qtbot: QtBot) -> None:
    view = shown(qtbot, HiddenSpaceView(), (500, 500))
    config = CIRCLE.with_changes(hidden=(3,))
    view.show_snapshot(trained(config, 100))
    view.flush()
    if not view.in_3d:
        pytest.skip("no OpenGL here: the 3-D scene is not made")
    image = view.grab_image()
    assert not image.isNull()
    space = view.space
    assert space is not None and space.points.shape == (200, 3)


def test_the_activation_plot_marks_every_point(qtbot: QtBot) -> None:
    plot = shown(qtbot, ActivationPlot())
    config = CIRCLE.with_changes(features=("x1", "x2", "x1x2"))
    snapshot = trained(config, 100)
    plot.show_snapshot(snapshot)
    plot.flush()
    marks = plot.marked_inputs()
    assert marks.shape == (200, 2)
    # Each mark is unit h1 at a point, as the network computes it there.
    hidden = forward(
        snapshot.layers[:1],
        "sigmoid",
        "sigmoid",
        data_set(config).points,
        config.features,
    )[0][:, 0]
    np.testing.assert_allclose(marks[:, 1], hidden, atol=1e-6)
    assert plot.hollow_marks() == 60
    assert plot.caption.text().startswith("Dots: the 200 points on unit h1's")


def test_the_single_layer_panel_weighs_each_feature(qtbot: QtBot) -> None:
    panel = shown(qtbot, CollapsePanel())
    snapshot = trained(XOR_BY_FEATURE, 500)
    panel.show_snapshot(snapshot)
    panel.flush()
    weights = panel.weights.text()
    assert weights.startswith("Single layer over the features: y = "), weights
    assert "·x1·x2" in weights
    assert panel.derivation.text().splitlines()[0].startswith("y = ")


def test_the_note_above_the_surface_speaks_of_points_and_features(
    qtbot: QtBot,
) -> None:
    finished = trained(CIRCLE, 300)
    text, kind = run_note(RunState.FINISHED, finished, CIRCLE, None, None)
    assert kind == "bad"
    assert text.startswith("Finished 300 epochs with ")
    assert "of the training points right" in text and "Test points right: " in text
    assert "of 4" not in text
    solved = trained(XOR_BY_FEATURE, 2000)
    assert solved.solved_epoch is not None
    text, kind = run_note(
        RunState.FINISHED, solved, XOR_BY_FEATURE, solved.solved_epoch, None
    )
    assert kind == "good"
    assert "The inputs are x1, x2, x1·x2" in text
    assert "cannot be solved" not in text


def test_an_animation_frame_draws_the_test_loss_beside_the_training_loss() -> None:
    """The four corners with one held out: the frame's loss plot has the
    orange test curve, and its range covers the whole run's test losses."""
    config = TrainConfig(test_share=0.25)
    snapshot = trained(config, 300)
    assert snapshot.history_test_losses is not None
    curve = RunCurve(
        snapshot.history_epochs,
        snapshot.history_losses,
        snapshot.epoch,
        snapshot.history_test_losses,
    )
    composer = FrameComposer((800, 400), curve=curve, opengl=False)
    try:
        frame = composer.frame(snapshot)
    finally:
        composer.close()
    orange = np.array([int(TEST_CURVE[i : i + 2], 16) for i in (1, 3, 5)])
    near = np.abs(frame.astype(int) - orange).sum(axis=2) < 30
    assert near.sum() > 100
    assert curve.every_loss.max() == max(
        snapshot.history_losses.max(), snapshot.history_test_losses.max()
    )


def test_a_setup_in_words_names_its_data_and_features(qtbot: QtBot) -> None:
    """The captions of exported pictures, animations and pinned runs."""
    assert setup_text(TrainConfig()) == (
        "XOR, 2-2-1 sigmoid, SGD lr 0.1, BCE loss, 20,000 epochs"
    )
    config = CIRCLE.with_changes(hidden=(4,), features=("x1", "x2", "x1x2"))
    assert setup_text(config) == (
        "Circle, 200 points (60 test), 3-4-1 sigmoid on x1, x2, x1·x2, SGD lr 0.1, "
        "BCE loss, 20,000 epochs"
    )
    assert setup_text(TrainConfig(data="clouds", points=100)).startswith(
        "XOR clouds, 100 points, 2-2-1"
    )
