"""The window's optional parts, each in its own module: the docked views
(plane, single layer, activation, hidden space, network diagram; the View menu
lists them) and the tools added after the menus (pinned runs, animation export,
the timeline, session files, the atlas, language and lessons)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from xorgui.window.animation_export import AnimationExport
from xorgui.window.atlas_window import AtlasCommand
from xorgui.window.hidden_views import add_hidden_views
from xorgui.window.learning_aids import add_learning_aids
from xorgui.window.line_views import add_line_views
from xorgui.window.network_views import add_network_views
from xorgui.window.pins import Pins
from xorgui.window.session_actions import SessionActions
from xorgui.window.settings import Settings
from xorgui.window.timeline_actions import TimelineControls
from xorgui.window.view_docks import ViewDocks

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow


def add_views(window: MainWindow) -> None:
    """The docked views; before the menus are built, so View lists them."""
    window.docks = ViewDocks(window)
    window.line_views = add_line_views(window)
    window.unit_focus = add_hidden_views(window)
    window.network_views = add_network_views(window)
    window.network_views.diagram.unit_clicked.connect(window.unit_focus.show_unit)


def add_tools(window: MainWindow, settings: Settings) -> None:
    """The parts that add their own entries to the built menus."""
    window.pins = Pins(window)
    window.animation_export = AnimationExport(window, settings)
    window.timeline = TimelineControls(window)
    window.sessions = SessionActions(
        window, settings, window.pins.runs, window.pins.restore
    )
    window.atlas = AtlasCommand(window)
    window.language_menu, window.lessons = add_learning_aids(window, settings)
