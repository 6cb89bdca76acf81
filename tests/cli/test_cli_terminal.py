"""On a terminal: the progress bar is drawn, and Ctrl+C cancels in one line."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time

import pytest

from .conftest import MAIN, REPO

pty = pytest.importorskip("pty")  # POSIX only

LONG_RUNS = {
    "train": ["train", "--epochs", "100000000"],
    "sweep": ["sweep", "--seeds", "0:50", "--epochs", "100000000"],
}


def read_until(fd: int, wanted: str, seconds: float) -> str:
    """The terminal output until `wanted` appears, the process ends or time is up."""
    shown = ""
    deadline = time.monotonic() + seconds
    while wanted not in shown and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the process closed the terminal
                break
            if not chunk:
                break
            shown += chunk.decode("utf-8", errors="replace")
    return shown


def interrupted(args: list[str], shown: str) -> tuple[int, str, str, bytes]:
    """Run `python main.py ARGS` on a terminal until it shows `shown`, then
    press Ctrl+C: its exit code, the terminal before and after, and stdout."""
    terminal, child_side = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, str(MAIN), *args],
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=child_side,
        env={**os.environ, "PYTHONUTF8": "1"},
    )
    os.close(child_side)
    try:
        bar = read_until(terminal, shown, 60)
        assert shown in bar
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=30)
        rest = read_until(terminal, "cancelled", 5)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(terminal)
    assert process.stdout is not None
    stdout = process.stdout.read()
    process.stdout.close()
    return code, bar, rest, stdout


def last_line(rest: str) -> str:
    """The line left on the terminal: the bar is erased first."""
    return rest.replace("\x1b[K", "").strip().splitlines()[-1]


@pytest.mark.parametrize("command", list(LONG_RUNS))
def test_progress_on_a_terminal_and_ctrl_c_cancels_cleanly(command: str) -> None:
    code, bar, rest, stdout = interrupted(LONG_RUNS[command], "epochs/s")
    assert "%" in bar and "left" in bar
    assert stdout == b""  # the bar never reaches stdout
    assert code == 130
    assert "Traceback" not in bar + rest
    # The bar is erased, then one line says what happened.
    assert last_line(rest) == f"xorgui {command}: cancelled"
