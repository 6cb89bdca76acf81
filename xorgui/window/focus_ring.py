"""A focus ring that can be seen from across a room.

Fusion marks the widget with the keyboard focus by a faint blue tint of its
frame, which a projector washes out. One ring, a thick frame in a strong
colour, follows the focus from widget to widget of every window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

from xorgui.visuals.palette import ATTENTION

RING_COLOUR = QColor(ATTENTION)
RING_WIDTH = 3


class FocusRing(QFocusFrame):
    """A frame drawn around the focused widget (Qt keeps it on the widget's
    edges as the widget moves or resizes)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(RING_COLOUR, RING_WIDTH))
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(
            self.rect().toRectF().adjusted(inset, inset, -inset, -inset), 3, 3
        )
        painter.end()


class FocusRingKeeper(QObject):
    """Moves the ring to each widget that takes the keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not _takes_keys(new):
            if self.ring is not None:
                self.ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr
            return
        if self.ring is None:
            # The ring is a child of the focused widget's parent; it is made on
            # first use and lives as long as there is one.
            self.ring = FocusRing(new)
            self.ring.destroyed.connect(self._ring_destroyed)
        self.ring.setWidget(new)

    @Slot()
    def _ring_destroyed(self) -> None:
        self.ring = None


def _takes_keys(widget: QWidget) -> bool:
    """Whether `widget` is a control a person reaches with Tab (not a popup's)."""
    window_type = widget.window().windowType()
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and window_type in (
        Qt.WindowType.Window,
        Qt.WindowType.Dialog,
    )


def install_focus_ring(app: QApplication) -> FocusRingKeeper:
    """Show a strong focus ring in every window of `app`."""
    return FocusRingKeeper(app)
