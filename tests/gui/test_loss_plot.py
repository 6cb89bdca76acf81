"""The loss plot's own drawing: what makes it cheap to repaint while training."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from xorgui.core.training.trainer import Trainer
from xorgui.visuals.loss.plot import LossPlot

pytestmark = pytest.mark.gui


def test_grid_lines_are_opaque_and_light_behind_the_curve(qtbot: QtBot) -> None:
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 240)
    plot.show()
    qtbot.waitExposed(plot)
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
