"""What the line views draw is what the numbers support: the activation the
network computes, no boundary where the output is 0.5 everywhere, each unit's
line where its weights put it, coincident points labelled together."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TypeVar

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from xorgui.core.collapse import collapse
from xorgui.core.config import TrainConfig
from xorgui.core.gates import inputs
from xorgui.core.network import Layer
from xorgui.core.snapshot import Snapshot
from xorgui.core.training.trainer import Trainer
from xorgui.visuals.activation_plot import ActivationPlot
from xorgui.visuals.collapse_panel import CollapsePanel
from xorgui.visuals.hidden_space.view import HiddenSpaceView
from xorgui.visuals.latest_view import LatestView
from xorgui.visuals.plane_view import PlaneView
from xorgui.window.run_note import unsolved_note

pytestmark = pytest.mark.gui
View = TypeVar("View", bound=LatestView)

NO_BOUNDARY = "The output is 0.5 everywhere: no boundary yet."


def _shown(qtbot: QtBot, view: View, snapshot: Snapshot) -> View:
    qtbot.addWidget(view)
    view.resize(420, 560)
    view.show()
    view.show_snapshot(snapshot)
    view.flush()
    return view


def _plateau(config: TrainConfig) -> Snapshot:
    """A 2-2-1 network whose output weights are zero: 0.5 everywhere. Both
    hidden units ignore x1, so (0,0) and (1,0) land on one point."""
    trainer = Trainer(config)
    first = Layer(np.array([[0.0, 8.0], [0.0, -8.0]]), np.array([-4.0, 4.0]))
    output = Layer(np.zeros((1, 2)), np.zeros(1))
    trainer.set_layers((first, output))
    return trainer.snapshot()


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def test_the_activation_view_shows_what_the_network_computes(qtbot: QtBot) -> None:
    trainer = Trainer(TrainConfig())
    view = _shown(qtbot, ActivationPlot(), trainer.snapshot())
    labels = {label.text: sample.item for sample, label in view.legend.items}
    network = [item for text, item in labels.items() if "computes: y = σ(x)" in text]
    article = [item for text, item in labels.items() if "article" in text]
    assert len(network) == 1 and len(article) == 1
    # One unit with weight 1 and bias 0 between two such layers: σ(x), not x·σ(x).
    x, y = network[0].getData()
    np.testing.assert_allclose(y, _sigmoid(x), atol=1e-12)
    # The article's curve, labelled as the article's: x·σ(x).
    x, y = article[0].getData()
    np.testing.assert_allclose(y, x * _sigmoid(x), atol=1e-12)
    article_label = next(text for text in labels if "article" in text)
    assert "x·σ(x)" in article_label
    said = view.difference.text()
    assert "multiplies" in said and "SiLU" in said and "bend" in said
    assert "computes in the article" not in view.caption.text()


def test_a_flat_output_draws_no_boundary_in_the_plane(qtbot: QtBot) -> None:
    # XOR with no hidden layer: the weights shrink to ~1e-7, the output to 0.500.
    trainer = Trainer(TrainConfig(hidden=(), epochs=20_000))
    trainer.train(20_000)
    view = _shown(qtbot, PlaneView(), trainer.snapshot())
    assert len(view.boundary_points()) == 0
    assert len(view.line_points(0)) == 0
    assert NO_BOUNDARY in view.note.text()
    assert "no boundary yet" in view.legend.text()
    assert "x2 =" not in view.legend.text()
    # The 2-2-1 plateau: the hidden units' lines stay, the red curve goes.
    view.show_snapshot(_plateau(TrainConfig()))
    view.flush()
    assert len(view.boundary_points()) == 0
    assert NO_BOUNDARY in view.note.text()
    assert len(view.line_points(0)) == 2


def test_the_plane_draws_each_line_where_its_weights_put_it(qtbot: QtBot) -> None:
    trainer = Trainer(TrainConfig(gate="and", hidden=()))
    trainer.train(3000)
    snapshot = trainer.snapshot()
    view = _shown(qtbot, PlaneView(), snapshot)
    (w1, w2), b = snapshot.layers[0].weight[0], snapshot.layers[0].bias[0]
    for points in (view.boundary_points(), view.line_points(0)):
        assert points.shape == (2, 2)
        # On the line w1·x1 + w2·x2 + b = 0 (x1 along x): x1 and x2 swapped misses.
        np.testing.assert_allclose(points @ [w1, w2] + b, 0.0, atol=1e-9)
        assert np.all((points > -1e-9) & (points < 1 + 1e-9))
    trained = Trainer(TrainConfig(epochs=20_000))
    trained.train(20_000)
    snapshot = trained.snapshot()
    view.show_snapshot(snapshot)
    view.flush()
    first = snapshot.layers[0]
    for unit in range(2):
        points = view.line_points(unit)
        assert points.shape == (2, 2)
        value = points @ first.weight[unit] + first.bias[unit]
        np.testing.assert_allclose(value, 0.0, atol=1e-9)
    # The red curve is where the model's output is 0.5.
    boundary = view.boundary_points()
    assert len(boundary) > 10
    hidden = _sigmoid(boundary @ first.weight.T + first.bias)
    out = _sigmoid(hidden @ snapshot.layers[1].weight[0] + snapshot.layers[1].bias[0])
    np.testing.assert_allclose(out, 0.5, atol=0.01)


def test_the_hidden_space_on_the_plateau(qtbot: QtBot) -> None:
    view = HiddenSpaceView(use_opengl=False)
    qtbot.addWidget(view)
    view.resize(420, 480)
    view.show()
    view.show_snapshot(_plateau(TrainConfig()))
    view.flush()
    assert view.space is not None and view.space.output_flat
    assert len(view.plot.drawn_lines()[0]) == 0
    assert NO_BOUNDARY in view.note.text()
    # (0,0) and (1,0) coincide, as do (0,1) and (1,1): one label each pair.
    np.testing.assert_allclose(view.space.points[0], view.space.points[2])
    assert sorted(view.plot.shown_labels()) == ["(0,0), (1,0)", "(0,1), (1,1)"]
    assert inputs().shape == (4, 2)


def _sum_as_written(text: str) -> Decimal:
    """A sum as the panel writes it, "-8.916661 - 4.649605 + 0.777757", added
    up in decimal: what a person checking it by hand gets."""
    tokens = text.replace("- ", "-").replace("+ ", "").split()
    return sum((Decimal(token) for token in tokens), Decimal(0))


SUMMED = re.compile(r"^ *= \((?P<w1>\S+), (?P<w2>\S+)\)·x \+ \((?P<terms>.+)\)$")
FINAL = re.compile(r"^ *= (?P<w1>\S+)·x1 (?P<w2>[+-] \S+)·x2 (?P<b>[+-] \S+)$")


@pytest.mark.parametrize(
    ("hidden", "gate", "epochs"),
    [
        ((2,), "and", 400),
        ((4, 4), "and", 400),
        ((2,), "xor", 20_000),
        ((3, 3, 3), "xor", 5000),
    ],
)
def test_the_single_layer_derivation_adds_up_as_written(
    qtbot: QtBot, hidden: tuple[int, ...], gate: str, epochs: int
) -> None:
    config = TrainConfig(gate=gate, hidden=hidden, activation="identity")
    trainer = Trainer(config)
    trainer.train(epochs)
    snapshot = trainer.snapshot()
    panel = _shown(qtbot, CollapsePanel(), snapshot)
    lines = panel.derivation.text().splitlines()
    summed = [m for m in map(SUMMED.match, lines) if m]
    final = [m for m in map(FINAL.match, lines) if m]
    assert len(summed) == 1 and len(final) == 1, lines
    summed_line, final_line = summed[0], final[0]
    # The weights carried down are the same numbers, and the terms add up to b'.
    assert summed_line["w1"] == final_line["w1"]
    assert summed_line["w2"] == final_line["w2"].replace("+ ", "").replace("- ", "-")
    bias = _sum_as_written(final_line["b"])
    assert _sum_as_written(summed_line["terms"]) == bias
    # And b' as written is the model's own, to the last decimal written.
    exponent = bias.as_tuple().exponent
    assert isinstance(exponent, int)
    true_bias = collapse(snapshot.layers).bias
    assert abs(float(bias) - true_bias) <= 0.5 * 10.0**exponent + 1e-12


def test_the_unsolved_note_describes_what_the_numbers_show() -> None:
    """Seed 5 ends with loss 0.35, (0,0) and (0,1) right and (1,0), (1,1) at 0.5:
    not the plateau of answering 0.5 everywhere, and not "0 of 4 wrong" alone."""
    config = TrainConfig(seed=5)
    trainer = Trainer(config)
    trainer.train(config.epochs)
    snapshot = trainer.snapshot(grid=None)
    outputs = snapshot.predictions
    assert np.all(np.abs(outputs[2:] - 0.5) < 0.01)
    assert outputs[0] < 0.1 and outputs[1] > 0.9
    note = unsolved_note(snapshot)
    assert f"(loss {snapshot.loss:.4f})" in note
    assert "2 of 4 outputs are right, 0 wrong and 2 undecided" in note
    assert "Undecided: (1,0), (1,1)." in note
    assert "plateau" not in note
    # The article's network stopped early, still on the plateau, says so.
    early = Trainer(TrainConfig(epochs=3000))
    early.train(3000)
    note = unsolved_note(early.snapshot(grid=None))
    assert "4 undecided" in note and "plateau of answering 0.5" in note
