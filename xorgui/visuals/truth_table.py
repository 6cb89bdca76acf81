"""The truth table: the four inputs, the gate's target and what the network outputs.

Colours tie it to the 3-D view: the target cell has the colour of its training
point, the output cell the viridis colour of its height on the surface, and the
last column says at a glance whether the output is on the right side of 0.5,
or still undecided (too close to 0.5 to call). Clicking a target asks for the
function with that target flipped (`target_clicked`): any of the sixteen.

Beyond the four corners a row per point would be hundreds of rows nobody
reads: the table then sums the points up instead, a row per split (training,
test) and class, with how many there are and how many the network gets right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from xorgui.core.data.sets import REGRESSION_TOLERANCE
from xorgui.core.data.summary import PointGroup, point_groups
from xorgui.core.gates import INPUTS, flip_target
from xorgui.core.outcome import UNDECIDED_MARGIN, Verdict, verdict
from xorgui.visuals.colormap import class_colour, viridis
from xorgui.visuals.gate_words import describe_gate
from xorgui.visuals.language_change import worded
from xorgui.visuals.palette import (
    RIGHT_BACKGROUND,
    UNDECIDED_BACKGROUND,
    WRONG_BACKGROUND,
)
from xorgui.visuals.setup_text import format_share

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot

RIGHT_MARK, WRONG_MARK, UNDECIDED_MARK = "\u2713", "\u2717", "?"
MARKS = {
    Verdict.RIGHT: (RIGHT_MARK, QColor(RIGHT_BACKGROUND)),
    Verdict.WRONG: (WRONG_MARK, QColor(WRONG_BACKGROUND)),
    Verdict.UNDECIDED: (UNDECIDED_MARK, QColor(UNDECIDED_BACKGROUND)),
}
DARK_TEXT, LIGHT_TEXT = QColor("#202020"), QColor("#ffffff")
CELL_TEXT_SCALE = 1.25
WIDEST_CELLS = ("0", "0", "0", "0.000", RIGHT_MARK)
"""The widest text of each column (x1, x2, target, output, right?)."""
WIDEST_SUMMARY_CELLS = ("training", "0", "2000", "2000", "100.0%")
"""The widest text of each column of the summary (points, target, count,
right, share)."""
CELL_PADDING = 12


def format_output(value: float) -> str:
    """Three decimals, as the article prints; a linear output far from 0..1
    (a diverging model) in three significant digits, so the cell can hold it."""
    return f"{value:.3f}" if abs(value) < 1000 else f"{value:.3g}"


def readable_text_colour(background: QColor) -> QColor:
    """Dark text on light backgrounds, white on dark and on saturated ones.

    The threshold is a relative luminance of 0.25 (WCAG's formula), a little
    above the even-contrast point: white reads better on the saturated blue
    and teal cells when projected.
    """
    channels = (background.redF(), background.greenF(), background.blueF())
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return DARK_TEXT if luminance > 0.25 else LIGHT_TEXT


def share_background(group: PointGroup) -> QColor:
    """Green when every point of the group is right, red when most are
    wrong, yellow between."""
    if group.right == group.count:
        return QColor(RIGHT_BACKGROUND)
    return QColor(WRONG_BACKGROUND if group.share < 0.5 else UNDECIDED_BACKGROUND)


class TruthTable(QTableWidget):
    """x1, x2, target, output (3 decimals) and right/wrong, one row per input;
    beyond the four corners, the points summed up (`summary`)."""

    X1, X2, TARGET, OUTPUT, CORRECT = range(5)
    SPLIT, CLASS, COUNT, RIGHT, SHARE = range(5)
    """The summary's columns."""

    target_clicked = Signal(int)
    """The target of this row (0-3) was clicked: the learner wants it flipped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(INPUTS), 5, parent)
        self._gate: str | None = None
        self.summary = False
        """Whether the table sums many points up instead of listing four."""
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self.cellClicked.connect(self._cell_clicked)
        self._lay_out(len(INPUTS))
        worded(self, self._word_texts)

    def _lay_out(self, rows: int) -> None:
        """Make the cells for `rows` rows of the current mode, with its
        headers; the corners' inputs written in."""
        self.setRowCount(rows)
        for row in range(rows):
            for column in range(self.columnCount()):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
        if not self.summary:
            for row, (x1, x2) in enumerate(INPUTS):
                self._cell(row, self.X1).setText(f"{x1:g}")
                self._cell(row, self.X2).setText(f"{x2:g}")
        self._word_headers()
        self.set_for_file(False)
        self._size_cells()

    def _word_headers(self) -> None:
        if self.summary:
            titles = [
                self.tr("points"),
                self.tr("target"),
                self.tr("count"),
                self.tr("right"),
                self.tr("share right"),
            ]
        else:
            titles = [
                "x1",
                "x2",
                self.tr("target"),
                self.tr("output"),
                self.tr("right?"),
            ]
        self.setHorizontalHeaderLabels(titles)
        self._header(self.TARGET).setToolTip(
            ""
            if self.summary
            else self.tr("Click a target to flip it (0 to 1, 1 to 0).")
        )

    def flush(self) -> None:
        """Nothing waits to be drawn: a snapshot is shown as it comes."""

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # __init__ puts an item in every cell
        return item

    def _header(self, column: int) -> QTableWidgetItem:
        item = self.horizontalHeaderItem(column)
        assert item is not None  # setHorizontalHeaderLabels made one per column
        return item

    def set_for_file(self, on: bool) -> None:
        """As a figure: the header in the cells' text, bold, and five equal
        columns (in the window the inputs take the extra room, and the header
        stays small beside the controls)."""
        header = self.horizontalHeader()
        font = QFont(self.font())
        if on:
            font.setPointSizeF(font.pointSizeF() * CELL_TEXT_SCALE)
            font.setBold(True)
        header.setFont(font)
        # In the window the first columns take the extra room; the others are
        # never cut to fit.
        wide = (self.SPLIT,) if self.summary else (self.X1, self.X2)
        for column in range(self.columnCount()):
            stretch = on or column in wide
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )

    @Slot(int, int)
    def _cell_clicked(self, row: int, column: int) -> None:
        if column == self.TARGET and not self.summary:
            self.target_clicked.emit(row)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """A pointing hand over the corners' targets, which can be clicked."""
        super().mouseMoveEvent(event)
        column = self.columnAt(event.position().toPoint().x())
        over_target = column == self.TARGET and not self.summary
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor
            if over_target
            else Qt.CursorShape.ArrowCursor
        )

    def _word_texts(self) -> None:
        """The headers and the tooltip, in the language shown now."""
        self._word_headers()
        if self.summary:
            self.setToolTip(
                self.tr(
                    "Every point of the data set, summed up: training points and "
                    "test points (never trained on), by target. A point is right "
                    "when the output is on its target's side of 0.5, or for "
                    "heights within {tolerance:g} of its target."
                ).format(tolerance=REGRESSION_TOLERANCE)
            )
            return
        self.setToolTip(
            self.tr(
                "The four training inputs, what the gate should output (target) and "
                "what the network outputs now. A row is right (\u2713) when the "
                "output is on the same side of 0.5 as the target; within "
                "{margin:g} of 0.5 it is undecided (?). Click a target to flip "
                "it: the network then learns that function instead."
            ).format(margin=UNDECIDED_MARGIN)
        )

    def changeEvent(self, event: QEvent) -> None:
        """Follow the app's text size (View > Larger text) and language."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_cells()
        elif (
            event.type() == QEvent.Type.LanguageChange
            and self._gate is not None
            and not self.summary
        ):
            self._explain_flips(self._gate)

    def _size_cells(self) -> None:
        """Cells a quarter larger than the widget's text; room for the header
        and four rows of it."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * CELL_TEXT_SCALE)
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                self._cell(row, column).setFont(font)
        self.setMinimumHeight(self.horizontalHeader().sizeHint().height() * 5)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """Wide enough for every header and cell to show whole (an output such
        as 0.500 in the cells' larger text)."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * CELL_TEXT_SCALE)
        cells = QFontMetrics(font)
        header = self.horizontalHeader().fontMetrics()
        width = 2 * self.frameWidth()
        widest_cells = WIDEST_SUMMARY_CELLS if self.summary else WIDEST_CELLS
        for column, widest in enumerate(widest_cells):
            title = self._header(column).text()
            width += CELL_PADDING + max(
                header.horizontalAdvance(title), cells.horizontalAdvance(widest)
            )
        hint = super().minimumSizeHint()
        hint.setWidth(width)
        return hint

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show the targets and outputs of `snapshot` (cheap: 12 cells), or
        its points summed up."""
        summary = snapshot.config.data != "corners"
        groups = point_groups(snapshot.config, snapshot.predictions) if summary else []
        if summary != self.summary or (summary and len(groups) != self.rowCount()):
            self.summary = summary
            self._gate = None
            self._lay_out(len(groups) if summary else len(INPUTS))
            self._word_texts()
        if summary:
            self._show_groups(groups)
            return
        if snapshot.config.gate != self._gate:
            self._explain_flips(snapshot.config.gate)
        for row in range(self.rowCount()):
            target = float(snapshot.targets[row])
            output = float(snapshot.predictions[row])
            mark, colour = MARKS[verdict(output, target)]
            self._paint(row, self.TARGET, f"{target:g}", QColor(class_colour(target)))
            self._paint(
                row,
                self.OUTPUT,
                format_output(output),
                viridis().map(output, "qcolor"),
            )
            self._paint(row, self.CORRECT, mark, colour)

    def _show_groups(self, groups: list[PointGroup]) -> None:
        """A row per group: its split, its target, its count and how many
        are right."""
        white = QColor("#ffffff")
        for row, group in enumerate(groups):
            split = self.tr("test") if group.test else self.tr("training")
            self._paint(row, self.SPLIT, split, white)
            if group.target is None:
                self._paint(row, self.CLASS, self.tr("height"), white)
            else:
                self._paint(
                    row,
                    self.CLASS,
                    f"{group.target:g}",
                    QColor(class_colour(group.target)),
                )
            self._paint(row, self.COUNT, f"{group.count:,}", white)
            self._paint(row, self.RIGHT, f"{group.right:,}", white)
            self._paint(
                row, self.SHARE, format_share(group.share), share_background(group)
            )

    def _explain_flips(self, gate: str) -> None:
        """The targets' tooltips: which function a click on each gives (set
        when the gate or the language changes, not at every snapshot)."""
        self._gate = gate
        for row in range(self.rowCount()):
            tip = self.tr("Click to flip: learn {function} instead.").format(
                function=describe_gate(flip_target(gate, row))
            )
            self._cell(row, self.TARGET).setToolTip(tip)

    def _paint(self, row: int, column: int, text: str, background: QColor) -> None:
        """Set a cell; unchanged cells are left alone (each change repaints)."""
        item = self._cell(row, column)
        if item.text() == text and item.background().color() == background:
            return
        item.setText(text)
        item.setBackground(QBrush(background))
        item.setForeground(QBrush(readable_text_colour(background)))
