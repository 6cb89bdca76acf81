"""Every file xorgui writes goes through here, atomically.

A file is written to a temporary file in the target's folder, flushed to disk
and then renamed over the target, so a failure (a full disk, a killed process)
never leaves a half-written or truncated file behind. Failures become an
`ExportError` whose message a person can act on.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import tempfile
from collections.abc import Iterable

import numpy as np
import torch

from xorgui.core.config import TrainConfig


class ExportError(OSError):
    """A file could not be written; str() is a one-line message for a person."""


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically, or raise ExportError leaving it as it was."""
    target = os.path.abspath(os.fspath(path))
    folder = os.path.dirname(target)
    if os.path.isdir(target):
        raise ExportError(f"cannot write {target}: it is a folder, not a file")
    if not os.path.isdir(folder):
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    temp_name = None
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{os.path.basename(target)}.", suffix=".part", dir=folder
        )
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if os.path.exists(target):
            os.chmod(temp_name, os.stat(target).st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_name, 0o666 & ~umask)
        os.replace(temp_name, target)
        temp_name = None
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from exc
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def write_text(path: str | os.PathLike[str], text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


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


def loss_csv(epochs: Iterable[int], losses: Iterable[float]) -> str:
    """`epoch,loss` rows; losses with 9 significant digits (float32 round-trips)."""
    rows = ["epoch,loss"]
    rows += [f"{int(e)},{float(v):.9g}" for e, v in zip(epochs, losses, strict=True)]
    return "\n".join(rows) + "\n"


def save_loss_csv(
    path: str | os.PathLike[str], epochs: np.ndarray, losses: np.ndarray
) -> None:
    write_text(path, loss_csv(epochs, losses))


def save_config(path: str | os.PathLike[str], config: TrainConfig) -> None:
    write_text(path, config.to_json())


def save_model(path: str | os.PathLike[str], checkpoint: dict[str, object]) -> None:
    """Write what `Trainer.save_model()` returns, readable by `torch.load`."""
    buffer = io.BytesIO()
    torch.save(checkpoint, buffer)
    write_bytes(path, buffer.getvalue())


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (the folder is read-only or not yours)"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a folder, not a file"
    return exc.strerror or str(exc)
