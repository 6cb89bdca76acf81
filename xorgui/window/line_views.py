"""The plane, single-layer and activation views as docks, and the link from
the single-layer panel to the 3-D view's overlay.

MainWindow makes them once, after its `docks` exist and before the View menu
is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QWidget

from xorgui.visuals.activation_plot import ActivationPlot
from xorgui.visuals.collapse_panel import CollapsePanel
from xorgui.visuals.plane_view import PlaneView

if TYPE_CHECKING:
    from xorgui.visuals.surface.view import SurfaceView
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.surface_pane import SurfacePane
    from xorgui.window.view_docks import ViewDocks


class LineViews(QObject):
    """The three views, docked on the right, tabbed (window/layout/docks.py
    shows them where they fit), and the overlay toggle's way to the 3-D view."""

    def __init__(
        self,
        parent: QWidget,
        docks: ViewDocks,
        surface_pane: SurfacePane,
        status: RunStatusBar,
    ) -> None:
        super().__init__(parent)
        self._surface_pane = surface_pane
        self._status = status
        self._linked: SurfaceView | None = None
        self.plane = PlaneView(parent)
        self.collapse = CollapsePanel(parent)
        self.activation = ActivationPlot(parent)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        docks.add("plane", self.tr("Plane"), self.plane, right)
        docks.add("collapse", self.tr("Single layer"), self.collapse, right)
        docks.add("activation", self.tr("Activation"), self.activation, right)
        self.collapse.overlay_toggled.connect(self._overlay_toggled)

    @Slot(bool)
    def _overlay_toggled(self, on: bool) -> None:
        """Lay the single layer over the 3-D surface, once there is one."""
        view = self._surface_pane.view
        if view is None or not view.uses_opengl:
            if on:
                self.collapse.overlay_unavailable(
                    self.tr("The 3-D view is still loading; try again in a moment.")
                    if view is None
                    else self.tr("The overlay needs the 3-D view, and OpenGL is off.")
                )
            return
        if self._linked is not view:
            view.overlay_measured.connect(self.collapse.show_difference)
            self._linked = view
        view.set_overlay(on)
        self._status.say(
            self.tr("The single layer is drawn over the 3-D surface (magenta).")
            if on
            else self.tr("The single layer's overlay is hidden.")
        )
