"""How a headless command fails: its exit codes, and the errors that become
one line on stderr naming what to change, never a traceback.

Exit codes: 0 success; 1 a run-time failure (a file that cannot be written,
divergence, no OpenGL, no CUDA); 2 a bad argument or config value; 130
cancelled with Ctrl+C.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_CANCELLED = 0, 1, 2, 130
RENDER_GATEWAY = "xorgui.headless.render"
"""The one module through which the command line reaches Qt."""


class CommandError(Exception):
    """A failure reported as one line on stderr; `code` is the exit status."""

    code = EXIT_FAILURE

    def __init__(self, message: str, prog: str | None = None) -> None:
        super().__init__(message)
        self.prog = prog


class UsageError(CommandError):
    """A bad argument or configuration value."""

    code = EXIT_USAGE


@contextmanager
def qt_failures_reported(feature: str) -> Iterator[None]:
    """Around the import of the render gateway: an installation without Qt (or
    with a broken one) becomes a CommandError that says what `feature` lacks."""
    try:
        yield
    except ModuleNotFoundError as exc:
        if exc.name is not None and RENDER_GATEWAY.startswith(exc.name):
            raise CommandError(
                f"{feature} is not available in this installation "
                f"({RENDER_GATEWAY} is missing)"
            ) from None
        raise CommandError(
            f"{feature} needs {exc.name}, which is not installed"
        ) from None
    except ImportError as exc:
        raise CommandError(f"{feature} cannot load Qt: {exc}") from None


def not_allowed(option: str, value: object, allowed: str) -> str:
    """The message for an option's value outside what it accepts."""
    return f"{option}: {value!r} is not allowed; expected {allowed}"


def cancelled(prog: str) -> int:
    """Say that `prog` was cancelled (Ctrl+C) and return its exit code."""
    say(f"{prog}: cancelled")
    return EXIT_CANCELLED


def say(line: str) -> None:
    """Print to stderr as exactly one line, whatever the message holds."""
    print(" ".join(line.split()), file=sys.stderr)
