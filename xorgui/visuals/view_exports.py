"""Views as pictures: what a view looks like in a file, and the views that
`train --export-views DIR` writes, each drawn off screen from one snapshot.

A view is any widget with `show_snapshot(snapshot)` and `flush()` (draw the
pending snapshot now); one that offers `grab_image()` is exported by it (the
loss plot: the plot alone, without its buttons), any other as it shows.
A new view is exported headless by adding a line to VIEW_EXPORTS.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from xorgui.visuals.hidden_space_view import HiddenSpaceView
from xorgui.visuals.loss_plot import LossPlot
from xorgui.visuals.network_diagram import NetworkDiagram
from xorgui.visuals.plane_view import PlaneView
from xorgui.visuals.truth_table import TruthTable

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot


@runtime_checkable
class SnapshotView(Protocol):
    """What makes a widget a view: it can be handed a snapshot to show."""

    def show_snapshot(self, snapshot: Snapshot) -> None: ...


class ViewExport(NamedTuple):
    """How to make a view for a file, and the size it is drawn at (pixels)."""

    make: Callable[[], QWidget]
    size: tuple[int, int] = (800, 600)


VIEW_EXPORTS: dict[str, ViewExport] = {
    "truth-table.png": ViewExport(TruthTable, (480, 260)),
    "loss.png": ViewExport(LossPlot, (800, 500)),
    "plane.png": ViewExport(PlaneView, (800, 700)),
    "network.png": ViewExport(NetworkDiagram, (800, 600)),
    "hidden-space.png": ViewExport(HiddenSpaceView, (700, 700)),
}
"""The file each view is written to by `train --export-views`, and how."""


def view_image(view: QWidget) -> QImage:
    """`view` as a picture, with whatever snapshot it was last given drawn."""
    flush = getattr(view, "flush", None)
    if flush is not None:
        flush()
    grab = getattr(view, "grab_image", None)
    return grab() if grab is not None else view.grab().toImage()


def offscreen_view_image(export: ViewExport, snapshot: Snapshot) -> QImage:
    """A fresh view made by `export`, laid out at its size without appearing
    on any screen, showing `snapshot` (needs a QApplication)."""
    view = export.make()
    assert isinstance(view, SnapshotView), f"{view!r} cannot show a snapshot"
    try:
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        view.resize(*export.size)
        view.show()
        view.show_snapshot(snapshot)
        return view_image(view)
    finally:
        view.close()
        view.deleteLater()
