"""The display probe must not be the last client to leave the X server.

A fresh Xvfb (as xvfb-run starts it) resets when its last client disconnects;
Qt connecting during that reset fails and aborts the process. These tests run
their own Xvfb with -terminate, which ends the server where a reset would
begin, so a probe that left too early shows as a server that is gone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest

from xorgui.display import probed_display

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xprop")),
        reason="needs Xvfb and xprop (x11-utils)",
    ),
]

END_TIMEOUT_S = 30


@pytest.fixture
def fresh_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[subprocess.Popen[bytes]]:
    """A new Xvfb that ends when its last client leaves; DISPLAY names it."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-terminate",
            "-screen",
            "0",
            "64x64x24",
        ],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    assert number.isdigit(), "Xvfb did not say which display it took"
    monkeypatch.setenv("DISPLAY", f":{number}")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    yield server
    server.kill()
    server.wait()


def server_answers() -> bool:
    """A real X client (xprop) connects, reads the root window and leaves."""
    done = subprocess.run(["xprop", "-root"], capture_output=True, timeout=30)
    return done.returncode == 0


def connected_client() -> subprocess.Popen[bytes]:
    """A real X client that stays connected (xprop -spy), once it has connected."""
    client = subprocess.Popen(
        ["xprop", "-root", "-spy"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert client.stdout is not None and client.stderr is not None
    if not client.stdout.readline():  # it prints the root's properties at once
        with client:
            client.kill()
            raise AssertionError(client.stderr.read().decode())
    return client


def test_the_probe_stays_connected_until_the_application_has_connected(
    fresh_server: subprocess.Popen[bytes],
) -> None:
    with probed_display() as problem:
        assert problem is None
        # Stands for the QApplication, created inside the block.
        application = connected_client()
    with application:
        try:
            # The probe has left; the server must still be there.
            assert fresh_server.poll() is None
            assert server_answers()
        finally:
            application.kill()
    # The application was the last client: now the server ends (this shows
    # that the server would have ended had the probe left first).
    fresh_server.wait(timeout=END_TIMEOUT_S)
