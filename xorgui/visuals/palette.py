"""Every colour the app paints with, named by what it means.

One place, so that "solved" is the same green in the status bar, the loss plot
and the sweep's histogram, and a new view picks its colours from the same
few. Plain "#rrggbb" strings: style sheets, pyqtgraph and QColor all take them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

INK = "#202020"
"""Text, axes, captions and outlines: a soft black."""
PAPER = "#ffffff"
"""The plots' and exported images' background."""

GOOD = "#2e7d32"
"""Solved, right, running: a dark green."""
BAD = "#c62828"
"""Not solved, wrong, diverged, failed: a dark red."""
ATTENTION = "#ef6c00"
"""Paused, and the focus ring: orange stands out against greys and blues."""
IDLE = "#607d8b"
"""Loading or ready: a quiet blue-grey."""
DONE = "#1565c0"
"""A finished run: blue."""
BUSY_ELSEWHERE = "#6a1b9a"
"""Sweeping seeds while the run waits: purple."""
CURVE = "#31688e"
"""The loss curve: viridis's blue, the colour of a low surface."""
TEST_CURVE = "#d95f02"
"""The test points' loss curve (dashed): a dark orange, apart from CURVE's
blue for colour-blind eyes and on a projector."""
WEIGHT_POSITIVE = "#2166ac"
WEIGHT_NEGATIVE = "#e0701b"
"""A positive and a negative weight or bias in the network diagram: blue and
orange, apart for colour-blind eyes (TensorFlow Playground's choice too)."""
EDITED = "#ad1457"
"""A weight set by hand: the loss plot's "edited" marker (a dark pink)."""

BOUNDARY = "#d62728"
"""Where the output is 0.5, on the plane: the article's red curve."""
UNIT_LINES = ("#ffffff", "#e377c2", "#17becf", "#bcbd22", "#9467bd", "#8c564b")
"""The first-layer units' lines on the plane, in turn: apart from the red
boundary, from the two target colours and from each other on viridis."""
LINE_HALO = "#202020"
"""Drawn under each unit's line so it reads on every colour of the heatmap."""
SINGLE_LAYER = "#e91e63"
"""The collapsed single layer's wireframe over the 3-D surface: magenta."""

TARGET_ZERO = "#ff6a13"
"""A training point whose target is 0 (orange)."""
TARGET_ONE = "#1f6fff"
"""A training point whose target is 1 (blue)."""

RIGHT_BACKGROUND = "#c8e6c9"
WRONG_BACKGROUND = "#ffcdd2"
UNDECIDED_BACKGROUND = "#fff3c4"
"""The truth table's verdict cells: pale green, red and yellow."""


@dataclass(frozen=True, slots=True)
class NoteColours:
    """A boxed note: its background, its text and its border."""

    background: str
    text: str
    border: str

    def style_sheet(self, widget: str = "QLabel") -> str:
        """A style sheet that draws `widget` as this note (rounded, padded)."""
        return (
            f"{widget} {{ background: {self.background}; color: {self.text}; "
            f"border: 1px solid {self.border}; border-radius: 4px; padding: 6px; }}"
        )


def restyle(widget: QWidget, style_sheet: str) -> None:
    """Give `widget` this style sheet unless it has it: Qt restyles the widget
    at every set, which a live view's note would pay many times a second."""
    if widget.styleSheet() != style_sheet:
        widget.setStyleSheet(style_sheet)


INFO_NOTE = NoteColours("#eef3f8", "#1c2b3a", "#c9d6e3")
GOOD_NOTE = NoteColours("#e8f5e9", "#1b4d1f", "#a5d6a7")
BAD_NOTE = NoteColours("#fdecea", "#7f1d1d", "#f5b7b1")
WARNING_NOTE = NoteColours("#fff4c2", "#3a3000", "#d9c77a")

PINNED = ("#d08c60", "#8e7cc3", "#6aa984", "#c27ba0", "#a3a35a")
"""Pinned runs' loss curves, one each (as many as MAX_PINNED): muted orange,
purple, green, rose and olive, apart from each other and from CURVE."""
