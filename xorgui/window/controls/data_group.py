"""The Data group of the controls: which points the network learns from.

A data set by name, its number of points, noise and data seed, the share
held out for testing, whether the test points are shown, and the class a
click in the plane view draws. The group keeps the points a person drew or
imported ("Your own points") while another set is chosen, so choosing them
again brings them back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from xorgui.core.config import (
    GIVEN,
    MAX_NOISE,
    MAX_POINTS,
    MAX_SEED,
    MAX_TEST_SHARE,
    MIN_POINTS,
    TrainConfig,
)
from xorgui.core.data.given import GivenPoints, given_points
from xorgui.visuals.language_change import worded
from xorgui.window.controls.choices import ChoiceBox, data_choices

GENERATED_STEP = 10
"""Points added or taken by one step of the spin box."""
GATE_SETS = ("corners", "clouds")
"""The sets whose points the gate labels (core/data/sets.py)."""


class DataGroup(QWidget):
    """The data settings; `changed` when one changes (a new run)."""

    changed = Signal()
    test_points_toggled = Signal(bool)

    def __init__(self, config: TrainConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._given: GivenPoints = ()
        self._last = config
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.data = ChoiceBox(
            data_choices(),
            self.tr(
                "The points the network learns from. The article's four corners "
                "are the gate's truth table; the other sets are drawn on the unit "
                "square from the data seed. Regression sets give each point a "
                "height to fit instead of a class. Your own points: click in the "
                "Plane view to draw, drop a CSV file on it, or use File > Import "
                "data (CSV)."
            ),
            self,
        )
        form.addRow(self.tr("Data se&t"), self.data)
        self.points = QSpinBox(self)
        self.points.setRange(MIN_POINTS, MAX_POINTS)
        self.points.setSingleStep(GENERATED_STEP)
        self.points.setKeyboardTracking(False)
        form.addRow(self.tr("&Points"), self.points)
        self.noise = QDoubleSpinBox(self)
        self.noise.setRange(0.0, MAX_NOISE)
        self.noise.setSingleStep(0.05)
        self.noise.setKeyboardTracking(False)
        form.addRow(self.tr("&Noise"), self.noise)
        self.data_seed = QSpinBox(self)
        self.data_seed.setRange(0, MAX_SEED)
        self.data_seed.setKeyboardTracking(False)
        self.data_seed.setToolTip(
            self.tr(
                "The random seed of the data: the same seed always draws the same "
                "points and picks the same test points. The network's own seed "
                "is apart from it."
            )
        )
        form.addRow(self.tr("&Data seed"), self.data_seed)
        self.test_share = QSpinBox(self)
        self.test_share.setSuffix(" %")
        self.test_share.setKeyboardTracking(False)
        self.test_share.setToolTip(
            self.tr(
                "The share of points held out for testing: never trained on, "
                "they show how well the network does on points it has not seen. "
                "0 % trains on every point (the article)."
            )
        )
        form.addRow(self.tr("Test s&hare"), self.test_share)
        self.show_test = QCheckBox(self.tr("Show test points"), self)
        self.show_test.setChecked(True)
        self.show_test.setToolTip(
            self.tr(
                "Draw the test points as rings in the Plane view and on the "
                "surface; off, only the training points are drawn."
            )
        )
        form.addRow(self.show_test)
        self.draw_class = ChoiceBox(
            [
                (self.tr("class 1 (blue)"), "1"),
                (self.tr("class 0 (orange)"), "0"),
            ],
            self.tr(
                "While training is paused, a left click in the Plane view adds a "
                "point of this class; Shift+click adds one of the other class, "
                "and a right click removes the nearest point. The points drawn "
                "become Your own points, and a new run starts from them."
            ),
            self,
        )
        form.addRow(self.tr("&Click adds"), self.draw_class)
        worded(self, self._show_texts_with_values)
        self._connect()

    def _show_texts_with_values(self) -> None:
        """The tooltips made with values (at start, and in a new language)."""
        self.points.setToolTip(
            self.tr(
                "How many points a generated set draws, {low} to {high} "
                "(training and test points together)."
            ).format(low=MIN_POINTS, high=f"{MAX_POINTS:,}")
        )
        self.noise.setToolTip(
            self.tr(
                "How far each point is pushed at random (a classification set), "
                "or its height (a regression set), 0 to {max:g}."
            ).format(max=MAX_NOISE)
        )

    def _connect(self) -> None:
        self.data.currentIndexChanged.connect(self._changed)
        for spin in (self.points, self.data_seed, self.test_share):
            spin.valueChanged.connect(self._changed)
        self.noise.valueChanged.connect(self._changed)
        self.show_test.toggled.connect(self.test_points_toggled)

    @Slot()
    def _changed(self) -> None:
        """Your own points, chosen before any were drawn, start as a copy of
        the set shown until now."""
        if self.data.value() == GIVEN and not self._given:
            self._given = given_points(self._last)
        self._update_dependents()
        self.changed.emit()

    def remember(self, config: TrainConfig) -> None:
        """`config` is the setup shown now (a set chosen next starts from it)."""
        self._last = config

    def settings(self) -> dict[str, Any]:
        """The data fields of a TrainConfig, as shown."""
        data = self.data.value()
        return {
            "data": data,
            "points": self.points.value(),
            "noise": self.noise.value(),
            "data_seed": self.data_seed.value(),
            "test_share": self._test_share(),
            "given": self._given if data == GIVEN else (),
        }

    def _test_share(self) -> float:
        """The share shown; a setup's own share while the box shows it
        rounded (a share of 0.333 from the command line stays 0.333)."""
        shown = self.test_share.value()
        return self._last.test_share if shown == _percent(self._last) else shown / 100

    def show_config(self, config: TrainConfig) -> None:
        """Show `config`'s data settings (the caller blocks the signals)."""
        self._last = config
        if config.data == GIVEN:
            self._given = config.given
        self.data.set_value(config.data)
        self.points.setValue(config.points)
        self.noise.setValue(config.noise)
        self.data_seed.setValue(config.data_seed)
        self._update_dependents()
        self.test_share.setValue(_percent(config))

    def use_given(self, points: GivenPoints) -> None:
        """Show `points` as Your own points and say so (a new run)."""
        self._given = points
        with QSignalBlocker(self.data):
            self.data.set_value(GIVEN)
        self._changed()

    def drawn_class(self) -> float:
        """The class a plain click adds."""
        return float(self.draw_class.value())

    def test_points_shown(self) -> bool:
        return self.show_test.isChecked()

    def _update_dependents(self) -> None:
        """Points and noise only for a generated set; a test share that
        leaves at least one training point."""
        generated = self.data.value() not in ("corners", GIVEN)
        self.points.setEnabled(generated)
        self.noise.setEnabled(generated)
        shown = self._last.with_changes(**{**self.settings(), "test_share": 0.0})
        # A share the new count leaves too large is lowered as part of this
        # change, not as a change of its own.
        with QSignalBlocker(self.test_share):
            self.test_share.setMaximum(most_test_percent(shown.point_count))


def _percent(config: TrainConfig) -> int:
    return round(config.test_share * 100)


def most_test_percent(count: int) -> int:
    """The largest whole percentage of `count` points that may be held out
    (at most MAX_TEST_SHARE, and at least one point left to train on)."""
    percent = round(MAX_TEST_SHARE * 100)
    while percent and round(count * percent / 100) >= count:
        percent -= 1
    return percent
