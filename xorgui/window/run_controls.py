"""The run toolbar: Play/Pause, Step, Step N, Reset and the speed.

The actions carry the keyboard shortcuts (Space, Right, Shift+Right, R, Escape
to pause, M for max speed) and are also put in the window's Training menu. The
toolbar only says what was asked for; which actions make sense, and the speed
shown, follow the run model. Play keeps the width of its widest text (Pause,
Continue +N, Start again) in the bar's button style of the moment, so the
buttons after it do not move.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from xorgui.core.session.run_session import RunState
from xorgui.resources import icon

if TYPE_CHECKING:
    from xorgui.window.run_model import RunModel

SPEEDS: tuple[float | None, ...] = (1, 10, 100, 300, 1000, 2000, 5000, 10_000, None)
"""Epochs a second to choose from; None is as fast as the machine goes."""
DEFAULT_SPEED = 1000
"""The article's 20,000 epochs take 20 s: long enough to watch the plateau and
the drop near epoch 12,000, short enough for a lesson."""
DEFAULT_STEP_COUNT = 100
MAX_STEP_COUNT = 1_000_000
WIDEST_CONTINUE = 88_888
"""Continue's text is measured with this many epochs: budgets up to five
digits (the article's 20,000) keep Play's width; a larger one widens it."""


class RunControls(QToolBar):
    """Buttons that drive training; `show_state` keeps them honest."""

    play_requested = Signal()
    pause_requested = Signal()
    step_requested = Signal(int)
    reset_requested = Signal()

    def __init__(self, model: RunModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setWindowTitle(self.tr("Run"))
        self.setObjectName("runControls")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(24, 24))

        self.play_action = QAction(icon("play"), self.tr("Play"), self)
        self.play_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.play_action.triggered.connect(self._play_or_pause)
        self.step_action = QAction(icon("step"), self.tr("Step"), self)
        self.step_action.setShortcut(QKeySequence(Qt.Key.Key_Right))
        self.step_action.setToolTip(
            self.tr("Train exactly one epoch, then pause (Right arrow).")
        )
        self.step_action.triggered.connect(self._step_once)
        self.step_many_action = QAction(icon("step-many"), "", self)
        self.step_many_action.setShortcut(QKeySequence("Shift+Right"))
        self.step_many_action.triggered.connect(self._step_many)
        self.reset_action = QAction(icon("reset"), self.tr("Reset"), self)
        self.reset_action.setShortcut(QKeySequence(Qt.Key.Key_R))
        self.reset_action.setToolTip(
            self.tr("Start again from epoch 0 with the same initial weights (R).")
        )
        self.reset_action.triggered.connect(self.reset_requested)

        self.step_count = QSpinBox(self)
        self.step_count.setRange(1, MAX_STEP_COUNT)
        self.step_count.setValue(DEFAULT_STEP_COUNT)
        self.step_count.setGroupSeparatorShown(True)
        self.step_count.setToolTip(self.tr("How many epochs the Step N button trains."))
        self.step_count.valueChanged.connect(self._step_count_changed)
        self._step_count_changed(self.step_count.value())

        self.pause_action = QAction(self.tr("Pause"), self)
        self.pause_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.pause_action.setToolTip(self.tr("Pause training (Escape)."))
        self.pause_action.triggered.connect(self._pause_if_running)

        self.speed = QComboBox(self)
        for value in SPEEDS:
            self.speed.addItem(self._speed_text(value))
        self.speed.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self.speed.setToolTip(
            self.tr(
                "How fast training runs, in epochs a second. At 1,000 the article's "
                "20,000 epochs take 20 s; slow speeds let you watch single epochs; "
                "max trains as fast as this computer can (M)."
            )
        )
        self.speed.currentIndexChanged.connect(self._speed_chosen)
        self._slower_index = self.speed.currentIndex()
        self.max_speed_action = QAction(icon("max-speed"), self.tr("Max"), self)
        self.max_speed_action.setCheckable(True)
        self.max_speed_action.setShortcut(QKeySequence(Qt.Key.Key_M))
        self.max_speed_action.setToolTip(
            self.tr(
                "Train as fast as this computer can; click again for the speed "
                "chosen before (M)."
            )
        )
        self.max_speed_action.triggered.connect(self._max_speed_toggled)
        self._continue_epochs = 0
        self._continue_refusal: str | None = None

        self.addAction(self.play_action)
        self.addAction(self.step_action)
        self.addAction(self.step_many_action)
        self.addWidget(self.step_count)
        self.addAction(self.reset_action)
        self.addSeparator()
        # Room for Play's widest text, even at 800 pixels: Step shows its
        # icon (its name is in the tooltip and the Training menu), and the
        # speeds name their unit without a label.
        self.speed.setAccessibleName(self.tr("Speed"))
        self.addWidget(self.speed)
        self.addAction(self.max_speed_action)
        self.show_state(RunState.LOADING)
        self._follow_style()
        # The layout owner shortens the style on a narrow screen (each button
        # takes the bar's new style): Step stays an icon, Play is measured again.
        self.toolButtonStyleChanged.connect(self._follow_style)
        model.state_changed.connect(self.show_state)
        model.speed_changed.connect(self._show_speed)

    def play_button(self) -> QToolButton:
        """The tool button that shows the Play action."""
        button = self.widgetForAction(self.play_action)
        assert isinstance(button, QToolButton)
        return button

    @Slot()
    def _follow_style(self) -> None:
        """Step as its icon, Play as wide as its widest text, in the bar's
        button style now."""
        step = self.widgetForAction(self.step_action)
        assert isinstance(step, QToolButton)
        step.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._steady_play_width()

    def _steady_play_width(self) -> None:
        """Play as wide as its widest text in this language and the bar's
        button style, so that its text changing never moves the buttons after
        it."""
        button = self.play_button()
        texts = (
            self.tr("Play"),
            self.tr("Pause"),
            self.tr("Start again"),
            self.tr("Continue +{n:,}").format(n=WIDEST_CONTINUE),
        )
        shown = self.play_action.text()
        button.setMinimumWidth(0)
        widest = 0
        for text in texts:
            self.play_action.setText(text)
            widest = max(widest, button.sizeHint().width())
        self.play_action.setText(shown)
        button.setMinimumWidth(widest)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._steady_play_width()

    def _retranslate(self) -> None:
        """The texts made with values, in the new language."""
        self._step_count_changed(self.step_count.value())
        for index, value in enumerate(SPEEDS):
            self.speed.setItemText(index, self._speed_text(value))
        self.show_state(self._model.state)

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.play_action,
            self.pause_action,
            self.step_action,
            self.step_many_action,
            self.reset_action,
            self.max_speed_action,
        ]

    def speed_value(self) -> float | None:
        """The chosen speed in epochs a second, None for max."""
        return SPEEDS[self.speed.currentIndex()]

    @Slot(int)
    def set_continue_epochs(self, epochs: int) -> None:
        """How many epochs Continue adds to a finished run (the epoch budget)."""
        self._continue_epochs = epochs
        self.show_state(self._model.state)

    @Slot(object)
    def show_state(self, state: RunState) -> None:
        """Enable what makes sense in `state`; Play turns into Pause while running."""
        can_step = state in (RunState.READY, RunState.PAUSED, RunState.FINISHED)
        self.step_action.setEnabled(can_step)
        self.step_many_action.setEnabled(can_step)
        self.reset_action.setEnabled(state not in (RunState.LOADING, RunState.SWEEPING))
        self.play_action.setEnabled(
            can_step or state in (RunState.RUNNING, RunState.DIVERGED)
        )
        self.pause_action.setEnabled(state is RunState.RUNNING)
        if state is RunState.RUNNING:
            self.play_action.setIcon(icon("pause"))
            self.play_action.setText(self.tr("Pause"))
            self.play_action.setToolTip(self.tr("Pause training (Space)."))
        elif state is RunState.FINISHED:
            self.play_action.setIcon(icon("play"))
            self.play_action.setText(
                self.tr("Continue +{n:,}").format(n=self._continue_epochs)
            )
            self.play_action.setToolTip(
                self.tr(
                    "The run reached its epoch budget. Continue trains {n:,} more "
                    "epochs, the epoch budget you chose; the budget itself stays "
                    "as it is (Space)."
                ).format(n=self._continue_epochs)
            )
            if self._continue_refusal is not None:
                self.play_action.setEnabled(False)
                self.play_action.setToolTip(self._continue_refusal)
        elif state is RunState.DIVERGED:
            self.play_action.setIcon(icon("play"))
            self.play_action.setText(self.tr("Start again"))
            self.play_action.setToolTip(
                self.tr(
                    "Training diverged. Lower the learning rate, then start again "
                    "from the seed's initial weights (Space)."
                )
            )
        else:
            self.play_action.setIcon(icon("play"))
            self.play_action.setText(self.tr("Play"))
            self.play_action.setToolTip(
                self.tr("Train until paused or the epoch budget is reached (Space).")
            )

    def refuse_continue(self, reason: str | None) -> None:
        """Why more epochs cannot help this setup (no Continue when it has
        finished), or None when they can; kept until said otherwise."""
        self._continue_refusal = reason
        self.show_state(self._model.state)

    def _speed_text(self, value: float | None) -> str:
        if value is None:
            return self.tr("max")
        if value == 1:
            return self.tr("1 epoch/s")
        return self.tr("{n:,} epochs/s").format(n=int(value))

    @Slot()
    def _play_or_pause(self) -> None:
        if self._model.state is RunState.RUNNING:
            self.pause_requested.emit()
        else:
            self.play_requested.emit()

    @Slot()
    def _step_once(self) -> None:
        self.step_requested.emit(1)

    @Slot()
    def _step_many(self) -> None:
        self.step_requested.emit(self.step_count.value())

    @Slot(int)
    def _step_count_changed(self, count: int) -> None:
        self.step_many_action.setText(self.tr("Step {n:,}").format(n=count))
        self.step_many_action.setToolTip(
            self.tr("Train exactly {n:,} epochs, then pause (Shift+Right).").format(
                n=count
            )
        )

    @Slot()
    def _pause_if_running(self) -> None:
        if self._model.state is RunState.RUNNING:
            self.pause_requested.emit()

    @Slot(bool)
    def _max_speed_toggled(self, on: bool) -> None:
        self.speed.setCurrentIndex(len(SPEEDS) - 1 if on else self._slower_index)

    @Slot(int)
    def _speed_chosen(self, index: int) -> None:
        self._model.set_speed(SPEEDS[index])

    @Slot(object)
    def _show_speed(self, epochs_per_second: float | None) -> None:
        """The model's speed in the box and on Max."""
        index = SPEEDS.index(epochs_per_second)
        if epochs_per_second is not None:
            self._slower_index = index
        with QSignalBlocker(self.speed):
            self.speed.setCurrentIndex(index)
        self.max_speed_action.setChecked(epochs_per_second is None)
