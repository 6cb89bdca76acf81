"""What a run exports and under which names: the loss log as CSV, the
configuration as JSON. Torch-free (the model file is `model_file`'s), and
written atomically through `files`."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.files import write_text


def export_name(
    config: TrainConfig,
    what: str,
    extension: str,
    *,
    epoch: int | None = None,
    seeds: range | None = None,
) -> str:
    """A file name that says what the file holds, e.g.
    "xor-2-2-1-seed42-epoch20000-surface.png" or "xor-2-2-1-seeds0-999-sweep.csv"."""
    parts = [config.gate, config.architecture]
    if seeds is not None:
        parts.append(f"seeds{seeds.start}-{seeds.stop - 1}")
    else:
        parts.append(f"seed{config.seed}")
    if epoch is not None:
        parts.append(f"epoch{epoch}")
    return "-".join([*parts, what]) + f".{extension}"


def loss_csv(
    epochs: Iterable[int], losses: Iterable[float], notes: Sequence[str] = ()
) -> str:
    """`epoch,loss` rows; losses with 9 significant digits (float32 round-trips).

    Notes (such as "model edited by hand at epoch N: ...") come first, one
    "# " comment line each, which CSV readers skip when told (pandas's
    `comment="#"`); a run without notes has none.
    """
    rows = [f"# {note}" for note in notes]
    rows.append("epoch,loss")
    rows += [f"{int(e)},{float(v):.9g}" for e, v in zip(epochs, losses, strict=True)]
    return "\n".join(rows) + "\n"


def save_loss_csv(
    path: str | os.PathLike[str],
    epochs: np.ndarray,
    losses: np.ndarray,
    notes: Sequence[str] = (),
) -> None:
    write_text(path, loss_csv(epochs, losses, notes))


def save_config(
    path: str | os.PathLike[str], config: TrainConfig, notes: Sequence[str] = ()
) -> None:
    """The configuration as JSON, with the run's notes (a "notes" list, which
    loading ignores: the configuration makes the seed's model, not an edited
    one) when there are any."""
    if not notes:
        write_text(path, config.to_json())
        return
    data = {**config.to_dict(), "notes": list(notes)}
    write_text(path, json.dumps(data, indent=2) + "\n")
