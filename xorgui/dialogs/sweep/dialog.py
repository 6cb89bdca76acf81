"""Training > Sweep seeds: many seeds of the current setup at once.

Whether a 2-2-1 network learns XOR depends on its initial weights: some seeds
sit on the plateau for the whole budget. The dialog trains a range of seeds
together (in the training worker, as `xorgui sweep` does), then shows how many
learned the gate, a histogram of how long they took, and lets the learner
watch any one seed in the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from xorgui.core.config import MAX_SEED, TrainConfig
from xorgui.core.job_results import SweepOutcome
from xorgui.dialogs.file_dialogs import FolderMemory, ask_save_path
from xorgui.dialogs.sweep.histogram import SweepHistogram
from xorgui.dialogs.sweep.summary import result_summary, seed_to_watch
from xorgui.visuals.palette import BAD_NOTE
from xorgui.visuals.refusal_words import words_text
from xorgui.visuals.setup_text import setup_text

if TYPE_CHECKING:
    from xorgui.core.sweep.result import SweepResult

MAX_SEEDS = 10_000
DEFAULT_SEEDS = 1000
STATUS_MESSAGE_MS = 8000
DEFAULT_PROGRESS_FORMAT = "%p%"
"""The progress bar's own format: no sweep has been started yet."""


class SweepRunner(Protocol):
    """What the dialog needs of the training worker: start and cancel a sweep,
    and hear its progress (epochs done, of all) and its `SweepOutcome`."""

    sweep_progress: SignalInstance
    sweep_finished: SignalInstance

    def sweep(self, config: TrainConfig, seeds: range) -> None: ...

    def cancel_sweep(self) -> None: ...


def same_setup(first: TrainConfig, second: TrainConfig) -> bool:
    """Whether a sweep of `first` answers for `second`: all but the seed agree."""
    return first.with_changes(seed=0) == second.with_changes(seed=0)


class SweepDialog(QDialog):
    """Run a sweep of the main window's setup and show how the seeds fared.

    `watch_seed(int)` asks the main window to show that seed. Closing the
    dialog cancels a sweep that is running. Results always name the setup they
    came from; when the setup to sweep changes they are marked stale and
    can no longer be watched. The setup is the main window's, or an atlas
    cell's (`sweep_setup`) until the dialog is opened for the window's again.
    """

    watch_seed = Signal(int)

    def __init__(
        self,
        worker: SweepRunner,
        setup: Callable[[], TrainConfig],
        settings: FolderMemory,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sweepDialog")
        self.setWindowTitle(self.tr("Sweep seeds"))
        self._worker = worker
        self._setup = setup
        self._settings = settings
        self._config = setup()
        self._cell: TrainConfig | None = None
        self.sweep_result: SweepResult | None = None
        self.running = False

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.first_seed = QSpinBox(self)
        self.first_seed.setRange(0, MAX_SEED)
        self.first_seed.setToolTip(self.tr("The first seed of the range."))
        self.seed_count = QSpinBox(self)
        self.seed_count.setRange(2, MAX_SEEDS)
        self.seed_count.setSingleStep(100)
        self.seed_count.setValue(DEFAULT_SEEDS)
        self.seed_count.setGroupSeparatorShown(True)
        self._word_seed_count()
        form = QFormLayout()
        form.addRow(self.tr("&First seed"), self.first_seed)
        form.addRow(self.tr("&Seeds"), self.seed_count)

        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.histogram = SweepHistogram(self)

        self.stale = QLabel(self)
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet(BAD_NOTE.style_sheet())
        self.stale.hide()
        self.unsolved_label = QLabel(self.tr("&Not solved within the budget"), self)
        self.unsolved = QListWidget(self)
        self.unsolved.setMaximumHeight(90)
        self.unsolved.setToolTip(
            self.tr(
                "Every seed that had not learned the gate when the epoch budget ran "
                "out. Click one to train it in the main window."
            )
        )
        self.unsolved_label.setBuddy(self.unsolved)

        self.watch_seed_box = QSpinBox(self)
        self.watch_seed_box.setRange(0, MAX_SEED)
        self.watch_seed_box.setToolTip(self.tr("A seed to train in the main window."))
        self.watch_button = QPushButton(self.tr("&Watch in the main window"), self)
        self.watch_button.setToolTip(
            self.tr("Set the main window's seed to this one and start it afresh.")
        )
        watch_row = QHBoxLayout()
        watch_row.addWidget(QLabel(self.tr("Seed"), self))
        watch_row.addWidget(self.watch_seed_box, 1)
        watch_row.addWidget(self.watch_button)

        self.buttons = QDialogButtonBox(self)
        self.run_button = self.buttons.addButton(
            self.tr("&Run"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.run_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("&Cancel sweep"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button = self.buttons.addButton(
            self.tr("&Export CSV..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setToolTip(
            self.tr("Save seed, final_loss, solved, epochs_to_solve for every seed.")
        )
        self.close_button = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Close
        )

        self.status_bar = QStatusBar(self)
        self.status_bar.setSizeGripEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.stale)
        layout.addWidget(self.summary)
        layout.addWidget(self.histogram, 1)
        layout.addWidget(self.unsolved_label)
        layout.addWidget(self.unsolved)
        layout.addLayout(watch_row)
        layout.addWidget(self.buttons)
        layout.addWidget(self.status_bar)

        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self._choose_export)
        self.close_button.clicked.connect(self.close)
        self.watch_button.clicked.connect(self._watch)
        self.unsolved.itemClicked.connect(self._watch_listed)
        self.unsolved.itemActivated.connect(self._watch_listed)
        worker.sweep_progress.connect(self._on_progress)
        worker.sweep_finished.connect(self._on_finished)
        self.refresh_setup()
        self._show_result(None)
        self._update_buttons()
        self.resize(600, 690)

    def setup(self) -> TrainConfig:
        """The setup Run sweeps (its seed aside), whose seeds Watch shows."""
        return self._config

    def follow_window(self) -> None:
        """Sweep the main window's setup again (after an atlas cell's)."""
        self._cell = None
        self.refresh_setup()

    def sweep_setup(self, config: TrainConfig, seeds: range) -> None:
        """Sweep `seeds` of `config` (an atlas cell's) now, leaving the main
        window's run as it is; its results are shown when done."""
        self._cell = config
        self.first_seed.setValue(seeds.start)
        self.seed_count.setValue(len(seeds))
        self.start()

    @Slot()
    def refresh_setup(self) -> None:
        """Show the setup to sweep (less its seed): what Run will train; mark
        results of another setup stale."""
        if self.running:
            return
        self._config = self._cell or self._setup()
        self._word_intro()
        self._update_stale()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the texts made with values, in it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._word_intro()
            self._word_seed_count()
            if self.progress.format() != DEFAULT_PROGRESS_FORMAT:
                self._word_progress()
            if not self.running:
                self._show_result(self.sweep_result)
            self._update_stale()

    def _word_progress(self) -> None:
        self.progress.setFormat(
            self.tr("%p% of {epochs:,} epochs").format(epochs=self.progress.maximum())
        )

    def _word_seed_count(self) -> None:
        self.seed_count.setToolTip(
            self.tr(
                "How many seeds to train, each from its own initial weights "
                "(2 to {max:,})."
            ).format(max=MAX_SEEDS)
        )

    def _word_intro(self) -> None:
        """What the sweep will train, in words."""
        config = self._config
        intro = (
            self.tr(
                "Trains many seeds of the main window's setup together, each from "
                "its own initial weights, to show how often it learns "
                "{gate}.<br><b>{setup}</b><br>Training in the main window waits "
                "meanwhile; Cancel stops the sweep."
            )
            if self._cell is None
            else self.tr(
                "Trains many seeds of the atlas cell's setup together, each from "
                "its own initial weights, to show how often it learns "
                "{gate}.<br><b>{setup}</b><br>The main window's run waits "
                "meanwhile and is kept; Cancel stops the sweep."
            )
        )
        self.intro.setText(
            intro.format(gate=config.gate.upper(), setup=setup_text(config))
        )

    def is_stale(self) -> bool:
        """Whether the results shown are of another setup than the main window's."""
        return self.sweep_result is not None and not same_setup(
            self.sweep_result.config, self._config
        )

    def _update_stale(self) -> None:
        stale = self.is_stale()
        self.stale.setVisible(stale)
        if stale:
            self.stale.setText(
                self.tr(
                    "These results are for another setup than the one above. "
                    "Press Run to sweep it."
                )
            )

    @Slot()
    def start(self) -> None:
        """Start a sweep over the seeds chosen."""
        if self.running:
            return
        self.refresh_setup()
        first = self.first_seed.value()
        seeds = range(first, min(first + self.seed_count.value(), MAX_SEED + 1))
        self.running = True
        self.progress.setRange(0, self._config.epochs)
        self.progress.setValue(0)
        self._word_progress()
        self.summary.setText(
            self.tr("Training {count:,} seeds ({first} to {last})...").format(
                count=len(seeds), first=seeds.start, last=seeds.stop - 1
            )
        )
        self._update_buttons()
        self._worker.sweep(self._config, seeds)

    @Slot()
    def cancel(self) -> None:
        """Stop a running sweep; nothing is shown for it."""
        if self.running:
            self._worker.cancel_sweep()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.running:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    @Slot(object)
    def _on_finished(self, outcome: SweepOutcome) -> None:
        if not self.running:
            return
        self.running = False
        if outcome.error is not None:
            self.summary.setText(
                self.tr("The sweep stopped because of an error: {error}").format(
                    error=outcome.error
                )
            )
        elif outcome.result is None:
            self.summary.setText(self.tr("Sweep cancelled."))
            self.progress.setValue(0)
        else:
            self._show_result(outcome.result)
        self.refresh_setup()

    def _show_result(self, result: SweepResult | None) -> None:
        self.sweep_result = result
        self.histogram.show_result(result)
        self.unsolved.clear()
        self.unsolved_label.setVisible(result is not None)
        self.unsolved.setVisible(result is not None)
        if result is None:
            return
        self.summary.setText(result_summary(result))
        self.watch_seed_box.setValue(seed_to_watch(result))
        for index in np.flatnonzero(~result.solved):
            item = QListWidgetItem(
                self.tr("seed {seed} (final loss {loss:.4g})").format(
                    seed=result.seeds[index], loss=result.final_loss[index]
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, int(result.seeds[index]))
            self.unsolved.addItem(item)

    def bars(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """The histogram as drawn: (left edges, heights) of each set of bars."""
        return self.histogram.bars()

    def _update_buttons(self) -> None:
        self.run_button.setEnabled(not self.running)
        self.cancel_button.setEnabled(self.running)
        self.first_seed.setEnabled(not self.running)
        self.seed_count.setEnabled(not self.running)
        self.export_button.setEnabled(
            not self.running and self.sweep_result is not None
        )
        watchable = not self.running and not self.is_stale()
        self.watch_button.setEnabled(watchable)
        self.unsolved.setEnabled(watchable)

    @Slot()
    def _watch(self) -> None:
        self.watch_seed.emit(self.watch_seed_box.value())

    @Slot(QListWidgetItem)
    def _watch_listed(self, item: QListWidgetItem) -> None:
        """A seed clicked in the list of unsolved ones: watch it."""
        if not self.unsolved.isEnabled():
            return
        self.watch_seed_box.setValue(item.data(Qt.ItemDataRole.UserRole))
        self._watch()

    @Slot()
    def _choose_export(self) -> None:
        from xorgui.core.export import export_name

        if self.sweep_result is None:
            return
        seeds = self.sweep_result.seeds
        name = export_name(
            self.sweep_result.config,
            "sweep",
            "csv",
            seeds=range(int(seeds[0]), int(seeds[-1]) + 1),
        )
        path = ask_save_path(
            self,
            self._settings,
            self.tr("Export sweep"),
            name,
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> bool:
        """Write the result's CSV to `path` and say so; a failure is explained in
        a dialog."""
        from xorgui.core.files import ExportError, write_text

        if self.sweep_result is None:
            return False
        try:
            write_text(path, self.sweep_result.csv())
        except ExportError as exc:
            QMessageBox.warning(
                self, self.tr("Could not export the sweep"), words_text(exc.words)
            )
            return False
        self.status_bar.showMessage(
            self.tr("Saved the sweep ({count:,} seeds) to {path}").format(
                count=len(self.sweep_result.seeds), path=path
            ),
            STATUS_MESSAGE_MS,
        )
        return True
