"""The window's timeline: the bar under the views, the Timeline menu, the keys.

While training is paused (or finished) a person looks back at any epoch
trained so far: the worker rebuilds that epoch's model exactly and every view
shows it, the loss plot with a marker there. Play goes on from the latest
epoch; "Train on from here" (after a confirmation) drops the later epochs and
trains on from the one shown.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from xorgui.core.session.run_session import RunState
from xorgui.visuals.language_change import worded
from xorgui.window.timeline.bar import TimelineBar

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot
    from xorgui.visuals.loss.plot import LossPlot
    from xorgui.window.run_model import RunModel
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.worker.training_worker import TrainingWorker

BIG_STEP = 100
LOOKING_STATES = (
    RunState.READY,
    RunState.PAUSED,
    RunState.FINISHED,
    RunState.DIVERGED,
)
"""Where a look back is possible: nothing is training."""


class TimelineControls(QObject):
    """The timeline's bar, actions and menu for `window`; `shown` is the epoch
    the views show, `latest` the one the run has reached."""

    def __init__(
        self,
        window: QMainWindow,
        model: RunModel,
        worker: TrainingWorker,
        loss_plot: LossPlot,
        status: RunStatusBar,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._model = model
        self._worker = worker
        self._status = status
        self._wanted: int | None = None
        self.bar = TimelineBar(window)
        self.back_action = self._action("Alt+Left", -1)
        self.forward_action = self._action("Alt+Right", 1)
        self.back_many_action = self._action("Alt+Shift+Left", -BIG_STEP)
        self.forward_many_action = self._action("Alt+Shift+Right", BIG_STEP)
        self.latest_action = QAction(self.tr("Latest epoch"), self)
        self.latest_action.setShortcut(QKeySequence("Alt+End"))
        self.latest_action.triggered.connect(self.show_latest)
        self.rewind_action = QAction(self.tr("Train on from here..."), self)
        self.rewind_action.triggered.connect(self.rewind)
        worded(self, self._word_steps)
        self.bar.add_buttons([self.latest_action, self.rewind_action])
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.bar)
        self._add_menu()
        self.bar.epoch_chosen.connect(self.look_back)
        loss_plot.epoch_marker.epoch_clicked.connect(self.look_back)
        model.snapshot_changed.connect(self._on_snapshot)
        model.state_changed.connect(self._on_state)
        self._update()

    @property
    def shown(self) -> int:
        """The epoch the views show."""
        return self._model.shown_epoch

    @property
    def latest(self) -> int:
        """The epoch the run has reached."""
        return self._model.tip_epoch

    def _action(self, keys: str, step: int) -> QAction:
        """A step along the timeline by `step` epochs on `keys` (worded later)."""
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        # partial, not a lambda: this connection stays in the GUI thread.
        action.triggered.connect(partial(self.step_by, step))
        return action

    def _word_steps(self) -> None:
        """The step actions' names and tips, made with their keys and sizes."""
        words = {
            self.back_action: (
                self.tr("Back one epoch"),
                self.tr("Show the epoch before."),
            ),
            self.forward_action: (
                self.tr("Forward one epoch"),
                self.tr("Show the next epoch."),
            ),
            self.back_many_action: (
                self.tr("Back {n} epochs").format(n=BIG_STEP),
                self.tr("Show the epoch {n} before.").format(n=BIG_STEP),
            ),
            self.forward_many_action: (
                self.tr("Forward {n} epochs").format(n=BIG_STEP),
                self.tr("Show the epoch {n} later.").format(n=BIG_STEP),
            ),
        }
        for action, (text, tip) in words.items():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(text)
            action.setToolTip(
                self.tr("{tip} Only while training is paused ({keys}).").format(
                    tip=tip, keys=keys
                )
            )
            action.setStatusTip(action.toolTip())
        for action in (self.latest_action, self.rewind_action):
            action.setStatusTip(action.toolTip())

    def actions(self) -> list[QAction]:
        """The Timeline menu's actions, in order."""
        return [
            self.back_action,
            self.forward_action,
            self.back_many_action,
            self.forward_many_action,
            self.latest_action,
            self.rewind_action,
        ]

    def _add_menu(self) -> None:
        """A Timeline menu before Help."""
        self.latest_action.setToolTip(self.tr("Show the latest epoch again (Alt+End)."))
        self.rewind_action.setToolTip(
            self.tr(
                "Drop the epochs after the one shown and train on from it, with "
                "the settings shown now."
            )
        )
        bar = self._window.menuBar()
        menu = QMenu(self.tr("T&imeline"), bar)
        menu.setToolTipsVisible(True)
        for action in self.actions():
            menu.addAction(action)
            if action is self.forward_many_action:
                menu.addSeparator()
        self.menu = menu
        bar.insertMenu(bar.actions()[-1], menu)

    # ------------------------------------------------------------ commands

    @Slot(int)
    def look_back(self, epoch: int) -> None:
        """Show the model after `epoch` epochs (kept within the run), if
        nothing is training."""
        if not self.active:
            return
        epoch = min(max(epoch, 0), self.latest)
        self._wanted = epoch
        self._worker.look_back(epoch)

    @Slot()
    def show_latest(self) -> None:
        self.look_back(self.latest)

    def step_by(self, epochs: int) -> None:
        """Show the epoch `epochs` after (or before) the one shown or asked for."""
        start = self._wanted if self._wanted is not None else self.shown
        self.look_back(start + epochs)

    @Slot()
    def rewind(self) -> bool:
        """After a confirmation, drop the epochs after the one shown and train
        on from it; returns whether it did."""
        epoch = self.shown
        if not self.active or epoch >= self.latest:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Train on from epoch {epoch:,}?").format(epoch=epoch),
            self.tr(
                "Training goes on from epoch {epoch:,}, with the settings shown "
                "now. The {dropped:,} epochs after it (to epoch {latest:,}) are "
                "dropped; this cannot be undone."
            ).format(epoch=epoch, dropped=self.latest - epoch, latest=self.latest),
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        train = box.addButton(
            self.tr("Train on from here"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not train:
            return False
        self._worker.rewind(epoch)
        self._worker.play()
        self._status.say(
            self.tr("Training on from epoch {epoch:,}.").format(epoch=epoch)
        )
        return True

    # ------------------------------------------------------- worker -> bar

    @property
    def active(self) -> bool:
        """A look back is possible now: nothing trains, and there is a past."""
        return self._model.state in LOOKING_STATES and self.latest > 0

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        if self._wanted == self.shown or not self._model.looking_back:
            self._wanted = None
        self.bar.show_run(self.shown, self.latest)
        self._update()

    @Slot()
    def _on_state(self) -> None:
        self._wanted = None
        self._update()

    def _update(self) -> None:
        active = self.active
        self.bar.set_active(active)
        for action in self.actions():
            action.setEnabled(active)
        self.rewind_action.setEnabled(active and self.shown < self.latest)
