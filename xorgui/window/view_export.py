"""File > Export view as PNG: every view of the window as a picture.

The menu is filled each time it opens, so that it lists the views the window
has then: the 3-D surface, the loss plot, the truth table and every dock in
`window.docks`. A dock that is hidden (or a tab behind another) is brought to
the front first, so it is drawn at the size a person sees it; it draws the
window's latest snapshot before it is grabbed. Every file is written
atomically, and a failure is a message box, through the file commands.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QMenu, QWidget

from xorgui.dialogs.file_dialogs import FileChoice
from xorgui.visuals.view_exports import SnapshotView, view_image

if TYPE_CHECKING:
    from xorgui.window.run_model import RunModel
    from xorgui.window.view_docks import ViewDocks

SURFACE, LOSS, TRUTH_TABLE = "surface", "loss", "truth-table"
"""The names of the central views; a dock is named by its name in the docks."""


class ImageFiles(Protocol):
    """What this menu asks of the window's file commands (FileActions)."""

    def export_surface_image(self, path: str) -> bool: ...
    def export_loss_plot_image(self, path: str) -> bool: ...
    def write_image(self, what: str, path: str, image: QImage) -> bool: ...
    def can_export_surface(self) -> bool: ...
    def choose_file(
        self, choice: FileChoice, handler: Callable[[str], object]
    ) -> None: ...


class ViewExportMenu(QMenu):
    """One entry per view; choosing one asks for a file and writes the view."""

    def __init__(
        self,
        files: ImageFiles,
        model: RunModel,
        docks: ViewDocks,
        truth_table: QWidget,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._files = files
        self._model = model
        self._docks = docks
        self._truth_table = truth_table
        self.setTitle(self.tr("Export &view as PNG"))
        self.menuAction().setStatusTip(
            self.tr("Save any view of the window as a PNG image, as it shows now.")
        )
        self.aboutToShow.connect(self._fill)
        self.triggered.connect(self._chosen)

    def views(self) -> list[tuple[str, str]]:
        """(name, title) of every view the window has now, in menu order."""
        central = [
            (SURFACE, self.tr("3-D surface")),
            (LOSS, self.tr("Loss plot")),
            (TRUTH_TABLE, self.tr("Truth table")),
        ]
        docks = self._docks
        return central + [
            (name, docks.dock(name).windowTitle()) for name in docks.names()
        ]

    def export_view(self, name: str, path: str) -> bool:
        """Write the view `name` (see `views`) to `path` as a PNG; False if it
        could not be (the person was told why) or there is nothing to show yet."""
        files, snapshot = self._files, self._model.snapshot
        if name == SURFACE:
            return files.export_surface_image(path)
        if name == LOSS:
            return files.export_loss_plot_image(path)
        if name == TRUTH_TABLE:
            view, title = self._truth_table, self.tr("truth table")
        else:
            dock = self._docks.dock(name)
            self._docks.show_view(name)
            # Laid out at its place before it is grabbed.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            view, title = dock.widget(), dock.windowTitle()
            if snapshot is not None and isinstance(view, SnapshotView):
                view.show_snapshot(snapshot)
        return files.write_image(title, path, view_image(view))

    @Slot()
    def _fill(self) -> None:
        self.clear()
        ready = self._model.snapshot is not None
        for name, title in self.views():
            action = self.addAction(title)
            action.setData(name)
            action.setEnabled(ready and self._can_export(name))

    def _can_export(self, name: str) -> bool:
        return name != SURFACE or self._files.can_export_surface()

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        name = action.data()
        choice = FileChoice(
            self.tr("Export {view} as PNG").format(view=action.text()),
            self.tr("PNG images (*.png)"),
            name,
            "png",
        )
        self._files.choose_file(choice, partial(self.export_view, name))
