"""Entry point: `python main.py` opens the window; with a subcommand it runs headless.

The window must appear fast, so this module and the window import only Qt and
light modules; torch is imported afterwards by the training worker's thread.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, NoReturn

from xorgui.display import probed_display

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

SIGNAL_POLL_MS = 200
NO_DISPLAY_MESSAGE = """\
xorgui: there is no display to open the window on ({problem}).

On a machine without a screen, run the app on a virtual display:
    xvfb-run -a python main.py        (or: make run-xvfb)

Or train without a window, in the terminal:
    python main.py train              (python main.py train --help for options)
"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args:
        from xorgui.headless.cli import main as cli_main

        return cli_main(args)
    return run_gui()


def run_gui() -> int:
    """Open the window and run until it is closed (or Ctrl+C), then end the
    process with the event loop's exit code; returns only without a display (2)."""
    with probed_display() as problem:
        if problem is not None:
            print(NO_DISPLAY_MESSAGE.format(problem=problem), file=sys.stderr, end="")
            return 2
        from xorgui.window.application import create_app
        from xorgui.window.failure_hooks import install_failure_hooks
        from xorgui.window.language.languages import startup_language, use_language
        from xorgui.window.settings import Settings

        app = create_app(sys.argv[:1])
        install_failure_hooks(app)
        # The window's language; the command line and its images stay English.
        use_language(startup_language(Settings()))
    from xorgui.window.main_window import MainWindow

    window = MainWindow()
    window.show()
    # The window has saved what it keeps and stopped the worker as it closed:
    # the process ends there, before any event still queued reaches a view
    # being taken down (a 3-D view built as the window closed crashed Qt).
    app.lastWindowClosed.connect(end_now)
    with closing_on_sigint(app), quitting_from_any_window(app):
        code = app.exec()
    end_now(code)


def end_now(code: int = 0) -> NoReturn:
    """End the process at once, without Python's teardown.

    Everything worth keeping is written by then (the window saved its
    settings; they are synced here); tearing down torch, the OpenGL views and
    their contexts took 1.7 s after Ctrl+Q, and a training thread still
    loading torch cannot be waited for (xorgui.window.worker.training_worker).
    """
    from PySide6.QtCore import QSettings

    QSettings().sync()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


@contextmanager
def closing_on_sigint(app: QApplication) -> Iterator[None]:
    """Let Ctrl+C in the terminal close the windows cleanly while Qt runs."""
    with on_sigint(app.closeAllWindows):
        yield


@contextmanager
def quitting_from_any_window(app: QApplication) -> Iterator[None]:
    """Ctrl+Q closes every window from any of them: the main window's Quit
    only hears it while that window has the keys, not while a message box,
    a progress dialog or another window of the app has them."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QKeyEvent, QKeySequence

    class QuitKey(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Quit)
            ):
                # Not inside the key's delivery: a dialog's own loop may run it.
                QTimer.singleShot(0, app.closeAllWindows)
                return True
            return False

    quit_key = QuitKey()
    app.installEventFilter(quit_key)
    try:
        yield
    finally:
        app.removeEventFilter(quit_key)


@contextmanager
def on_sigint(action: Callable[[], None]) -> Iterator[None]:
    """Run `action` from the Qt event loop after each Ctrl+C in the terminal.

    Python runs a signal handler between any two bytecodes of the main thread,
    possibly in the middle of building a widget, so the handler only takes
    note. A timer, which also gives Python the chance to run the handler while
    Qt waits for events, runs the action from the event loop.
    """
    from PySide6.QtCore import QTimer

    interrupted = threading.Event()

    def take_note(_signum: int, _frame: FrameType | None) -> None:
        interrupted.set()

    def act_if_interrupted() -> None:
        if interrupted.is_set():
            interrupted.clear()
            action()

    previous = signal.signal(signal.SIGINT, take_note)
    timer = QTimer()
    timer.timeout.connect(act_if_interrupted)
    timer.start(SIGNAL_POLL_MS)
    try:
        yield
    finally:
        timer.stop()
        signal.signal(signal.SIGINT, previous)
