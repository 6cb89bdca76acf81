"""The sixteen functions' names in the interface's language.

The core (xorgui.core.gates) names a function that is not one of the six
gates by its usual formula in English ("x1 OR NOT x2", "TRUE"), for the
command line and the files it writes; the window names it here, from the same
bits, in the language a person chose. The logic words AND, OR and NOT are
notation, as the gates' names are; FALSE and TRUE are words a translator
may replace.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xorgui.core.gates import GATES, gate_bits, normalise_gate

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def formula_words() -> dict[str, str]:
    """The ten functions that are not named gates, by their bits (as
    xorgui.core.gates.FORMULAS, in the interface's language)."""
    return {
        "0000": translate("gate_words", "FALSE"),
        "0010": translate("gate_words", "x1 AND NOT x2"),
        "0011": translate("gate_words", "x1"),
        "0100": translate("gate_words", "NOT x1 AND x2"),
        "0101": translate("gate_words", "x2"),
        "1010": translate("gate_words", "NOT x2"),
        "1011": translate("gate_words", "x1 OR NOT x2"),
        "1100": translate("gate_words", "NOT x1"),
        "1101": translate("gate_words", "NOT x1 OR x2"),
        "1111": translate("gate_words", "TRUE"),
    }


def gate_label(gate: str) -> str:
    """A short name: "XOR" for a named gate, "1011 (x1 OR NOT x2)" for another
    (as xorgui.core.gates.gate_label)."""
    gate = normalise_gate(gate)
    if gate in GATES:
        return gate.upper()
    return translate("gate_words", "{bits} ({formula})").format(
        bits=gate, formula=formula_words()[gate]
    )


def describe_gate(gate: str) -> str:
    """The bits and the name: "0110 = XOR", "1011 = x1 OR NOT x2" (as
    xorgui.core.gates.describe_gate)."""
    gate = normalise_gate(gate)
    name = gate.upper() if gate in GATES else formula_words()[gate]
    return f"{gate_bits(gate)} = {name}"
