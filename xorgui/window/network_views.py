"""The Network and Weights docks, the hand-made XOR preset and hand edits.

`NetworkViews` docks the diagram (NetworkPanel) as "network" and
the weights table as "weights", tabbed with it, and wires them:

- typed values go to the worker (`set_parameter`); the worker's next snapshot
  shows the edit in every view, and Play trains on from it;
- while the run cannot be edited (training, loading, a sweep, diverged, or
  an earlier epoch shown by the timeline) both views refuse with a message
  saying what to do, in the status bar;
- each new edit is said in the status bar and marked on the loss plot;
- the preset (`preset_action`, for the Training menu, and the button in the
  Network dock) sets XOR 2-2-1 sigmoid with the classic weights at epoch 0,
  and shows the diagram.

Both docks start hidden (View > Network, View > Weights show them).

`diagram.unit_clicked(layer, unit)` is there for the view that shows a unit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from xorgui.core.hand_edit.edits import Edit, ParameterRef
from xorgui.core.hand_edit.preset import (
    PRESET_NAME,
    hand_made_xor_config,
    hand_made_xor_layers,
)
from xorgui.core.session.run_session import RunState
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.loss.edit_markers import EditMarkers
from xorgui.visuals.network.edit_words import edit_words
from xorgui.visuals.network.panel import NetworkPanel
from xorgui.visuals.network.weights_table import WeightsTable
from xorgui.window.worker.jobs import edit_block

if TYPE_CHECKING:
    from xorgui.core.config import TrainConfig
    from xorgui.visuals.loss.plot import LossPlot
    from xorgui.window.run_model import RunModel
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.view_docks import ViewDocks
    from xorgui.window.worker.training_worker import TrainingWorker


class NetworkViews(QObject):
    """The two docks' views and what connects them to the window and worker."""

    def __init__(
        self,
        parent: QWidget,
        model: RunModel,
        worker: TrainingWorker,
        docks: ViewDocks,
        loss_plot: LossPlot,
        status: RunStatusBar,
        shown_setup: Callable[[], TrainConfig],
        show_and_start: Callable[[TrainConfig], None],
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._worker = worker
        self._docks = docks
        self._status = status
        self._shown_setup = shown_setup
        self._show_and_start = show_and_start
        self.panel = NetworkPanel(parent)
        self.diagram = self.panel.diagram
        self.table = WeightsTable(parent)
        self.markers = EditMarkers(loss_plot.plot.getPlotItem())
        self._edits: tuple[Edit, ...] = ()
        self._looking_back = False
        self.preset_action = QAction(self.tr("Hand-made &XOR"), parent)
        self.preset_action.setIconText(self.tr("Hand-made XOR"))
        tip = self.tr(
            "XOR 2-2-1 sigmoid with the classic weights, at epoch 0: one hidden "
            "unit is OR, the other NAND, the output their AND. It solves XOR "
            "with no training; edit a weight to break it."
        )
        self.preset_action.setToolTip(tip)
        self.preset_action.setStatusTip(tip)
        self.preset_action.triggered.connect(self.apply_preset)
        self.panel.set_preset_action(self.preset_action)
        docks.add("network", self.tr("Network"), self.panel)
        docks.add(
            "weights",
            self.tr("Weights"),
            self.table,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        for view in (self.diagram, self.table):
            view.parameter_edited.connect(self._edit)
            view.notice.connect(self._say)
            view.set_edit_block(edit_block(RunState.LOADING))
        model.state_changed.connect(self._block_edits)
        model.snapshot_changed.connect(self._on_snapshot)
        worker.notice.connect(self._say)

    @Slot()
    def apply_preset(self) -> None:
        """XOR 2-2-1 sigmoid from the controls' seed and optimizer, a new run,
        then the classic weights: ready at epoch 0, already solved."""
        self._show_and_start(hand_made_xor_config(self._shown_setup()))
        self._worker.set_layers(hand_made_xor_layers(), PRESET_NAME)
        self._docks.show_view("network")
        self._say(
            self.tr(
                "Hand-made XOR: hidden unit 1 is OR (20, 20, bias -10), unit 2 "
                "NAND (-20, -20, bias 30), the output their AND (20, 20, bias -30)."
            )
        )

    @Slot(object, float)
    def _edit(self, ref: ParameterRef, value: float) -> None:
        self._worker.set_parameter(ref, value)

    @Slot(str)
    def _say(self, text: str) -> None:
        self._status.say(text)

    @Slot()
    def _block_edits(self) -> None:
        """Edits go to the latest model: refuse them while an earlier one is shown."""
        reason = edit_block(self._model.state)
        if reason is None and self._looking_back:
            reason = self.tr(
                "An earlier epoch is shown: go to the latest (Alt+End), or Train "
                "on from here, to edit the network."
            )
        self.diagram.set_edit_block(reason)
        self.table.set_edit_block(reason)

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        """Mark the run's edits on the loss plot; say a new one; edit only
        the latest model."""
        looking_back = self._model.looking_back
        if looking_back != self._looking_back:
            self._looking_back = looking_back
            self._block_edits()
        edits = snapshot.edits
        if edits == self._edits:
            return
        self.markers.show_edits(edits)
        new = len(edits) > len(self._edits) and edits[: len(self._edits)] == self._edits
        self._edits = edits
        if new and edits[-1].preset is None:
            self._say(
                self.tr("Epoch {0}: {1}. Play trains on from here.").format(
                    edits[-1].epoch, edit_words(edits[-1])
                )
            )
