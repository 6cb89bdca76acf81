"""Every weight and bias of the network in a table, editable while paused.

One row per parameter, layer by layer and unit by unit (a 2-64-64-64-64-1
network has 12,737): a model over the snapshot's arrays rather than a cell
widget each, so a live update repaints only the rows in sight. Parameters set
by hand (not by a preset) are tinted. Typing a value asks for the edit
(`parameter_edited`); the value shown changes when the worker's next snapshot
has it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from xorgui.core.config import DEFAULT_FEATURES
from xorgui.core.hand_edit.edits import (
    HandEditError,
    ParameterRef,
    every_parameter,
    parse_value,
    unit_name,
)
from xorgui.core.network import Layer
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.latest import LatestSnapshot
from xorgui.visuals.network.diagram_text import column_title, exact
from xorgui.visuals.network.edit_words import parameter_words, problem_words
from xorgui.visuals.network.live_view import LiveView

FRAME_INTERVAL_MS = 150
"""About seven frames a second: numbers to read, not to watch fly."""
EDITED_TINT = "#f8e1ea"
"""EDITED's pale, opaque tint: the background of a value set by hand."""
Index = QModelIndex | QPersistentModelIndex


class WeightsModel(QAbstractTableModel):
    """The parameters of the latest snapshot's layers, one per row."""

    LAYER, UNIT, PARAMETER, VALUE = range(4)
    edit_asked = Signal(object, str)
    """A person typed text for a parameter (not yet checked)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layers: tuple[Layer, ...] = ()
        self.features = DEFAULT_FEATURES
        """The network's inputs, which name the first layer's weights."""
        self.refs: list[ParameterRef] = []
        self.edited: set[ParameterRef] = set()
        self.editable = False

    def show_layers(
        self,
        layers: tuple[Layer, ...],
        edited: set[ParameterRef],
        features: tuple[str, ...] = DEFAULT_FEATURES,
    ) -> None:
        """New values: the same shapes repaint the values, others rebuild."""
        same = [a.weight.shape for a in layers] == [
            b.weight.shape for b in self.layers
        ] and features == self.features
        if not same:
            self.beginResetModel()
        self.layers, self.edited, self.features = layers, edited, features
        if not same:
            self.refs = list(every_parameter(layers))
            self.endResetModel()
        elif self.refs:
            last = len(self.refs) - 1
            self.dataChanged.emit(
                self.index(0, self.VALUE), self.index(last, self.VALUE)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.refs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = 0
    ) -> object:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
        ):
            return None
        titles = [self.tr("layer"), self.tr("unit"), self.tr("parameter")]
        return [*titles, self.tr("value")][section]

    def data(self, index: Index, role: int = 0) -> object:
        if not index.isValid():
            return None
        ref = self.refs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(ref, column)
        if role == Qt.ItemDataRole.EditRole and column == self.VALUE:
            return exact(ref.value(self.layers))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0} = {1}{2}").format(
                parameter_words(
                    ref, len(self.layers), first=True, features=self.features
                ),
                exact(ref.value(self.layers)),
                self.tr("\nSet by hand in this run.") if ref in self.edited else "",
            )
        if role == Qt.ItemDataRole.BackgroundRole and ref in self.edited:
            return QColor(EDITED_TINT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, ref: ParameterRef, column: int) -> str:
        count = len(self.layers)
        if column == self.LAYER:
            return column_title(ref.layer + 1, count)
        if column == self.UNIT:
            return unit_name(ref.layer, ref.row, count)
        if column == self.PARAMETER:
            if ref.col is None:
                return self.tr("bias")
            source = unit_name(ref.layer - 1, ref.col, count, self.features)
            return self.tr("weight from {0}").format(source)
        return f"{ref.value(self.layers):.6g}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == self.VALUE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = 0) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.VALUE:
            return False
        self.edit_asked.emit(self.refs[index.row()], str(value))
        return True


class WeightsTable(LiveView, QTableView):
    """The weights table view; see the module's notes."""

    parameter_edited = Signal(object, float)
    notice = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weights = WeightsModel(self)
        self.setModel(self.weights)
        self.weights.edit_asked.connect(self._edit_asked)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setToolTip(
            self.tr(
                "Every weight and bias, live. While training is paused, "
                "double-click a value (or press F2) to type a new one."
            )
        )
        self._latest = LatestSnapshot(self._draw, FRAME_INTERVAL_MS, self)
        self.doubleClicked.connect(self._double_clicked)

    def _edit_block_changed(self) -> None:
        self.weights.editable = self.edit_block is None

    def _draw(self, snapshot: Snapshot) -> None:
        # A person's own edits; a preset sets every value, tinting would say nothing.
        edits = [e for e in snapshot.edits if e.preset is None]
        edited = {change.parameter for e in edits for change in e.changes}
        self.weights.show_layers(snapshot.layers, edited, snapshot.config.features)

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.edit_block is not None and index.column() == WeightsModel.VALUE:
            self.notice.emit(self.edit_block)

    def _edit_asked(self, ref: ParameterRef, text: str) -> None:
        try:
            value = parse_value(text)
        except HandEditError as exc:
            self.notice.emit(
                self.tr("Cannot use that value: {0}.").format(problem_words(exc))
            )
            return
        self.parameter_edited.emit(ref, value)

    def row_of(self, ref: ParameterRef) -> int:
        """The row showing `ref`."""
        return self.weights.refs.index(ref)
