"""Unit focus: the 3-D view (and the views docked beside it) show one unit's
surface instead of the network's output, until "Back to the output".

A person asks for a unit from the network diagram (its `unit_clicked`) or the
hidden space view's menu. Every snapshot handed to the views then carries, as
its surface, that unit's activation over the same grid; the window's own
snapshot keeps the output's. The unit's surface is computed once per output
surface the worker sends (which it does only when the view has drawn the last
one), so the flow control of the surface holds for a unit too.

Layers and units are counted from 0 among the model's Linear layers: layer 0
is the first hidden layer, the last layer is the output.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from xorgui.core.snapshot import Snapshot, Surface
from xorgui.core.unit_surface import unit_surface
from xorgui.visuals.palette import WARNING_NOTE
from xorgui.visuals.setup_text import activation_names

if TYPE_CHECKING:
    from xorgui.window.run_model import RunModel
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.surface_pane import SurfacePane
    from xorgui.window.view_docks import ViewDocks


class FocusBanner(QWidget):
    """What the 3-D view shows instead of the output, and the way back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitFocusBanner")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(WARNING_NOTE.style_sheet())
        self.back_button = QPushButton(self.tr("Back to the output"), self)
        self.back_button.setToolTip(
            self.tr("Show the network's output in the 3-D view again.")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()


class UnitFocus(QObject):
    """Which unit's surface the views show (None: the network's output)."""

    def __init__(
        self,
        model: RunModel,
        docks: ViewDocks,
        surface_pane: SurfacePane,
        status: RunStatusBar,
    ) -> None:
        super().__init__(surface_pane)
        self._model = model
        self._docks = docks
        self._surface_pane = surface_pane
        self._status = status
        self._unit: tuple[int, int] | None = None
        # The output surface the unit's was made for, and the unit's.
        self._source: Surface | None = None
        self._made: Surface | None = None
        self.banner = FocusBanner(surface_pane)
        self.banner.back_button.clicked.connect(self.show_output)
        surface_pane.show_above_view(self.banner)

    @property
    def unit(self) -> tuple[int, int] | None:
        """(layer, unit) shown now, or None for the output."""
        return self._unit

    @Slot(int, int)
    def show_unit(self, layer: int, unit: int) -> None:
        """Show unit `unit` of layer `layer` (the output layer: the output)."""
        snapshot = self._model.snapshot
        layers = () if snapshot is None else snapshot.layers
        if layer == len(layers) - 1 or not _has_unit(snapshot, layer, unit):
            self.show_output()
            return
        self._unit = (layer, unit)
        self._made = None
        self._refresh()
        self._status.say(
            self.tr("The 3-D view shows {what}.").format(what=self.banner_text())
        )

    @Slot()
    def show_output(self) -> None:
        """Back to the network's output."""
        was_focused = self._unit is not None
        self._unit = None
        self._made = None
        self._refresh()
        if was_focused:
            self._status.say(self.tr("The 3-D view shows the output again."))

    def apply(self, snapshot: Snapshot) -> Snapshot:
        """`snapshot` as the views show it: with the chosen unit's surface."""
        if self._unit is None or snapshot.surface is None:
            return snapshot
        layer, unit = self._unit
        if not _has_unit(snapshot, layer, unit):
            self._unit = None  # a new network without that unit
            self._update_banner()
            return snapshot
        if self._made is None or snapshot.surface is not self._source:
            config = snapshot.config
            self._source = snapshot.surface
            made = unit_surface(
                snapshot.layers,
                config.activation,
                config.output_activation,
                layer,
                unit,
                snapshot.surface.axis,
                config.features,
            )
            self._made = replace(made, unit=self._unit)
        return replace(snapshot, surface=self._made)

    def banner_text(self) -> str:
        """What is shown, in words: "hidden unit 2 of layer 1 (sigmoid)"."""
        if self._unit is None:
            return self.tr("the network's output")
        snapshot = self._model.snapshot
        activation = (
            "" if snapshot is None else activation_names()[snapshot.config.activation]
        )
        layer, unit = self._unit
        return self.tr("hidden unit {unit} of layer {layer} ({activation})").format(
            unit=unit + 1, layer=layer + 1, activation=activation
        )

    def _update_banner(self) -> None:
        if self._unit is None:
            self.banner.hide()
            return
        self.banner.label.setText(
            self.tr(
                "Showing {what} over the input square, not the network's output."
            ).format(what=self.banner_text())
        )
        self.banner.show()

    def _refresh(self) -> None:
        """The banner, and the views redrawn with the latest snapshot."""
        self._update_banner()
        snapshot = self._model.snapshot
        if snapshot is None:
            return
        shown = self.apply(snapshot)
        view = self._surface_pane.view
        if view is not None:
            view.show_snapshot(shown)
        self._docks.show_snapshot(shown)


def _has_unit(snapshot: Snapshot | None, layer: int, unit: int) -> bool:
    """Whether the snapshot's network has hidden unit `unit` in `layer`."""
    if snapshot is None:
        return False
    hidden = snapshot.layers[:-1]
    return 0 <= layer < len(hidden) and 0 <= unit < hidden[layer].units
