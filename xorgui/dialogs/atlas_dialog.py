"""Training > Atlas: where training works, over two settings at once.

The learner picks two settings (learning rate and hidden width by default) and
their values; every pair is a cell, a sweep of the same seeds with everything
else from the main window's setup. Two heatmaps fill in as the cells finish, a
coarse pass of a few seeds first: the share of seeds that learned the gate,
and how many epochs they took. A note reads the picture in words; clicking a
cell offers its sweep or one of its seeds in the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, Signal, SignalInstance, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xorgui.core.atlas.axes import (
    AXIS_NAMES,
    DEFAULT_VALUES,
    DEFAULT_X,
    DEFAULT_Y,
    Axis,
    AxisError,
    parse_axis,
)
from xorgui.core.atlas.grid import (
    AtlasGrid,
    AtlasOutcome,
    AtlasSpec,
    Cell,
    typical_seed,
)
from xorgui.core.atlas.reading import read_atlas
from xorgui.core.config import MAX_EPOCHS, MIN_EPOCHS, TrainConfig
from xorgui.visuals.atlas.view import AtlasView
from xorgui.visuals.atlas.words import axis_error_text, axis_title, note_text
from xorgui.visuals.palette import BAD_NOTE, INFO_NOTE
from xorgui.visuals.setup_text import setup_text

DEFAULT_SEEDS = 100
MAX_SEEDS = 1000
PROGRESS_STEPS = 1000
"""The progress bar counts thousandths of a seed: a cell of a million epochs
moves it from its first chunk on."""


class AtlasRunning(Protocol):
    """What the dialog needs of the atlas's thread."""

    seeds_trained: SignalInstance
    grid_ready: SignalInstance
    atlas_finished: SignalInstance

    def start_atlas(self, spec: AtlasSpec) -> None: ...

    def cancel(self) -> None: ...


class AtlasDialog(QDialog):
    """Pick the axes, run the atlas, read it; closing the dialog cancels a run.

    `watch_requested(TrainConfig)`: show this setup and seed in the main window.
    `sweep_requested(TrainConfig, range)`: open the sweep for this setup and seeds.
    """

    watch_requested = Signal(object)
    sweep_requested = Signal(object, object)

    def __init__(
        self,
        runner: AtlasRunning,
        setup: Callable[[], TrainConfig],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("atlasDialog")
        self.setWindowTitle(self.tr("Atlas"))
        self._runner = runner
        self._setup = setup
        self.running = False
        self.grid: AtlasGrid | None = None
        self._cancelled = False
        self.selected: Cell | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        fields = QGridLayout()
        self.axis_names: list[QComboBox] = []
        self.axis_values: list[QLineEdit] = []
        for row, (label, name) in enumerate(
            [(self.tr("&Across"), DEFAULT_X), (self.tr("&Up"), DEFAULT_Y)]
        ):
            names = QComboBox(self)
            for axis in AXIS_NAMES:
                names.addItem(axis_title(axis), axis)
            names.setCurrentIndex(AXIS_NAMES.index(name))
            values = QLineEdit(DEFAULT_VALUES[name], self)
            values.setToolTip(
                self.tr(
                    "The values, separated by commas (1,2,4), or a range: "
                    "0.01:10:8log is eight learning rates spaced evenly on a log "
                    "scale, 0:4 the whole numbers 0 to 4. A set of inputs joins "
                    "them with +: x1+x2+x1x2."
                )
            )
            names.setToolTip(self.tr("The setting that varies along this side."))
            names.currentIndexChanged.connect(self._axis_picked)
            caption = QLabel(label, self)
            caption.setBuddy(names)
            fields.addWidget(caption, row, 0)
            fields.addWidget(names, row, 1)
            fields.addWidget(values, row, 2)
            self.axis_names.append(names)
            self.axis_values.append(values)
        self.seeds = QSpinBox(self)
        self.seeds.setRange(1, MAX_SEEDS)
        self.seeds.setValue(DEFAULT_SEEDS)
        self.seeds.setToolTip(
            self.tr("Seeds 0 to N-1 in every cell; the first pass trains 10 of them.")
        )
        self.epochs = QSpinBox(self)
        self.epochs.setRange(MIN_EPOCHS, min(MAX_EPOCHS, 1_000_000))
        self.epochs.setGroupSeparatorShown(True)
        self.epochs.setSingleStep(1000)
        self.epochs.setToolTip(self.tr("The epoch budget of every seed."))
        for row, (label, box) in enumerate(
            [
                (self.tr("&Seeds per cell"), self.seeds),
                (self.tr("&Epochs"), self.epochs),
            ]
        ):
            caption = QLabel(label, self)
            caption.setBuddy(box)
            fields.addWidget(caption, row, 3)
            fields.addWidget(box, row, 4)
        fields.setColumnStretch(2, 1)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(BAD_NOTE.style_sheet())
        self.error.hide()
        self.progress = QProgressBar(self)
        self.view = AtlasView(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(INFO_NOTE.style_sheet())
        self.cell_label = QLabel(self.tr("Click a cell to choose it."), self)
        self.cell_label.setWordWrap(True)
        self.sweep_button = QPushButton(self.tr("S&weep this setup..."), self)
        self.sweep_button.setToolTip(
            self.tr("Open the sweep of the chosen cell's setup, with its seeds.")
        )
        self.watch_button = QPushButton(self.tr("&Watch a seed"), self)
        self.watch_button.setToolTip(
            self.tr(
                "Train the chosen cell's typical seed (one that solved in about the "
                "median number of epochs) in the main window."
            )
        )
        cell_row = QHBoxLayout()
        cell_row.addWidget(self.cell_label, 1)
        cell_row.addWidget(self.sweep_button)
        cell_row.addWidget(self.watch_button)

        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start_button.setDefault(True)
        self.start_button.setToolTip(self.tr("Train every cell: a coarse pass first."))
        self.cancel_button = self.buttons.addButton(
            self.tr("&Cancel atlas"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button.setToolTip(self.tr("Stop; the cells done so far stay."))
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        run_row = QHBoxLayout()
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(fields)
        layout.addWidget(self.error)
        layout.addLayout(run_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addLayout(cell_row)

        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        close.clicked.connect(self.close)
        self.sweep_button.clicked.connect(self._sweep_cell)
        self.watch_button.clicked.connect(self._watch_cell)
        self.view.cell_clicked.connect(self.choose_cell)
        runner.seeds_trained.connect(self._on_seeds_trained)
        runner.grid_ready.connect(self._on_grid)
        runner.atlas_finished.connect(self._on_finished)
        self.epochs.setValue(self._setup().epochs)
        self.epochs.valueChanged.connect(self.refresh_setup)
        self.refresh_setup()
        for names, values in zip(self.axis_names, self.axis_values, strict=True):
            names.currentIndexChanged.connect(self._preview)
            values.textChanged.connect(self._preview)
        self.seeds.valueChanged.connect(self._preview)
        self._preview()
        self.note.setText(note_text(None))
        self._update_buttons()
        self.resize(1100, 760)

    @Slot()
    def refresh_setup(self) -> None:
        """Say which setup the cells start from (the main window's, now)."""
        self.intro.setText(
            self.tr(
                "Trains a sweep for every pair of values of two settings, with "
                "everything else from the main window's setup:<br><b>{setup}</b>"
            ).format(
                setup=setup_text(self._setup().with_changes(epochs=self.epochs.value()))
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the texts made with values, in it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh_setup()
            self._word_progress()
            self.note.setText(
                note_text(None if self.grid is None else read_atlas(self.grid))
            )
            self._update_cell()

    def spec(self) -> AtlasSpec | str:
        """The atlas the fields describe, or what is wrong with them, in words."""
        axes: list[Axis] = []
        sides = (self.tr("Across"), self.tr("Up"))
        for side, names, values in zip(
            sides, self.axis_names, self.axis_values, strict=True
        ):
            try:
                axes.append(parse_axis(f"{names.currentData()}={values.text()}"))
            except AxisError as exc:
                return axis_error_text(exc, side)
        base = self._setup().with_changes(epochs=self.epochs.value())
        try:
            return AtlasSpec(base, axes[0], axes[1], range(self.seeds.value()))
        except AxisError as exc:
            return axis_error_text(exc, "")

    @Slot()
    def _preview(self) -> None:
        """The atlas's axes as the fields give them, before it trains."""
        spec = self.spec()
        if not self.running and not isinstance(spec, str):
            self.view.show_axes(spec)

    @Slot()
    def start(self) -> None:
        """Check the fields and start the atlas."""
        if self.running:
            return
        spec = self.spec()
        if isinstance(spec, str):
            self.error.setText(spec)
            self.error.show()
            return
        self.error.hide()
        self.refresh_setup()
        self.running = True
        self.selected = None
        self.view.mark_cell(None)
        self.cell_label.setText(self.tr("Click a cell to choose it."))
        self.watch_button.setText(self.tr("&Watch a seed"))
        nx, ny = spec.shape
        self.progress.setRange(0, nx * ny * len(spec.seeds) * PROGRESS_STEPS)
        self.progress.setValue(0)
        self._cancelled = False
        self._show(AtlasGrid(spec, {}, 0, finished=False))
        self._word_progress()
        self._runner.start_atlas(spec)

    def _word_progress(self) -> None:
        """What the progress bar counts (or that the atlas was cancelled)."""
        if self.grid is None:
            return
        if self._cancelled:
            self.progress.setFormat(self.tr("Cancelled at %p%"))
            return
        nx, ny = self.grid.spec.shape
        self.progress.setFormat(
            self.tr("%p% of {cells} cells x {seeds} seeds").format(
                cells=nx * ny, seeds=len(self.grid.spec.seeds)
            )
        )

    @Slot()
    def cancel(self) -> None:
        if self.running:
            self._runner.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)

    @Slot(float)
    def _on_seeds_trained(self, seeds: float) -> None:
        if self.running:
            self.progress.setValue(int(seeds * PROGRESS_STEPS))

    @Slot(object)
    def _on_grid(self, grid: AtlasGrid) -> None:
        if not self.running:
            return
        self._show(grid)

    @Slot(object)
    def _on_finished(self, outcome: AtlasOutcome) -> None:
        if not self.running:
            return
        self.running = False
        if outcome.error is not None:
            self.error.setText(
                self.tr("The atlas stopped because of an error: {error}").format(
                    error=outcome.error
                )
            )
            self.error.show()
        elif outcome.grid is not None:
            self._show(outcome.grid)
            self._cancelled = outcome.cancelled
            self._word_progress()
        self._update_buttons()

    def _show(self, grid: AtlasGrid) -> None:
        self.grid = grid
        done = grid.seeds_trained * PROGRESS_STEPS
        self.progress.setValue(max(self.progress.value(), done))
        self.view.show_grid(grid)
        self.note.setText(note_text(read_atlas(grid)))
        self._update_cell()

    @Slot(object)
    def choose_cell(self, cell: Cell) -> None:
        """Make `cell` the one the buttons below the maps act on."""
        self.selected = cell
        self._update_cell()

    def _update_cell(self) -> None:
        cell = self.selected
        if cell is not None and self.grid is not None:
            self.cell_label.setText(
                self.tr("Chosen: {cell}").format(cell=self.view.describe(cell))
            )
            self.view.mark_cell(cell)
            result = self.grid.results.get(cell)
            if result is not None:
                self.watch_button.setText(
                    self.tr("&Watch seed {seed}").format(seed=typical_seed(result))
                )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(not self.running)
        self.cancel_button.setEnabled(self.running)
        for widget in [*self.axis_names, *self.axis_values, self.seeds, self.epochs]:
            widget.setEnabled(not self.running)
        chosen = (
            self.selected is not None
            and self.grid is not None
            and self.selected in self.grid.results
        )
        self.sweep_button.setEnabled(chosen)
        self.watch_button.setEnabled(chosen)

    @Slot(int)
    def _axis_picked(self, _index: int) -> None:
        """A newly picked setting gets its usual values."""
        for names, values in zip(self.axis_names, self.axis_values, strict=True):
            if names is self.sender():
                values.setText(DEFAULT_VALUES[names.currentData()])

    @Slot()
    def _sweep_cell(self) -> None:
        if self.grid is None or self.selected is None:
            return
        self.sweep_requested.emit(
            self.grid.spec.config(self.selected), self.grid.spec.seeds
        )

    @Slot()
    def _watch_cell(self) -> None:
        if (
            self.grid is None
            or self.selected is None
            or self.selected not in self.grid.results
        ):
            return
        result = self.grid.results[self.selected]
        seed = typical_seed(result)
        self.watch_requested.emit(
            self.grid.spec.config(self.selected).with_changes(seed=seed)
        )
