"""The training worker's one-off jobs: a sweep of many seeds, the exports, an
edit by hand, and writing and reading a session file.

Each runs in the worker's thread, between chunks of training, and returns a
value for a signal; none touches the run session's state (an edit changes the
model, not whether the run is paused, ready or finished).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from xorgui.core.config import TrainConfig
from xorgui.core.hand_edit.edits import HandEditError, ParameterRef
from xorgui.core.job_results import ExportResult, SessionRead, SweepOutcome
from xorgui.core.network import Layer
from xorgui.core.session.run_session import RunState
from xorgui.visuals.network.edit_words import problem_words

if TYPE_CHECKING:
    from xorgui.core.pinned import PinnedRun
    from xorgui.core.session.file import SavedRun
    from xorgui.core.session.run_session import RunSession
    from xorgui.core.training.trainer import Trainer

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


@cache
def sweep_threads() -> int:
    """Torch's own thread count for this machine, read once, before the worker
    sets one thread for training (torch keeps the count per thread, starting
    new threads from the last one set)."""
    import torch

    return torch.get_num_threads()


def sweep_job(
    config: TrainConfig,
    seeds: range,
    progress: Callable[[int, int], None],
    cancel: threading.Event,
) -> SweepOutcome:
    """Train every seed of `seeds` at once with all of torch's threads; training
    goes back to one thread after. An error is the outcome, not an exception:
    the sweep's window reports it and training goes on."""
    import torch

    from xorgui.core.sweep.run import SweepCancelled, run_sweep

    torch.set_num_threads(sweep_threads())
    try:
        return SweepOutcome(run_sweep(config, seeds, progress=progress, cancel=cancel))
    except SweepCancelled:
        return SweepOutcome(None)
    except Exception as exc:  # reported in the sweep's window, training goes on
        traceback.print_exc()
        return SweepOutcome(None, f"{type(exc).__name__}: {exc}")
    finally:
        torch.set_num_threads(1)


def export_job(trainer: Trainer | None, kind: str, path: str) -> ExportResult:
    """Write the trainer's loss record ("history", as `epoch,loss` CSV) or its
    checkpoint ("model") to `path`; a failure is the result's message."""
    from xorgui.core.export import save_loss_csv
    from xorgui.core.files import ExportError
    from xorgui.core.model_file import save_model

    error = None
    try:
        if trainer is None:
            raise ExportError("engine_not_started")
        if kind == "history":
            notes = [edit.note for edit in trainer.edits]
            save_loss_csv(path, *trainer.loss_record(), notes)
        else:
            save_model(path, trainer.save_model())
    except ExportError as exc:
        error = exc.words
    return ExportResult(kind, path, error)


def save_session_job(
    run: SavedRun | None,
    pinned: tuple[PinnedRun, ...],
    layout: dict[str, bytes],
    path: str,
) -> ExportResult:
    """Write `run` (None: the engine has not started), `pinned` and `layout`
    as a session file to `path`; a failure is the result's message."""
    from xorgui.core.files import ExportError
    from xorgui.core.session.file import SessionData, save_session

    error = None
    try:
        if run is None:
            raise ExportError("engine_not_started")
        save_session(path, SessionData(run, pinned, layout))
    except ExportError as exc:
        error = exc.words
    return ExportResult("session", path, error)


def read_session_job(path: str) -> SessionRead:
    """The session file at `path`, read and checked (the reader refuses a run
    whose tip its checkpoints cannot replay); or the Refusal that says why it
    cannot be used."""
    from xorgui.core.refusal import Refusal
    from xorgui.core.session.file import load_session

    try:
        return SessionRead(path, load_session(path))
    except Refusal as refusal:
        return SessionRead(path, None, refusal)


def edit_job(
    session: RunSession | None,
    what: ParameterRef | tuple[Layer, ...],
    detail: Any,
    refuse: Callable[[str], object],
) -> bool:
    """Set one parameter (`what` a ParameterRef, `detail` its value) or all of
    them (`what` the layers, `detail` a preset's name or None) in the session's
    model and return True; or tell `refuse` why not, in words for the status
    bar, and return False.

    Refused while training (the edit would race the chunk being trained) and
    after a divergence or failure (Reset starts again).
    """
    if session is None:
        reason = edit_block(RunState.LOADING)
    elif session.training:
        reason = edit_block(RunState.RUNNING)
    else:
        reason = edit_block(session.state)
    if reason is None and session is not None:
        try:
            if isinstance(what, ParameterRef):
                session.trainer.set_parameter(what, float(detail))
            else:
                session.trainer.set_layers(what, detail)
            return True
        except HandEditError as exc:
            reason = translate("TrainingWorker", "Cannot set that weight: {0}.").format(
                problem_words(exc)
            )
    if reason is not None:
        refuse(reason)
    return False


def edit_block(state: RunState) -> str | None:
    """Why the network cannot be edited by hand in `state` (None: it can), in
    words that say what to do."""
    reasons = {
        RunState.LOADING: translate(
            "TrainingWorker", "The training engine is still starting: try again soon."
        ),
        RunState.RUNNING: translate(
            "TrainingWorker", "Pause training (Space) to edit the network by hand."
        ),
        RunState.SWEEPING: translate(
            "TrainingWorker", "Wait for the seed sweep to finish, then edit."
        ),
        RunState.DIVERGED: translate(
            "TrainingWorker", "This run diverged: press Reset (R) before editing it."
        ),
        RunState.FAILED: translate(
            "TrainingWorker", "This run stopped: press Reset (R) before editing it."
        ),
    }
    return reasons.get(state)
