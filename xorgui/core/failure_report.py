"""What an unexpected failure leaves behind: a report file with its traceback,
saved in the user's cache folder, whose path the sentence a person sees names.

A person never sees a traceback (the command line and the window each say
one sentence); whoever fixes the bug reads the report. Plain standard library,
so it works when anything else has failed.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import tempfile
import time
import traceback
from types import TracebackType

APP_NAME = "xorgui"
MAX_REPORTS = 20
"""Older reports are removed, so a recurring failure cannot fill the disk."""


def cache_folder() -> str:
    """The user's cache folder for xorgui: XDG on Linux, Library/Caches on
    macOS, LOCALAPPDATA on Windows."""
    home = os.path.expanduser("~")
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.join(home, "AppData", "Local")
        return os.path.join(base, APP_NAME, "Cache")
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Caches", APP_NAME)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache")
    return os.path.join(base, APP_NAME)


def save_report(
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
    where: str,
) -> str | None:
    """Write the failure's report (what ran, the versions, the traceback);
    its path, or None if no folder would take it."""
    lines = [
        f"xorgui failure report, {time.strftime('%Y-%m-%d %H:%M:%S')}",
        f"where: {where}",
        f"python {sys.version.split()[0]} on {platform.platform()}",
        f"argv: {sys.argv!r}",
        "",
        *traceback.format_exception(kind, error, trace),
    ]
    text = "\n".join(line.rstrip("\n") for line in lines) + "\n"
    name = f"failure-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.txt"
    for folder in (
        os.path.join(cache_folder(), "reports"),
        os.path.join(tempfile.gettempdir(), f"{APP_NAME}-reports"),
    ):
        try:
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, name)
            with open(path, "a", encoding="utf-8") as stream:
                stream.write(text)
        except OSError:
            continue
        _keep_latest(folder)
        return path
    return None


def _keep_latest(folder: str) -> None:
    with contextlib.suppress(OSError):
        reports = sorted(
            (
                entry
                for entry in os.scandir(folder)
                if entry.name.startswith("failure-")
            ),
            key=lambda entry: entry.stat().st_mtime,
        )
        for entry in reports[:-MAX_REPORTS]:
            os.unlink(entry.path)


def failure_sentence(path: str | None) -> str:
    """The English sentence for an unexpected failure (the window words its
    own)."""
    if path is None:
        return "an unexpected failure stopped it, and no report could be saved"
    return f"an unexpected failure stopped it; the details are saved in {path}"
