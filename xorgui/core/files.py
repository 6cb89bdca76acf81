"""Every file xorgui writes goes through here, atomically.

A file is written to a temporary file in the target's folder, flushed to disk
and then renamed over the target, so a failure (a full disk, a killed process)
never leaves a half-written or truncated file behind. Failures become an
`ExportError` whose message a person can act on. Torch-free, so the window can
write its files without loading torch on the GUI thread.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator


class ExportError(OSError):
    """A file could not be written; str() is a one-line message for a person."""


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
    raises. An OSError becomes ExportError; the target is then as it was."""
    target = os.path.abspath(os.fspath(path))
    folder = os.path.dirname(target)
    if os.path.isdir(target):
        raise ExportError(f"cannot write {target}: it is a folder, not a file")
    if not os.path.isdir(folder):
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    temp_name = None
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{os.path.basename(target)}.",
            suffix=".part" + os.path.splitext(target)[1],
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
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from exc
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def write_text(path: str | os.PathLike[str], text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


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
