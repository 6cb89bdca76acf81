"""Pinned runs: keep the current run to compare the next ones with.

Training > Pin this run (Ctrl+P) keeps the run's setup, loss curve and
surface; its curve stays on the loss plot under the current one, named by
what sets it apart (its settings, a preset's weights, edits by hand), and the
"Pinned runs" dock shows its final surface with the loss as the status bar
shows it. Training > Clear pinned runs forgets them all. The pinned runs are
the run model's (`RunModel.pins`): a session file saves and restores them
there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from xorgui.core.config import TrainConfig
from xorgui.core.config_difference import config_differences
from xorgui.core.hand_edit.preset import PRESET_NAME
from xorgui.core.pinned import MAX_PINNED, PinnedRun
from xorgui.visuals.language_change import worded
from xorgui.visuals.pinned_view import PinnedSurfaceView
from xorgui.visuals.run_labels import difference_text, run_label
from xorgui.window.menus import add_to_menu

if TYPE_CHECKING:
    from xorgui.core.snapshot import Snapshot
    from xorgui.visuals.loss.plot import LossPlot
    from xorgui.window.run_model import RunModel
    from xorgui.window.status_bar import RunStatusBar
    from xorgui.window.surface_pane import SurfacePane
    from xorgui.window.view_docks import ViewDocks

DOCK_NAME = "pinned"


class Pins(QObject):
    """The window's pinned runs (at most MAX_PINNED), their actions and dock."""

    def __init__(
        self,
        window: QWidget,
        model: RunModel,
        docks: ViewDocks,
        loss_plot: LossPlot,
        surface_pane: SurfacePane,
        status: RunStatusBar,
        training_menu: QMenu,
        view_menu: QMenu,
        before_view: QAction,
    ) -> None:
        super().__init__(window)
        self._model = model
        self._namings: dict[str, Naming] = {}
        """What named each run pinned here, by its name: it is named again in
        a new language (a session's pinned runs keep the names they came with)."""
        self._docks = docks
        self._loss_plot = loss_plot
        self._surface_pane = surface_pane
        self._status = status
        self.pin_action = QAction(self.tr("&Pin this run"), window)
        self.pin_action.setShortcut(QKeySequence("Ctrl+P"))
        self.pin_action.triggered.connect(self.pin_current)
        self.clear_action = QAction(self.tr("C&lear pinned runs"), window)
        self.clear_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.clear_action.setToolTip(
            self.tr("Remove every pinned run from the loss plot and the view.")
        )
        self.clear_action.triggered.connect(self.clear)
        worded(self, self._reword)
        self.view = PinnedSurfaceView()
        self.dock = docks.add(DOCK_NAME, self.tr("Pinned runs"), self.view)
        self.dock.hide()  # until a run is pinned (or the saved layout shows it)
        # The actions at the end of Training; the dock's show/hide action in
        # View, after the other views' (before `before_view`'s separator).
        add_to_menu(training_menu, [None, *self.actions()])
        present = view_menu.actions()
        last_view = present[present.index(before_view) - 2]
        add_to_menu(view_menu, [self.dock.toggleViewAction()], after=last_view)
        model.pins_changed.connect(self._show)
        self._show()

    def _reword(self) -> None:
        """The texts made with values, in the language the app shows now."""
        self._word_actions()
        self._rename()

    def _rename(self) -> None:
        """The runs pinned here, named again (in a new language)."""
        runs = self._model.pins
        if not any(run.label in self._namings for run in runs):
            return
        namings: dict[str, Naming] = {}
        renamed: list[PinnedRun] = []
        for run in runs:
            naming = self._namings.get(run.label)
            if naming is not None:
                taken = {other.label for other in renamed}
                run = replace(run, label=_unique(self._name(naming), taken))
                namings[run.label] = naming
            renamed.append(run)
        self._namings = namings
        self._model.set_pins(renamed)

    def _word_actions(self) -> None:
        """Pin's tip, made with the most runs kept, and both status tips."""
        self.pin_action.setToolTip(
            self.tr(
                "Keep this run's loss curve on the plot and its surface in the "
                "Pinned runs view, then change one thing and train again to "
                "compare (up to {count} runs)."
            ).format(count=MAX_PINNED)
        )
        for action in (self.pin_action, self.clear_action):
            action.setStatusTip(action.toolTip())

    def actions(self) -> list[QAction]:
        return [self.pin_action, self.clear_action]

    def runs(self) -> list[PinnedRun]:
        """The pinned runs, oldest first."""
        return self._model.pins

    @Slot()
    def pin_current(self) -> PinnedRun | None:
        """Pin the run the window shows now; None (and a word in the status
        bar) when there is nothing to pin or no room."""
        snapshot = self._model.snapshot
        runs = self._model.pins
        if snapshot is None or snapshot.epoch == 0:
            self._status.say(self.tr("Nothing to pin yet: train the run first."))
            return None
        if len(runs) >= MAX_PINNED:
            self._status.say(
                self.tr(
                    "{count} runs are pinned already, the most there can be: "
                    "Training > Clear pinned runs first."
                ).format(count=MAX_PINNED)
            )
            return None
        naming = _naming(snapshot)
        run = PinnedRun(
            label=_unique(self._name(naming), {run.label for run in runs}),
            config=snapshot.config,
            epoch=snapshot.epoch,
            history_epochs=snapshot.history_epochs,
            history_losses=snapshot.history_losses,
            surface=snapshot.surface,
            loss=snapshot.loss,
        )
        self._namings[run.label] = naming
        self._model.set_pins([*runs, run])
        self._docks.show_view(DOCK_NAME)
        self._status.say(
            self.tr(
                "Pinned this run ({label}). Change one thing and train again."
            ).format(label=run.label)
        )
        return run

    @Slot()
    def clear(self) -> None:
        """Forget every pinned run."""
        had = bool(self._model.pins)
        self._namings = {}
        self._model.set_pins([])
        if had:
            self._status.say(self.tr("Cleared the pinned runs."))

    def restore(self, runs: Sequence[PinnedRun]) -> None:
        """Show these runs as the pinned ones (a session file's), the first
        MAX_PINNED of them."""
        self._model.set_pins(list(runs)[:MAX_PINNED])

    def _name(self, naming: Naming) -> str:
        """The run named by what sets it apart: its settings that differ from
        the article's, a preset that set its weights (its seed then does not
        matter) and whether a person edited it by hand."""
        config = naming.config
        if not naming.presets:
            words = [run_label(config)]
        else:
            words = [
                self.tr("hand-made XOR") if preset == PRESET_NAME else preset
                for preset in sorted(naming.presets)
            ]
            reference = TrainConfig().with_changes(seed=config.seed)
            if config_differences(config, reference):
                words.append(difference_text(config, reference))
        if naming.by_hand:
            words.append(self.tr("edited by hand"))
        return self.tr(", ").join(words)

    @Slot()
    def _show(self) -> None:
        runs = self._model.pins
        self._loss_plot.set_pinned(runs)
        view = self._surface_pane.view
        self.view.set_runs(runs, opengl=view is not None and view.uses_opengl)
        self.clear_action.setEnabled(bool(runs))


@dataclass(frozen=True, slots=True)
class Naming:
    """What a pinned run is named by: its setup, the presets that set its
    weights, whether a person edited it by hand."""

    config: TrainConfig
    presets: frozenset[str]
    by_hand: bool


def _naming(snapshot: Snapshot) -> Naming:
    return Naming(
        snapshot.config,
        frozenset(edit.preset for edit in snapshot.edits if edit.preset is not None),
        any(edit.preset is None for edit in snapshot.edits),
    )


def _unique(label: str, taken: set[str]) -> str:
    """`label`, numbered when a pinned run has it already."""
    number = 1
    unique = label
    while unique in taken:
        number += 1
        unique = f"{label} ({number})"
    return unique
