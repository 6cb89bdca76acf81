"""The network's input features as check boxes: x1, x2, x1², x2², x1·x2,
sin x1, sin x2 (TensorFlow Playground's set). At least one stays checked:
a network needs an input."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from xorgui.core.config import FEATURES
from xorgui.core.data.features import FEATURE_LABELS
from xorgui.visuals.language_change import worded

COLUMNS = 3
"""Boxes a row: the panel stays as narrow as its other rows."""


class FeatureBoxes(QWidget):
    """One check box per feature, in FEATURES order; `changed` when one is
    checked or cleared, `refused` with a sentence when the last would be."""

    changed = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, (name, label) in enumerate(FEATURE_LABELS.items()):
            box = QCheckBox(label, self)
            box.toggled.connect(self._toggled)
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)
            self.boxes[name] = box
        assert tuple(self.boxes) == FEATURES  # every feature has its box
        worded(self, self._show_tooltips)

    def _show_tooltips(self) -> None:
        """Each box's tooltip, made with its feature (and in a new language)."""
        for box in self.boxes.values():
            box.setToolTip(
                self.tr(
                    "Give the network {feature} as an input. The article's inputs "
                    "are x1 and x2; with x1·x2, XOR needs no hidden layer. "
                    "Changing the inputs starts a new model."
                ).format(feature=box.text())
            )

    def features(self) -> tuple[str, ...]:
        """The checked features, in the network's input order."""
        return tuple(name for name, box in self.boxes.items() if box.isChecked())

    def set_features(self, features: tuple[str, ...]) -> None:
        """Check exactly `features`, without a signal."""
        for name, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(name in features)

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        if not on and not self.features():
            box = self.sender()
            assert isinstance(box, QCheckBox)
            with QSignalBlocker(box):
                box.setChecked(True)
            self.refused.emit(
                self.tr(
                    "The network needs at least one input: {feature} stays on."
                ).format(feature=box.text())
            )
            return
        self.changed.emit()
