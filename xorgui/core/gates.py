"""Truth tables of the sixteen two-input boolean functions the app can learn.

A function is named by its four target bits in the article's input order,
(0,0), (0,1), (1,0), (1,1): "0110" is XOR. Six of them are the named gates
(and, or, xor, nand, nor, xnor); a gate's canonical form is its name for
those six and its bits for the ten others, so "0110" and "XOR" are the same
setup and configuration files written before bits existed load unchanged.
"""

from __future__ import annotations

import numpy as np

GATES: dict[str, tuple[float, float, float, float]] = {
    "and": (0.0, 0.0, 0.0, 1.0),
    "or": (0.0, 1.0, 1.0, 1.0),
    "xor": (0.0, 1.0, 1.0, 0.0),
    "nand": (1.0, 1.0, 1.0, 0.0),
    "nor": (1.0, 0.0, 0.0, 0.0),
    "xnor": (1.0, 0.0, 0.0, 1.0),
}

# The four corners in the article's order: (0,0), (0,1), (1,0), (1,1).
INPUTS: tuple[tuple[float, float], ...] = (
    (0.0, 0.0),
    (0.0, 1.0),
    (1.0, 0.0),
    (1.0, 1.0),
)

FORMULAS: dict[str, str] = {
    "0000": "FALSE",
    "0010": "x1 AND NOT x2",
    "0011": "x1",
    "0100": "NOT x1 AND x2",
    "0101": "x2",
    "1010": "NOT x2",
    "1011": "x1 OR NOT x2",
    "1100": "NOT x1",
    "1101": "NOT x1 OR x2",
    "1111": "TRUE",
}
"""The usual names of the ten functions that are not named gates, by their bits."""


def _bits_of(values: tuple[float, ...]) -> str:
    return "".join("1" if value else "0" for value in values)


_NAME_OF_BITS = {_bits_of(values): name for name, values in GATES.items()}


def normalise_gate(value: object) -> str:
    """The canonical form of a gate given by name (any case) or by its 4 bits.

    Raises ValueError for anything else.
    """
    if isinstance(value, str):
        name = value.lower()
        if name in GATES:
            return name
        if len(value) == 4 and set(value) <= {"0", "1"}:
            return _NAME_OF_BITS.get(value, value)
    raise ValueError(f"not a gate: {value!r}")


def gate_bits(gate: str) -> str:
    """The gate's four target bits, e.g. "0110" for xor."""
    gate = normalise_gate(gate)
    return _bits_of(GATES[gate]) if gate in GATES else gate


def all_gates() -> list[str]:
    """Every function in canonical form, in the order of their bits."""
    return [normalise_gate(f"{number:04b}") for number in range(16)]


def gate_label(gate: str) -> str:
    """A short name: "XOR" for a named gate, "1011 (x1 OR NOT x2)" for another."""
    gate = normalise_gate(gate)
    return gate.upper() if gate in GATES else f"{gate} ({FORMULAS[gate]})"


def describe_gate(gate: str) -> str:
    """The bits and the name: "0110 = XOR", "1011 = x1 OR NOT x2"."""
    gate = normalise_gate(gate)
    name = gate.upper() if gate in GATES else FORMULAS[gate]
    return f"{gate_bits(gate)} = {name}"


def flip_target(gate: str, row: int) -> str:
    """The gate with the target of input `row` (0-3) flipped, canonical."""
    bits = list(gate_bits(gate))
    bits[row] = "1" if bits[row] == "0" else "0"
    return normalise_gate("".join(bits))


def inputs() -> np.ndarray:
    """The four training inputs as a float32 array of shape (4, 2)."""
    return np.array(INPUTS, dtype=np.float32)


def targets(gate: str) -> np.ndarray:
    """The gate's 0/1 targets for the four inputs, float32, shape (4,)."""
    return np.array([float(bit) for bit in gate_bits(gate)], dtype=np.float32)
