"""The controls panel: every setting of a training run, with a tooltip on each.

The panel knows nothing about training. It says what changed:
`config_changed(TrainConfig)` when the model must be rebuilt (gate,
architecture, activation, seed, optimizer, momentum, loss),
`learning_rate_changed(float)` and `epoch_budget_changed(int)` for the two
settings that change live, while the model keeps training.
"""

from __future__ import annotations

import math
import random

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xorgui.core.config import (
    MAX_EPOCHS,
    MAX_HIDDEN_LAYERS,
    MAX_LR,
    MAX_SEED,
    MAX_WIDTH,
    MIN_LR,
    TrainConfig,
)
from xorgui.core.outcome import LINEARLY_INSEPARABLE
from xorgui.resources import icon

# The slider spans the useful range; the spin box takes anything the core allows.
SLIDER_LR_RANGE = (1e-4, 10.0)
SLIDER_STEPS_PER_DECADE = 100
RANDOM_SEED_LIMIT = 99_999
"""The dice picks seeds below this: short numbers are easy to read out in class."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ControlsPanel", text)


def gate_choices() -> list[tuple[str, str]]:
    return [
        (name.upper(), name) for name in ("and", "or", "xor", "nand", "nor", "xnor")
    ]


def activation_choices() -> list[tuple[str, str]]:
    return [
        (_tr("sigmoid"), "sigmoid"),
        (_tr("tanh"), "tanh"),
        (_tr("ReLU"), "relu"),
        (_tr("identity (none)"), "identity"),
    ]


def output_choices() -> list[tuple[str, str]]:
    return [
        (_tr("sigmoid (0 to 1)"), "sigmoid"),
        (_tr("linear (no squashing)"), "linear"),
    ]


def optimizer_choices() -> list[tuple[str, str]]:
    return [(_tr("SGD"), "sgd"), (_tr("Adam"), "adam")]


def loss_choices() -> list[tuple[str, str]]:
    return [(_tr("BCE (cross-entropy)"), "bce"), (_tr("MSE (squared error)"), "mse")]


def config_note(config: TrainConfig) -> str:
    """One sentence for a learner about what this setup can and cannot learn."""
    gate = config.gate.upper()
    if config.gate in LINEARLY_INSEPARABLE:
        if not config.hidden:
            return _tr(
                "No hidden layer: one linear layer draws a single straight line, "
                "and no straight line separates {gate} - it cannot be solved."
            ).format(gate=gate)
        if config.activation == "identity":
            return _tr(
                "identity: stacked linear layers collapse into one linear layer - "
                "{gate} cannot be solved."
            ).format(gate=gate)
        if config.gate == "xor":
            return _tr(
                "XOR is 1 when exactly one input is 1. No straight line separates "
                "the 1s from the 0s: the hidden layer has to bend the surface."
            )
        return _tr(
            "XNOR is 1 when both inputs are equal. No straight line separates "
            "the 1s from the 0s: the hidden layer has to bend the surface."
        )
    return _tr(
        "{gate} can be separated by one straight line: even a network without "
        "a hidden layer learns it."
    ).format(gate=gate)


class LearningRateBox(QDoubleSpinBox):
    """A spin box for a learning rate: short numbers, arrows step 1-2-5 per decade."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(int(-math.log10(MIN_LR)))
        self.setRange(MIN_LR, MAX_LR)

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 (Qt override)
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        try:
            value = float(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        if MIN_LR <= value <= MAX_LR:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        value = self.value()
        for _ in range(abs(steps)):
            value = _next_125(value, up=steps > 0)
        self.setValue(min(max(value, MIN_LR), MAX_LR))


def _next_125(value: float, up: bool) -> float:
    """The next number of the 1-2-5 sequence above (or below) `value`."""
    decade = math.floor(math.log10(value))
    ladder = [m * 10.0**e for e in (decade - 1, decade, decade + 1) for m in (1, 2, 5)]
    if up:
        return next(v for v in ladder if v > value * (1 + 1e-9))
    return next(v for v in reversed(ladder) if v < value * (1 - 1e-9))


def _slider_position(lr: float) -> int:
    low = math.log10(SLIDER_LR_RANGE[0])
    return round((math.log10(lr) - low) * SLIDER_STEPS_PER_DECADE)


def _slider_value(position: int) -> float:
    low = math.log10(SLIDER_LR_RANGE[0])
    return float(f"{10 ** (low + position / SLIDER_STEPS_PER_DECADE):.3g}")


class ControlsPanel(QWidget):
    """Gate, architecture, activation, seed, optimizer, learning rate, loss, budget."""

    config_changed = Signal(object)
    learning_rate_changed = Signal(float)
    epoch_budget_changed = Signal(int)
    notice = Signal(str)
    """A setting the panel changed by itself, said in a sentence."""

    def __init__(self, config: TrainConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loss_switched = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_problem_group())
        layout.addWidget(self._build_network_group())
        layout.addWidget(self._build_training_group())
        layout.addStretch(1)
        self._shown_layers = 0
        self.set_config(config)
        self._connect()

    # ----------------------------------------------------------------- building

    def _combo(self, choices: list[tuple[str, str]], tip: str) -> QComboBox:
        combo = QComboBox(self)
        for text, value in choices:
            combo.addItem(text, value)
        combo.setToolTip(tip)
        return combo

    def _spin(self, low: int, high: int, tip: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)
        spin.setToolTip(tip)
        return spin

    def _build_problem_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Problem"), self)
        form = QFormLayout(group)
        self.gate = self._combo(
            gate_choices(),
            self.tr(
                "The logic gate the network learns. AND, OR, NAND and NOR can be "
                "separated by one straight line; XOR and XNOR cannot."
            ),
        )
        form.addRow(self.tr("&Gate"), self.gate)
        return group

    def _build_network_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Network"), self)
        form = QFormLayout(group)
        self.layers = self._spin(
            0,
            MAX_HIDDEN_LAYERS,
            self.tr(
                "How many hidden layers sit between the two inputs and the output. "
                "0 means one linear layer (plus the output sigmoid). Changing it "
                "starts a new model."
            ),
        )
        form.addRow(self.tr("Hidden &layers"), self.layers)
        widths_row = QWidget(self)
        widths_layout = QHBoxLayout(widths_row)
        widths_layout.setContentsMargins(0, 0, 0, 0)
        self.widths: list[QSpinBox] = []
        for index in range(MAX_HIDDEN_LAYERS):
            spin = self._spin(
                1,
                MAX_WIDTH,
                self.tr(
                    "Units (neurons) in hidden layer {n}, 1 to {max}. Changing it "
                    "starts a new model."
                ).format(n=index + 1, max=MAX_WIDTH),
            )
            spin.setAccessibleName(
                self.tr("Width of hidden layer {n}").format(n=index + 1)
            )
            widths_layout.addWidget(spin)
            self.widths.append(spin)
        widths_layout.addStretch(1)
        self.widths_label = QLabel(self.tr("&Widths"), self)
        self.widths_label.setBuddy(self.widths[0])
        form.addRow(self.widths_label, widths_row)
        self.architecture = QLabel(self)
        self.architecture.setToolTip(
            self.tr(
                "Units per layer: inputs - hidden layers - output, as the article "
                "writes it."
            )
        )
        form.addRow(self.tr("Shape"), self.architecture)
        self.activation = self._combo(
            activation_choices(),
            self.tr(
                "The non-linear function after each hidden layer. With identity "
                "(no activation) the layers collapse into one linear layer."
            ),
        )
        form.addRow(self.tr("&Activation"), self.activation)
        self.output_activation = self._combo(
            output_choices(),
            self.tr(
                "What the output unit does with its sum. Sigmoid (the article) "
                "squashes it into 0..1, a probability. Linear leaves it as it is: "
                "it needs the MSE loss, and with a large learning rate the loss "
                "can blow up."
            ),
        )
        form.addRow(self.tr("O&utput"), self.output_activation)
        return group

    def _build_training_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Training"), self)
        form = QFormLayout(group)
        self.seed = self._spin(
            0,
            MAX_SEED,
            self.tr(
                "The random seed of the initial weights: the same seed always "
                "gives the same starting model. The article uses 42."
            ),
        )
        self.random_seed = QToolButton(self)
        self.random_seed.setIcon(icon("dice"))
        self.random_seed.setText(self.tr("Random"))
        self.random_seed.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.random_seed.setToolTip(
            self.tr("Pick a random seed and start a new model.")
        )
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.random_seed)
        seed_label = QLabel(self.tr("&Seed"), self)
        seed_label.setBuddy(self.seed)
        form.addRow(seed_label, seed_row)
        self.optimizer = self._combo(
            optimizer_choices(),
            self.tr(
                "How the weights are updated: plain gradient descent (SGD, as in "
                "the article) or Adam, which adapts the step for each weight."
            ),
        )
        form.addRow(self.tr("&Optimizer"), self.optimizer)
        self.momentum = QDoubleSpinBox(self)
        self.momentum.setRange(0.0, 0.99)
        self.momentum.setSingleStep(0.05)
        self.momentum.setKeyboardTracking(False)
        self.momentum.setToolTip(
            self.tr(
                "SGD momentum, 0 to 0.99: how much of the previous step is kept. "
                "0 is plain SGD (the article). Adam ignores it."
            )
        )
        form.addRow(self.tr("&Momentum"), self.momentum)
        self.lr_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.lr_slider.setRange(0, _slider_position(SLIDER_LR_RANGE[1]))
        self.lr_slider.setToolTip(
            self.tr(
                "Learning rate on a log scale, 0.0001 to 10. It changes live: the "
                "model keeps training with the new rate."
            )
        )
        self.lr = LearningRateBox(self)
        self.lr.setKeyboardTracking(False)
        self.lr.setToolTip(
            self.tr(
                "Learning rate: the size of each update step (the article uses "
                "0.1). Too large and the loss can blow up. Changes live."
            )
        )
        lr_row = QHBoxLayout()
        lr_row.addWidget(self.lr_slider, 1)
        lr_row.addWidget(self.lr)
        lr_label = QLabel(self.tr("Learning &rate"), self)
        lr_label.setBuddy(self.lr)
        form.addRow(lr_label, lr_row)
        self.loss = self._combo(
            loss_choices(),
            self.tr(
                "What the network minimises: binary cross-entropy (BCELoss, the "
                "article) or mean squared error. A linear output needs MSE: choosing "
                "it switches the loss, and the sigmoid output switches it back."
            ),
        )
        form.addRow(self.tr("L&oss"), self.loss)
        self.epochs = self._spin(
            1,
            MAX_EPOCHS,
            self.tr(
                "How many epochs a run trains (the article: 20,000). Changes "
                "live. When a run has finished, Continue trains this many more; "
                "the budget stays as you set it."
            ),
        )
        self.epochs.setSingleStep(1000)
        self.epochs.setGroupSeparatorShown(True)
        form.addRow(self.tr("&Epoch budget"), self.epochs)
        return group

    def _connect(self) -> None:
        for combo in (
            self.gate,
            self.activation,
            self.output_activation,
            self.optimizer,
            self.loss,
        ):
            combo.currentIndexChanged.connect(self._model_changed)
        for spin in (self.seed, *self.widths):
            spin.valueChanged.connect(self._model_changed)
        self.layers.valueChanged.connect(self._layer_count_changed)
        self.momentum.valueChanged.connect(self._model_changed)
        self.loss.activated.connect(self._loss_chosen)
        self.random_seed.clicked.connect(self._pick_random_seed)
        self.lr_slider.valueChanged.connect(self._slider_moved)
        self.lr.valueChanged.connect(self._lr_edited)
        self.epochs.valueChanged.connect(self.epoch_budget_changed)

    # ------------------------------------------------------------------- state

    def config(self) -> TrainConfig:
        """The configuration the controls show."""
        return TrainConfig(
            gate=self.gate.currentData(),
            hidden=tuple(spin.value() for spin in self.widths[: self.layers.value()]),
            activation=self.activation.currentData(),
            output_activation=self.output_activation.currentData(),
            seed=self.seed.value(),
            optimizer=self.optimizer.currentData(),
            lr=self.lr.value(),
            momentum=self.momentum.value(),
            loss=self.loss.currentData(),
            epochs=self.epochs.value(),
        )

    def set_config(self, config: TrainConfig) -> None:
        """Show `config` without emitting any change."""
        blockers = [QSignalBlocker(w) for w in self.findChildren(QWidget)]
        self.gate.setCurrentIndex(self.gate.findData(config.gate))
        self.layers.setValue(len(config.hidden))
        self._shown_layers = len(config.hidden)
        hidden = config.hidden or TrainConfig().hidden
        for index, spin in enumerate(self.widths):
            spin.setValue(hidden[min(index, len(hidden) - 1)])
        self.activation.setCurrentIndex(self.activation.findData(config.activation))
        self.output_activation.setCurrentIndex(
            self.output_activation.findData(config.output_activation)
        )
        self.seed.setValue(config.seed)
        self.optimizer.setCurrentIndex(self.optimizer.findData(config.optimizer))
        self.momentum.setValue(config.momentum)
        self.lr.setValue(config.lr)
        self.lr_slider.setValue(_slider_position(max(config.lr, SLIDER_LR_RANGE[0])))
        self.loss.setCurrentIndex(self.loss.findData(config.loss))
        self.epochs.setValue(config.epochs)
        del blockers
        self._loss_switched = False
        self._update_dependents()

    def _update_dependents(self) -> None:
        count = self.layers.value()
        for index, spin in enumerate(self.widths):
            spin.setVisible(index < count)
        self.widths_label.setEnabled(count > 0)
        self.activation.setEnabled(count > 0)
        self.momentum.setEnabled(self.optimizer.currentData() == "sgd")
        self._match_loss_to_output()
        self.architecture.setText(self.config().architecture)

    def _match_loss_to_output(self) -> None:
        """Cross-entropy needs a probability: a linear output offers only MSE.

        Choosing a linear output switches BCE to MSE and says so; going back to
        the sigmoid restores BCE, unless the person has chosen a loss since.
        """
        sigmoid = self.output_activation.currentData() == "sigmoid"
        bce = self.loss.model().item(self.loss.findData("bce"))  # type: ignore[attr-defined]
        bce.setEnabled(sigmoid)
        if not sigmoid and self.loss.currentData() == "bce":
            self._show_loss("mse")
            self._loss_switched = True
            self.notice.emit(
                self.tr(
                    "A linear output needs the squared error: the loss is now MSE "
                    "(cross-entropy needs outputs between 0 and 1)."
                )
            )
        elif sigmoid and self._loss_switched:
            self._loss_switched = False
            if self.loss.currentData() == "mse":
                self._show_loss("bce")
                self.notice.emit(
                    self.tr("Sigmoid output again: the loss is back to BCE.")
                )

    def _show_loss(self, loss: str) -> None:
        with QSignalBlocker(self.loss):
            self.loss.setCurrentIndex(self.loss.findData(loss))

    @Slot()
    def _loss_chosen(self) -> None:
        """A loss picked by hand stays, whatever the output unit does next."""
        self._loss_switched = False

    # ----------------------------------------------------------------- changes

    @Slot()
    def _model_changed(self) -> None:
        self._update_dependents()
        self.config_changed.emit(self.config())

    @Slot(int)
    def _layer_count_changed(self, count: int) -> None:
        """A new hidden layer starts as wide as the one before it."""
        for index in range(max(self._shown_layers, 1), count):
            with QSignalBlocker(self.widths[index]):
                self.widths[index].setValue(self.widths[index - 1].value())
        self._shown_layers = count
        self._model_changed()

    @Slot()
    def _pick_random_seed(self) -> None:
        seed = random.randint(0, RANDOM_SEED_LIMIT)
        if seed == self.seed.value():
            seed = (seed + 1) % (RANDOM_SEED_LIMIT + 1)
        self.seed.setValue(seed)

    @Slot(int)
    def _slider_moved(self, position: int) -> None:
        self.lr.setValue(_slider_value(position))

    @Slot(float)
    def _lr_edited(self, lr: float) -> None:
        with QSignalBlocker(self.lr_slider):
            self.lr_slider.setValue(_slider_position(max(lr, SLIDER_LR_RANGE[0])))
        self.learning_rate_changed.emit(lr)


class ControlsScroller(QScrollArea):
    """The controls panel in a vertical scroll area, never narrower than the
    panel needs (it grows with View > Larger text)."""

    def __init__(self, panel: ControlsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        panel = self.widget().minimumSizeHint().width()
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        hint.setWidth(panel + scroll_bar + 2 * self.frameWidth())
        return hint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The panel's size hints changed (a new font): so did this area's."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)
