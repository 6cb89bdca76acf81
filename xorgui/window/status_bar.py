"""The window's status bar: what training is doing (state, epoch, loss, speed,
the solved epoch) in permanent labels, and short messages on the left. Beyond
the four corners it also says how many points the model gets right, training
and test, and the test points' loss.

The loss changes some thirty times a second; with a varying number of digits
("0.7482", "0.01498") its label, and every label after it, would shift each
time. The loss keeps six decimals, as the article prints it, and its label
(a `SteadyLabel`) keeps the width of the widest of LOSS_WIDTH_SAMPLES.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from xorgui.core.data.sets import REGRESSION_TOLERANCE, data_set
from xorgui.core.session.run_session import RunState
from xorgui.visuals import palette
from xorgui.visuals.setup_text import format_loss, format_share
from xorgui.window.labels import SteadyLabel, show_text

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot
    from xorgui.window.run_model import RunModel

LOSS_WIDTH_SAMPLES = ("0.000000", "8.888e+88")
"""The widest loss texts: six decimals, or a diverging loss in powers of ten."""
MESSAGE_MS = 6000
"""How long a message stays: long enough to read a path."""
STATE_COLOURS = {
    RunState.LOADING: palette.IDLE,
    RunState.READY: palette.IDLE,
    RunState.RUNNING: palette.GOOD,
    RunState.PAUSED: palette.ATTENTION,
    RunState.FINISHED: palette.DONE,
    RunState.DIVERGED: palette.BAD,
    RunState.FAILED: palette.BAD,
    RunState.SWEEPING: palette.BUSY_ELSEWHERE,
}


class RunStatusBar(QStatusBar):
    """State, epoch, loss, epochs/s and the solved epoch, each with a tooltip.

    Only a text that changed is set: every change repaints (and with OpenGL,
    re-composes) the window.
    """

    def __init__(self, model: RunModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.state_label = QLabel(self)
        self.epoch_label = QLabel(self)
        self.loss_label = SteadyLabel(
            tuple(self.tr("loss {loss}").format(loss=x) for x in LOSS_WIDTH_SAMPLES),
            self,
        )
        self.accuracy_label = SteadyLabel(
            (
                self.tr("right: {train} training, {test} test").format(
                    train="100.0%", test="100.0%"
                ),
            ),
            self,
        )
        self.test_loss_label = SteadyLabel(
            tuple(
                self.tr("test loss {loss}").format(loss=x) for x in LOSS_WIDTH_SAMPLES
            ),
            self,
        )
        self.rate_label = QLabel(self)
        self.solved_label = QLabel(self)
        self.state_label.setToolTip(self.tr("What training is doing now."))
        self.epoch_label.setToolTip(
            self.tr("Epochs trained so far, of the epoch budget.")
        )
        self.loss_label.setToolTip(
            self.tr("The loss of the current model on its training points.")
        )
        self.test_loss_label.setToolTip(
            self.tr(
                "The loss on the test points, which the model never trains on: "
                "when it rises while the training loss falls, the model overfits."
            )
        )
        self.rate_label.setToolTip(self.tr("How many epochs a second are trained."))
        self.solved_label.setToolTip(self._solved_tip(many_points=False))
        for label in (
            self.state_label,
            self.epoch_label,
            self.loss_label,
            self.test_loss_label,
            self.accuracy_label,
            self.rate_label,
            self.solved_label,
        ):
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self.test_loss_label.setVisible(False)
        self.accuracy_label.setVisible(False)
        model.changed.connect(self.show_run)

    def labels(self) -> tuple[QLabel, ...]:
        """The permanent labels, left to right."""
        return (
            self.state_label,
            self.epoch_label,
            self.loss_label,
            self.rate_label,
            self.solved_label,
        )

    def say(self, text: str) -> None:
        """Show a message on the left for a few seconds."""
        self.showMessage(text, MESSAGE_MS)

    @Slot()
    def show_run(self) -> None:
        """Show how the model's run stands."""
        model = self._model
        state, snapshot = model.state, model.snapshot
        solved_epoch, epochs_per_second = model.solved_epoch, model.epochs_per_second
        show_text(
            self.state_label,
            f"<b style='color:{STATE_COLOURS[state]}'>\u25cf "
            f"{self.state_text(state)}</b>",
        )
        if snapshot is None:
            for label in (self.epoch_label, self.loss_label, self.solved_label):
                show_text(label, "")
        elif snapshot.looking_back:
            shown = self.tr("Showing epoch {epoch:,} of {latest:,}").format(
                epoch=snapshot.epoch, latest=snapshot.tip_epoch
            )
            show_text(
                self.epoch_label, f"<b style='color:{palette.ATTENTION}'>{shown}</b>"
            )
        else:
            show_text(
                self.epoch_label,
                self.tr("epoch {epoch:,} / {budget:,}").format(
                    epoch=snapshot.epoch, budget=snapshot.config.epochs
                ),
            )
        if snapshot is not None:
            show_text(
                self.loss_label,
                self.tr("loss {loss}").format(loss=format_loss(snapshot.loss)),
            )
            show_text(self.solved_label, self._solved_text(state, solved_epoch))
        self._show_accuracy(snapshot)
        running = state is RunState.RUNNING and epochs_per_second > 0
        show_text(
            self.rate_label,
            self.tr("{rate:,.0f} epochs/s").format(rate=epochs_per_second)
            if running
            else "",
        )

    def _show_accuracy(self, snapshot: Snapshot | None) -> None:
        """The share of points right, training and test, and the test loss:
        beyond the four corners, or with test points (the corners' bar stays
        as the article's run shows it)."""
        shown = snapshot is not None and (
            snapshot.config.data != "corners" or snapshot.test_accuracy is not None
        )
        self.accuracy_label.setVisible(shown)
        self.solved_label.setToolTip(self._solved_tip(many_points=shown))
        if snapshot is None or not shown:
            self.test_loss_label.setVisible(False)
            return
        self.test_loss_label.setVisible(snapshot.test_loss is not None)
        test = snapshot.test_accuracy
        if test is None:
            text = self.tr("right: {train} of the points").format(
                train=format_share(snapshot.accuracy)
            )
        else:
            text = self.tr("right: {train} training, {test} test").format(
                train=format_share(snapshot.accuracy), test=format_share(test)
            )
        show_text(self.accuracy_label, text)
        self.accuracy_label.setToolTip(self._accuracy_tip(snapshot))
        if snapshot.test_loss is not None:
            show_text(
                self.test_loss_label,
                self.tr("test loss {loss}").format(
                    loss=format_loss(snapshot.test_loss)
                ),
            )

    def _solved_tip(self, *, many_points: bool) -> str:
        """What "solved from epoch N" means: the four outputs right, or every
        training point of a data set."""
        if many_points:
            return self.tr(
                "Every training point has been right from this epoch on: the "
                "model after this many epochs and every one since."
            )
        return self.tr(
            "All four outputs have been on the right side of 0.5 from this "
            "epoch on: the model after this many epochs and every one since."
        )

    def _accuracy_tip(self, snapshot: Snapshot) -> str:
        if data_set(snapshot.config).regression:
            return self.tr(
                "The share of points whose output lies within {tolerance:g} of "
                "their target height: training points, and test points the "
                "model never trains on."
            ).format(tolerance=REGRESSION_TOLERANCE)
        return self.tr(
            "The share of points whose output is on their class's side of 0.5: "
            "training points, and test points the model never trains on."
        )

    def _solved_text(self, state: RunState, solved_epoch: int | None) -> str:
        if solved_epoch is None and state is RunState.FINISHED:
            unsolved = self.tr("not solved")
            return f"<b style='color:{palette.BAD}'>{unsolved}</b>"
        if solved_epoch is None:
            return self.tr("not solved yet")
        solved = self.tr("solved from epoch {epoch:,}").format(epoch=solved_epoch)
        return f"<b style='color:{palette.GOOD}'>{solved}</b>"

    def state_text(self, state: RunState) -> str:
        """`state` in words, as this bar and the lessons panel say it."""
        return {
            RunState.LOADING: self.tr("loading the training engine..."),
            RunState.READY: self.tr("ready"),
            RunState.RUNNING: self.tr("running"),
            RunState.PAUSED: self.tr("paused"),
            RunState.FINISHED: self.tr("finished"),
            RunState.DIVERGED: self.tr("diverged"),
            RunState.FAILED: self.tr("failed"),
            RunState.SWEEPING: self.tr("sweeping seeds (training waits)..."),
        }[state]
