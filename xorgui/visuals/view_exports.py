"""Views as pictures: what a view looks like in a file, and the views that
`train --export-views DIR` writes, each drawn off screen from one snapshot.

A view is any widget with `show_snapshot(snapshot)` and `flush()` (draw the
pending snapshot now); one that offers `grab_image()` is exported by it (the
loss plot: the plot alone, without its buttons), any other as it shows.
An export is a figure for a slide: the view's content, title and caption,
nothing to click. While it is grabbed, the view's buttons, boxes and fields
and the widgets marked as furniture (`mark_furniture`: "Units:", a hint to
click) are hidden and the layout closes up; a view with `set_for_file(on)`
also drops what it paints for the hand (the diagram's "Double-click...").
A new view is exported headless by adding a line to VIEW_EXPORTS.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from xorgui.visuals.hidden_space.view import HiddenSpaceView
from xorgui.visuals.image_export import is_furniture
from xorgui.visuals.loss.plot import LossPlot
from xorgui.visuals.network.diagram import NetworkDiagram
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


CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QAbstractSlider)
"""What a person clicks or types in: never part of an exported figure."""


def view_image(view: QWidget) -> QImage:
    """`view` as a figure, with whatever snapshot it was last given drawn."""
    with _as_figure(view):
        flush = getattr(view, "flush", None)
        if flush is not None:
            flush()
        _lay_out()
        grab = getattr(view, "grab_image", None)
        return grab() if grab is not None else view.grab().toImage()


@contextmanager
def _as_figure(view: QWidget) -> Iterator[None]:
    """`view` without its controls and furniture while the block runs."""
    hidden = [
        widget
        for widget in view.findChildren(QWidget)
        if widget.isVisibleTo(view)
        and (isinstance(widget, CONTROLS) or is_furniture(widget))
    ]
    for_file = getattr(view, "set_for_file", None)
    for widget in hidden:
        widget.hide()
    if for_file is not None:
        for_file(True)
    try:
        yield
    finally:
        if for_file is not None:
            for_file(False)
        for widget in hidden:
            widget.show()
        _lay_out()


def _lay_out() -> None:
    """Lay out now what waits to be (Qt and pyqtgraph post it for later): a
    grab then shows an axis with room for its title, a layout closed up."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


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
