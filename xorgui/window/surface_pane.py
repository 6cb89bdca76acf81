"""The centre's top: the learner's note, the Reset camera button, and the
surface view, which is built only after the window has been seen.

Building the view is the slow part of start-up (OpenGL, or the reason there
is none), so until then a placeholder stands in its place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from xorgui.resources import icon
from xorgui.visuals.surface.view import MINIMUM_SIZE
from xorgui.window.learner_note import LearnerNote

if TYPE_CHECKING:
    from xorgui.visuals.surface.view import SurfaceView


class SurfacePane(QWidget):
    """The note and the camera button above the surface view (or its placeholder)."""

    view_built = Signal(object)
    """The SurfaceView now in the placeholder's place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = LearnerNote(self)
        self.note.setToolTip(self.tr("What this setup can learn, and how it is going."))
        self.reset_camera_button = QPushButton(
            icon("camera"), self.tr("Reset camera"), self
        )
        self.reset_camera_button.setToolTip(
            self.tr(
                "Back to the article's view of the surface. Drag to turn it, scroll "
                "to zoom."
            )
        )
        self.reset_camera_button.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(self.note, 1)
        header.addWidget(self.reset_camera_button, 0, Qt.AlignmentFlag.AlignTop)
        self._placeholder = QLabel(self.tr("Loading the 3-D view..."), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setStyleSheet("QLabel { background: white; color: gray; }")
        self._placeholder.setMinimumSize(MINIMUM_SIZE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(header)
        self._layout.addWidget(self._placeholder, 1)
        self.view: SurfaceView | None = None
        """The surface view, once built (after the window has been seen)."""

    def show_above_view(self, widget: QWidget) -> None:
        """Put `widget` (a banner) between the note and the view."""
        self._layout.insertWidget(1, widget)

    def build_view(self, use_opengl: bool | None) -> SurfaceView:
        """Build the surface view in the placeholder's place. A camera only
        exists in 3-D: the 2-D fallback shows no Reset camera button."""
        from xorgui.visuals.surface.view import SurfaceView

        view = SurfaceView(self, use_opengl=use_opengl)
        self._layout.replaceWidget(self._placeholder, view)
        self._placeholder.deleteLater()
        self.reset_camera_button.setEnabled(view.uses_opengl)
        self.reset_camera_button.setVisible(view.uses_opengl)
        self.view = view
        self.view_built.emit(view)
        return view
