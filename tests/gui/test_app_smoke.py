"""The whole app in a subprocess, so that a crash fails one test, not the session."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TROUBLE = ("QThread: Destroyed", "Traceback", "Fatal Python error", "Segmentation")


def app_environment(tmp_path: Path, **changes: str | None) -> dict[str, str]:
    """This process's environment (with its X display), settings kept in tmp_path."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run_python(
    code: str, tmp_path: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env=app_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_clean(stderr: str) -> None:
    for sign in TROUBLE:
        assert sign not in stderr, stderr


@pytest.mark.parametrize(
    ("display", "problem"),
    [
        (None, "(neither DISPLAY nor WAYLAND_DISPLAY is set)"),
        (":4242", "(DISPLAY=:4242 names no X server that answers)"),
    ],
    ids=["unset", "stale"],
)
def test_without_a_display_it_says_how_to_get_one(
    tmp_path: Path, display: str | None, problem: str
) -> None:
    env = app_environment(
        tmp_path, DISPLAY=display, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None
    )
    result = subprocess.run(
        [sys.executable, "main.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert problem in result.stderr
    assert "xvfb-run -a python main.py" in result.stderr
    assert "make run-xvfb" in result.stderr
    assert "python main.py train" in result.stderr
    assert_clean(result.stderr)


def test_the_window_modules_do_not_import_torch(tmp_path: Path) -> None:
    """The window must appear before torch (two seconds here) has loaded."""
    result = run_python(
        """
        import sys
        import xorgui.app, xorgui.window.main_window
        import xorgui.window.worker.training_worker
        loaded = sorted(m for m in sys.modules if m.split(".")[0] == "torch")
        print(loaded[:3])
        raise SystemExit(1 if loaded else 0)
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_long_session_of_signals_does_not_crash(tmp_path: Path) -> None:
    """Thousands of emits (minutes of training) must not free True (PySide6 6.12)."""
    result = run_python(
        """
        import sys
        from PySide6.QtCore import QObject, Signal
        from xorgui.window.application import create_app

        emits = 3 * sys.getrefcount(True)  # more than True has references now
        app = create_app(["xorgui"])

        class Source(QObject):
            ping = Signal(object)

        source = Source()
        for _ in range(emits):
            source.ping.emit(1)
        print("survived")
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "survived" in result.stdout


def window_is_viewable() -> bool:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=False
    ).stdout
    for line in tree.splitlines():
        if '"xorgui - ' in line:
            info = subprocess.run(
                ["xwininfo", "-id", line.split()[0]],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            if "IsViewable" in info:
                return True
    return False


@pytest.mark.skipif(
    shutil.which("xwininfo") is None, reason="needs xwininfo (x11-utils)"
)
def test_main_py_opens_the_window_and_ctrl_c_closes_it(tmp_path: Path) -> None:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-X", "faulthandler", "main.py"],
        cwd=ROOT,
        env=app_environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while not window_is_viewable():
            assert process.poll() is None, process.communicate()[1]
            assert time.perf_counter() - started < 60, "no window after 60 s"
            time.sleep(0.05)
        print(f"window visible {time.perf_counter() - started:.2f} s after launch")
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert_clean(stderr)
    assert (tmp_path / "config" / "xorgui" / "xorgui.conf").exists()


def test_a_driven_session_trains_and_ctrl_q_exits_cleanly(tmp_path: Path) -> None:
    result = run_python(
        """
        import sys
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtTest import QTest
        from xorgui.window.application import create_app
        from xorgui.window.main_window import MainWindow
        from xorgui.core.session.run_session import RunState

        app = create_app(["xorgui"])
        window = MainWindow()
        window.show()

        def when(condition, then):
            def check():
                if condition():
                    then()
                else:
                    QTimer.singleShot(20, check)
            QTimer.singleShot(0, check)

        def ready():
            return (
                window.state is RunState.READY
                and window.surface_view is not None
                and window.isActiveWindow()
            )

        def play():
            QTest.keyClick(window, Qt.Key.Key_Space)
            when(lambda: window.snapshot.epoch >= 300, quit_by_shortcut)

        def quit_by_shortcut():
            QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

        window.activateWindow()
        when(ready, play)
        code = app.exec()
        print("epoch", window.snapshot.epoch, "visible", window.isVisible())
        sys.exit(code)
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    epoch = int(result.stdout.split()[1])
    assert epoch >= 300
    assert "visible False" in result.stdout
    assert_clean(result.stderr)
