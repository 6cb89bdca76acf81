"""The training worker's one-off jobs: a sweep of many seeds, and the exports.

Each runs in the worker's thread, between chunks of training, and returns a
value for a signal; neither touches the run session's state.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from xorgui.core.config import TrainConfig
from xorgui.core.job_results import ExportResult, SweepOutcome

if TYPE_CHECKING:
    from xorgui.core.training import Trainer


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
    progress: Callable[[int, int], object],
    cancel: threading.Event,
) -> SweepOutcome:
    """Train every seed of `seeds` at once with all of torch's threads; training
    goes back to one thread after. An error is the outcome, not an exception:
    the sweep's window reports it and training goes on."""
    import torch

    from xorgui.core.sweep import SweepCancelled, run_sweep

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
            raise ExportError(
                QCoreApplication.translate(
                    "TrainingWorker", "the training engine has not started yet"
                )
            )
        if kind == "history":
            save_loss_csv(path, *trainer.loss_record())
        else:
            save_model(path, trainer.save_model())
    except ExportError as exc:
        error = str(exc)
    return ExportResult(kind, path, error)
