"""The toolbars give way too, so that no button is pushed into the >> menu:
a top toolbar that does not fit beside those before it starts a new row; a
toolbar wider than the window puts its buttons' texts under their icons, and
then hides the labels that only name the widget after them (their tooltips
say the same)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from xorgui.window.layout.central import activate_layout

TOP = Qt.ToolBarArea.TopToolBarArea
ROW_SLACK = 24
"""A row's room taken by the toolbars' handles, margins and spacing."""
ROOMY_STYLE = "roomyButtonStyle"
"""The property keeping a toolbar's own button style while it is compacted."""


def fit_toolbars(window: QMainWindow, width: int, *, relax: bool) -> None:
    """Every toolbar within `width`, the top ones in as few rows as that
    allows; with `relax`, each tries its roomy look again first (after a
    change of text size, language or screen)."""
    bars = [bar for bar in window.findChildren(QToolBar) if not bar.isHidden()]
    for bar in bars:
        if relax:
            _relax(bar)
        _compact(bar, width - ROW_SLACK)
    used = 0
    for bar in (bar for bar in bars if window.toolBarArea(bar) == TOP):
        needed = bar.sizeHint().width()
        breaks = window.toolBarBreak(bar)
        if used and used + needed > width - ROW_SLACK:
            if not breaks:
                window.insertToolBarBreak(bar)
            used = needed
        else:
            if breaks:
                window.removeToolBarBreak(bar)
            used += needed


def _relax(bar: QToolBar) -> None:
    """`bar` in its own button style, with every label."""
    roomy = bar.property(ROOMY_STYLE)
    if roomy is not None and bar.toolButtonStyle() != roomy:
        bar.setToolButtonStyle(roomy)
    for action in _naming_labels(bar):
        action.setVisible(True)


def _compact(bar: QToolBar, width: int) -> None:
    """Where `bar` is wider than `width`: texts under the icons, then without
    the naming labels."""
    if _width(bar) <= width:
        return
    style = bar.toolButtonStyle()
    if style == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
        bar.setProperty(ROOMY_STYLE, style)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        if _width(bar) <= width:
            return
    for action in _naming_labels(bar):
        action.setVisible(False)


def _naming_labels(bar: QToolBar) -> list[QAction]:
    """The bar's labels that name the widget after them ("Speed", "Timeline")."""
    return [
        action
        for action in bar.actions()
        if isinstance(label := bar.widgetForAction(action), QLabel)
        and label.buddy() is not None
    ]


def _width(bar: QToolBar) -> int:
    activate_layout(bar)
    return bar.sizeHint().width()
