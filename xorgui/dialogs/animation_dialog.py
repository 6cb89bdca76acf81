"""File > Export animation's questions: the file (its extension says the
format), how many frames at what rate, spaced how, how large, and whether the
loss plot stands beside the surface."""

from __future__ import annotations

import os

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xorgui.core.animation.epochs import (
    MAX_FPS,
    MAX_FRAMES,
    MIN_FPS,
    MIN_FRAMES,
    AnimationOptions,
    Spacing,
)
from xorgui.core.animation.file import animation_format, play_seconds
from xorgui.dialogs.file_dialogs import FolderMemory, ask_save_path
from xorgui.visuals.palette import BAD, WARNING_NOTE

SIZES = ((640, 480), (800, 600), (1280, 720))


class AnimationDialog(QDialog):
    """Asks where and how to write the animation; `options()` and `path()` say
    what was chosen once it is accepted. A path whose extension is not an
    animation's is refused in the dialog, which stays open."""

    def __init__(
        self,
        parent: QWidget,
        folders: FolderMemory,
        suggested_path: str,
        chosen: AnimationOptions,
        note: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export animation"))
        self._folders = folders
        self.path_edit = QLineEdit(suggested_path, self)
        self.path_edit.setToolTip(
            self.tr("The file to write: .gif, .mp4 or .webp, by its extension.")
        )
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("&Browse..."), self)
        browse.setToolTip(self.tr("Choose the file in a file dialog."))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)

        self.frames = _spin(self, MIN_FRAMES, MAX_FRAMES, chosen.frames)
        self.frames.setToolTip(self.tr("How many pictures of the run the file holds."))
        self.fps = _spin(self, MIN_FPS, MAX_FPS, chosen.fps)
        self.fps.setToolTip(self.tr("Frames shown per second when it plays."))
        self.spacing = QComboBox(self)
        self.spacing.addItem(self.tr("Where the loss moves"), Spacing.LOSS)
        self.spacing.addItem(self.tr("Evenly in epochs"), Spacing.EPOCHS)
        self.spacing.setCurrentIndex(self.spacing.findData(chosen.spacing))
        self.spacing.setToolTip(
            self.tr(
                "Where the loss moves: half the frames evenly over the epochs, "
                "half where the loss changes, so the long plateau and the quick "
                "drop both show. Evenly in epochs: the same number of epochs "
                "between any two frames."
            )
        )
        self.frame_size = QComboBox(self)
        for width, height in SIZES:
            self.frame_size.addItem(f"{width} x {height}")
        if chosen.size in SIZES:
            self.frame_size.setCurrentIndex(SIZES.index(chosen.size))
        self.frame_size.setToolTip(
            self.tr("Width and height of every frame, in pixels.")
        )
        self.loss_plot = QCheckBox(self.tr("Show the &loss plot beside the surface"))
        self.loss_plot.setChecked(chosen.loss_plot)
        self.loss_plot.setToolTip(
            self.tr("The loss curve, filling in up to each frame's epoch.")
        )
        self.length = QLabel(self)
        self.frames.valueChanged.connect(self._show_length)
        self.fps.valueChanged.connect(self._show_length)

        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)  # a row of two: Alt+F types the path
        form.addRow(file_label, file_row)
        form.addRow(self.tr("F&rames:"), self.frames)
        form.addRow(self.tr("Frames per &second:"), self.fps)
        form.addRow("", self.length)
        form.addRow(self.tr("S&pacing:"), self.spacing)
        form.addRow(self.tr("Si&ze:"), self.frame_size)
        form.addRow("", self.loss_plot)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"QLabel {{ color: {BAD}; }}")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if note:
            notice = QLabel(note, self)
            notice.setWordWrap(True)
            notice.setStyleSheet(WARNING_NOTE.style_sheet())
            layout.addWidget(notice)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._show_length()

    def path(self) -> str:
        return os.path.abspath(os.path.expanduser(self.path_edit.text().strip()))

    def options(self) -> AnimationOptions:
        return AnimationOptions(
            frames=self.frames.value(),
            fps=self.fps.value(),
            spacing=Spacing(self.spacing.currentData()),
            size=SIZES[self.frame_size.currentIndex()],
            loss_plot=self.loss_plot.isChecked(),
        )

    def accept(self) -> None:
        """Close only with a file name an animation can have."""
        if not self.path_edit.text().strip():
            self._refuse(self.tr("Give the file a name, e.g. xor-training.gif."))
            return
        try:
            animation_format(self.path())
        except ValueError:
            self._refuse(
                self.tr(
                    "The file must end in .gif, .mp4 or .webp: its extension "
                    "chooses the format."
                )
            )
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.path_edit.setFocus()

    @Slot()
    def _path_changed(self) -> None:
        self.problem.hide()
        self._show_length()

    @Slot()
    def _show_length(self) -> None:
        """How long the file will play: a GIF's frame delay in 10 ms steps."""
        try:
            format = animation_format(self.path())
        except ValueError:
            format = "MP4"  # the exact rate until the extension says otherwise
        seconds = play_seconds(format, self.frames.value(), self.fps.value())
        self.length.setText(
            self.tr("plays for {seconds:.2f} s").format(seconds=seconds)
        )

    @Slot()
    def _browse(self) -> None:
        path = ask_save_path(
            self,
            self._folders,
            self.tr("Export animation"),
            os.path.basename(self.path()),
            self.tr(
                "GIF animations (*.gif);;MP4 videos (*.mp4);;WebP animations (*.webp)"
            ),
        )
        if path:
            self.path_edit.setText(path)


def _spin(parent: QWidget, low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setValue(value)
    return box
