"""The hidden space view: the inputs as the first hidden layer sees them (the
four corners, or every point of a data set, test points hollow), and the
output's line (or plane) there, live while training.

The article's XOR points cannot be cut by one line in the input plane; in the
hidden layer's space, as training bends it, they can. Two units are drawn in
2-D, three in 3-D (a 2-D stand-in without OpenGL); for a wider layer a person
picks the units. A note says whether one line cuts the points now.

It draws latest-wins on its own timer, and only what it is handed: the window
hands it snapshots only while it is seen. `flush()` draws at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xorgui.core.data.sets import data_set
from xorgui.core.hidden_space import HiddenSpace, default_units, hidden_space
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.hidden_space.gl import HiddenSpaceGLWindow
from xorgui.visuals.hidden_space.note import hidden_space_note
from xorgui.visuals.hidden_space.plot import HiddenSpacePlot, unit_name
from xorgui.visuals.image_export import mark_furniture
from xorgui.visuals.language_change import worded
from xorgui.visuals.latest import LatestSnapshot
from xorgui.visuals.latest_view import SnapshotFed
from xorgui.visuals.palette import (
    BAD_NOTE,
    GOOD_NOTE,
    INFO_NOTE,
    WARNING_NOTE,
    restyle,
)
from xorgui.visuals.scene3d.gl_support import opengl_unavailable_reason
from xorgui.visuals.text_size import text_scale

FRAME_INTERVAL_MS = 150
"""About seven frames a second: the points move slowly, the note is read."""
NOTE_STYLES = {
    "good": GOOD_NOTE.style_sheet(),
    "info": INFO_NOTE.style_sheet(),
    "bad": BAD_NOTE.style_sheet(),
}
AXES = ("x", "y", "z")


class HiddenSpaceView(SnapshotFed, QWidget):
    """The hidden space of the latest snapshot; `show_unit_requested(layer,
    unit)` asks for a unit's surface in the 3-D view (layer 0-based among the
    model's Linear layers, the last being the output; unit 0-based)."""

    show_unit_requested = Signal(int, int)

    def __init__(
        self, parent: QWidget | None = None, *, use_opengl: bool | None = None
    ) -> None:
        super().__init__(parent)
        self._use_opengl = use_opengl
        self._snapshot: Snapshot | None = None
        self._space: HiddenSpace | None = None
        self._width = 0
        self._units: tuple[int, ...] = ()
        self._latest = LatestSnapshot(self._draw, FRAME_INTERVAL_MS, self)
        self._frames = 0

        self._combos = [QComboBox(self) for _ in AXES]
        chooser = QHBoxLayout()
        self._units_label = QLabel(self.tr("Units:"), self)
        mark_furniture(self._units_label)
        chooser.addWidget(self._units_label)
        for combo in self._combos:
            combo.activated.connect(self._unit_chosen)
            chooser.addWidget(combo)
        worded(self, self._word_combos)
        chooser.addStretch(1)
        self.show_unit_button = QToolButton(self)
        self.show_unit_button.setText(self.tr("Show a unit in 3-D"))
        self.show_unit_button.setToolTip(
            self.tr(
                "Show one unit's activation over the input square in the 3-D view "
                "instead of the network's output."
            )
        )
        self.show_unit_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._unit_menu = QMenu(self)
        self._unit_menu.aboutToShow.connect(self._fill_unit_menu)
        self._unit_menu.triggered.connect(self._unit_menu_chosen)
        self.show_unit_button.setMenu(self._unit_menu)
        chooser.addWidget(self.show_unit_button)

        self.note = QLabel(self)
        self.note.setObjectName("hiddenSpaceNote")
        self.note.setWordWrap(True)
        self._plot = HiddenSpacePlot(self)
        self._plot.setToolTip(
            self.tr(
                "Each input placed where the hidden units put it, coloured by its "
                "target (test points hollow); the red line is where the output "
                "is 0.5."
            )
        )
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._plot)
        self._gl_container: QWidget | None = None
        self._gl_window: HiddenSpaceGLWindow | None = None
        self._gl_notice = QLabel(self)
        self._gl_notice.setWordWrap(True)
        self._gl_notice.setStyleSheet(WARNING_NOTE.style_sheet())
        self._gl_notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(chooser)
        layout.addWidget(self.note)
        layout.addWidget(self._gl_notice)
        layout.addWidget(self._stack, 1)
        self.setMinimumSize(220, 220)
        self._show_chooser(0)

    # ------------------------------------------------------------- the feed

    @property
    def space(self) -> HiddenSpace | None:
        """What is drawn now (None before the first snapshot, or with no
        hidden layer)."""
        return self._space

    @property
    def frames_drawn(self) -> int:
        return self._frames

    @property
    def plot(self) -> HiddenSpacePlot:
        return self._plot

    @property
    def in_3d(self) -> bool:
        """Whether the 3-D scene is what a person sees now."""
        return self._gl_container is not None and (
            self._stack.currentWidget() is self._gl_container
        )

    def units(self) -> tuple[int, ...]:
        """The first hidden layer's units drawn (0-based)."""
        return self._units

    def set_units(self, units: tuple[int, ...]) -> None:
        """Draw these units (1 to 3, 0-based) from now on, as if chosen."""
        self._units = tuple(units)
        self._sync_combos()
        self._redraw()

    def grab_image(self) -> QImage:
        """The view as a person sees it, with the latest snapshot drawn."""
        self.flush()
        image = self.grab().toImage()
        if self.in_3d and self._gl_window is not None:
            scene = self._gl_window.grab_image()
            if not scene.isNull():
                painter = QPainter(image)
                painter.drawImage(self._stack.geometry().topLeft(), scene)
                painter.end()
        return image

    def _word_combos(self) -> None:
        for name, combo in zip(AXES[:2], self._combos[:2], strict=True):
            combo.setToolTip(
                self.tr("The hidden unit along the {axis} axis.").format(axis=name)
            )
        self._combos[2].setToolTip(
            self.tr("A third unit for a 3-D view, or none for 2-D.")
        )

    def changeEvent(self, event: QEvent) -> None:
        """Larger or normal text: the 3-D labels follow the app's text."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._gl_window is not None:
            self._gl_window.set_text_scale(text_scale())

    # ------------------------------------------------------------- drawing

    def _draw(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        layers = snapshot.layers
        width = layers[0].units if len(layers) >= 2 else 0
        if width != self._width:
            self._width = width
            self._units = default_units(width)
            self._show_chooser(width)
        config = snapshot.config
        data = data_set(config)
        self._space = hidden_space(
            layers,
            config.activation,
            config.output_activation,
            snapshot.targets,
            self._units or None,
            points=None if config.data == "corners" else data.points,
            test=data.test,
            features=config.features,
        )
        text, kind = hidden_space_note(self._space, config.gate, config.activation)
        if self.note.text() != text:
            self.note.setText(text)
        restyle(self.note, NOTE_STYLES[kind])
        self._stack.setVisible(self._space is not None)
        if self._space is not None:
            self._draw_space(self._space)
        self._frames += 1

    def _draw_space(self, space: HiddenSpace) -> None:
        reason = None
        if len(space.units) == 3:
            reason = self._ensure_gl()
        container, scene = self._gl_container, self._gl_window
        if len(space.units) == 3 and container is not None and scene is not None:
            self._stack.setCurrentWidget(container)
            scene.draw_space(space)
            self._gl_notice.hide()
            return
        self._stack.setCurrentWidget(self._plot)
        self._plot.draw_space(space)
        if reason is not None:
            self._gl_notice.setText(
                self.tr(
                    "3-D needs OpenGL ({reason}): showing {x} and {y} only."
                ).format(
                    reason=reason,
                    x=unit_name(space.units[0]),
                    y=unit_name(space.units[1]),
                )
            )
        self._gl_notice.setVisible(reason is not None)

    def _ensure_gl(self) -> str | None:
        """Build the 3-D scene the first time it is needed; why it cannot be
        (None when it can)."""
        if self._gl_container is not None:
            return None
        if self._use_opengl is False:
            return self.tr("turned off for this view")
        reason = opengl_unavailable_reason() if self._use_opengl is None else None
        if reason is not None:
            return reason
        self._gl_window = HiddenSpaceGLWindow()
        self._gl_window.set_text_scale(text_scale())
        self._gl_container = QWidget.createWindowContainer(self._gl_window, self)
        self._gl_container.setObjectName("hiddenSpaceContainer")
        self._stack.addWidget(self._gl_container)
        return None

    def _redraw(self) -> None:
        if self._snapshot is not None:
            self._draw(self._snapshot)

    # ------------------------------------------------------------- choosing

    def _show_chooser(self, width: int) -> None:
        """Unit boxes only when there is a choice: three units or more."""
        shown = width >= 3
        self._units_label.setVisible(shown)
        for combo in self._combos:
            combo.setVisible(shown)
        self.show_unit_button.setEnabled(width > 0)
        if shown:
            for index, combo in enumerate(self._combos):
                combo.clear()
                if index == 2:
                    combo.addItem(self.tr("none (2-D)"), -1)
                for unit in range(width):
                    combo.addItem(unit_name(unit), unit)
            self._sync_combos()

    def _sync_combos(self) -> None:
        wanted = [*self._units, -1][:3]
        for combo, unit in zip(self._combos, wanted, strict=False):
            index = combo.findData(unit)
            if index >= 0:
                combo.setCurrentIndex(index)

    @Slot(int)
    def _unit_chosen(self, _index: int) -> None:
        """A unit box changed: a unit already on another axis swaps with it."""
        chosen = [int(combo.currentData()) for combo in self._combos]
        sender = self.sender()
        axis = next(i for i, combo in enumerate(self._combos) if combo is sender)
        old = [*self._units, -1][:3]
        for other in range(3):
            if other != axis and chosen[axis] >= 0 and chosen[other] == chosen[axis]:
                spare = [u for u in range(self._width) if u not in chosen]
                chosen[other] = old[axis] if old[axis] >= 0 else spare[0]
        self.set_units(tuple(unit for unit in chosen if unit >= 0))

    @Slot()
    def _fill_unit_menu(self) -> None:
        """The output and every hidden unit of the latest snapshot's network."""
        menu = self._unit_menu
        menu.clear()
        if self._snapshot is None:
            return
        layers = self._snapshot.layers
        output = menu.addAction(self.tr("The output (back to the network's surface)"))
        output.setData((len(layers) - 1, 0))
        menu.addSeparator()
        hidden = layers[:-1]
        for index, layer in enumerate(hidden):
            target = menu
            if len(hidden) > 1:
                target = menu.addMenu(
                    self.tr("Hidden layer {number}").format(number=index + 1)
                )
            for unit in range(layer.units):
                action = target.addAction(
                    self.tr("Hidden unit {unit} of layer {layer}").format(
                        unit=unit + 1, layer=index + 1
                    )
                )
                action.setData((index, unit))

    @Slot(QAction)
    def _unit_menu_chosen(self, action: QAction) -> None:
        layer, unit = action.data()
        self.show_unit_requested.emit(layer, unit)
