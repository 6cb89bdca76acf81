"""What the controls call the core's choices.

The core decides which gates, data sets, activations, output units,
optimizers and losses exist (gates.GATES, config.ACTIVATIONS, ...); this
module only names them for a person, translatably. A choice the core adds
without a name here fails at once, when the controls are built.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from xorgui.core.config import ACTIVATIONS, DATA_SETS, LOSSES, OPTIMIZERS, OUTPUTS
from xorgui.core.gates import GATES, flip_target
from xorgui.visuals.gate_words import describe_gate
from xorgui.visuals.setup_text import (
    activation_names,
    data_set_names,
    optimizer_names,
)

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


class GateBox(ChoiceBox):
    """The six named gates, then the custom function shown ("custom 1011"), if any.

    Any of the sixteen functions can be shown: a custom one takes the entry
    after the named gates (one entry, replaced by the next custom function).
    """

    def __init__(self, tip: str, parent: QWidget | None) -> None:
        super().__init__(gate_choices(), tip, parent)
        for index in range(self.count()):
            self._describe(index)
        # Room for a custom entry added after the box was first sized.
        self.setMinimumContentsLength(len(_custom_label("0000")))

    def set_value(self, value: str) -> None:
        """Show `value` (canonical); a custom function gets the custom entry."""
        index = self.findData(value)
        if index < 0:
            index = len(GATES)
            with QSignalBlocker(self):
                if self.count() == index:
                    self.addItem("", None)
                self.setItemText(index, _custom_label(value))
                self.setItemData(index, value)
                self._describe(index)
            if index == self.currentIndex():  # another custom function
                self.currentIndexChanged.emit(index)
                return
        self.setCurrentIndex(index)

    @Slot(int)
    def flip_target(self, row: int) -> None:
        """Show the function with the target of input `row` (0-3) flipped."""
        self.set_value(flip_target(self.value(), row))

    def changeEvent(self, event: QEvent) -> None:
        """Another language: the custom entry and the tooltips in it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            if self.count() > len(GATES):
                self.setItemText(len(GATES), _custom_label(self.itemData(len(GATES))))
            for index in range(self.count()):
                self._describe(index)

    def _describe(self, index: int) -> None:
        self.setItemData(
            index, describe_gate(self.itemData(index)), Qt.ItemDataRole.ToolTipRole
        )


def _custom_label(bits: str) -> str:
    return translate("ChoiceBox", "custom {bits}").format(bits=bits)


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


def data_choices() -> Choices:
    return _labelled(DATA_SETS, data_set_names())
