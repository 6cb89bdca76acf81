"""The session file: a run a teacher prepared, opened again exactly as it was.

One zip file: `mimetype` (the magic name, stored first), `session.json` (the
format and its version, the settings, the timeline's segments, the pinned
runs' labels and settings), `arrays.npz` (checkpoints, loss history, pinned
curves and surfaces; read without pickle) and `layout/*` (the window's saved
state). No object is ever unpickled, so a file can hold numbers only.

Reading checks everything before anything is used: a damaged, truncated or
foreign file, or one from a newer xorgui, is a `SessionFileError` saying so,
and the caller's session is untouched. Writing is atomic (core.files).
Torch-free, so the window reads a file without loading torch.
"""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from xorgui.core.config import ConfigError, TrainConfig
from xorgui.core.files import write_bytes
from xorgui.core.hand_edit import Edit
from xorgui.core.pinned import PinnedRun
from xorgui.core.session_checks import check_run_arrays, pinned_surface, require
from xorgui.core.snapshot import Divergence
from xorgui.core.timeline import Segment, TimelineRecord

FORMAT_NAME = "xorgui-session"
FORMAT_VERSION = 1
MIMETYPE = b"application/x-xorgui-session"
SESSION_EXTENSION = "xorgui"
MAX_FILE_BYTES = 512 * 1024 * 1024
"""Larger than any session (a long run of the widest network is some 40 MB)."""
_MAGIC, _MANIFEST, _ARRAYS, _LAYOUT = (
    "mimetype",
    "session.json",
    "arrays.npz",
    "layout/",
)


class SessionFileError(ValueError):
    """A session file cannot be used; str() is a message for a person."""


@dataclass(frozen=True, slots=True)
class SavedRun:
    """What the training thread holds of a run, as plain values."""

    config: TrainConfig
    continue_epochs: int
    timeline: TimelineRecord
    history_epochs: np.ndarray
    history_losses: np.ndarray
    history_stride: int
    divergence: Divergence | None
    # Weights and biases set by hand, in order (`Trainer.edits`).
    edits: tuple[Edit, ...] = ()
    # The earlier epoch on screen when saved; None: the latest (and in files
    # written before it was kept).
    shown_epoch: int | None = None


@dataclass(frozen=True, slots=True)
class SessionData:
    """A whole session: the run, the pinned runs and the window's layout."""

    run: SavedRun
    pinned: tuple[PinnedRun, ...] = ()
    layout: dict[str, bytes] = field(default_factory=dict)


def save_session(path: str | os.PathLike[str], data: SessionData) -> None:
    """Write `data` to `path` atomically (ExportError if it cannot be)."""
    write_bytes(path, session_bytes(data))


def session_bytes(data: SessionData) -> bytes:
    """The file's bytes."""
    run, record = data.run, data.run.timeline
    arrays: dict[str, np.ndarray] = {
        "checkpoint_epochs": record.epochs,
        "checkpoint_steps": record.steps,
        "checkpoint_solved": record.solved_since,
        "checkpoint_values": record.values,
        "tip_values": record.tip.values,
        "history_epochs": run.history_epochs,
        "history_losses": run.history_losses,
    }
    pinned = []
    for index, pin in enumerate(data.pinned):
        arrays[f"pinned{index}_epochs"] = pin.history_epochs
        arrays[f"pinned{index}_losses"] = pin.history_losses
        if pin.surface is not None:
            arrays[f"pinned{index}_axis"] = pin.surface.axis
            arrays[f"pinned{index}_surface"] = pin.surface.values
        pinned.append(
            {
                "label": pin.label,
                "config": pin.config.to_dict(),
                "epoch": pin.epoch,
                "surface": pin.surface is not None,
            }
        )
    manifest = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "config": run.config.to_dict(),
        "continue_epochs": run.continue_epochs,
        "spacing": record.spacing,
        "segments": [
            {"start": s.start, "config": s.config.to_dict()} for s in record.segments
        ],
        "tip": {
            "epoch": record.tip.epoch,
            "step": record.tip.step,
            "solved_since": record.tip.solved_since,
        },
        "history_stride": run.history_stride,
        "divergence": None
        if run.divergence is None
        else {"epoch": run.divergence.epoch, "value": repr(run.divergence.value)},
        "pinned": pinned,
        "edits": [edit.to_dict() for edit in run.edits],
        "shown_epoch": run.shown_epoch,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_MAGIC, MIMETYPE, zipfile.ZIP_STORED)
        archive.writestr(
            _MANIFEST, json.dumps(manifest, indent=1), zipfile.ZIP_DEFLATED
        )
        packed = io.BytesIO()
        np.savez(packed, **arrays)
        archive.writestr(_ARRAYS, packed.getvalue(), zipfile.ZIP_DEFLATED)
        for name, state in data.layout.items():
            archive.writestr(_LAYOUT + name, bytes(state), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def load_session(path: str | os.PathLike[str]) -> SessionData:
    """Read and check a session file; SessionFileError says what is wrong."""
    name = os.fspath(path)
    try:
        if os.path.isdir(name):
            raise SessionFileError(f"{name} is a folder, not a session file.")
        if os.path.getsize(name) > MAX_FILE_BYTES:
            raise SessionFileError(f"{name} is too large to be a session file.")
        with open(name, "rb") as stream:
            content = stream.read()
    except FileNotFoundError:
        raise SessionFileError(f"{name} does not exist.") from None
    except PermissionError:
        raise SessionFileError(f"You may not read {name}.") from None
    except OSError as exc:
        raise SessionFileError(f"{name} cannot be read ({exc.strerror}).") from None
    return parse_session(content, name)


def parse_session(content: bytes, name: str = "the file") -> SessionData:
    """The session in `content`; SessionFileError if it is not a usable one."""
    if not content:
        raise SessionFileError(f"{name} is empty: it is not a session file.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile:
        raise SessionFileError(
            f"{name} is not an xorgui session file (or it is cut short)."
        ) from None
    with archive:
        try:
            return _read(archive, name)
        except SessionFileError:
            raise
        except ConfigError as exc:
            raise SessionFileError(
                f"{name} holds settings this version cannot use: {exc}."
            ) from None
        except (
            KeyError,
            TypeError,
            ValueError,
            IndexError,
            EOFError,
            OSError,
            zlib.error,
            zipfile.BadZipFile,
        ) as exc:
            raise SessionFileError(
                f"{name} is damaged and cannot be opened ({exc})."
            ) from None


def _read(archive: zipfile.ZipFile, name: str) -> SessionData:
    members = {info.filename: info for info in archive.infolist()}
    total = sum(info.file_size for info in members.values())
    require(total <= MAX_FILE_BYTES, "its parts are too large")
    magic = archive.read(_MAGIC) if _MAGIC in members else b""
    if magic != MIMETYPE or _MANIFEST not in members:
        raise SessionFileError(f"{name} is not an xorgui session file.")
    manifest = json.loads(archive.read(_MANIFEST).decode("utf-8"))
    require(isinstance(manifest, dict), "its description is not an object")
    if manifest.get("format") != FORMAT_NAME:
        raise SessionFileError(f"{name} is not an xorgui session file.")
    version = manifest.get("version")
    require(isinstance(version, int) and version >= 1, "it has no format version")
    if version > FORMAT_VERSION:
        raise SessionFileError(
            f"{name} was saved by a newer xorgui (session format {version}); "
            f"this version reads format {FORMAT_VERSION}. Update xorgui to open it."
        )
    with np.load(io.BytesIO(archive.read(_ARRAYS)), allow_pickle=False) as npz:
        arrays = {key: npz[key] for key in npz.files}
    layout = {
        member[len(_LAYOUT) :]: archive.read(member)
        for member in members
        if member.startswith(_LAYOUT) and len(member) > len(_LAYOUT)
    }
    return SessionData(_saved_run(manifest, arrays), _pinned(manifest, arrays), layout)


def _saved_run(manifest: dict[str, Any], arrays: dict[str, np.ndarray]) -> SavedRun:
    config = TrainConfig.from_dict(manifest["config"])
    segments = tuple(
        Segment(int(s["start"]), TrainConfig.from_dict(s["config"]))
        for s in manifest["segments"]
    )
    tip = manifest["tip"]
    record, history = check_run_arrays(config, segments, tip, arrays)
    record = TimelineRecord(int(manifest["spacing"]), segments, *record)
    continue_epochs = TrainConfig(epochs=manifest["continue_epochs"]).epochs
    stride = manifest["history_stride"]
    require(
        isinstance(stride, int) and stride >= 1 and not np.any(history[0] % stride),
        "its loss history is not evenly kept",
    )
    require(record.spacing >= 1, "its checkpoints have no spacing")
    shown = manifest.get("shown_epoch")
    require(
        shown is None or type(shown) is int and 0 <= shown <= record.tip.epoch,
        "the epoch it showed is not one of its run",
    )
    return SavedRun(
        config,
        continue_epochs,
        record,
        history[0],
        history[1],
        stride,
        _divergence(manifest["divergence"]),
        tuple(Edit.from_dict(edit) for edit in manifest.get("edits", [])),
        shown,
    )


def _divergence(data: object) -> Divergence | None:
    if data is None:
        return None
    require(isinstance(data, dict), "its divergence is not an object")
    assert isinstance(data, dict)
    value = float(data["value"])
    require(not math.isfinite(value), "its divergence has a finite loss")
    return Divergence(int(data["epoch"]), value)


def _pinned(
    manifest: dict[str, Any], arrays: dict[str, np.ndarray]
) -> tuple[PinnedRun, ...]:
    runs = []
    for index, pin in enumerate(manifest["pinned"]):
        epochs = arrays[f"pinned{index}_epochs"]
        losses = arrays[f"pinned{index}_losses"]
        require(
            epochs.ndim == 1 and epochs.shape == losses.shape,
            "a pinned run's loss curve is damaged",
        )
        surface = (
            pinned_surface(
                arrays[f"pinned{index}_axis"], arrays[f"pinned{index}_surface"]
            )
            if pin["surface"]
            else None
        )
        label = pin["label"]
        require(isinstance(label, str), "a pinned run has no name")
        runs.append(
            PinnedRun(
                label,
                TrainConfig.from_dict(pin["config"]),
                int(pin["epoch"]),
                epochs,
                losses,
                surface,
            )
        )
    return tuple(runs)
