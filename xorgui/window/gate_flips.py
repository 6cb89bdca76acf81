"""Clicking a target in the truth table flips it: the gate control shows the
new function (a named gate, or "custom 1011"), a new run starts from the
seed's initial model, and the status bar names the function."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from xorgui.core.gates import INPUTS
from xorgui.visuals.gate_words import describe_gate

if TYPE_CHECKING:
    from xorgui.visuals.truth_table import TruthTable
    from xorgui.window.controls.choices import GateBox
    from xorgui.window.status_bar import RunStatusBar


class GateFlips(QObject):
    """Turns a click on a target into the function with that target flipped."""

    def __init__(
        self, truth_table: TruthTable, gate: GateBox, status: RunStatusBar
    ) -> None:
        super().__init__(truth_table)
        self._gate = gate
        self._status = status
        truth_table.target_clicked.connect(self._flip)

    @Slot(int)
    def _flip(self, row: int) -> None:
        gate = self._gate
        gate.flip_target(row)  # the controls start the new run
        x1, x2 = INPUTS[row]
        self._status.say(
            self.tr(
                "Flipped the target of ({x1:g}, {x2:g}): now learning {function}, "
                "from the seed's initial model."
            ).format(x1=x1, x2=x2, function=describe_gate(gate.value()))
        )
