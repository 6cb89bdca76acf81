"""The session file: a run a teacher prepared, opened again exactly as it was.

One zip file: `mimetype` (the magic name, stored first), `session.json` (the
format and its version, the settings, the timeline's segments, the pinned
runs' labels and settings), `arrays.npz` (checkpoints, loss history, pinned
curves and surfaces; read without pickle) and `layout/*` (the window's saved
state). No object is ever unpickled, so a file can hold numbers only.

Reading checks everything before anything is used, through the one reader
of untrusted files (core.untrusted, bounds in core.limits): a damaged,
truncated, oversized or foreign file, or one from a newer xorgui, is a
`Refusal` saying so, and the caller's session is untouched. A new optional
field of session.json is read in `_saved_run` with `manifest.get`. Writing
is atomic (core.files).
Torch-free, so the window reads a file without loading torch.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import zipfile
from dataclasses import dataclass, field
from typing import IO, Any

import numpy as np

from xorgui.core.config import MAX_EPOCHS, MIN_EPOCHS, ConfigError, TrainConfig
from xorgui.core.files import write_bytes
from xorgui.core.hand_edit.edits import Edit
from xorgui.core.limits import (
    MAX_DESCRIPTION,
    MAX_EDITS,
    MAX_LABEL,
    MAX_LAYOUT_MEMBER,
    MAX_MEMBERS,
    MAX_NOTE,
    MAX_SESSION_FILE,
    MAX_SESSION_UNPACKED,
)
from xorgui.core.pinned import MAX_PINNED, PinnedRun
from xorgui.core.refusal import PHRASES, Refusal, Words
from xorgui.core.session.file_checks import (
    check_run_arrays,
    check_test_losses,
    pinned_surface,
    require,
)
from xorgui.core.session.timeline import Segment, TimelineRecord
from xorgui.core.snapshot import Divergence
from xorgui.core.untrusted import BoundedZip, load_json, open_regular, read_arrays

FORMAT_NAME = "xorgui-session"
FORMAT_VERSION = 1
MIMETYPE = b"application/x-xorgui-session"
SESSION_EXTENSION = "xorgui"
SESSION_KIND = Words("kind_session")
_NOT_FINITE = ("nan", "inf", "-inf")
"""How a divergence's loss is saved (its repr)."""
_TEST_LOSSES = "history_test_losses"
"""The array of the test points' losses, saved only when the run has any."""
_LAYOUT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")
_MAGIC, _MANIFEST, _ARRAYS, _LAYOUT = (
    "mimetype",
    "session.json",
    "arrays.npz",
    "layout/",
)


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
    # The test points' loss at each of `history_epochs`; None for a run
    # without test points (and in files written before it was kept).
    history_test_losses: np.ndarray | None = None


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
    if run.history_test_losses is not None:
        arrays[_TEST_LOSSES] = run.history_test_losses
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
                "loss": pin.loss,
            }
        )
    manifest = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "config": run.config.to_dict(),
        "continue_epochs": run.continue_epochs,
        "spacing": record.spacing,
        "segments": [
            {"start": s.start, "config": _segment_settings(s.config)}
            for s in record.segments
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
        np.savez(packed, allow_pickle=False, **arrays)
        archive.writestr(_ARRAYS, packed.getvalue(), zipfile.ZIP_DEFLATED)
        for name, state in data.layout.items():
            archive.writestr(_LAYOUT + name, bytes(state), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _segment_settings(config: TrainConfig) -> dict[str, Any]:
    """A segment's settings as saved: without the points of one's own, which
    are the run's (a segment changes only its learning rate and budget)."""
    settings = config.to_dict()
    del settings["given"]
    return settings


def load_session(path: str | os.PathLike[str]) -> SessionData:
    """Read and check a session file; a Refusal says what is wrong."""
    name = os.fspath(path)
    with open_regular(name, SESSION_KIND, MAX_SESSION_FILE) as stream:
        if os.fstat(stream.fileno()).st_size == 0:
            raise Refusal("file_empty", file=name, kind=SESSION_KIND)
        return _parse(stream, name)


def parse_session(content: bytes, name: str = "the file") -> SessionData:
    """The session in `content`; a Refusal if it is not a usable one."""
    if not content:
        raise Refusal("file_empty", file=name, kind=SESSION_KIND)
    return _parse(io.BytesIO(content), name)


def _parse(stream: IO[bytes], name: str) -> SessionData:
    with BoundedZip(
        stream,
        name,
        Refusal("not_session", file=name),
        MAX_MEMBERS,
        MAX_SESSION_UNPACKED,
    ) as archive:
        try:
            return _read(archive)
        except ConfigError as exc:
            raise Refusal("session_settings", file=name, reason=exc.words) from None
        except Refusal as exc:
            if exc.code in PHRASES:
                raise archive.damaged(exc.code, **exc.words.values) from None
            raise
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            raise archive.damaged("part_description") from None


def _read(archive: BoundedZip) -> SessionData:
    name = archive.name
    members = archive.members
    magic = archive.read(_MAGIC, len(MIMETYPE)) if _MAGIC in members else b""
    if magic != MIMETYPE or _MANIFEST not in members:
        raise Refusal("not_session", file=name)
    try:
        text = archive.read(_MANIFEST, MAX_DESCRIPTION).decode("utf-8")
        manifest = load_json(text, name)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise archive.damaged("part_description") from None
    require(isinstance(manifest, dict), "part_description")
    if manifest.get("format") != FORMAT_NAME:
        raise Refusal("not_session", file=name)
    version = manifest.get("version")
    require(_whole(version, 1), "part_description")
    if version > FORMAT_VERSION:
        raise Refusal(
            "newer_session", file=name, version=version, supported=FORMAT_VERSION
        )
    arrays = read_arrays(archive, _ARRAYS)
    layout = _layout(archive)
    return SessionData(_saved_run(manifest, arrays), _pinned(manifest, arrays), layout)


def _whole(value: object, low: int, high: int = MAX_EPOCHS) -> bool:
    """`value` is a whole number (not a bool) from `low` to `high`."""
    return (
        isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    )


def _layout(archive: BoundedZip) -> dict[str, bytes]:
    """The saved window layout: parts named like the window's (a letter, then
    letters and digits), each small; the window uses those it knows."""
    layout = {}
    for member in archive.members:
        if not member.startswith(_LAYOUT):
            continue
        part = member[len(_LAYOUT) :]
        require(_LAYOUT_NAME.fullmatch(part) is not None, "part_layout")
        layout[part] = archive.read(member, MAX_LAYOUT_MEMBER)
    return layout


def _saved_run(manifest: dict[str, Any], arrays: dict[str, np.ndarray]) -> SavedRun:
    config = TrainConfig.from_dict(manifest["config"])
    segments = tuple(
        Segment(int(s["start"]), _segment_config(s["config"], config))
        for s in manifest["segments"]
    )
    spacing = manifest["spacing"]
    require(_whole(spacing, 1), "part_spacing")
    held, history = check_run_arrays(config, segments, manifest["tip"], arrays, spacing)
    record = TimelineRecord(spacing, segments, *held)
    continue_epochs = manifest["continue_epochs"]
    require(_whole(continue_epochs, MIN_EPOCHS), "part_budget")
    stride = manifest["history_stride"]
    require(
        _whole(stride, 1) and not np.any(history[0] % stride),
        "part_history",
    )
    shown = manifest.get("shown_epoch")
    require(shown is None or _whole(shown, 0, record.tip.epoch), "part_shown_epoch")
    test_losses = arrays.get(_TEST_LOSSES)
    if test_losses is not None:
        test_losses = check_test_losses(test_losses, history[0])
    return SavedRun(
        config,
        continue_epochs,
        record,
        history[0],
        history[1],
        stride,
        _divergence(manifest["divergence"]),
        _edits(manifest.get("edits", [])),
        shown,
        test_losses,
    )


def _segment_config(settings: object, run: TrainConfig) -> TrainConfig:
    """A segment's settings, with the run's points of one's own unless it
    names its own (as files written before they were left out do)."""
    if isinstance(settings, dict) and "given" not in settings:
        settings = {**settings, "given": [list(point) for point in run.given]}
    return TrainConfig.from_dict(settings)


def _divergence(data: object) -> Divergence | None:
    if data is None:
        return None
    require(isinstance(data, dict), "part_divergence")
    assert isinstance(data, dict)
    epoch, text = data.get("epoch"), data.get("value")
    if not (isinstance(epoch, int) and isinstance(text, str)):
        raise Refusal("part_divergence")
    require(_whole(epoch, 0) and text in _NOT_FINITE, "part_divergence")
    return Divergence(epoch, float(text))


def _edits(data: object) -> tuple[Edit, ...]:
    require(isinstance(data, list) and len(data) <= MAX_EDITS, "part_edits")
    assert isinstance(data, list)
    try:
        edits = tuple(Edit.from_dict(edit) for edit in data)
    except (KeyError, TypeError, ValueError, IndexError):
        raise Refusal("part_edits") from None
    require(
        all(edit.preset is None or len(edit.preset) <= MAX_NOTE for edit in edits),
        "part_edits",
    )
    return edits


def _pinned(
    manifest: dict[str, Any], arrays: dict[str, np.ndarray]
) -> tuple[PinnedRun, ...]:
    pins = manifest["pinned"]
    require(isinstance(pins, list), "part_pinned")
    require(len(pins) <= MAX_PINNED, "part_pinned_count", most=MAX_PINNED)
    runs = []
    for index, pin in enumerate(pins):
        require(isinstance(pin, dict), "part_pinned")
        epochs = arrays[f"pinned{index}_epochs"]
        losses = arrays[f"pinned{index}_losses"]
        require(
            epochs.ndim == 1
            and epochs.shape == losses.shape
            and epochs.dtype.kind in "iu"
            and losses.dtype.kind == "f",
            "part_pinned",
        )
        surface = (
            pinned_surface(
                arrays[f"pinned{index}_axis"], arrays[f"pinned{index}_surface"]
            )
            if pin["surface"]
            else None
        )
        label = pin["label"]
        require(
            isinstance(label, str) and 0 < len(label) <= MAX_LABEL,
            "part_pinned_label",
            most=MAX_LABEL,
        )
        epoch = pin["epoch"]
        require(_whole(epoch, 0), "part_pinned")
        runs.append(
            PinnedRun(
                label,
                TrainConfig.from_dict(pin["config"]),
                epoch,
                epochs.astype(np.int64),
                losses.astype(np.float64),
                surface,
                _optional_float(pin.get("loss")),
            )
        )
    return tuple(runs)


def _optional_float(value: object) -> float | None:
    """A saved number, or None (a file from before it was saved)."""
    if value is None:
        return None
    require(isinstance(value, int | float) and math.isfinite(value), "part_pinned")
    assert isinstance(value, int | float)
    return float(value)
