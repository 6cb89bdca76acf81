"""The learning rate's two controls: a log-scale slider over the useful range
and a spin box that takes anything the core allows, with short numbers."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSlider, QWidget

from xorgui.core.config import MAX_LR, MIN_LR

SLIDER_LR_RANGE = (1e-4, 10.0)
"""The slider spans the rates worth trying; the spin box takes the core's range."""
SLIDER_STEPS_PER_DECADE = 100


class LearningRateBox(QDoubleSpinBox):
    """A spin box for a learning rate: short numbers, arrows step 1-2-5 per decade."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(int(-math.log10(MIN_LR)))
        self.setRange(MIN_LR, MAX_LR)

    def textFromValue(self, value: float) -> str:
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            value = float(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        if MIN_LR <= value <= MAX_LR:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def stepBy(self, steps: int) -> None:
        value = self.value()
        for _ in range(abs(steps)):
            value = next_in_125_sequence(value, up=steps > 0)
        self.setValue(min(max(value, MIN_LR), MAX_LR))


class LearningRateSlider(QSlider):
    """A horizontal slider whose positions are learning rates on a log scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(0, _position(SLIDER_LR_RANGE[1]))

    def learning_rate(self) -> float:
        """The rate at the handle, to three significant digits."""
        low = math.log10(SLIDER_LR_RANGE[0])
        return float(f"{10 ** (low + self.value() / SLIDER_STEPS_PER_DECADE):.3g}")

    def set_learning_rate(self, lr: float) -> None:
        """Move the handle to `lr` (to the left end for a rate below the range)."""
        self.setValue(_position(max(lr, SLIDER_LR_RANGE[0])))


def _position(lr: float) -> int:
    low = math.log10(SLIDER_LR_RANGE[0])
    return round((math.log10(lr) - low) * SLIDER_STEPS_PER_DECADE)


def next_in_125_sequence(value: float, up: bool) -> float:
    """The next number of the 1-2-5 sequence above (or below) `value`."""
    decade = math.floor(math.log10(value))
    ladder = [m * 10.0**e for e in (decade - 1, decade, decade + 1) for m in (1, 2, 5)]
    if up:
        return next(v for v in ladder if v > value * (1 + 1e-9))
    return next(v for v in reversed(ladder) if v < value * (1 - 1e-9))
