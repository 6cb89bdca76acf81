"""The hidden space dock and unit focus, wired into the window.

One call from MainWindow.__init__, after the docks exist and before the menus
are built (so that the View menu lists the dock). Its texts are this module's
("hidden_views").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from xorgui.visuals.hidden_space.view import HiddenSpaceView
from xorgui.window.unit_focus import UnitFocus

if TYPE_CHECKING:
    from xorgui.window.run_model import RunModel
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.surface_pane import SurfacePane
    from xorgui.window.view_docks import ViewDocks

HIDDEN_DOCK = "hidden"


def add_hidden_views(
    model: RunModel, docks: ViewDocks, surface_pane: SurfacePane, status: RunStatusBar
) -> UnitFocus:
    """Dock the hidden space view (its place is the default layout's:
    window/layout/docks.py) and return the window's unit focus, which its menu
    drives."""
    focus = UnitFocus(model, docks, surface_pane, status)
    view = HiddenSpaceView(surface_pane)
    dock = docks.add(
        HIDDEN_DOCK,
        QCoreApplication.translate("hidden_views", "Hidden space"),
        view,
        Qt.DockWidgetArea.RightDockWidgetArea,
    )
    dock.toggleViewAction().setStatusTip(
        QCoreApplication.translate(
            "hidden_views",
            "Show or hide the hidden space: the four inputs as the first hidden "
            "layer sees them, and the output's line there.",
        )
    )
    view.show_unit_requested.connect(focus.show_unit)
    return focus
