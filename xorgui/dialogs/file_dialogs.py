"""Asking for a file to open or save, everywhere in the app the same way.

Every dialog starts in one folder, the last one a file was opened or saved in
(remembered in the settings; the home folder the first time), and a save
dialog suggests a name that says what the file holds.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


@dataclass(frozen=True, slots=True)
class FileChoice:
    """What a file dialog asks: its title and filter; for a save, what the file
    holds and its extension, from which the suggested name is made."""

    title: str
    filter: str
    what: str = ""
    extension: str = ""
    with_epoch: bool = True


class FolderMemory(Protocol):
    """Where the last folder is kept (the window's Settings)."""

    def last_folder(self) -> str | None: ...

    def set_last_folder(self, folder: str) -> None: ...


def _folder(settings: FolderMemory) -> str:
    folder = settings.last_folder()
    return folder if folder and os.path.isdir(folder) else QDir.homePath()


def ask_save_path(
    parent: QWidget, settings: FolderMemory, title: str, name: str, file_filter: str
) -> str | None:
    """The path chosen to save to (with `name`'s extension if none was typed,
    and then asked about again if that file exists), or None when cancelled;
    its folder becomes the next dialog's."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, os.path.join(_folder(settings), name), file_filter
    )
    if not path:
        return None
    if not os.path.splitext(path)[1]:
        path += os.path.splitext(name)[1]
        # The dialog asked about the name as typed; this one is new to it.
        if os.path.exists(path) and not _may_replace(parent, title, path):
            return None
    settings.set_last_folder(os.path.dirname(path))
    return path


def _may_replace(parent: QWidget, title: str, path: str) -> bool:
    """Ask whether the existing file `path` may be replaced (No by default)."""
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "file_dialogs", "{name} already exists. Do you want to replace it?"
        ).format(name=os.path.basename(path)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_open_path(
    parent: QWidget, settings: FolderMemory, title: str, file_filter: str
) -> str | None:
    """The path chosen to open, or None; its folder becomes the next dialog's."""
    path, _ = QFileDialog.getOpenFileName(parent, title, _folder(settings), file_filter)
    if not path:
        return None
    settings.set_last_folder(os.path.dirname(path))
    return path
