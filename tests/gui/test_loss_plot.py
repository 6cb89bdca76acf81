"""The loss plot's own drawing: what makes it cheap to repaint while training."""

from __future__ import annotations

import numpy as np
import pytest
from beyond_corners import CIRCLE, trained  # tests/gui/
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from xorgui.core.training.trainer import Trainer
from xorgui.visuals.loss.plot import LossPlot
from xorgui.visuals.palette import CURVE, TEST_CURVE

pytestmark = pytest.mark.gui


def _shown_plot(qtbot: QtBot, width: int = 640, height: int = 320) -> LossPlot:
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(width, height)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


def test_grid_lines_are_opaque_and_light_behind_the_curve(qtbot: QtBot) -> None:
    plot = _shown_plot(qtbot, 600, 240)
    trainer = Trainer()
    trainer.train(3000)
    plot.show_snapshot(trainer.snapshot())
    plot.draw_now()
    item = plot.plot.getPlotItem()
    image = QImage(600, 240, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        for name in ("left", "bottom"):
            _axis, ticks, _texts = item.getAxis(name).generateDrawSpecs(painter)
            colours = [pen.color() for pen, _start, _end in ticks]
            # Translucent lines cost Qt's raster engine some twenty times more.
            assert colours and all(colour.alpha() == 255 for colour in colours)
            # The grid still reads as a light grid on white, not as black lines.
            assert any(colour.lightness() > 190 for colour in colours)
    finally:
        painter.end()
    assert item.getViewBox().zValue() > item.getAxis("left").zValue()


@pytest.mark.parametrize("width", [150, 230, 400])
def test_a_narrow_plot_still_labels_its_epochs(qtbot: QtBot, width: int) -> None:
    """Beside the docked views the plot is narrow: 20,000 epochs still get
    labels, as far apart as their text needs."""
    plot = LossPlot()
    qtbot.addWidget(plot)
    axis = plot.plot.getPlotItem().getAxis("bottom")
    levels = axis.tickValues(0, 20000, width)
    values = [value for _spacing, ticks in levels for value in ticks]
    assert 0 in values and 20000 in values
    spacing = min(spacing for spacing, _ticks in levels)
    assert spacing / 20000 * width >= 40  # no two labels collide


def _colours_drawn(plot: LossPlot) -> set[str]:
    image = plot.plot.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def test_a_run_with_test_points_shows_both_losses_with_a_legend(qtbot: QtBot) -> None:
    plot = _shown_plot(qtbot)
    snapshot = trained(CIRCLE, 300)
    plot.show_snapshot(snapshot)
    plot.draw_now()
    assert plot.has_test_curve()
    _x, test = plot.test_curve.getData()
    assert test is not None and len(test) == len(snapshot.history_epochs)
    np.testing.assert_array_equal(test, snapshot.history_test_losses)
    assert plot.pinned.names() == ["training", "test"]
    assert plot.test_curve.opts["pen"].style() == Qt.PenStyle.DashLine
    assert "Training and test loss" in plot.plot.getPlotItem().titleLabel.text
    # A person sees both colours: the blue training and the orange test curve.
    assert {CURVE, TEST_CURVE} <= _colours_drawn(plot)
    # The fit keeps the whole test curve in view.
    (_x_range, (low, high)) = plot.plot.getPlotItem().getViewBox().viewRange()
    assert low <= float(np.min(test)) and float(np.max(test)) <= high
    # Larger text (View > Larger text, presentation) enlarges the legend too.
    font = plot.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    plot.setFont(font)
    sizes = {label.opts["size"] for _sample, label in plot.pinned.legend.items}
    assert sizes == {f"{font.pointSizeF():.1f}pt"}
    assert plot.pinned.names() == ["training", "test"]


def test_a_run_without_test_points_draws_the_training_loss_alone(
    qtbot: QtBot,
) -> None:
    plot = _shown_plot(qtbot)
    plot.show_snapshot(trained(CIRCLE, 100))
    plot.draw_now()
    trainer = Trainer()
    trainer.train(100)
    plot.show_snapshot(trainer.snapshot())
    plot.draw_now()
    assert not plot.has_test_curve()
    _x, test = plot.test_curve.getData()
    assert test is None or len(test) == 0
    assert plot.pinned.names() == []
    assert not plot.pinned.legend.isVisible()
    assert "Training loss" in plot.plot.getPlotItem().titleLabel.text
    assert TEST_CURVE not in _colours_drawn(plot)
