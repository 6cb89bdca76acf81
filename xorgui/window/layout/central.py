"""Where the window's parts sit: the controls on the left, the surface above
the loss plot and the truth table, in named splitters a person can drag (and
whose positions are remembered by name)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QScrollArea, QSplitter, QWidget

DEFAULT_SIZE = QSize(1280, 800)
CONTROLS_WIDTH = 300
CENTRE_HEIGHTS = (460, 260)
BOTTOM_WIDTHS = (700, 240)
"""The truth table needs little more than its minimum; the loss plot the rest."""
SPLITTER_SIZES = {
    "mainSplitter": (CONTROLS_WIDTH, DEFAULT_SIZE.width() - CONTROLS_WIDTH),
    "centreSplitter": CENTRE_HEIGHTS,
    "bottomSplitter": BOTTOM_WIDTHS,
}
"""Each splitter's default sizes, by its object name (its state is saved under it)."""
SPLITTERS = tuple(SPLITTER_SIZES)


class ControlsScroller(QScrollArea):
    """The controls panel in a vertical scroll area, never narrower than the
    panel needs (it grows with View > Larger text)."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        panel = self._panel.minimumSizeHint().width()
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        hint.setWidth(panel + scroll_bar + 2 * self.frameWidth())
        return hint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The panel's size hints changed (a new font): so did this area's."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


def arrange(
    parent: QWidget,
    controls: QWidget,
    surface: QWidget,
    loss_plot: QWidget,
    truth_table: QWidget,
) -> QSplitter:
    """The window's central widget: `controls` beside `surface` above
    `loss_plot` and `truth_table`; the surface takes the extra room."""
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    bottom = _splitter(
        parent, horizontal, "bottomSplitter", [loss_plot, truth_table], 0
    )
    centre = _splitter(parent, vertical, "centreSplitter", [surface, bottom], 0)
    main = _splitter(parent, horizontal, "mainSplitter", [controls, centre], 1)
    main.setContentsMargins(6, 0, 6, 0)
    return main


def reset_splitters(window: QMainWindow, names: tuple[str, ...] = SPLITTERS) -> None:
    """The splitters `names` of `window` (every one) back to their default
    proportions, each part at least as large as it needs (the room the
    splitter has now is shared)."""
    for name in names:
        sizes = SPLITTER_SIZES[name]
        splitter = window.findChild(QSplitter, name)
        if splitter is not None:
            splitter.setSizes(_at_least_minimum(splitter, sizes))


def _at_least_minimum(splitter: QSplitter, proportions: tuple[int, int]) -> list[int]:
    """`proportions` scaled to the splitter's room, then room moved from the
    larger part to one below its minimum size hint."""
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    room = sum(splitter.sizes()) or sum(proportions)
    sizes = [round(room * part / sum(proportions)) for part in proportions]
    for index in range(2):
        widget = splitter.widget(index)
        assert widget is not None  # arrange() puts two in every splitter
        hint = widget.minimumSizeHint()
        needed = hint.width() if horizontal else hint.height()
        if sizes[index] < needed:
            sizes[1 - index] -= needed - sizes[index]
            sizes[index] = needed
    return sizes


def _splitter(
    parent: QWidget,
    orientation: Qt.Orientation,
    name: str,
    widgets: list[QWidget],
    stretching: int,
) -> QSplitter:
    """A splitter called `name` of `widgets`, where `widgets[stretching]` takes
    the extra room."""
    splitter = QSplitter(orientation, parent)
    splitter.setObjectName(name)
    for widget in widgets:
        splitter.addWidget(widget)
    splitter.setStretchFactor(stretching, 1)
    splitter.setSizes(list(SPLITTER_SIZES[name]))
    return splitter


def central_widget(window: QMainWindow) -> QWidget:
    """The window's central widget (the main window sets it before any fit)."""
    widget = window.centralWidget()
    assert widget is not None
    return widget


def activate_layout(widget: QWidget) -> None:
    """`widget`'s layout laid out now (a main window and a toolbar always
    have one)."""
    layout = widget.layout()
    assert layout is not None
    layout.activate()
