"""Is there a screen to open a window on? Asked before Qt is, because Qt's X11
plugin aborts the whole process when DISPLAY names a server that is not there."""

from __future__ import annotations

import os
import socket
import sys

X11_BASE_PORT = 6000
CONNECT_TIMEOUT_S = 2.0


def display_problem() -> str | None:
    """Why no window can be opened here, in a few words; None when one can."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY", "")
    if not display:
        return "neither DISPLAY nor WAYLAND_DISPLAY is set"
    if not _x_server_answers(display):
        return f"DISPLAY={display} names no X server that answers"
    return None


def _x_server_answers(display: str) -> bool:
    """Connect to the X server `display` names ([host]:number[.screen])."""
    host, colon, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not colon or not number.isdigit():
        return False
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        # Linux X servers listen on an abstract socket and on the file.
        return _connects(socket.AF_UNIX, "\0" + path) or _connects(socket.AF_UNIX, path)
    return _connects(socket.AF_INET, (host, X11_BASE_PORT + int(number)))


def _connects(family: socket.AddressFamily, address: object) -> bool:
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(CONNECT_TIMEOUT_S)
            probe.connect(address)
    except OSError:
        return False
    return True
