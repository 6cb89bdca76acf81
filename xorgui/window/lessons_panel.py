"""The lessons panel: one step of the article's argument at a time, a button
that sets it up and runs it, and a live verdict on what it announced. A
lesson with a second step (one setting changed) has a second button under
the first, and the verdict follows whichever step was started.

It docks beside the controls and, like every docked view, gets snapshots only
while it is seen. What it says of a run still going follows the run model's
state (paused, finished, ...), as the status bar says it; while an earlier
epoch is shown, the verdict stays the latest epoch's. The words come from
``resources/lessons/<language>.json`` and follow the interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xorgui.core.lesson_checks import Reading, Verdict, judge
from xorgui.core.lessons import (
    LESSONS,
    Lesson,
    LessonFileError,
    LessonTexts,
    load_texts,
)
from xorgui.core.session.run_session import RunState
from xorgui.resources import lessons_file
from xorgui.visuals import palette
from xorgui.visuals.fitted_labels import WrappedLabel
from xorgui.visuals.setup_text import format_loss
from xorgui.window.language.languages import SOURCE_LANGUAGE, current_language

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot
    from xorgui.window.run_model import RunModel

VERDICT_COLOURS = {
    Verdict.RUNNING: palette.IDLE,
    Verdict.EXPECTED: palette.GOOD,
    Verdict.UNEXPECTED: palette.ATTENTION,
    Verdict.OTHER_SETUP: palette.IDLE,
}
CHOOSER_CHARACTERS = 12
"""The lesson chooser's width, in characters; the open list shows whole titles."""


def lesson_texts(language: str) -> LessonTexts:
    """The lessons' words in `language`, or in English when its file is unusable."""
    try:
        return load_texts(lessons_file(language))
    except LessonFileError:
        return load_texts(lessons_file(SOURCE_LANGUAGE))


class LessonsPanel(QWidget):
    """Choose a lesson, read it, press its button, read the verdict."""

    start_requested = Signal(object)
    """A Lesson whose setup should be shown and run."""
    retranslated = Signal()
    """The texts are in the interface language now."""

    def __init__(
        self,
        model: RunModel,
        state_text: Callable[[RunState], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._state_text = state_text
        self._texts = lesson_texts(current_language())
        self._started: Lesson | None = None
        self._reading: tuple[Reading, RunState] | None = None
        """The started lesson's latest verdict and the state it was read in."""
        self.chooser = QComboBox(self)
        # The lessons' titles are long: the panel stays narrow, the list wide.
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chooser.setMinimumContentsLength(CHOOSER_CHARACTERS)
        # Arrow buttons as narrow as their text: the panel fits in the
        # controls' place on a small screen.
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        reading = QWidget(self)
        self.title = QLabel(reading)
        self.text = QLabel(reading)
        self.look_for = QLabel(reading)
        self.then_text = QLabel(reading)
        self.then_look_for = QLabel(reading)
        self.start_button = QPushButton(self)
        self.then_button = QPushButton(self)
        self.verdict = WrappedLabel(self)
        labels = (self.text, self.look_for, self.then_text, self.then_look_for)
        for label in (*labels, self.verdict):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)

        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.chooser, 1)
        steps.addWidget(self.next_button)
        texts = QVBoxLayout(reading)
        texts.setContentsMargins(0, 0, 0, 0)
        for label in (self.title, *labels):
            texts.addWidget(label)
        texts.addStretch(1)
        # The lesson's words scroll where the dock is short (a small screen,
        # larger text): never cut off, and the button and verdict stay in view.
        scroller = QScrollArea(self)
        scroller.setWidget(reading)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroller = scroller
        self._fit_reading()
        layout = QVBoxLayout(self)
        layout.addLayout(steps)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.start_button)
        layout.addWidget(self.then_button)
        layout.addWidget(self.verdict)

        self.chooser.currentIndexChanged.connect(self._show_lesson)
        self.previous_button.clicked.connect(self._previous)
        self.next_button.clicked.connect(self._next)
        self.start_button.clicked.connect(self._start)
        self.then_button.clicked.connect(self._start_then)
        model.state_changed.connect(self._state_changed)
        self.retranslate()

    @property
    def lesson(self) -> Lesson:
        return LESSONS[self.chooser.currentIndex()]

    def choose(self, index: int) -> None:
        """Show lesson `index` (0-based) without running it."""
        self.chooser.setCurrentIndex(index)

    def started(self) -> Lesson | None:
        """The step whose button was pressed last (its verdict is shown)."""
        return self._started

    def retranslate(self) -> None:
        """Every text in the interface language (at start and after a switch)."""
        self._texts = lesson_texts(current_language())
        self.previous_button.setText(self.tr("<"))
        self.previous_button.setToolTip(self.tr("The previous lesson."))
        self.next_button.setText(self.tr(">"))
        self.next_button.setToolTip(self.tr("The next lesson."))
        self.chooser.setToolTip(self.tr("The article's argument, step by step."))
        self.start_button.setText(self.tr("Set up and &run this lesson"))
        self.start_button.setToolTip(
            self.tr(
                "Set the controls to this lesson's setup and start training from "
                "epoch 0."
            )
        )
        self.then_button.setToolTip(
            self.tr(
                "Change the one setting this step is about and start training "
                "from epoch 0."
            )
        )
        index = max(self.chooser.currentIndex(), 0)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for lesson in LESSONS:
            self.chooser.addItem(self._texts.lessons[lesson.key].title)
        self.chooser.setCurrentIndex(index)
        self.chooser.blockSignals(False)
        self.chooser.view().setMinimumWidth(self.chooser.view().sizeHintForColumn(0))
        self._show_lesson(index)
        if self._started in self.lesson.steps:
            self._word_verdict()
        self.retranslated.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_reading()

    def _fit_reading(self) -> None:
        """The lesson's words need two lines at least; the rest scrolls, so
        the panel fits under the surface on an 800 x 600 screen."""
        self._scroller.setMinimumHeight(2 * self.fontMetrics().lineSpacing())

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Say whether what the started lesson announced happened in `snapshot`
        (an earlier epoch on screen leaves the latest epoch's verdict)."""
        step = self._started
        if step is None or step not in self.lesson.steps or self._model.looking_back:
            return
        self._reading = (judge(step, snapshot), self._model.state)
        self._word_verdict()

    def _word_verdict(self) -> None:
        """The started lesson's verdict in words (or that it is being set up)."""
        if self._reading is None:
            self.verdict.setText(self.tr("Setting up the lesson..."))
            self.verdict.setProperty("verdict", None)
            return
        assert self._started is not None
        reading, state = self._reading
        words = self._texts.lessons[self._started.key]
        if reading.verdict is Verdict.RUNNING and state is not RunState.RUNNING:
            word = self._state_text(state)
            text = self.tr("{state}: epoch {epoch:,}, loss {loss}.").format(
                state=word[:1].upper() + word[1:],
                epoch=reading.epoch,
                loss=format_loss(reading.loss),
            )
        else:
            sentence = {
                Verdict.RUNNING: self._texts.running,
                Verdict.EXPECTED: words.expected,
                Verdict.UNEXPECTED: words.unexpected,
                Verdict.OTHER_SETUP: self._texts.other_setup,
            }[reading.verdict]
            text = sentence.format(**reading.values())
        if text != self.verdict.text():
            self.verdict.setText(text)
            colour = VERDICT_COLOURS[reading.verdict]
            self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.verdict.setProperty("verdict", reading.verdict.value)

    @Slot(object)
    def _state_changed(self, state: RunState) -> None:
        """A state says itself without a snapshot (paused, a sweep over)."""
        snapshot = self._model.snapshot
        if snapshot is not None and self.isVisible():
            self.show_snapshot(snapshot)

    @Slot(int)
    def _show_lesson(self, index: int) -> None:
        lesson = LESSONS[index]
        words = self._texts.lessons[lesson.key]
        self.title.setText(words.title)
        self.text.setText(words.text)
        self.look_for.setText(self._look_for(words.look_for))
        then = None if lesson.then is None else self._texts.lessons[lesson.then.key]
        for widget in (self.then_text, self.then_look_for, self.then_button):
            widget.setVisible(then is not None)
        if then is not None:
            self.then_text.setText(then.text)
            self.then_look_for.setText(self._look_for(then.look_for))
            self.then_button.setText(then.title)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(LESSONS) - 1)
        if self._started not in lesson.steps:
            self.verdict.setText(
                self.tr("Press the button: the verdict on what happens shows here.")
            )
            self.verdict.setStyleSheet("")
            self.verdict.setProperty("verdict", None)

    def _look_for(self, look_for: str) -> str:
        return self.tr("What to look for: {look_for}").format(look_for=look_for)

    @Slot()
    def _previous(self) -> None:
        self.choose(self.chooser.currentIndex() - 1)

    @Slot()
    def _next(self) -> None:
        self.choose(self.chooser.currentIndex() + 1)

    @Slot()
    def _start(self) -> None:
        self._start_step(self.lesson)

    @Slot()
    def _start_then(self) -> None:
        assert self.lesson.then is not None  # the button shows only then
        self._start_step(self.lesson.then)

    def _start_step(self, step: Lesson) -> None:
        self._started = step
        self._reading = None
        self._word_verdict()
        self.verdict.setStyleSheet("")
        self.start_requested.emit(step)
