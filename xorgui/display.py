"""Is there a screen to open a window on? Asked before Qt is, because Qt's X11
plugin aborts the whole process when DISPLAY names a server that is not there.

The probe connects to the X server, and must not be the last client to leave
it: a fresh X server (Xvfb as xvfb-run starts it) resets when its last client
disconnects, and Qt, connecting during that reset, fails and aborts. So the
probe keeps its connection until the application has made its own.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

X11_BASE_PORT = 6000
CONNECT_TIMEOUT_S = 2.0


@contextmanager
def probed_display() -> Iterator[str | None]:
    """Why no window can be opened here, in a few words (None when one can).

    Create the QApplication inside the `with` block: the probe's connection
    to the X server stays open until the block ends.
    """
    with ExitStack() as held:
        yield _display_problem(held)


def _display_problem(held: ExitStack) -> str | None:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY", "")
    if not display:
        return "neither DISPLAY nor WAYLAND_DISPLAY is set"
    connection = _connect_to_x_server(display)
    if connection is None:
        return f"DISPLAY={display} names no X server that answers"
    held.enter_context(connection)
    return None


def _connect_to_x_server(display: str) -> socket.socket | None:
    """A connection to the X server `display` names ([host]:number[.screen])."""
    host, colon, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not colon or not number.isdigit():
        return None
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        # Linux X servers listen on an abstract socket and on the file.
        return _connect(socket.AF_UNIX, "\0" + path) or _connect(socket.AF_UNIX, path)
    return _connect(socket.AF_INET, (host, X11_BASE_PORT + int(number)))


def _connect(
    family: socket.AddressFamily, address: str | tuple[str, int]
) -> socket.socket | None:
    probe = socket.socket(family, socket.SOCK_STREAM)
    try:
        probe.settimeout(CONNECT_TIMEOUT_S)
        probe.connect(address)
    except OSError:
        probe.close()
        return None
    return probe
