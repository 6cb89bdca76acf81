"""A private X server for the command line's pictures on a machine with no
display: Xvfb, started for this process alone and gone with it.

Why not Qt's offscreen platform or Mesa's surfaceless EGL: Qt 6's offscreen
platform gives no OpenGL context without an X server, its EGL platforms want
a window surface or a GPU, and pyqtgraph's 3-D items draw through Qt's OpenGL
classes, which need a Qt context. Xvfb with Mesa's software OpenGL is the one
context Qt can make on a machine without a screen. The server listens on no
network port, is told to die with this process (so even a killed process
leaves none behind) and is stopped at exit after the QApplication is gone:
the person has nothing to clean up.
"""

from __future__ import annotations

import atexit
import ctypes
import os
import select
import shutil
import signal
import subprocess
import sys

XVFB = "Xvfb"
START_TIMEOUT_S = 15.0
SCREEN = "1280x1024x24"
_PR_SET_PDEATHSIG = 1

_server: subprocess.Popen[bytes] | None = None


def start_private_display() -> str | None:
    """Start Xvfb and point DISPLAY at it; None when it answers, else why not
    (no Xvfb installed, or it did not start), in a few words."""
    global _server
    if not sys.platform.startswith("linux"):  # prctl, below, is Linux's
        return "a private display is made on Linux only"
    program = shutil.which(XVFB)
    if program is None:
        return f"{XVFB} is not installed"
    read_end, write_end = os.pipe()
    try:
        server = subprocess.Popen(
            # -displayfd: Xvfb picks a free display and writes its number.
            # -noreset: it stays up when its last client (a probe) leaves.
            [program, "-displayfd", str(write_end), "-screen", "0", SCREEN,
             "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )  # fmt: skip
    except OSError as exc:
        os.close(read_end)
        return f"{XVFB} could not be started ({exc.strerror})"
    finally:
        os.close(write_end)
    try:
        number = _read_display_number(read_end)
    finally:
        os.close(read_end)
    if number is None:
        _stop(server)
        return f"{XVFB} did not start within {START_TIMEOUT_S:g} s"
    _server = server
    os.environ["DISPLAY"] = f":{number}"
    atexit.register(stop_private_display)
    return None


def stop_private_display() -> None:
    """Close the QApplication, then stop the server (it dies with the process
    anyway; this ends it cleanly, before Qt could find its connection gone)."""
    global _server
    server, _server = _server, None
    if server is None:
        return
    from PySide6.QtCore import QCoreApplication

    application = QCoreApplication.instance()
    if application is not None:
        application.shutdown()
    _stop(server)


def private_display_running() -> bool:
    return _server is not None and _server.poll() is None


def _read_display_number(read_end: int) -> int | None:
    text = b""
    while not text.endswith(b"\n"):
        ready, _, _ = select.select([read_end], [], [], START_TIMEOUT_S)
        chunk = os.read(read_end, 16) if ready else b""
        if not chunk:
            return None
        text += chunk
    return int(text) if text.strip().isdigit() else None


def _stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=5)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def _die_with_parent() -> None:
    """In the child, before Xvfb runs: SIGTERM it when this process ends."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
