"""What the network diagram shows of a wide network, so it stays readable.

A layer of up to `MAX_SHOWN_UNITS` units is drawn whole. A wider one shows the
units with the largest outgoing weights (the sum of |w| to the next layer: the
ones that matter most to what follows) and one "+N more" node for the rest.
Between two columns, at most `MAX_LINKS` links are drawn: the strongest by
|weight|. The plan says what it left out, and the view says so too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from xorgui.core.network import Layer

MAX_SHOWN_UNITS = 12
MAX_LINKS = 48


@dataclass(frozen=True, slots=True)
class Link:
    """The weight layers[layer].weight[row, col]: unit `col` of the column
    before to unit `row` of this layer's column."""

    layer: int
    row: int
    col: int
    weight: float


@dataclass(frozen=True, slots=True)
class DiagramPlan:
    """Which units each column shows (column 0 the inputs, column k + 1 the
    units of layers[k]), which links are drawn, and how many of each exist."""

    shown: tuple[tuple[int, ...], ...]
    widths: tuple[int, ...]
    links: tuple[Link, ...]
    link_counts: tuple[int, ...]

    @property
    def thinned(self) -> bool:
        """Whether anything was left out."""
        hidden_units = any(
            len(s) < w for s, w in zip(self.shown, self.widths, strict=True)
        )
        drawn = len(self.links) < sum(self.link_counts)
        return hidden_units or drawn

    def hidden_count(self, column: int) -> int:
        """Units of `column` not drawn (shown as "+N more")."""
        return self.widths[column] - len(self.shown[column])


def shown_units(layers: Sequence[Layer], index: int, limit: int) -> tuple[int, ...]:
    """The units of layers[index] to draw, in order: all, or the `limit` with
    the largest sum of |outgoing weight| (ties to the lower index)."""
    units = layers[index].units
    if units <= limit or index + 1 >= len(layers):
        return tuple(range(units))
    strength = np.abs(layers[index + 1].weight).sum(axis=0)
    order = np.argsort(-strength, kind="stable")[:limit]
    return tuple(sorted(int(u) for u in order))


def plan_diagram(
    layers: Sequence[Layer],
    max_units: int = MAX_SHOWN_UNITS,
    max_links: int = MAX_LINKS,
) -> DiagramPlan:
    """The diagram of `layers`: units shown per column and the links drawn."""
    inputs = layers[0].inputs
    shown = [tuple(range(inputs))]
    shown += [shown_units(layers, i, max_units) for i in range(len(layers))]
    links: list[Link] = []
    counts = []
    for index, layer in enumerate(layers):
        rows, cols = shown[index + 1], shown[index]
        block = layer.weight[np.ix_(rows, cols)]
        counts.append(layer.weight.size)
        flat = np.abs(block).ravel()
        keep = np.argsort(-flat, kind="stable")[:max_links]
        for position in sorted(int(k) for k in keep):
            r, c = divmod(position, len(cols))
            links.append(Link(index, rows[r], cols[c], float(block[r, c])))
    widths = (inputs, *(layer.units for layer in layers))
    return DiagramPlan(tuple(shown), widths, tuple(links), tuple(counts))
