"""The Network and Weights docks, the hand-made XOR preset and hand edits.

`add_network_views(window)` docks the diagram (NetworkPanel) as "network" and
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

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction

from xorgui.core.hand_edit import Edit, ParameterRef
from xorgui.core.hand_edit_preset import (
    PRESET_NAME,
    hand_made_xor_config,
    hand_made_xor_layers,
)
from xorgui.core.session import RunState
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.edit_markers import EditMarkers
from xorgui.visuals.edit_words import edit_words
from xorgui.visuals.network_panel import NetworkPanel
from xorgui.visuals.weights_table import WeightsTable
from xorgui.window.worker_jobs import edit_block

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow


class NetworkViews(QObject):
    """The two docks' views and what connects them to the window and worker."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.panel = NetworkPanel(window)
        self.diagram = self.panel.diagram
        self.table = WeightsTable(window)
        self.markers = EditMarkers(window.loss_plot.plot.getPlotItem())
        self._edits: tuple[Edit, ...] = ()
        self._state = RunState.LOADING
        self._looking_back = False
        self.preset_action = QAction(self.tr("Hand-made &XOR"), window)
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
        window.docks.add("network", self.tr("Network"), self.panel)
        window.docks.add(
            "weights",
            self.tr("Weights"),
            self.table,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        for view in (self.diagram, self.table):
            view.parameter_edited.connect(self._edit)
            view.notice.connect(self._say)
            view.set_edit_block(edit_block(RunState.LOADING))
        worker = window.worker
        worker.state_changed.connect(self._on_state)
        worker.snapshot_ready.connect(self._on_snapshot)
        worker.notice.connect(self._say)

    @Slot()
    def apply_preset(self) -> None:
        """XOR 2-2-1 sigmoid from the controls' seed and optimizer, a new run,
        then the classic weights: ready at epoch 0, already solved."""
        window = self._window
        config = hand_made_xor_config(window.controls.config())
        window.show_and_start(config)
        window.worker.set_layers(hand_made_xor_layers(), PRESET_NAME)
        window.docks.show_view("network")
        self._say(
            self.tr(
                "Hand-made XOR: hidden unit 1 is OR (20, 20, bias -10), unit 2 "
                "NAND (-20, -20, bias 30), the output their AND (20, 20, bias -30)."
            )
        )

    @Slot(object, float)
    def _edit(self, ref: ParameterRef, value: float) -> None:
        self._window.worker.set_parameter(ref, value)

    @Slot(str)
    def _say(self, text: str) -> None:
        self._window.status.say(text)

    @Slot(object)
    def _on_state(self, state: RunState) -> None:
        self._state = state
        self._block_edits()

    def _block_edits(self) -> None:
        """Edits go to the latest model: refuse them while an earlier one is shown."""
        reason = edit_block(self._state)
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
        looking_back = snapshot.looking_back
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


def add_network_views(window: MainWindow) -> NetworkViews:
    """Dock the diagram and the weights table in `window` and wire them."""
    return NetworkViews(window)
