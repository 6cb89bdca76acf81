"""Every file xorgui writes goes through here, atomically.

A file is written to a temporary file in the target's folder, flushed to disk
and then renamed over the target, so a failure (a full disk, a killed process)
never leaves a half-written or truncated file behind. Failures become an
`ExportError` that says why as a code and its values (core.refusal's), which
each face words: the window in its language, the command line in English.
Torch-free, so the window can write its files without loading torch on the GUI
thread.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from typing import Any

from xorgui.core.refusal import Words, english, shortened

PART_SUFFIX = ".part"
STALE_PART_SECONDS = 24 * 3600.0
"""A temporary file this old is a killed export's, never one being written."""
_PART_NAME = re.compile(r"\..+\.[a-z0-9_]{8}\.part(\.[A-Za-z0-9]{1,8})?")
"""A temporary file's name: "." + the target's name + mkstemp's 8 random
characters + ".part" + the target's extension."""


class ExportError(OSError):
    """A file could not be written; `words` says why (a code of
    core.refusal and its values), str() in English, in one line."""

    def __init__(self, code: str, **values: Any) -> None:
        super().__init__(code)
        self.words = Words(code, values)

    def __str__(self) -> str:
        return english(self.words)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically, or raise ExportError leaving it as it was."""
    with atomic_path(path) as temp_name, open(temp_name, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary file's name in `path`'s folder, for a writer that needs a path
    (an encoder): renamed over `path` when the block ends, removed when it
    raises. An OSError becomes ExportError; the target is then as it was.

    A symbolic link is written through (the file it points to is replaced,
    the link stays); a target that is not an ordinary file (a device, a pipe)
    is refused, never replaced. Temporary files that a killed export left
    beside the target are removed once they are a day old.
    """
    target = writable_target(path)
    folder = os.path.dirname(target)
    remove_stale_parts(folder)
    temp_name = None
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{os.path.basename(target)}.",
            suffix=PART_SUFFIX + os.path.splitext(target)[1],
            dir=folder,
        )
        os.close(handle)
        yield temp_name
        if os.path.exists(target):
            os.chmod(temp_name, os.stat(target).st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp_name, 0o666 & ~umask)
        os.replace(temp_name, target)
        temp_name = None
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError("write_failed", file=target, reason=_reason(exc)) from exc
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def writable_target(path: str | os.PathLike[str]) -> str:
    """The absolute path a file for `path` is written to: a link's own target
    (resolved), if it is an ordinary file or none yet; ExportError if not."""
    target = os.path.abspath(os.fspath(path))
    if "\0" in target:
        raise ExportError("write_null", file=repr(target))
    target = os.path.realpath(target)
    folder = os.path.dirname(target)
    try:
        mode = os.stat(target).st_mode
    except OSError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise ExportError("write_folder", file=target)
    if mode is not None and not stat.S_ISREG(mode):
        raise ExportError("write_special", file=target)
    if not os.path.isdir(folder):
        raise ExportError("write_no_folder", file=target, folder=folder)
    return target


def remove_stale_parts(folder: str, age: float = STALE_PART_SECONDS) -> list[str]:
    """Remove the temporary files of writes that never finished (a killed
    process) from `folder`: ours by their name, and older than `age` seconds
    (a write in progress is younger). The names removed."""
    removed = []
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not _PART_NAME.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                if (
                    entry.is_file(follow_symlinks=False)
                    and now - entry.stat(follow_symlinks=False).st_mtime > age
                ):
                    os.unlink(entry.path)
                    removed.append(entry.name)
    return removed


def write_text(path: str | os.PathLike[str], text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def failure_reason(exc: BaseException) -> Words | str:
    """Why a write failed, in a few words: an OSError's reason, or the first
    line of an encoder's message (ffmpeg says the disk is full in eight)."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return _reason(exc)
    text = str(exc)
    if "No space left on device" in text:
        return Words("reason_disk_full")
    lines = text.strip().splitlines()
    return shortened(lines[0]) if lines else type(exc).__name__


REASONS = {
    errno.ENOSPC: "reason_disk_full",
    errno.EDQUOT: "reason_disk_full",
    errno.EACCES: "reason_permission",
    errno.EPERM: "reason_permission",
    errno.EROFS: "reason_permission",
    errno.ENOENT: "reason_no_folder",
    errno.EISDIR: "reason_is_folder",
    errno.ENAMETOOLONG: "reason_name_too_long",
}
"""The reasons a person can act on, by the system's error number; any other
is the system's own message."""


def _reason(exc: OSError) -> Words | str:
    if exc.errno in REASONS:
        return Words(REASONS[exc.errno])
    return exc.strerror or str(exc)
