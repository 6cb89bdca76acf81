"""What a person does in the main window, shared by the window's tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from xorgui.window.main_window import MainWindow

MENU_TIMEOUT_MS = 30_000


def every_setting(window: MainWindow) -> list[QWidget]:
    """Every input of the controls panel, top to bottom."""
    controls = window.controls
    return [
        controls.gate,
        controls.layers,
        *controls.widths,
        controls.activation,
        controls.output_activation,
        controls.seed,
        controls.random_seed,
        controls.optimizer,
        controls.momentum,
        controls.lr_slider,
        controls.lr,
        controls.loss,
        controls.epochs,
    ]


def choose(qtbot: QtBot, window: MainWindow, menu_title: str, item: str) -> None:
    """Open a menu of the menu bar and click one of its items with the mouse."""
    bar = window.menuBar()
    [entry] = [a for a in bar.actions() if a.text().replace("&", "") == menu_title]
    menu = entry.menu()
    assert isinstance(menu, QMenu)
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(entry).center()
    )
    qtbot.waitUntil(menu.isVisible, timeout=MENU_TIMEOUT_MS)
    [action] = [a for a in menu.actions() if a.text().replace("&", "") == item]
    assert action.isEnabled(), f"{menu_title} > {item} is disabled"
    qtbot.mouseClick(
        menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center()
    )


def click(qtbot: QtBot, window: MainWindow, action_name: str) -> None:
    """Click the toolbar button of a run action, as a person would."""
    action = getattr(window.run_controls, action_name)
    button = window.run_controls.widgetForAction(action)
    assert isinstance(button, QToolButton)
    assert button.isEnabled(), f"{action.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Activate the widget's window and give the widget the keyboard focus."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def choose_a_diverging_setup(window: MainWindow) -> None:
    """Identity layers, a linear output (so MSE) and lr 10: the loss blows up
    within a few epochs."""
    controls = window.controls
    controls.output_activation.setCurrentIndex(
        controls.output_activation.findData("linear")
    )
    controls.activation.setCurrentIndex(controls.activation.findData("identity"))
    controls.lr.setValue(10.0)


def show_dock(qtbot: QtBot, window: MainWindow, name: str) -> QWidget:
    """Bring the docked view `name` into sight as a person would: View > its
    entry when it is closed, then its tab; returns the view."""
    dock = window.docks.dock(name)
    if not dock.toggleViewAction().isChecked():
        dock.toggleViewAction().trigger()
    window.docks.show_view(name)
    view = dock.widget()
    qtbot.waitUntil(lambda: view.isVisible() and not view.visibleRegion().isEmpty())
    return view


def close_dock(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Close the docked view `name` from the View menu (if it is open); the
    window's minimum size follows at once (before a resize is asked for)."""
    action = window.docks.dock(name).toggleViewAction()
    if action.isChecked():
        action.trigger()
    qtbot.waitUntil(lambda: not window.docks.dock(name).isVisible())
    window.layout().activate()


def tooltip_at(qtbot: QtBot, widget: QWidget, point: QPointF) -> str:
    """What a person hovering over `widget` at `point` reads."""
    local = point.toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, local, widget.mapToGlobal(local))
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    QToolTip.hideText()
    return text
