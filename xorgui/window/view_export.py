"""File > Export view as PNG: every view of the window as a picture.

The menu is filled each time it opens, so that it lists the views the window
has then: the 3-D surface, the loss plot, the truth table and every dock in
`window.docks`. A dock that is hidden (or a tab behind another) is brought to
the front first, so it is drawn at the size a person sees it; it draws the
window's latest snapshot before it is grabbed. Every file is written
atomically, and a failure is a message box, through the file commands.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from xorgui.dialogs.file_dialogs import FileChoice
from xorgui.visuals.view_exports import view_image

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow

SURFACE, LOSS, TRUTH_TABLE = "surface", "loss", "truth-table"
"""The names of the central views; a dock is named by its name in window.docks."""


class ViewExportMenu(QMenu):
    """One entry per view; choosing one asks for a file and writes the view."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
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
        docks = self._window.docks
        return central + [
            (name, docks.dock(name).windowTitle()) for name in docks.names()
        ]

    def export_view(self, name: str, path: str) -> bool:
        """Write the view `name` (see `views`) to `path` as a PNG; False if it
        could not be (the person was told why) or there is nothing to show yet."""
        window = self._window
        if name == SURFACE:
            return window.files.export_surface_image(path)
        if name == LOSS:
            return window.files.export_loss_plot_image(path)
        if name == TRUTH_TABLE:
            view, title = window.truth_table, self.tr("truth table")
        else:
            dock = window.docks.dock(name)
            window.docks.show_view(name)
            # Laid out at its place before it is grabbed.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            view, title = dock.widget(), dock.windowTitle()
            if window.snapshot is not None:
                view.show_snapshot(window.snapshot)  # type: ignore[attr-defined]
        return window.files.write_image(title, path, view_image(view))

    @Slot()
    def _fill(self) -> None:
        self.clear()
        ready = self._window.snapshot is not None
        for name, title in self.views():
            action = self.addAction(title)
            action.setData(name)
            action.setEnabled(ready and self._can_export(name))

    def _can_export(self, name: str) -> bool:
        return name != SURFACE or self._window.files.export_surface_action.isEnabled()

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        name = action.data()
        choice = FileChoice(
            self.tr("Export {view} as PNG").format(view=action.text()),
            self.tr("PNG images (*.png)"),
            name,
            "png",
        )
        self._window.files.choose_file(choice, partial(self.export_view, name))
