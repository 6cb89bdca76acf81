"""The one linear layer a network without activations equals.

The article: h = w1·x + b1 and y = w2·h + b2 give y = (w2·w1)·x + (w2·b1 + b2),
one layer again, so stacking linear layers adds nothing. For any depth:
W' = W_L···W_2·W_1 and b' = W_L···W_2·b_1 + ... + W_L·b_(L-1) + b_L. The output
unit (sigmoid or linear) then acts on W'·x + b' as on any single layer.
With input features x is their vector (x1, x2, x1·x2, ...): the single layer
weighs each feature, and its boundary bends with them.

Torch-free numpy in float64; tests hold it to the torch model's output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.data.features import FEATURE_LABELS, feature_values
from xorgui.core.decision_lines import DecisionLine, UnitBoundary, number
from xorgui.core.grid import grid_points
from xorgui.core.network import Layer, activate

MAX_DECIMALS = 15
"""Decimals enough for any float32 sum to add up as written."""
_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


@dataclass(frozen=True, slots=True)
class Collapsed:
    """The single layer (`layer`, weights (1, F) over the input `features`)
    and what each layer's bias adds to its bias (`bias_terms[k]` =
    W_L···W_(k+2)·b_(k+1), the last b_L)."""

    layer: Layer
    bias_terms: tuple[float, ...]
    depth: int
    features: tuple[str, ...] = DEFAULT_FEATURES

    @property
    def weights(self) -> tuple[float, ...]:
        """One weight per input feature (w1 and w2 for the article's x1, x2)."""
        return tuple(float(w) for w in self.layer.weight[0])

    def terms(self) -> str:
        """The weighted inputs as written: "0.52·x1 - 1.30·x2 + 2.10·x1·x2"."""
        parts = []
        for index, (weight, name) in enumerate(
            zip(self.weights, self.features, strict=True)
        ):
            term = f"{number(weight)}·{FEATURE_LABELS[name]}"
            parts.append(term if index == 0 else signed(term))
        return " ".join(parts)

    @property
    def bias(self) -> float:
        return float(self.layer.bias[0])

    def bias_sum(self) -> tuple[list[str], str]:
        """The bias terms and b' as written, with one number of decimals for
        all of them, the fewest (at least what `number` gives b') with which the
        written terms add up to the written b' exactly."""
        terms = [Decimal(term) for term in self.bias_terms]
        decimals = max(2, _decimals(number(self.bias)))
        while True:
            step = Decimal(1).scaleb(-decimals)
            shown = [term.quantize(step) for term in terms]
            total = sum(shown, Decimal(0))
            if total == Decimal(self.bias).quantize(step) or decimals >= MAX_DECIMALS:
                return [_plain(v) for v in shown], _plain(total)
            decimals += 1

    def to_dict(self) -> dict[str, object]:
        """Plain values for JSON: y = w1·x1 + w2·x2 + b before the output unit
        (with other features, a weight per feature by its name)."""
        if self.features == DEFAULT_FEATURES:
            w1, w2 = self.weights
            return {"w1": w1, "w2": w2, "b": self.bias}
        weights = dict(zip(self.features, self.weights, strict=True))
        return {"weights": weights, "b": self.bias}


def collapse(
    layers: Sequence[Layer], features: tuple[str, ...] = DEFAULT_FEATURES
) -> Collapsed:
    """Multiply `layers` (input to output, no activation between; the first
    takes `features`) into one."""
    if not layers:
        raise ValueError("a network has at least its output layer")
    weight = np.eye(layers[0].inputs)
    bias = np.zeros(layers[0].inputs)
    # After layer k: the product of the layers after it, applied to its bias.
    terms = []
    for index, layer in enumerate(layers):
        w = layer.weight.astype(np.float64)
        weight = w @ weight
        bias = w @ bias + layer.bias
        after = np.eye(layers[-1].units)
        for later in reversed(layers[index + 1 :]):
            after = after @ later.weight.astype(np.float64)
        terms.append(float((after @ layer.bias.astype(np.float64))[0]))
    return Collapsed(Layer(weight, bias), tuple(terms), len(layers) - 1, features)


def output_unit_boundary(
    layers: Sequence[Layer], output_activation: str, features: tuple[str, ...]
) -> UnitBoundary:
    """Where a network without activations outputs 0.5, over any input
    features: a line for x1 and x2 (`output_boundary`), else a curve."""
    collapsed = collapse(layers, features)
    level = 0.0 if output_activation == "sigmoid" else 0.5
    return UnitBoundary(collapsed.weights, collapsed.bias, features, level)


def output_boundary(layers: Sequence[Layer], output_activation: str) -> DecisionLine:
    """The straight line where a network without activations outputs 0.5 (with
    no hidden layer, its one unit's line): the single layer's pre-activation is
    0 there for a sigmoid output, 0.5 for a linear one."""
    collapsed = collapse(layers)
    w1, w2 = collapsed.weights
    level = 0.0 if output_activation == "sigmoid" else 0.5
    return DecisionLine(w1, w2, collapsed.bias, level)


def single_layer_surface(
    collapsed: Collapsed, output_activation: str, axis: np.ndarray
) -> np.ndarray:
    """The single layer's output over the grid: element [i, j] at
    (x1, x2) = (axis[i], axis[j]), as `Surface.values`."""
    inputs = feature_values(grid_points(axis), collapsed.features)
    values = inputs @ np.array(collapsed.weights) + collapsed.bias
    size = len(axis)
    return activate(output_activation, values.reshape(size, size))


def derivation(collapsed: Collapsed) -> list[str]:
    """The article's derivation for this depth, ending in the live numbers:
    each layer, the nested form, the products, then y = w1·x1 + w2·x2 + b
    (a term per input feature)."""
    count = collapsed.depth + 1
    names = [_sub("h", k) for k in range(1, count)] + ["y"]
    inputs = ["x", *names[:-1]]
    lines = [
        f"{name} = {_sub('W', k)}·{source} + {_sub('b', k)}"
        for k, (name, source) in enumerate(zip(names, inputs, strict=True), start=1)
    ]
    shown_terms, bias = collapsed.bias_sum()
    final = f"{collapsed.terms()} {signed(bias)}"
    if count == 1:
        return [*lines, f"y = {final}"]
    nested = "x"
    for k in range(1, count + 1):
        nested = f"{_sub('W', k)}·{_bracket(nested)} + {_sub('b', k)}"
    product = "·".join(_sub("W", k) for k in range(count, 0, -1))
    bias_sum = " + ".join(
        "·".join([*(_sub("W", j) for j in range(count, k, -1)), _sub("b", k)])
        for k in range(1, count + 1)
    )
    terms = " ".join(
        term if k == 0 else signed(term) for k, term in enumerate(shown_terms)
    )
    return [
        *lines,
        f"y = {nested}",
        f"  = ({product})·x + ({bias_sum})",
        f"  = ({', '.join(number(w) for w in collapsed.weights)})·x + ({terms})",
        f"  = {final}",
    ]


def _sub(name: str, index: int) -> str:
    return name + str(index).translate(_SUBSCRIPTS)


def _bracket(term: str) -> str:
    return term if term == "x" else f"({term})"


def signed(text: str) -> str:
    """A number as written, "-0.12" or "0.12", as "- 0.12" or "+ 0.12" to
    follow another term."""
    return f"- {text[1:]}" if text.startswith("-") else f"+ {text}"


def _decimals(text: str) -> int:
    """The decimals a number is written with ("0.000712": 6; "1.2e+03": 0)."""
    if "e" in text or "." not in text:
        return 0
    return len(text.split(".")[1])


def _plain(value: Decimal) -> str:
    """A decimal as written in the derivation, never "-0.00"."""
    text = f"{value:f}"
    return text[1:] if text.startswith("-") and Decimal(text) == 0 else text
