"""The controls panel: every setting of a training run, with a tooltip on each.

The panel knows nothing about training. It says what changed:
`config_changed(TrainConfig)` when the model must be rebuilt (gate, data,
input features, architecture, activation, seed, optimizer, momentum, loss,
batch size, penalties),
`learning_rate_changed(float)` and `epoch_budget_changed(int)` for the two
settings that change live, while the model keeps training.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xorgui.core.config import (
    MAX_EPOCHS,
    MAX_HIDDEN_LAYERS,
    MAX_MOMENTUM,
    MAX_PENALTY,
    MAX_POINTS,
    MAX_SEED,
    MAX_WIDTH,
    MIN_EPOCHS,
    MIN_WIDTH,
    TrainConfig,
    losses_for,
)
from xorgui.resources import icon
from xorgui.window.controls.choices import (
    ChoiceBox,
    GateBox,
    activation_choices,
    data_choices,
    loss_choices,
    optimizer_choices,
    output_choices,
)
from xorgui.window.controls.data_group import GATE_SETS, DataGroup
from xorgui.window.controls.feature_boxes import FeatureBoxes
from xorgui.window.controls.learning_rate import LearningRateBox, LearningRateSlider
from xorgui.window.controls.section import Section

RANDOM_SEED_LIMIT = 99_999
"""The dice picks seeds below this: short numbers are easy to read out in class."""
PENALTY_DECIMALS = 4
PENALTY_STEP = 0.001


class ControlsPanel(QWidget):
    """Gate, data, inputs, architecture, activation, seed, optimizer, learning
    rate, loss, batch size, penalties, budget."""

    config_changed = Signal(object)
    learning_rate_changed = Signal(float)
    epoch_budget_changed = Signal(int)
    notice = Signal(str)
    """A setting the panel changed by itself, said in a sentence."""

    def __init__(self, config: TrainConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._replaced_loss: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_problem_group())
        self.data_group = DataGroup(config, self)
        self.data_section = Section(
            self.data_group,
            self.tr("The points the network learns from: open to choose a data set."),
            self,
        )
        layout.addWidget(self.data_section)
        layout.addWidget(self._build_network_group())
        layout.addWidget(self._build_training_group())
        self.generalization_section = Section(
            self._build_generalization_body(),
            self.tr(
                "The network's input features, the batch size and L1/L2 "
                "regularization: open to change them."
            ),
            self,
        )
        layout.addWidget(self.generalization_section)
        layout.addStretch(1)
        self._show_texts_with_values()
        self._shown_layers = 0
        self.set_config(config)
        self._connect()

    # ----------------------------------------------------------------- building

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._show_texts_with_values()

    def _show_texts_with_values(self) -> None:
        """The tooltips and headers made with values (at start, and in a new
        language)."""
        self._show_section_titles()
        for index, spin in enumerate(self.widths):
            spin.setToolTip(
                self.tr(
                    "Units (neurons) in hidden layer {n}, {min} to {max}. Changing "
                    "it starts a new model."
                ).format(n=index + 1, min=MIN_WIDTH, max=MAX_WIDTH)
            )
            spin.setAccessibleName(
                self.tr("Width of hidden layer {n}").format(n=index + 1)
            )
        self.momentum.setToolTip(
            self.tr(
                "SGD momentum, 0 to {max:g}: how much of the previous step is "
                "kept. 0 is plain SGD (the article). Adam ignores it."
            ).format(max=MAX_MOMENTUM)
        )

    def _spin(self, low: int, high: int, tip: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)
        spin.setToolTip(tip)
        return spin

    def _build_problem_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Problem"), self)
        form = _form(group)
        self.gate = GateBox(
            self.tr(
                "The logic gate the network learns. AND, OR, NAND and NOR can be "
                "separated by one straight line; XOR and XNOR cannot. Click a "
                "target in the truth table to flip it: any of the 16 functions. "
                "The gate labels the four corners and the XOR clouds; the other "
                "data sets have labels of their own."
            ),
            self,
        )
        form.addRow(self.tr("&Gate"), self.gate)
        return group

    def _build_network_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Network"), self)
        form = _form(group)
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
        for _ in range(MAX_HIDDEN_LAYERS):
            spin = self._spin(MIN_WIDTH, MAX_WIDTH, "")
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
        self.activation = ChoiceBox(
            activation_choices(),
            self.tr(
                "The non-linear function after each hidden layer. With identity "
                "(no activation) the layers collapse into one linear layer."
            ),
            self,
        )
        form.addRow(self.tr("&Activation"), self.activation)
        self.output_activation = ChoiceBox(
            output_choices(),
            self.tr(
                "What the output unit does with its sum. Sigmoid (the article) "
                "squashes it into 0..1, a probability. Linear leaves it as it is: "
                "it needs the MSE loss, and with a large learning rate the loss "
                "can blow up."
            ),
            self,
        )
        form.addRow(self.tr("O&utput"), self.output_activation)
        return group

    def _build_training_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Training"), self)
        form = _form(group)
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
        self.optimizer = ChoiceBox(
            optimizer_choices(),
            self.tr(
                "How the weights are updated: plain gradient descent (SGD, as in "
                "the article) or Adam, which adapts the step for each weight."
            ),
            self,
        )
        form.addRow(self.tr("&Optimizer"), self.optimizer)
        self.momentum = QDoubleSpinBox(self)
        self.momentum.setRange(0.0, MAX_MOMENTUM)
        self.momentum.setSingleStep(0.05)
        self.momentum.setKeyboardTracking(False)
        form.addRow(self.tr("&Momentum"), self.momentum)
        self.lr_slider = LearningRateSlider(self)
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
        self.loss = ChoiceBox(
            loss_choices(),
            self.tr(
                "What the network minimises: binary cross-entropy (BCELoss, the "
                "article) or mean squared error. A linear output needs MSE: choosing "
                "it switches the loss, and the sigmoid output switches it back."
            ),
            self,
        )
        form.addRow(self.tr("L&oss"), self.loss)
        self.epochs = self._spin(
            MIN_EPOCHS,
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

    def _build_generalization_body(self) -> QWidget:
        body = QWidget(self)
        form = _form(body)
        form.setContentsMargins(0, 0, 0, 0)
        self.features = FeatureBoxes(self)
        features_label = QLabel(self.tr("&Inputs"), self)
        features_label.setBuddy(next(iter(self.features.boxes.values())))
        form.addRow(features_label, self.features)
        self.batch_size = self._spin(
            0,
            MAX_POINTS,
            self.tr(
                "How many training points each update step sees. Full batch (the "
                "article) uses them all; a smaller batch takes the points in a "
                "new shuffled order each epoch, several steps an epoch."
            ),
        )
        self.batch_size.setSpecialValueText(self.tr("Full batch"))
        form.addRow(self.tr("&Batch size"), self.batch_size)
        self.l1 = self._penalty(
            self.tr(
                "L1 regularization: adds this rate times the sum of the weights' "
                "sizes to the loss, pulling weights to exactly 0. 0 is none (the "
                "article)."
            )
        )
        self.l2 = self._penalty(
            self.tr(
                "L2 regularization (weight decay): adds this rate times the sum of "
                "the squared weights to the loss, keeping every weight small. 0 "
                "is none (the article)."
            )
        )
        penalties = QHBoxLayout()
        penalties.addWidget(self.l1)
        l2_label = QLabel(self.tr("L&2"), self)
        l2_label.setBuddy(self.l2)
        penalties.addWidget(l2_label)
        penalties.addWidget(self.l2)
        l1_label = QLabel(self.tr("L&1"), self)
        l1_label.setBuddy(self.l1)
        form.addRow(l1_label, penalties)
        return body

    def _penalty(self, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0.0, MAX_PENALTY)
        spin.setDecimals(PENALTY_DECIMALS)
        spin.setSingleStep(PENALTY_STEP)
        spin.setKeyboardTracking(False)
        spin.setToolTip(tip)
        return spin

    def _connect(self) -> None:
        for combo in (
            self.gate,
            self.activation,
            self.output_activation,
            self.optimizer,
            self.loss,
        ):
            combo.currentIndexChanged.connect(self._model_changed)
        for spin in (self.seed, self.batch_size, *self.widths):
            spin.valueChanged.connect(self._model_changed)
        for penalty in (self.momentum, self.l1, self.l2):
            penalty.valueChanged.connect(self._model_changed)
        self.data_group.changed.connect(self._model_changed)
        self.features.changed.connect(self._model_changed)
        self.features.refused.connect(self.notice)
        self.layers.valueChanged.connect(self._layer_count_changed)
        self.loss.activated.connect(self._loss_chosen)
        self.random_seed.clicked.connect(self._pick_random_seed)
        self.lr_slider.valueChanged.connect(self._slider_moved)
        self.lr.valueChanged.connect(self._lr_edited)
        self.epochs.valueChanged.connect(self.epoch_budget_changed)

    # ------------------------------------------------------------------- state

    def config(self) -> TrainConfig:
        """The configuration the controls show."""
        return TrainConfig(
            gate=self.gate.value(),
            hidden=tuple(spin.value() for spin in self.widths[: self.layers.value()]),
            activation=self.activation.value(),
            output_activation=self.output_activation.value(),
            seed=self.seed.value(),
            optimizer=self.optimizer.value(),
            lr=self.lr.value(),
            momentum=self.momentum.value(),
            loss=self.loss.value(),
            epochs=self.epochs.value(),
            features=self.features.features(),
            batch_size=self.batch_size.value(),
            l1=self.l1.value(),
            l2=self.l2.value(),
            **self.data_group.settings(),
        )

    def set_config(self, config: TrainConfig) -> None:
        """Show `config` without emitting any change."""
        blockers = [QSignalBlocker(w) for w in self.findChildren(QWidget)]
        self.gate.set_value(config.gate)
        self.layers.setValue(len(config.hidden))
        self._shown_layers = len(config.hidden)
        hidden = config.hidden or TrainConfig().hidden
        for index, spin in enumerate(self.widths):
            spin.setValue(hidden[min(index, len(hidden) - 1)])
        self.activation.set_value(config.activation)
        self.output_activation.set_value(config.output_activation)
        self.seed.setValue(config.seed)
        self.optimizer.set_value(config.optimizer)
        self.momentum.setValue(config.momentum)
        self.lr.setValue(config.lr)
        self.lr_slider.set_learning_rate(config.lr)
        self.loss.set_value(config.loss)
        self.epochs.setValue(config.epochs)
        self.data_group.show_config(config)
        self.features.set_features(config.features)
        self.batch_size.setValue(config.batch_size)
        self.l1.setValue(config.l1)
        self.l2.setValue(config.l2)
        del blockers
        # A setup beyond the article's opens the sections that show it.
        if config.data != "corners" or config.test_share:
            self.data_section.set_open(True)
        default = TrainConfig()
        if (config.features, config.batch_size, config.l1, config.l2) != (
            default.features,
            default.batch_size,
            default.l1,
            default.l2,
        ):
            self.generalization_section.set_open(True)
        self._replaced_loss = None
        self._update_dependents()

    def set_seed(self, seed: int) -> None:
        """Show `seed` without emitting a change: the caller starts the run."""
        with QSignalBlocker(self.seed):
            self.seed.setValue(seed)

    def _update_dependents(self) -> None:
        count = self.layers.value()
        for index, spin in enumerate(self.widths):
            spin.setVisible(index < count)
        self.widths_label.setEnabled(count > 0)
        self.activation.setEnabled(count > 0)
        self.momentum.setEnabled(self.optimizer.value() == "sgd")
        self.gate.setEnabled(self.data_group.data.value() in GATE_SETS)
        self._match_loss_to_output()
        self.architecture.setText(self.config().architecture)
        self._show_section_titles()

    def _show_section_titles(self) -> None:
        """Each section's title; closed, the Data section names its set."""
        names = {value: label for label, value in data_choices()}
        self.data_section.set_title(
            self.tr("Data"), names[self.data_group.data.value()]
        )
        self.generalization_section.set_title(self.tr("Inputs and generalization"), "")

    def _match_loss_to_output(self) -> None:
        """Offer only the losses the output unit allows (config.losses_for).

        A loss the output does not allow is replaced by one it does, and the
        panel says so; when the output allows it again it comes back, unless
        the person has chosen a loss since.
        """
        allowed = losses_for(self.output_activation.value())
        entries = self.loss.model()
        assert isinstance(entries, QStandardItemModel)  # what a QComboBox makes
        for index in range(self.loss.count()):
            entries.item(index).setEnabled(self.loss.itemData(index) in allowed)
        loss = self.loss.value()
        if loss not in allowed:
            self._show_loss(allowed[0])
            self._replaced_loss = loss
            self.notice.emit(
                self.tr(
                    "A linear output needs the squared error: the loss is now MSE "
                    "(cross-entropy needs outputs between 0 and 1)."
                )
            )
        elif self._replaced_loss in allowed:
            self._show_loss(self._replaced_loss)
            self._replaced_loss = None
            self.notice.emit(self.tr("Sigmoid output again: the loss is back to BCE."))

    def _show_loss(self, loss: str) -> None:
        with QSignalBlocker(self.loss):
            self.loss.set_value(loss)

    @Slot()
    def _loss_chosen(self) -> None:
        """A loss picked by hand stays, whatever the output unit does next."""
        self._replaced_loss = None

    # ----------------------------------------------------------------- changes

    @Slot(object)
    def use_given(self, points: tuple[tuple[float, float, float], ...]) -> None:
        """Train on `points` (drawn or imported): a new run, as any change."""
        self.data_group.use_given(points)

    @Slot()
    def _model_changed(self) -> None:
        self._update_dependents()
        config = self.config()
        self.data_group.remember(config)
        self.config_changed.emit(config)

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
    def _slider_moved(self, _position: int) -> None:
        self.lr.setValue(self.lr_slider.learning_rate())

    @Slot(float)
    def _lr_edited(self, lr: float) -> None:
        with QSignalBlocker(self.lr_slider):
            self.lr_slider.set_learning_rate(lr)
        self.learning_rate_changed.emit(lr)


def _form(group: QWidget) -> QFormLayout:
    """A group's form; a row whose field does not fit beside its label (larger
    text on a small screen) puts the field below it, so the panel stays narrow."""
    form = QFormLayout(group)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form
