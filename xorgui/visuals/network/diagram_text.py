"""The network diagram's words: column titles, the caption that says what a
wide network's diagram leaves out, and the tooltips with exact values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from xorgui.core.diagram_plan import DiagramPlan
from xorgui.core.hand_edit.edits import ParameterRef
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.network.diagram_geometry import LinkSpot, NodeSpot
from xorgui.visuals.network.edit_words import parameter_words

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from xorgui.visuals.network.diagram import Hit, NetworkDiagram


def exact(value: float) -> str:
    """A weight with every digit float32 holds (9 significant)."""
    return f"{value:.9g}"


def column_title(column: int, layer_count: int) -> str:
    if column == 0:
        return translate("NetworkDiagram", "inputs")
    if column == layer_count:
        return translate("NetworkDiagram", "output")
    return translate("NetworkDiagram", "hidden {0}").format(column)


def caption(plan: DiagramPlan, *, for_file: bool = False) -> str:
    """What the diagram shows: the colours' meaning, and what it left out (in
    the window also how to edit it, which a file cannot)."""
    if not plan.thinned:
        if for_file:
            return translate(
                "NetworkDiagram", "Blue: positive, orange: negative; thicker: larger."
            )
        return translate(
            "NetworkDiagram",
            "Blue: positive, orange: negative; thicker: larger. "
            "Double-click a link or a bias to set it.",
        )
    parts = []
    for column, shown in enumerate(plan.shown):
        if plan.hidden_count(column):
            parts.append(
                translate("NetworkDiagram", "layer {0}: {1} of {2} units").format(
                    column, len(shown), plan.widths[column]
                )
            )
    drawn = len(plan.links)
    total = sum(plan.link_counts)
    if drawn < total:
        parts.append(
            translate("NetworkDiagram", "{0} of {1} links").format(drawn, total)
        )
    return translate("NetworkDiagram", "Showing the strongest: {0}.").format(
        ", ".join(parts)
    )


def tooltip_for(diagram: NetworkDiagram, hit: Hit, snapshot: Snapshot) -> str:
    """The exact weight, bias or value range of what the mouse is over."""
    layers = snapshot.layers
    count = len(layers)
    if isinstance(hit, LinkSpot):
        link = hit.link
        ref = ParameterRef(link.layer, link.row, link.col)
        return translate(
            "NetworkDiagram", "{0} = {1}\nDouble-click to type a new value."
        ).format(_name(ref, count, snapshot), exact(link.weight))
    if isinstance(hit, tuple):
        node = hit[0]
        assert node.unit is not None
        ref = ParameterRef(node.column - 1, node.unit)
        return translate(
            "NetworkDiagram", "{0} = {1}\nDouble-click to type a new value."
        ).format(_name(ref, count, snapshot), exact(ref.value(layers)))
    return _node_text(diagram, hit, snapshot)


def _name(ref: ParameterRef, count: int, snapshot: Snapshot) -> str:
    return parameter_words(ref, count, first=True, features=snapshot.config.features)


def _node_text(diagram: NetworkDiagram, node: NodeSpot, snapshot: Snapshot) -> str:
    plan = diagram.plan
    assert plan is not None
    if node.column == 0:
        assert node.unit is not None  # every input is drawn
        name = diagram.input_label(node.unit)
        if snapshot.config.data == "corners" and name in ("x1", "x2"):
            return translate(
                "NetworkDiagram",
                "Input {0}: 0 or 1 in the truth table; 0 to 1 across each map.",
            ).format(name)
        return translate(
            "NetworkDiagram",
            "Input {0}: computed from each point (x1, x2) of the square; the "
            "maps show x1 from 0 to 1 to the right and x2 up.",
        ).format(name)
    if node.unit is None:
        hidden = plan.hidden_count(node.column)
        return translate(
            "NetworkDiagram",
            "{0} more units of this layer are not drawn: the diagram shows the "
            "{1} whose outgoing weights are largest. The weights table lists all.",
        ).format(hidden, len(plan.shown[node.column]))
    title = diagram.unit_title(node.column, node.unit)
    bias = float(snapshot.layers[node.column - 1].bias[node.unit])
    key = (node.column, node.unit)
    values = diagram.value_ranges[key]
    low, high = diagram.spans[key]
    return translate(
        "NetworkDiagram",
        "{0}: its activation over the square (x1 right, x2 up)\n"
        "bias = {1}\nvalues from {2:.4g} to {3:.4g} (colours {4:g} to {5:g})\n"
        "Click to show this unit in the 3-D view; double-click to set its bias.",
    ).format(title, exact(bias), values[0], values[1], low, high)
