"""An exported view is a figure for a slide: its content, title and caption,
nothing to click, laid out whole; and what it shows is what the view says."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from xorgui.core.config import TrainConfig
from xorgui.core.snapshot import Snapshot
from xorgui.core.training.trainer import Trainer
from xorgui.visuals.hidden_space.view import HiddenSpaceView
from xorgui.visuals.network.diagram import NetworkDiagram
from xorgui.visuals.plane_view import PlaneView
from xorgui.visuals.truth_table import TruthTable
from xorgui.visuals.view_exports import CONTROLS, VIEW_EXPORTS, view_image

pytestmark = pytest.mark.gui

BOUNDARY_RGB = np.array([0xD6, 0x27, 0x28])
LAID_OUT_MS = 100
"""Time for a view to lay out the texts of the snapshot it was given."""


class PaintLog(QObject):
    """Which watched widgets were painted, and what `look` saw then."""

    def __init__(self, look: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.painted: list[QObject] = []
        self.seen: list[object] = []
        self._look = look

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append(watched)
            if self._look is not None:
                self.seen.append(self._look())
        return False


def _trained(config: TrainConfig, epochs: int) -> Snapshot:
    trainer = Trainer(config)
    trainer.train(epochs)
    return trainer.snapshot(grid=64)


def _shown(qtbot: QtBot, name: str, snapshot: Snapshot) -> QWidget:
    export = VIEW_EXPORTS[name]
    view = export.make()
    qtbot.addWidget(view)
    view.resize(*export.size)
    view.show()
    qtbot.waitExposed(view)
    view.show_snapshot(snapshot)  # type: ignore[attr-defined]
    view.flush()  # type: ignore[attr-defined]
    qtbot.wait(LAID_OUT_MS)  # as a person sees it: its texts' new lines laid out
    return view


@pytest.mark.parametrize("name", ["plane.png", "hidden-space.png"])
def test_nothing_to_click_is_drawn_into_a_figure(qtbot: QtBot, name: str) -> None:
    view = _shown(qtbot, name, _trained(TrainConfig(hidden=(3,)), 300))
    controls = [w for w in view.findChildren(QWidget) if isinstance(w, CONTROLS)]
    shown = [w for w in controls if w.isVisible()]
    assert shown  # the Heatmap box, the unit boxes, "Show a unit in 3-D"
    log = PaintLog()
    for widget in controls:
        widget.installEventFilter(log)
    image = view_image(view)
    assert not image.isNull()
    assert [w for w in log.painted if w in controls] == []
    # In the window they are back where they were.
    assert all(widget.isVisible() for widget in shown)


def test_the_diagram_figure_has_no_hint_to_double_click(qtbot: QtBot) -> None:
    view = _shown(qtbot, "network.png", _trained(TrainConfig(), 300))
    assert isinstance(view, NetworkDiagram)
    log = PaintLog(lambda: view.for_file)
    view.installEventFilter(log)
    view_image(view)
    assert log.seen and all(log.seen)  # painted as a figure, every time
    assert not view.for_file


def test_the_truth_table_figure_has_a_readable_header_and_even_columns(
    qtbot: QtBot,
) -> None:
    table = _shown(qtbot, "truth-table.png", _trained(TrainConfig(), 300))
    assert isinstance(table, TruthTable)
    header = table.horizontalHeader()

    def look() -> tuple[list[int], float, float]:
        sizes = [header.sectionSize(c) for c in range(table.columnCount())]
        cell = table.item(0, 0).font().pointSizeF()
        return sizes, header.font().pointSizeF(), cell

    log = PaintLog(look)
    table.viewport().installEventFilter(log)
    view_image(table)
    sizes, header_points, cell_points = log.seen[-1]
    assert max(sizes) - min(sizes) <= 1, sizes
    assert header_points >= cell_points
    # Back in the window: the inputs take the extra room again.
    assert header.sectionSize(0) > header.sectionSize(table.TARGET)


def test_the_hidden_space_axis_title_stands_below_its_ticks(qtbot: QtBot) -> None:
    view = _shown(qtbot, "hidden-space.png", _trained(TrainConfig(), 300))
    assert isinstance(view, HiddenSpaceView)
    axis = view.plot.getPlotItem().getAxis("bottom")
    log = PaintLog(lambda: (axis.height(), axis.minimumHeight()))
    view.plot.viewport().installEventFilter(log)
    view_image(view)
    height, wanted = log.seen[-1]
    # The room the axis asks for (ticks, their labels, the title), not less.
    assert height >= wanted > 30


def _red_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
        height, image.bytesPerLine()
    )
    pixels = rows[:, : width * 3].reshape(height, width, 3).astype(int)
    return int((np.abs(pixels - BOUNDARY_RGB).sum(axis=2) < 40).sum())


def test_the_plane_figure_draws_a_line_only_where_the_plane_says_one_is(
    qtbot: QtBot,
) -> None:
    solved = _shown(qtbot, "plane.png", _trained(TrainConfig(gate="and"), 2000))
    assert isinstance(solved, PlaneView)
    assert len(solved.boundary_points()) > 2  # the 0.5 contour
    assert _red_pixels(view_image(solved)) > 300  # the red line, about 3 px wide
    flat = _shown(qtbot, "plane.png", _trained(TrainConfig(hidden=()), 20_000))
    assert isinstance(flat, PlaneView)
    assert len(flat.boundary_points()) == 0
    # Only the legend's small swatch is red: no line on the square.
    assert _red_pixels(view_image(flat)) < 150
