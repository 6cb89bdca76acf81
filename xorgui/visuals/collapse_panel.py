"""The single-layer panel: the one linear layer an identity network equals.

The article's point 2, live: with no activation between them, any stack of
layers multiplies out into y = w1'·x1 + w2'·x2 + b'. The panel shows those
numbers and the derivation, and offers to lay that single layer over the 3-D
surface, where it coincides with the network's own output. With an activation
it says why the collapse does not happen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QVBoxLayout, QWidget

from xorgui.core.collapse import collapse, derivation, signed
from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.decision_lines import number
from xorgui.core.outcome import is_linear
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.fitted_labels import WrappedLabel
from xorgui.visuals.latest_view import LatestView
from xorgui.visuals.palette import GOOD_NOTE, INFO_NOTE, WARNING_NOTE, restyle
from xorgui.visuals.setup_text import activation_names, subject_text

FRAME_INTERVAL_MS = 150
"""About seven frames a second: numbers to read, not to watch fly."""


class CollapsePanel(LatestView):
    """The collapsed layer's numbers, the derivation and the 3-D overlay toggle."""

    overlay_toggled = Signal(bool)
    """The person asked to show (True) or hide the single layer in 3-D."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(FRAME_INTERVAL_MS, parent)
        self.setObjectName("collapsePanel")
        self.caption = WrappedLabel(self)
        self.note = WrappedLabel(self)
        self.weights = WrappedLabel(self)
        self.weights.setObjectName("collapseWeights")
        self.weights.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.derivation = WrappedLabel(self)
        self.derivation.setObjectName("collapseDerivation")
        self.derivation.setFont(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        )
        self.derivation.setTextFormat(Qt.TextFormat.PlainText)
        self.derivation.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.overlay_box = QCheckBox(self.tr("&Overlay on the 3-D surface"), self)
        self.overlay_box.setToolTip(
            self.tr(
                "Draw the single layer's output as a magenta grid over the 3-D "
                "surface: with no activation the two coincide."
            )
        )
        self.overlay_box.setSizePolicy(
            QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed
        )
        self.overlay_box.toggled.connect(self.overlay_toggled)
        self.difference = WrappedLabel(self)
        self.difference.setObjectName("collapseDifference")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (
            self.caption,
            self.note,
            self.weights,
            self.derivation,
            self.overlay_box,
            self.difference,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    @Slot(object)
    def show_difference(self, difference: float | None) -> None:
        """What the 3-D view measured between the overlay and the surface."""
        if difference is None or not self.overlay_box.isChecked():
            self.difference.clear()
            return
        self.difference.setText(
            self.tr(
                "They coincide: max difference {value} between the single layer "
                "and the network's surface."
            ).format(value=_short(difference))
        )
        restyle(self.difference, GOOD_NOTE.style_sheet())

    def overlay_unavailable(self, reason: str) -> None:
        """The overlay cannot be shown now: untick it and say why."""
        self.overlay_box.setChecked(False)
        self.difference.setText(reason)
        restyle(self.difference, WARNING_NOTE.style_sheet())

    def _draw(self, snapshot: Snapshot) -> None:
        config = snapshot.config
        self.caption.setText(
            self.tr("{gate}, network {shape} ({activation}), epoch {epoch}").format(
                gate=subject_text(config),
                shape=config.architecture,
                activation=activation_names()[config.activation],
                epoch=f"{snapshot.epoch:,}",
            )
        )
        linear = is_linear(config) and bool(snapshot.layers)
        self.overlay_box.setEnabled(linear)
        self.weights.setVisible(linear)
        self.derivation.setVisible(linear)
        if not linear:
            self._explain_activation(config.activation)
            return
        collapsed = collapse(snapshot.layers, config.features)
        if config.features == DEFAULT_FEATURES:
            w1, w2 = collapsed.weights
            text = self.tr("Single layer: w1' = {w1}, w2' = {w2}, b' = {b}").format(
                w1=number(w1), w2=number(w2), b=number(collapsed.bias)
            )
        else:
            text = self.tr("Single layer over the features: y = {terms} {b}").format(
                terms=collapsed.terms(), b=signed(number(collapsed.bias))
            )
        self.weights.setText(text)
        lines = derivation(collapsed)
        if config.output_activation == "sigmoid":
            lines.append(self.tr("output = σ(y), as for any single layer"))
        self.derivation.setText("\n".join(lines))
        if config.hidden:
            text = self.tr(
                "No activation between the layers: all {count} of them multiply "
                "out into one linear layer, as the article shows for two."
            ).format(count=len(config.hidden) + 1)
        else:
            text = self.tr("No hidden layer: the network already is one linear layer.")
        self.note.setText(text)
        restyle(self.note, INFO_NOTE.style_sheet())
        if not self.overlay_box.isChecked():
            self.difference.clear()
            restyle(self.difference, "")

    def _explain_activation(self, activation: str) -> None:
        self.note.setText(
            self.tr(
                "The collapse happens only without an activation: with {activation} "
                "between the layers, W2·{activation}(W1·x + b1) + b2 cannot be "
                "multiplied out, so the network bends. Choose the identity "
                "activation to see the layers collapse into one."
            ).format(activation=activation_names()[activation])
        )
        restyle(self.note, WARNING_NOTE.style_sheet())
        self.difference.clear()
        restyle(self.difference, "")


def _short(value: float) -> str:
    """A small difference as "3e-8"; zero as "0"."""
    if value == 0.0:
        return "0"
    mantissa, exponent = f"{value:.0e}".split("e")
    return f"{mantissa}e{int(exponent)}"
