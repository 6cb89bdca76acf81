"""The activation: the chosen function's curve, and the article's example.

The article asks what one hidden unit with weight 1 and bias 0 computes
between two layers, and writes y = x·σ(x): it multiplies by x where the layers
compose. The network computes y = w2·σ(w1·x + b1) + b2 = σ(x). The plot shows
the chosen activation, what the network computes (σ(x)), the article's curve
labelled as the article's, and the straight y = x of no activation, and marks
where the four inputs (or every point of a data set, test points hollow) land
on the first hidden unit's curve now.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.data.features import feature_values
from xorgui.core.data.sets import data_set
from xorgui.core.network import activate
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.colormap import POINT_OUTLINE, hollow_count, point_styles
from xorgui.visuals.fitted_labels import TextScroller, WrappedLabel
from xorgui.visuals.latest_view import LatestView
from xorgui.visuals.palette import BOUNDARY, CURVE, IDLE, INK, PAPER, UNIT_LINES
from xorgui.visuals.setup_text import activation_names
from xorgui.visuals.text_size import text_scale

NETWORK_CURVE = UNIT_LINES[1]
"""What the network computes: a unit line's colour, apart from the chosen curve."""
FRAME_INTERVAL_MS = 150
"""About seven frames a second: the curve changes only with the setup."""
SPAN = 6.0
"""The plot shows at least x in [-6, 6], where sigmoid and tanh do their bending."""
MAX_SPAN = 40.0
Y_BOTTOM, Y_TOP = -1.5, 3.5
"""Tall enough for sigmoid, tanh and the example's dip and bend; relu's and
identity's rising lines get what the marks need."""
CURVE_POINTS = 401
MANY_POINTS_SIZE = 7
"""A data set's marks, smaller than the four inputs' (12): hundreds of them
lie along the curve."""
TICK_POINTS = 10.0
FORMULAS = {
    "sigmoid": "σ(x) = 1 / (1 + e^-x)",
    "tanh": "tanh(x)",
    "relu": "ReLU(x) = max(0, x)",
}
"""The activations' formulas, maths in any language (identity is named in words)."""


class ActivationPlot(LatestView):
    """The chosen activation, σ(x), the article's x·σ(x) and y = x, with the
    inputs marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(FRAME_INTERVAL_MS, parent)
        self.setObjectName("activationPlot")
        self.caption = WrappedLabel(self)
        self.difference = WrappedLabel(self)
        self.difference.setObjectName("activationDifference")
        self.plot = pg.PlotWidget(self, background=PAPER)
        self.plot.setMinimumSize(220, 160)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        self.legend = item.addLegend(offset=(8, 8), labelTextColor=INK)
        self._chosen = item.plot(pen=pg.mkPen(CURVE, width=3))
        # Dashed: with the sigmoid chosen it lies on the chosen curve.
        self._network = item.plot(
            pen=pg.mkPen(NETWORK_CURVE, width=2.5, style=Qt.PenStyle.DashLine)
        )
        self._article = item.plot(
            pen=pg.mkPen(BOUNDARY, width=2.5, style=Qt.PenStyle.DotLine)
        )
        self._straight = item.plot(
            pen=pg.mkPen(IDLE, width=1.5, style=Qt.PenStyle.DashLine)
        )
        self._points = pg.ScatterPlotItem(size=12, pen=pg.mkPen(POINT_OUTLINE))
        self._points.setZValue(10)
        item.addItem(self._points)
        self._activation: str | None = None
        self._span = 0.0
        self._style_axes()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plot, 1)
        layout.addWidget(TextScroller([self.caption, self.difference], self))

    def changeEvent(self, event: QEvent) -> None:
        """Larger text restyles the axes; another language redraws the legend."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._style_axes()
        elif event.type() == QEvent.Type.LanguageChange:
            self._activation = None  # the curves and legend, at the next draw

    def marked_inputs(self) -> np.ndarray:
        """The (pre-activation, activation) points marked now, shape (n, 2)."""
        x, y = self._points.getData()
        return np.column_stack([x, y])

    def hollow_marks(self) -> int:
        """How many marks are hollow: the test points."""
        return hollow_count(self._points)

    def _draw(self, snapshot: Snapshot) -> None:
        config = snapshot.config
        marks = _first_unit_inputs(snapshot)
        span = _span_for(marks)
        if config.activation != self._activation or span != self._span:
            self._draw_curves(config.activation, span)
        if marks is None or not config.hidden:
            self._points.setData([], [])
            text = self.tr(
                "No hidden layer: the activation is not used; the output unit "
                "draws one straight line."
            )
        else:
            values = activate(config.activation, marks)
            brushes, pens = point_styles(snapshot.targets, data_set(config).test)
            corners = config.data == "corners"
            self._points.setData(
                x=marks,
                y=values,
                size=12 if corners else MANY_POINTS_SIZE,
                brush=brushes,
                pen=pens,
            )
            if corners and config.features == DEFAULT_FEATURES:
                text = self.tr(
                    "Dots: the four inputs on unit h1's {activation}, epoch {epoch} "
                    "(its w1·x1 + w2·x2 + b along the x axis)."
                )
            else:
                text = self.tr(
                    "Dots: the {count} points on unit h1's {activation}, epoch "
                    "{epoch} (its weighted sum of the inputs plus its bias along "
                    "the x axis; hollow: test points)."
                )
            text = text.format(
                count=len(marks),
                activation=activation_names()[config.activation],
                epoch=f"{snapshot.epoch:,}",
            )
        self.caption.setText(text)

    def _draw_curves(self, activation: str, span: float) -> None:
        self._activation, self._span = activation, span
        x = np.linspace(-span, span, CURVE_POINTS)
        self.legend.clear()
        self._chosen.setData(x, activate(activation, x))
        self._network.setData(x, network_curve(x))
        self._article.setData(x, article_curve(x))
        self._straight.setData(x, x)
        self.legend.addItem(
            self._chosen,
            self.tr("chosen: {formula}").format(formula=self._formula(activation)),
        )
        self.legend.addItem(
            self._network,
            self.tr("one unit, weight 1, bias 0, computes: y = σ(x)"),
        )
        self.legend.addItem(
            self._article, self.tr("the article's curve: y = x·σ(x) (SiLU)")
        )
        self.legend.addItem(self._straight, self.tr("no activation: y = x"))
        self.difference.setText(
            self.tr(
                "The article writes x·σ(x): it multiplies by x where the second "
                "layer takes σ(x) as its input, so the network computes σ(x). "
                "x·σ(x) is another function (SiLU, or swish); both bend, because "
                "both pass x through the non-linear σ."
            )
        )
        top = max(Y_TOP, float(np.max(activate(activation, x))) * 1.05)
        self.plot.getPlotItem().setRange(
            xRange=(-span, span), yRange=(Y_BOTTOM, top), padding=0.02
        )

    def _formula(self, activation: str) -> str:
        if activation == "identity":
            return self.tr("identity(x) = x")
        return FORMULAS[activation]

    def _style_axes(self) -> None:
        font = QFont()
        font.setPointSizeF(TICK_POINTS * text_scale())
        item = self.plot.getPlotItem()
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setPen(INK)
            axis.setTextPen(INK)
            axis.setStyle(tickFont=font)


def network_curve(x: np.ndarray) -> np.ndarray:
    """What two layers with weight 1 and bias 0 compute around a sigmoid:
    1·σ(1·x + 0) + 0 = σ(x)."""
    return activate("sigmoid", x)


def article_curve(x: np.ndarray) -> np.ndarray:
    """The article's y = x·σ(x) (SiLU): the product it writes, not the network."""
    return x * activate("sigmoid", x)


def _span_for(marks: np.ndarray | None) -> float:
    """Half the x range: room for every mark, in steps of 2 so it rarely changes."""
    if marks is None:
        return SPAN
    widest = float(np.max(np.abs(marks))) * 1.15
    return min(MAX_SPAN, max(SPAN, 2.0 * math.ceil(widest / 2.0)))


def _first_unit_inputs(snapshot: Snapshot) -> np.ndarray | None:
    """Unit h1's pre-activation at every point of the data set (None with no
    layers)."""
    if not snapshot.layers:
        return None
    config = snapshot.config
    first = snapshot.layers[0]
    inputs = feature_values(data_set(config).points, config.features)
    return inputs @ first.weight[0].astype(np.float64) + float(first.bias[0])
