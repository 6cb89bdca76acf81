"""The timeline bar under the views: a slider over the epochs trained so far.

It only shows and asks: where the run is and which epoch the views show
(`show_run`), and which epoch a person dragged to (`epoch_chosen`). Whether a
look back is possible is the window's to say (`set_active`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSizePolicy, QSlider, QToolBar, QWidget

SLIDER_MINIMUM_WIDTH = 200


class TimelineBar(QToolBar):
    """A slider from epoch 0 to the latest, the epoch shown, and the actions
    that go with it (added by the window)."""

    epoch_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timeline"))
        self.setObjectName("timelineBar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        title = QLabel(self.tr("Timeline "), self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("timelineSlider")
        self.slider.setMinimumWidth(SLIDER_MINIMUM_WIDTH)
        self.slider.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed
        )
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(100)
        self.slider.setToolTip(
            self.tr(
                "Every epoch trained so far. While training is paused, drag to "
                "see the model of any earlier epoch in every view, exactly as it "
                "was; Play goes on from the latest epoch. Alt+Left/Right steps "
                "one epoch, Alt+Shift+Left/Right 100; clicking the loss plot "
                "jumps there."
            )
        )
        title.setBuddy(self.slider)
        self.position = QLabel(self)
        self.position.setObjectName("timelinePosition")
        self.position.setToolTip(self.tr("The epoch the views show, of those trained."))
        self.position.setContentsMargins(8, 0, 8, 0)
        self.slider.valueChanged.connect(self._moved)
        self.addWidget(title)
        self.addWidget(self.slider)
        self.addWidget(self.position)
        self.show_run(0, 0)

    def add_buttons(self, actions: list[QAction]) -> None:
        """Put `actions` at the bar's end, as buttons."""
        self.addSeparator()
        for action in actions:
            self.addAction(action)

    def show_run(self, shown: int, latest: int) -> None:
        """The run has reached `latest`; the views show `shown`. A slider held
        by the mouse keeps its place."""
        with QSignalBlocker(self.slider):
            self.slider.setMaximum(latest)
            if not self.slider.isSliderDown():
                self.slider.setValue(shown)
        self._run = (shown, latest)
        self._word_position()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._word_position()

    def _word_position(self) -> None:
        shown, latest = self._run
        self.position.setText(
            self.tr("epoch {shown:,} of {latest:,}").format(shown=shown, latest=latest)
        )

    def set_active(self, active: bool) -> None:
        """Let the slider be dragged (training paused) or not."""
        self.slider.setEnabled(active)

    @Slot(int)
    def _moved(self, epoch: int) -> None:
        self.epoch_chosen.emit(epoch)
