"""One launch of the real app, brought to a state and quit as a person would.

Run by test_quitting.py in a subprocess, on the test's X server:
`python quit_cycle.py STATE METHOD DELAY [SESSION]`. The app starts through
`xorgui.app.run_gui`, as `main.py` starts it; once the window reaches STATE it
waits DELAY seconds and quits by METHOD from another thread, so the quit
arrives when it would from outside, however busy the GUI thread is:

- `key`: Ctrl+Q typed on the window (xdotool, through the X server);
- `close`: the window manager's close request (WM_DELETE_WINDOW);
- `sigint`: Ctrl+C in the terminal.

It prints `QUIT <time.monotonic()>` just before the quit; the test times the
exit from there.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import xorgui.window.main_window
from xorgui.app import run_gui
from xorgui.core.config import TrainConfig
from xorgui.core.session.run_session import RunState

STATES = ("startup", "loading", "training", "sweeping", "exporting", "replaying")
METHODS = ("key", "close", "sigint")
MODAL_STATES = ("exporting", "replaying")
"""States with a modal dialog up (the export's progress, the session's
refusal): Qt refuses the window manager's close of the window it blocks, as
in every Qt app; Ctrl+Q and Ctrl+C still quit."""
POLL_MS = 5


class XClientMessage(ctypes.Structure):
    """Xlib's XClientMessageEvent, padded to the size of an XEvent."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
        ("pad", ctypes.c_long * 12),
    ]


def ask_window_manager_to_close(window_id: int) -> None:
    """Send the window what a window manager's close button sends."""
    xlib = ctypes.CDLL("libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.c_void_p,
    ]
    xlib.XFlush.argtypes = [ctypes.c_void_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = xlib.XOpenDisplay(None)
    event = XClientMessage()
    event.type = 33  # ClientMessage
    event.window = window_id
    event.message_type = xlib.XInternAtom(display, b"WM_PROTOCOLS", False)
    event.format = 32
    event.data[0] = xlib.XInternAtom(display, b"WM_DELETE_WINDOW", False)
    xlib.XSendEvent(display, window_id, False, 0, ctypes.byref(event))
    xlib.XFlush(display)
    xlib.XCloseDisplay(display)


def quitter(method: str, driver: Driver) -> Callable[[], None]:
    """The quit, as it comes from outside: to the window that has the keys
    (a modal box, or the main window), or the main window's close button."""

    def press_ctrl_q() -> None:
        target = str(driver.key_window)
        subprocess.run(["xdotool", "windowfocus", target, "key", "ctrl+q"], check=True)

    def ctrl_c() -> None:
        os.kill(os.getpid(), signal.SIGINT)

    return {
        "key": press_ctrl_q,
        "close": lambda: ask_window_manager_to_close(driver.main_window),
        "sigint": ctrl_c,
    }[method]


class Driver:
    """Brings the window to `state`, then quits it by `method` after `delay`."""

    def __init__(
        self, window: xorgui.window.main_window.MainWindow, argv: list[str]
    ) -> None:
        self.window = window
        self.state, self.method = argv[0], argv[1]
        self.delay = float(argv[2])
        self.session = argv[3] if len(argv) > 3 else ""
        self.started = False
        self.exported = False
        self.armed = False
        self.main_window = int(window.winId())
        self.key_window = self.main_window
        """The X window a person's keys go to now (kept up to date here, read
        by the quitting thread)."""
        self.timer = QTimer()
        self.timer.timeout.connect(self.poll)
        self.timer.start(POLL_MS)

    def poll(self) -> None:
        window = self.window
        modal = QApplication.activeModalWidget()
        self.key_window = self.main_window if modal is None else int(modal.winId())
        handle = window.windowHandle()
        if self.armed or handle is None or not handle.isExposed():
            return
        ready = window.state is RunState.READY and window.surface_view is not None
        if self.state == "startup":
            self.arm()
        elif self.state == "loading":
            if window.worker.is_alive():
                self.arm()
        elif not self.started:
            if ready:
                self.started = True
                self.start()
        elif self.reached():
            self.arm()

    def start(self) -> None:
        window = self.window
        if self.state == "training":
            window.worker.play()
        elif self.state == "sweeping":
            window.worker.sweep(TrainConfig(epochs=200_000), range(0, 200))
        elif self.state == "exporting":
            from xorgui.core.animation.epochs import AnimationOptions

            window.worker.step(3000)
            self.export_options = AnimationOptions(frames=400, size=(320, 240))
        elif self.state == "replaying":
            window.sessions.open_session(self.session)

    def reached(self) -> bool:
        window = self.window
        snapshot = window.snapshot
        if self.state == "training":
            return window.state is RunState.RUNNING and snapshot.epoch >= 50
        if self.state == "sweeping":
            return window.state is RunState.SWEEPING
        if self.state == "exporting":
            if snapshot.epoch < 3000 or window.state is not RunState.PAUSED:
                return False
            export = window.animation_export
            if not self.exported:
                self.exported = True
                export.export(os.environ["QUIT_CYCLE_EXPORT"], self.export_options)
            return export.running and QApplication.activeModalWidget() is not None
        # replaying: the session refused (a message box) or opened
        return QApplication.activeModalWidget() is not None or snapshot.epoch > 0

    def arm(self) -> None:
        self.armed = True
        quit_now = quitter(self.method, self)

        def announce_and_quit() -> None:
            print("QUIT", time.monotonic(), flush=True)
            quit_now()

        threading.Timer(self.delay, announce_and_quit).start()


class DrivenWindow(xorgui.window.main_window.MainWindow):
    """The app's window, with a driver attached."""

    def __init__(self) -> None:
        super().__init__()
        self.driver = Driver(self, sys.argv[1:])


if __name__ == "__main__":
    xorgui.window.main_window.MainWindow = DrivenWindow  # type: ignore[misc]
    sys.exit(run_gui())
