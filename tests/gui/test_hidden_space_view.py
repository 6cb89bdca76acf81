"""The hidden space dock and unit focus, in a real window: what a person sees
and the numbers behind it."""

from __future__ import annotations

import numpy as np
import torch
from conftest import READY_TIMEOUT_MS
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot
from window_actions import click, show_dock

from xorgui.core.gates import inputs
from xorgui.core.session.run_session import RunState
from xorgui.core.unit_surface import unit_surface
from xorgui.visuals.hidden_space.view import HiddenSpaceView
from xorgui.window.main_window import MainWindow

TIMEOUT_MS = 30_000


def _hidden_view(qtbot: QtBot, window: MainWindow) -> HiddenSpaceView:
    """Bring the dock into sight, as a person would."""
    view = show_dock(qtbot, window, "hidden")
    assert isinstance(view, HiddenSpaceView)
    qtbot.waitUntil(lambda: view.frames_drawn > 0, timeout=READY_TIMEOUT_MS)
    return view


def _torch_hidden(window: MainWindow) -> np.ndarray:
    """The first hidden layer's activations for the four inputs, by torch."""
    first = window.snapshot.layers[0]
    linear = torch.nn.Linear(2, first.units)
    with torch.no_grad():
        linear.weight.copy_(torch.from_numpy(first.weight))
        linear.bias.copy_(torch.from_numpy(first.bias))
        return torch.sigmoid(linear(torch.from_numpy(inputs()))).numpy()


def test_the_hidden_space_follows_training(qtbot: QtBot, window: MainWindow) -> None:
    view = _hidden_view(qtbot, window)
    assert "Not yet separable" in view.note.text()
    before = view.space.points.copy()
    frames = view.frames_drawn
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.snapshot.epoch > 3000, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: view.frames_drawn > frames + 2, timeout=TIMEOUT_MS)
    click(qtbot, window, "play_action")
    qtbot.waitUntil(lambda: window.state is RunState.PAUSED, timeout=TIMEOUT_MS)
    window.docks.show_snapshot(window.snapshot)
    view.flush()
    points = view.space.points
    assert not np.allclose(points, before, atol=1e-3)
    np.testing.assert_allclose(points, _torch_hidden(window), atol=1e-6)
    np.testing.assert_allclose(view.plot.drawn_points(), points, atol=1e-6)
    # The output's line, drawn where the output layer gives 0.5.
    drawn = view.plot.drawn_lines()[0]
    assert len(drawn) == (0 if view.space.boundaries[0].cut is None else 2)
    output = window.snapshot.layers[1]
    logits = drawn @ output.weight[0].astype(np.float64) + output.bias[0]
    np.testing.assert_allclose(logits, 0.0, atol=1e-5)


def test_choosing_units_of_a_wide_layer(qtbot: QtBot, window: MainWindow) -> None:
    window.controls.widths[0].setValue(8)
    view = _hidden_view(qtbot, window)
    qtbot.waitUntil(
        lambda: view.space is not None and view.space.width == 8, timeout=TIMEOUT_MS
    )
    x, y, z = view._combos  # noqa: SLF001 - the boxes a person clicks
    assert x.isVisible() and view.units() == (0, 1) and not view.in_3d
    assert "other 6 units held at their mean" in view.note.text()
    x.setCurrentIndex(x.findData(5))
    x.activated.emit(x.currentIndex())
    assert view.units() == (5, 1)
    # Choosing y's unit for x swaps them.
    x.setCurrentIndex(x.findData(1))
    x.activated.emit(x.currentIndex())
    assert view.units() == (1, 5)
    assert y.currentData() == 5
    z.setCurrentIndex(z.findData(6))
    z.activated.emit(z.currentIndex())
    assert view.units() == (1, 5, 6) and view.in_3d
    assert "other 5 units" in view.note.text()
    np.testing.assert_allclose(
        view.space.points, _torch_hidden(window)[:, [1, 5, 6]], atol=1e-6
    )
    # The 3-D scene is drawn into the view's picture once it has been shown.
    qtbot.waitUntil(lambda: _colours_in_the_middle(view) > 3, timeout=TIMEOUT_MS)


def _colours_in_the_middle(view: HiddenSpaceView) -> int:
    """How many colours the middle of the view's picture has."""
    image = view.grab_image()
    centre = view._stack.geometry().center()  # noqa: SLF001
    return len(
        {
            image.pixelColor(QPoint(centre.x() + dx, centre.y() + dy)).name()
            for dx in range(-60, 61, 6)
            for dy in range(-60, 61, 6)
        }
    )


def test_unit_focus_shows_a_units_surface_and_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = _hidden_view(qtbot, window)
    surface_view = window.surface_view
    focus = window.unit_focus
    output = window.snapshot.surface.values.copy()
    menu = view.show_unit_button.menu()
    menu.aboutToShow.emit()
    chosen = [a for a in menu.actions() if a.text() == "Hidden unit 2 of layer 1"]
    assert len(chosen) == 1
    chosen[0].trigger()
    banner = focus.banner
    assert banner.isVisible()
    assert "hidden unit 2 of layer 1 (sigmoid)" in banner.label.text()
    snapshot = window.snapshot
    expected = unit_surface(
        snapshot.layers, "sigmoid", "sigmoid", 0, 1, snapshot.surface.axis
    ).values
    surface_view.draw_now()
    np.testing.assert_allclose(surface_view.drawn_heights(), expected, atol=1e-6)
    assert not np.allclose(expected, output, atol=1e-2)
    # The window's own snapshot keeps the output's surface.
    np.testing.assert_array_equal(window.snapshot.surface.values, output)
    # It follows training: a step brings the unit's new surface.
    click(qtbot, window, "step_many_action")
    qtbot.waitUntil(lambda: window.snapshot.epoch >= 100, timeout=TIMEOUT_MS)
    surface_view.draw_now()
    snapshot = window.snapshot
    expected = unit_surface(
        snapshot.layers, "sigmoid", "sigmoid", 0, 1, snapshot.surface.axis
    ).values
    qtbot.waitUntil(
        lambda: np.allclose(surface_view.drawn_heights(), expected, atol=1e-6)
    )
    qtbot.mouseClick(banner.back_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and focus.unit is None
    surface_view.draw_now()
    np.testing.assert_allclose(
        surface_view.drawn_heights(), window.snapshot.surface.values, atol=1e-6
    )
    assert "output again" in window.status.currentMessage()


def test_a_unit_gone_with_a_new_network_ends_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controls.widths[0].setValue(3)
    qtbot.waitUntil(lambda: window.snapshot.layers[0].units == 3, timeout=TIMEOUT_MS)
    window.unit_focus.show_unit(0, 2)
    assert window.unit_focus.banner.isVisible()
    window.controls.widths[0].setValue(2)
    qtbot.waitUntil(lambda: window.unit_focus.unit is None, timeout=TIMEOUT_MS)
    assert not window.unit_focus.banner.isVisible()


def test_no_hidden_layer_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.controls.layers.setValue(0)
    view = _hidden_view(qtbot, window)
    qtbot.waitUntil(lambda: "No hidden layer" in view.note.text(), timeout=TIMEOUT_MS)
    assert not view.show_unit_button.isEnabled()
    assert isinstance(window.docks.dock("hidden"), QDockWidget)
