"""The trained model as a file that `torch.load` reads: the one export that
needs torch, kept apart so that writing the other files never loads it."""

from __future__ import annotations

import io
import os

import torch

from xorgui.core.files import write_bytes


def save_model(path: str | os.PathLike[str], checkpoint: dict[str, object]) -> None:
    """Write what `Trainer.save_model()` returns, atomically; ExportError on failure."""
    buffer = io.BytesIO()
    torch.save(checkpoint, buffer)
    write_bytes(path, buffer.getvalue())
