"""The Network and Weights docks: the diagram of any architecture, its live
thumbnails and hover text, and building XOR by hand in the real window."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from window_actions import click, close_dock, show_dock, tooltip_at  # tests/gui/

from xorgui.core.config import TrainConfig
from xorgui.core.hand_edit.edits import ParameterRef
from xorgui.core.hand_edit.preset import (
    PRESET_NAME,
    hand_made_xor_config,
    hand_made_xor_layers,
)
from xorgui.core.session.run_session import RunState
from xorgui.core.training.trainer import Trainer
from xorgui.visuals.network.diagram import NetworkDiagram
from xorgui.visuals.network.diagram_text import exact
from xorgui.visuals.network.weights_table import WeightsModel
from xorgui.visuals.truth_table import RIGHT_MARK, WRONG_MARK, TruthTable
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui


def _diagram(qtbot: QtBot, config: TrainConfig, epochs: int = 0) -> NetworkDiagram:
    trainer = Trainer(config)
    trainer.train(epochs)
    diagram = NetworkDiagram()
    qtbot.addWidget(diagram)
    diagram.resize(700, 520)
    diagram.show()
    qtbot.waitExposed(diagram)
    diagram.show_snapshot(trainer.snapshot())
    diagram.flush()
    return diagram


@pytest.mark.parametrize(
    ("hidden", "nodes", "links"),
    [
        ((), 2 + 1, 2),
        ((2,), 2 + 2 + 1, 4 + 2),
        ((16,), 2 + (12 + 1) + 1, 24 + 12),
        ((3, 3, 3, 3), 2 + 12 + 1, 6 + 9 + 9 + 9 + 3),
        ((64, 64), 2 + (12 + 1) * 2 + 1, 24 + 48 + 12),
    ],
)
def test_nodes_and_links_for_every_shape(
    qtbot: QtBot, hidden: tuple[int, ...], nodes: int, links: int
) -> None:
    diagram = _diagram(qtbot, TrainConfig(hidden=hidden, gate="and"))
    geometry = diagram.geometry_
    assert geometry is not None
    assert len(geometry.nodes) == nodes and len(geometry.links) == links
    # Every unit shown has its thumbnail; nodes lie inside the widget.
    units = [n for n in geometry.nodes if n.column > 0 and n.unit is not None]
    assert len(diagram.thumbnails) == len(units)
    for node in geometry.nodes:
        assert diagram.rect().toRectF().contains(node.rect)
    assert diagram.plan is not None and diagram.plan.thinned == (
        max(hidden, default=0) > 12
    )


def test_hover_tells_the_exact_weight_bias_and_unit(qtbot: QtBot) -> None:
    diagram = _diagram(qtbot, TrainConfig(), 3000)
    assert diagram.geometry_ is not None and diagram.snapshot is not None
    layers = diagram.snapshot.layers
    for spot in diagram.geometry_.links:
        link = spot.link
        text = tooltip_at(qtbot, diagram, spot.line.pointAt(0.3))
        weight = float(layers[link.layer].weight[link.row, link.col])
        assert f"= {exact(weight)}" in text, text
    node = diagram.geometry_.node(1, 1)
    assert node is not None
    bias = float(layers[0].bias[1])
    assert tooltip_at(qtbot, diagram, node.badge.center()).startswith(
        f"The bias of h2 = {exact(bias)}"
    )
    text = tooltip_at(qtbot, diagram, node.rect.center())
    assert text.startswith("h2:") and f"bias = {exact(bias)}" in text
    with qtbot.waitSignal(diagram.unit_clicked) as clicked:
        qtbot.mouseClick(
            diagram, Qt.MouseButton.LeftButton, pos=node.rect.center().toPoint()
        )
    assert clicked.args == [0, 1]


def _marks(table: TruthTable) -> list[str]:
    return [table.item(row, TruthTable.CORRECT).text() for row in range(4)]


def _centre(diagram: NetworkDiagram, ref: ParameterRef) -> QPoint:
    assert diagram.geometry_ is not None
    for spot in diagram.geometry_.links:
        link = spot.link
        if (link.layer, link.row, link.col) == (ref.layer, ref.row, ref.col):
            return spot.line.pointAt(0.3).toPoint()
    node = diagram.geometry_.node(ref.layer + 1, ref.row)
    assert node is not None
    return node.badge.center().toPoint()


def _type_into_diagram(
    qtbot: QtBot, diagram: NetworkDiagram, ref: ParameterRef, text: str
) -> None:
    diagram.flush()
    qtbot.mouseDClick(diagram, Qt.MouseButton.LeftButton, pos=_centre(diagram, ref))
    assert diagram.editor.isVisible() and diagram.editor.parameter == ref
    diagram.editor.selectAll()
    qtbot.keyClicks(diagram.editor, text)
    qtbot.keyClick(diagram.editor, Qt.Key.Key_Return)


def test_build_xor_by_hand_break_it_train_on_and_reset(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    views = window.network_views
    diagram, table = views.diagram, views.table
    close_dock(qtbot, window, "network")
    # The preset: XOR solved at epoch 0 with no training; the diagram shows.
    views.preset_action.trigger()
    qtbot.waitUntil(window.docks.dock("network").isVisible)
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.edits != ())
    snapshot = window.snapshot
    assert snapshot.epoch == 0 and snapshot.config.hidden == (2,)
    for ours, classic in zip(snapshot.layers, hand_made_xor_layers(), strict=True):
        np.testing.assert_array_equal(ours.weight, classic.weight)
    np.testing.assert_allclose(snapshot.predictions, [0, 1, 1, 0], atol=1e-4)
    assert snapshot.solved_epoch == 0
    assert _marks(window.truth_table) == [RIGHT_MARK] * 4
    assert window.controls.config() == hand_made_xor_config(TrainConfig())
    # Break it: the output's weight from the OR unit, typed in the diagram.
    qtbot.waitUntil(lambda: window.state is RunState.READY)
    _type_into_diagram(qtbot, diagram, ParameterRef(1, 0, 0), "-5")
    qtbot.waitUntil(lambda: window.snapshot.layers[1].weight[0, 0] == -5.0)
    assert _marks(window.truth_table) == [
        RIGHT_MARK,
        WRONG_MARK,
        WRONG_MARK,
        RIGHT_MARK,
    ]
    assert "set to -5 (was 20)" in window.statusBar().currentMessage()
    assert views.markers.epochs == (0,)
    # A bias, typed in the weights table (shown as a tab of the same dock).
    window.docks.show_view("weights")
    qtbot.waitUntil(lambda: table.weights.refs != [])
    ref = ParameterRef(0, 0)
    index = table.weights.index(table.row_of(ref), WeightsModel.VALUE)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "-10"
    qtbot.keyClicks(editor, "-12")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.snapshot.layers[0].bias[0] == -12.0)
    assert len(window.snapshot.edits) == 3
    window.docks.show_view("network")
    # Play trains on from the edited model: as a trainer given the same edits.
    window.worker.step(250)
    qtbot.waitUntil(
        lambda: window.snapshot.epoch == 250 and window.state is RunState.PAUSED
    )
    reference = Trainer(hand_made_xor_config(TrainConfig()))
    reference.set_layers(hand_made_xor_layers(), PRESET_NAME)
    reference.set_parameter(ParameterRef(1, 0, 0), -5.0)
    reference.set_parameter(ParameterRef(0, 0), -12.0)
    reference.train(250)
    for ours, theirs in zip(window.snapshot.layers, reference.layers(), strict=True):
        np.testing.assert_array_equal(ours.weight, theirs.weight)
    # The exports say so.
    history, config_file = tmp_path / "loss.csv", tmp_path / "config.json"
    window.files.export_loss_csv(str(history))
    qtbot.waitUntil(history.exists)
    lines = history.read_text().splitlines()
    assert lines[:4] == [f"# {edit.note}" for edit in reference.edits] + ["epoch,loss"]
    assert (
        lines[0]
        == f"# model edited by hand at epoch 0: set to the {PRESET_NAME} preset"
    )
    assert window.files.save_configuration(str(config_file))
    assert json.loads(config_file.read_text())["notes"] == [
        e.note for e in reference.edits
    ]
    # Training: edits are refused with a reason, in the diagram and the table.
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.RUNNING)
    diagram.flush()
    qtbot.mouseDClick(diagram, Qt.MouseButton.LeftButton, pos=_centre(diagram, ref))
    assert not diagram.editor.isVisible()
    assert "Pause training (Space)" in window.statusBar().currentMessage()
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.PAUSED)
    # Reset: the seed's initial weights, no edits.
    click(qtbot, window, "reset_action")
    qtbot.waitUntil(lambda: window.snapshot.epoch == 0 and window.snapshot.edits == ())
    initial = Trainer(hand_made_xor_config(TrainConfig())).layers()
    for ours, theirs in zip(window.snapshot.layers, initial, strict=True):
        np.testing.assert_array_equal(ours.weight, theirs.weight)
        np.testing.assert_array_equal(ours.bias, theirs.bias)
    qtbot.waitUntil(lambda: views.markers.epochs == ())


def test_thumbnails_redraw_while_training(qtbot: QtBot, window: MainWindow) -> None:
    diagram = window.network_views.diagram
    show_dock(qtbot, window, "network")
    qtbot.waitUntil(lambda: diagram.isVisible() and diagram.snapshot is not None)
    diagram.flush()
    first = diagram.thumbnails[(1, 0)].copy()
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.RUNNING)
    qtbot.waitUntil(lambda: window.snapshot.epoch > 50)
    drawn = diagram.draw_count
    # Redrawn as training goes on (how often is the GUI bench's to measure).
    qtbot.waitUntil(lambda: diagram.draw_count >= drawn + 3, timeout=10_000)
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.PAUSED)
    diagram.flush()
    assert diagram.thumbnails[(1, 0)] != first
