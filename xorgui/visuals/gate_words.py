"""The sixteen functions' names in the interface's language.

The core (xorgui.core.gates) names a function that is not one of the six
gates by its usual formula ("x1 OR NOT x2", "TRUE"), for the command line and
the files it writes; the window names it here, from the same bits. The
formulas' AND, OR and NOT are notation, as the gates' names are, and stay;
FALSE and TRUE are words, said in the language a person chose.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xorgui.core.gates import FORMULAS, GATES, gate_bits, normalise_gate

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def formula_words(bits: str) -> str:
    """The name of a function that is not a named gate, by its bits: the
    core's formula, or for the constants their word in the interface's
    language."""
    constants = {
        "0000": translate("gate_words", "FALSE"),
        "1111": translate("gate_words", "TRUE"),
    }
    return constants.get(bits, FORMULAS[bits])


def gate_label(gate: str) -> str:
    """A short name: "XOR" for a named gate, "1011 (x1 OR NOT x2)" for another
    (as xorgui.core.gates.gate_label)."""
    gate = normalise_gate(gate)
    if gate in GATES:
        return gate.upper()
    return translate("gate_words", "{bits} ({formula})").format(
        bits=gate, formula=formula_words(gate)
    )


def describe_gate(gate: str) -> str:
    """The bits and the name: "0110 = XOR", "1011 = x1 OR NOT x2" (as
    xorgui.core.gates.describe_gate)."""
    gate = normalise_gate(gate)
    name = gate.upper() if gate in GATES else formula_words(gate)
    return f"{gate_bits(gate)} = {name}"
