"""Quitting always quits: Ctrl+Q, closing the window and Ctrl+C end the real
app within QUIT_SECONDS, cleanly, whatever it is doing.

Each cycle launches the app in a subprocess (quit_cycle.py) on this test's X
server with real OpenGL, brings it to a state (just shown, loading torch,
training, sweeping, exporting an animation, opening a session whose replay
would never end) and quits it from outside. XORGUI_QUIT_CYCLES=50 runs that
many cycles, cycling through every state and way of quitting, and prints the
figures.
"""

from __future__ import annotations

import os
import queue
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from quit_cycle import METHODS, MODAL_STATES, STATES  # tests/gui/
from test_session_opening import write_endless_session  # tests/gui/

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("quit_cycle.py")
QUIT_SECONDS = 2.0
LAUNCH_SECONDS = 120.0
TROUBLE = ("QThread: Destroyed", "Traceback", "Fatal Python error", "Segmentation")
# The suite's mix: every state and every way of quitting, the first tenth of a
# second after the window appears (where a quit crashed) several times over.
SUITE_CYCLES = (
    ("startup", "key", 0.0),
    ("startup", "key", 0.05),
    ("startup", "close", 0.02),
    ("startup", "sigint", 0.08),
    ("startup", "key", 0.1),
    ("loading", "key", 0.1),
    ("loading", "close", 0.3),
    ("training", "sigint", 0.2),
    ("training", "key", 0.1),
    ("sweeping", "close", 0.3),
    ("exporting", "sigint", 0.2),
    ("replaying", "key", 0.3),
)


@pytest.fixture(scope="module")
def endless_replay(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sessions")
    return write_endless_session(folder / "endless.xorgui")


def quit_cycle(
    state: str, method: str, delay: float, tmp_path: Path, session: Path
) -> float:
    """Launch, reach `state`, quit by `method`; the seconds from the quit to
    the process's end (asserting it ended cleanly)."""
    tmp_path.mkdir(parents=True)
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QUIT_CYCLE_EXPORT": str(tmp_path / "run.gif"),
        "PYTHONPATH": str(ROOT),
    }
    process = subprocess.Popen(
        [sys.executable, "-X", "faulthandler", str(DRIVER), state, method]
        + [str(delay), str(session)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(
        target=lambda: [lines.put(line) for line in process.stdout or ()],
        daemon=True,
    ).start()
    try:
        quit_at = None
        deadline = time.monotonic() + LAUNCH_SECONDS
        while quit_at is None:
            line = lines.get(timeout=max(deadline - time.monotonic(), 0.1))
            if line.startswith("QUIT "):
                quit_at = float(line.split()[1])
        try:
            process.wait(timeout=quit_at + QUIT_SECONDS + 3 - time.monotonic())
        except subprocess.TimeoutExpired:
            pytest.fail(f"{state}/{method}: still running 5 s after the quit")
        ended = time.monotonic()
    except queue.Empty:
        pytest.fail(f"{state}: not reached in {LAUNCH_SECONDS:.0f} s")
    finally:
        if process.poll() is None:
            process.kill()
        stderr = process.communicate()[1]
    seconds = ended - quit_at
    assert process.returncode == 0, f"{state}/{method}: {process.returncode}\n{stderr}"
    for sign in TROUBLE:
        assert sign not in stderr, f"{state}/{method}:\n{stderr}"
    assert seconds <= QUIT_SECONDS, f"{state}/{method}: {seconds:.2f} s"
    return seconds


def mixed_cycles(count: int) -> list[tuple[str, str, float]]:
    """`count` cycles through every state and way of quitting, at delays from
    0 to 0.12 s (no window manager's close while a modal dialog is up)."""
    cycles = []
    for index in range(count):
        state = STATES[index % len(STATES)]
        method = METHODS[index // len(STATES) % len(METHODS)]
        if state in MODAL_STATES and method == "close":
            method = "key"
        cycles.append((state, method, 0.03 * (index % 5)))
    return cycles


def test_quitting_ends_the_app_at_once_in_every_state(
    tmp_path: Path, endless_replay: Path
) -> None:
    count = int(os.environ.get("XORGUI_QUIT_CYCLES", "0"))
    cycles = mixed_cycles(count) if count else SUITE_CYCLES
    times = []
    for index, (state, method, delay) in enumerate(cycles):
        seconds = quit_cycle(
            state, method, delay, tmp_path / str(index), endless_replay
        )
        times.append(seconds)
        print(f"{state:10} {method:7} after {delay:.2f} s: ended in {seconds:.2f} s")
    print(
        f"{len(times)} cycles: longest {max(times):.2f} s, "
        f"median {statistics.median(times):.2f} s"
    )
