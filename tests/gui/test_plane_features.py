"""The plane view over input features: each first-layer unit's boundary is a
curve w·φ(x) + b = 0, drawn and named as a boundary, not a line."""

from __future__ import annotations

import pytest
from beyond_corners import XOR_BY_FEATURE, trained  # tests/gui/
from pytestqt.qtbot import QtBot

from xorgui.core.config import TrainConfig
from xorgui.visuals.plane_view import PlaneView

pytestmark = pytest.mark.gui


def _plane(qtbot: QtBot, config: TrainConfig, epochs: int) -> PlaneView:
    view = PlaneView()
    qtbot.addWidget(view)
    view.resize(480, 640)
    view.show()
    qtbot.waitExposed(view)
    view.show_snapshot(trained(config, epochs))
    view.flush()
    return view


def test_xor_by_the_x1x2_feature_draws_a_curved_boundary(qtbot: QtBot) -> None:
    view = _plane(qtbot, XOR_BY_FEATURE, 3000)
    # The output's own boundary, named y, traced as a curve (many segments).
    assert len(view.line_points(0)) > 10
    assert "x1·x2" in view.legend.text() and "= 0" in view.legend.text()
    assert "features bend the boundary" in view.note.text()
    assert "boundary w·φ(x) + b = 0" in view.plot.toolTip()


def test_hidden_units_over_features_draw_curves(qtbot: QtBot) -> None:
    config = TrainConfig(hidden=(3,), features=("x1", "x2", "x1sq", "x2sq"))
    view = _plane(qtbot, config, 500)
    drawn = [len(view.line_points(index)) for index in range(3)]
    assert max(drawn) > 10
    assert view.legend.text().count("x1²") == 3
