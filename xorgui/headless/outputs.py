"""What the headless commands write and print: output files checked before the
work starts, and the marks of a truth table."""

from __future__ import annotations

import os
import sys
import tempfile

from xorgui.headless.errors import CommandError, UsageError


def check_outputs(outputs: dict[str, str | None]) -> None:
    """Fail now, not after training, if an output given cannot be written.

    The files are still written atomically at the end; this only spares a
    person the wait to learn of a typo.
    """
    seen: dict[str, str] = {}
    for option, path in outputs.items():
        if path is None:
            continue
        target = os.path.abspath(path)
        if target in seen:
            raise UsageError(
                f"{option}: {path!r} is also the {seen[target]} file; "
                "give each output its own name"
            )
        seen[target] = option
        problem = _unwritable(target)
        if problem is not None:
            raise CommandError(f"{option}: cannot write {target}: {problem}")


def prepare_folder(option: str, path: str) -> None:
    """Make the folder `path` (and its parents) if missing, and check that
    files can be written in it; a usage error saying why not."""
    target = os.path.abspath(path)
    try:
        os.makedirs(target, exist_ok=True)
    except OSError as exc:
        reason = "it is a file" if os.path.isfile(target) else exc.strerror or exc
        raise UsageError(
            f"{option}: cannot make the folder {target}: {reason}"
        ) from None
    problem = _unwritable(os.path.join(target, "view.png"))
    if problem is not None:
        raise UsageError(f"{option}: cannot write in {target}: {problem}")


def _unwritable(target: str) -> str | None:
    """Why no file can be written at the absolute path `target`, or None."""
    if "\0" in target:
        return "a file name has no null character"
    folder = os.path.dirname(os.path.realpath(target))
    if os.path.isdir(target):
        return "it is a folder, not a file"
    if os.path.exists(target) and not os.path.isfile(target):
        return "it is not an ordinary file (a device or a pipe)"
    if not os.path.exists(folder):
        return f"the folder {folder} does not exist"
    if not os.path.isdir(folder):
        return f"{folder} is a file, not a folder"
    try:  # the only sure test (permissions say nothing to root or on /proc)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return (
            f"no file can be created in {folder} ({(exc.strerror or str(exc)).lower()})"
        )
    return None


def marks() -> tuple[str, str]:
    """✓ and ✗, or plain letters where stdout cannot encode them."""
    try:
        "✓✗".encode(sys.stdout.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return "ok", "x"
    return "✓", "✗"
