"""The plane, single-layer and activation views: docked in the real window,
redrawn while training, and saying what the article says about each network."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
import pytest
import torch
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_actions import click  # tests/gui/

from xorgui.core.collapse import collapse
from xorgui.core.config import TrainConfig
from xorgui.core.decision_lines import unit_lines
from xorgui.core.network import Layer
from xorgui.core.session.run_session import RunState
from xorgui.core.training.trainer import Trainer
from xorgui.visuals.plane_view import LISTED_LINES, PlaneView
from xorgui.visuals.surface.single_layer_overlay import LIFT
from xorgui.window.main_window import MainWindow

pytestmark = pytest.mark.gui


def _plane(qtbot: QtBot, config: TrainConfig, epochs: int) -> PlaneView:
    trainer = Trainer(config)
    trainer.train(epochs)
    view = PlaneView()
    qtbot.addWidget(view)
    view.resize(420, 560)
    view.show()
    view.show_snapshot(trainer.snapshot())
    view.flush()
    return view


def _bring_up(qtbot: QtBot, window: MainWindow, name: str) -> None:
    window.docks.show_view(name)
    qtbot.waitUntil(lambda: not window.docks.dock(name).visibleRegion().isEmpty())


def test_the_views_are_docked_and_each_redraws_while_training(
    qtbot: QtBot, window: MainWindow
) -> None:
    views = window.line_views
    assert {"plane", "collapse", "activation"} <= set(window.docks.names())
    titles = [action.text() for action in window.docks.actions()]
    assert {"Plane", "Single layer", "Activation"} <= set(titles)
    click(qtbot, window, "max_speed_action")
    click(qtbot, window, "play_action")
    for name, text in (
        ("plane", lambda: views.plane.caption.text() + views.plane.legend.text()),
        ("collapse", lambda: views.collapse.caption.text()),
        ("activation", lambda: views.activation.caption.text()),
    ):
        _bring_up(qtbot, window, name)
        qtbot.waitUntil(lambda text=text: "epoch" in text(), timeout=10_000)
        first = text()
        qtbot.waitUntil(lambda text=text, first=first: text() != first, timeout=10_000)
    marks = views.activation.marked_inputs()
    assert marks.shape == (4, 2)
    click(qtbot, window, "play_action")  # now Pause
    qtbot.waitUntil(lambda: window.state is RunState.PAUSED)
    _bring_up(qtbot, window, "plane")
    views.plane.flush()
    # The equations listed are the current model's first-layer lines.
    qtbot.waitUntil(lambda: f"{window.snapshot.epoch:,}" in views.plane.caption.text())
    for line in unit_lines(window.snapshot.layers):
        assert line.equation() in views.plane.legend.text()


def test_the_single_layer_overlay_coincides_with_the_surface(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    window = open_window()
    views = window.line_views
    config = TrainConfig(gate="and", hidden=(4, 4), activation="identity", epochs=400)
    window.controls.set_config(config)
    window.show_and_start(config)
    qtbot.waitUntil(lambda: window.snapshot.config == config)
    _bring_up(qtbot, window, "collapse")
    panel = views.collapse
    qtbot.waitUntil(lambda: "2-4-4-1" in panel.caption.text())
    assert panel.overlay_box.isEnabled()
    qtbot.mouseClick(panel.overlay_box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "coincide" in panel.difference.text())
    value = float(panel.difference.text().split("max difference ")[1].split()[0])
    assert value < 1e-5
    gl_window = window.surface_view.gl_window
    assert gl_window.overlay_on
    # Not the app's own word for it: the wireframe's drawn points, against the
    # network written out here and evaluated by torch, and the surface's mesh.
    points = gl_window.overlay_points()
    assert points is not None and len(points) > 100
    network = _torch_network(window.snapshot.layers)
    with torch.no_grad():
        model = network(torch.from_numpy(points[:, :2])).numpy()[:, 0]
    np.testing.assert_allclose(points[:, 2] - LIFT, model, atol=1e-5)
    heights = gl_window.drawn_heights()
    axis = window.snapshot.surface.axis.astype(np.float64)
    grid = np.stack(np.meshgrid(axis, axis, indexing="ij"), axis=-1).reshape(-1, 2)
    with torch.no_grad():
        surface = network(torch.from_numpy(grid)).numpy().reshape(heights.shape)
    np.testing.assert_allclose(heights, surface, atol=1e-5)
    # A hidden unit in the 3-D view: the output's single layer stands aside.
    window.unit_focus.show_unit(0, 1)
    qtbot.waitUntil(lambda: gl_window.overlay_difference() is None)
    qtbot.waitUntil(lambda: panel.difference.text() == "")
    window.unit_focus.show_output()
    qtbot.waitUntil(lambda: "coincide" in panel.difference.text())
    assert gl_window.overlay_difference() < 1e-5
    # What the panel shows is the snapshot's single layer, in the article's form.
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.FINISHED, timeout=20_000)
    panel.flush()
    w1, w2 = collapse(window.snapshot.layers).weights
    assert f"= {w1:.2f}·x1" in panel.derivation.text()
    # With an activation there is no single layer: the toggle goes grey.
    window.show_and_start(TrainConfig())
    qtbot.waitUntil(lambda: not panel.overlay_box.isEnabled())
    assert "only without an activation" in panel.note.text()


def _torch_network(layers: tuple[Layer, ...]) -> torch.nn.Sequential:
    """The identity network of `layers` as torch layers, with a sigmoid out."""
    linears = []
    for layer in layers:
        linear = torch.nn.Linear(layer.inputs, layer.units, dtype=torch.float64)
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(layer.weight.astype(np.float64)))
            linear.bias.copy_(torch.from_numpy(layer.bias.astype(np.float64)))
        linears.append(linear)
    return torch.nn.Sequential(*linears, torch.nn.Sigmoid())


def test_one_line_cuts_and_and_none_cuts_xor(qtbot: QtBot) -> None:
    solved = _plane(qtbot, TrainConfig(gate="and", hidden=(), lr=1.0), 3000)
    assert "One line separates AND" in solved.note.text()
    assert "y</b>: x2 = " in solved.legend.text()
    xor = _plane(qtbot, TrainConfig(hidden=()), 3000)
    assert "No straight line can separate XOR" in xor.note.text()
    image = xor.plot.drawn_heights()
    assert image is not None and np.ptp(image) < 0.05
    qtbot.mouseClick(xor.heatmap_box, Qt.MouseButton.LeftButton)
    assert not xor.heatmap_box.isChecked()


def test_sixty_four_units_draw_all_lines_and_list_a_few(qtbot: QtBot) -> None:
    view = _plane(qtbot, TrainConfig(hidden=(64,)), 10)
    legend = view.legend.text()
    assert legend.count("<b>h") == LISTED_LINES
    assert f"{64 - LISTED_LINES} more units' lines" in legend


def _line_labels(view: PlaneView) -> list[str]:
    """The names written on the plot beside the lines, as a person sees them."""
    return [
        item.textItem.toPlainText()
        for item in view.plot.getPlotItem().items
        if isinstance(item, pg.TextItem) and item.isVisible()
    ]


def test_line_names_follow_the_network(qtbot: QtBot) -> None:
    """The names on the lines are made once and reused: a network with fewer
    lines hides the others; with no hidden layer only the output's line, y."""
    view = _plane(qtbot, TrainConfig(hidden=(8,), seed=3), 0)
    lines = unit_lines(Trainer(TrainConfig(hidden=(8,), seed=3)).layers())
    listed = lines[:LISTED_LINES]
    crossing = [f"h{i}" for i, line in enumerate(listed, 1) if line.segment]
    assert crossing and _line_labels(view) == crossing
    single = Trainer(TrainConfig(gate="and", hidden=(), lr=1.0))
    single.train(3000)
    view.show_snapshot(single.snapshot())
    view.flush()
    assert _line_labels(view) == ["y"]
