"""What the controls call the core's choices.

The core decides which gates, activations, output units, optimizers and losses
exist (gates.GATES, config.ACTIVATIONS, ...); this module only names them for
a person, translatably. A choice the core adds without a name here fails at
once, when the controls are built.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from xorgui.core.config import ACTIVATIONS, LOSSES, OPTIMIZERS, OUTPUTS
from xorgui.core.gates import GATES
from xorgui.visuals.setup_text import activation_names, optimizer_names

Choices = list[tuple[str, str]]
"""A combo box's entries: (the label shown, the core's value)."""


class ChoiceBox(QComboBox):
    """A combo box of the core's values, each shown by its label."""

    def __init__(self, choices: Choices, tip: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        for label, value in choices:
            self.addItem(label, value)
        self.setToolTip(tip)

    def value(self) -> str:
        """The core's value of the entry shown."""
        return self.currentData()

    def set_value(self, value: str) -> None:
        self.setCurrentIndex(self.findData(value))


# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def _labelled(values: tuple[str, ...], labels: Mapping[str, str]) -> Choices:
    return [(labels[value], value) for value in values]


def gate_choices() -> Choices:
    return [(gate.upper(), gate) for gate in GATES]


def activation_choices() -> Choices:
    names = activation_names()
    return _labelled(
        ACTIVATIONS, {**names, "identity": translate("choices", "identity (none)")}
    )


def output_choices() -> Choices:
    return _labelled(
        OUTPUTS,
        {
            "sigmoid": translate("choices", "sigmoid (0 to 1)"),
            "linear": translate("choices", "linear (no squashing)"),
        },
    )


def optimizer_choices() -> Choices:
    return _labelled(OPTIMIZERS, optimizer_names())


def loss_choices() -> Choices:
    return _labelled(
        LOSSES,
        {
            "bce": translate("choices", "BCE (cross-entropy)"),
            "mse": translate("choices", "MSE (squared error)"),
        },
    )
