"""A person's own points: drawn with the mouse in the plane view, and the
test points shown or hidden in the plane and on the surface.

A click while training is paused (or before it starts, or after it ends)
adds a point of the class chosen under Data, Shift+click one of the other
class; a right click removes the nearest point. The first change to a
generated set starts from that set's points. Each change trains a new run
from the points, through the controls, as any change of a setting does
(Edit > Undo brings back the run it replaced).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from xorgui.core.config import MAX_POINTS, MIN_POINTS
from xorgui.core.data.given import given_points, with_point, without_nearest
from xorgui.core.session.run_session import RunState
from xorgui.visuals.plane_view import PlaneClick, PlaneView

if TYPE_CHECKING:
    from xorgui.visuals.surface.view import SurfaceView
    from xorgui.window.controls.panel import ControlsPanel
    from xorgui.window.run_model import RunModel
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.surface_pane import SurfacePane

DRAWABLE = (RunState.READY, RunState.PAUSED, RunState.FINISHED, RunState.DIVERGED)
"""The states in which a click may change the points: no training under way."""


class OwnPoints(QObject):
    """Draws points from the plane view's clicks; shows or hides test points."""

    def __init__(
        self,
        model: RunModel,
        controls: ControlsPanel,
        plane: PlaneView,
        surface_pane: SurfacePane,
        status: RunStatusBar,
    ) -> None:
        super().__init__(controls)
        self._model = model
        self._controls = controls
        self._plane = plane
        self._status = status
        plane.point_clicked.connect(self.draw)
        controls.data_group.test_points_toggled.connect(self._show_test_points)
        surface_pane.view_built.connect(self._view_built)
        self._surface: SurfaceView | None = None

    @Slot(object)
    def draw(self, click: PlaneClick) -> None:
        """Add or remove a point where `click` says, and train on the points."""
        if self._model.state not in DRAWABLE:
            self._status.say(
                self.tr(
                    "Pause training first (Space): points are drawn while it is paused."
                )
            )
            return
        points = given_points(self._controls.config())
        if click.remove:
            if len(points) <= MIN_POINTS:
                self._status.say(
                    self.tr(
                        "A data set needs at least {n} points: this one keeps them."
                    ).format(n=MIN_POINTS)
                )
                return
            changed = without_nearest(points, click.x1, click.x2, click.reach)
            if changed == points:
                self._status.say(
                    self.tr("No point there to remove: right-click on a point.")
                )
                return
            said = self.tr(
                "Removed a point: {n} points; a new run starts from them."
            ).format(n=len(changed))
        else:
            if len(points) >= MAX_POINTS:
                self._status.say(
                    self.tr(
                        "A data set holds at most {n:,} points: remove one first "
                        "(right-click)."
                    ).format(n=MAX_POINTS)
                )
                return
            label = self._controls.data_group.drawn_class()
            if click.other_class:
                label = 1.0 - label
            changed = with_point(points, click.x1, click.x2, label)
            said = self.tr(
                "Added a point of class {label}: {n} points; a new run starts "
                "from them."
            ).format(label=int(label), n=len(changed))
        self._controls.use_given(changed)
        self._status.say(said)

    @Slot(bool)
    def _show_test_points(self, on: bool) -> None:
        self._plane.set_test_points_visible(on)
        if self._surface is not None:
            self._surface.set_test_points_visible(on)

    @Slot(object)
    def _view_built(self, view: SurfaceView) -> None:
        self._surface = view
        view.set_test_points_visible(self._controls.data_group.test_points_shown())
