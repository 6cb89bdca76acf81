"""Entry point: `python main.py` opens the window; with a subcommand it runs headless.

The window must appear fast, so this module and the window import only Qt and
light modules; torch is imported afterwards by the training worker's thread.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ORGANIZATION = "xorgui"
APPLICATION = "xorgui"
SIGNAL_POLL_MS = 200
NO_DISPLAY_MESSAGE = """\
xorgui: there is no display to open the window on (neither DISPLAY nor
WAYLAND_DISPLAY is set).

On a machine without a screen, run the app on a virtual display:
    xvfb-run -a python main.py        (or: make run-xvfb)

Or train without a window, in the terminal:
    python main.py train              (python main.py train --help for options)
"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args:
        from xorgui.cli import main as cli_main

        return cli_main(args)
    return run_gui()


def run_gui() -> int:
    """Open the window and run until it is closed (or Ctrl+C); 0 on a normal exit."""
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr, end="")
        return 2
    app = create_app(sys.argv[:1])
    from xorgui.views.main_window import MainWindow

    window = MainWindow()
    window.show()
    with closing_on_sigint(app):
        return app.exec()


def has_display() -> bool:
    """False on Linux with neither DISPLAY nor WAYLAND_DISPLAY nor a forced platform."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def set_default_surface_format() -> None:
    """OpenGL defaults for every GL widget; must run before the QApplication exists."""
    from PySide6.QtGui import QSurfaceFormat

    surface_format = QSurfaceFormat()
    surface_format.setDepthBufferSize(24)
    if sys.platform == "darwin":
        # macOS only offers OpenGL > 2.1 as a core profile.
        surface_format.setVersion(4, 1)
        surface_format.setProfile(QSurfaceFormat.OpenGLContextProfile.CoreProfile)
    QSurfaceFormat.setDefaultFormat(surface_format)


def create_app(argv: Sequence[str]) -> QApplication:
    """The QApplication with the app's names (so QSettings() needs no arguments),
    OpenGL format and icon."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from xorgui.resources import icon

    make_singletons_immortal()
    set_default_surface_format()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    # The GL view keeps its context when it moves between windows or docks.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(list(argv))
    app.setWindowIcon(icon("app"))
    return app


def make_singletons_immortal() -> None:
    """Protect True, False and None from PySide6 6.12.0's reference bug.

    PySide6 6.12.0 returns a borrowed True from every `Signal.emit()` (and a
    borrowed None from `QComboBox.itemData()`), so each call drops a reference
    the caller never had. Python 3.12 and later never free these objects; on
    3.11 the process aborts ("deallocating True or False") after about ten
    thousand emits - minutes of training. Adding 2**40 references makes them as
    immortal as Python 3.12 does. Nothing happens on versions without the bug;
    once PySide6 6.12.0 is no longer allowed, this function can go.
    """
    import PySide6

    if sys.version_info >= (3, 12) or PySide6.__version_info__[:3] != (6, 12, 0):
        return
    for singleton in (True, False, None):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


@contextmanager
def closing_on_sigint(app: QApplication) -> Iterator[None]:
    """Let Ctrl+C in the terminal close the windows cleanly while Qt runs.

    Python runs a signal handler between any two bytecodes of the main thread,
    possibly in the middle of building a widget, so the handler only takes
    note. A timer, which also gives Python the chance to run the handler while
    Qt waits for events, closes the windows from the event loop.
    """
    from PySide6.QtCore import QTimer

    interrupted = threading.Event()

    def take_note(_signum: int, _frame: FrameType | None) -> None:
        interrupted.set()

    def close_if_interrupted() -> None:
        if interrupted.is_set():
            interrupted.clear()
            app.closeAllWindows()

    previous = signal.signal(signal.SIGINT, take_note)
    timer = QTimer()
    timer.timeout.connect(close_if_interrupted)
    timer.start(SIGNAL_POLL_MS)
    try:
        yield
    finally:
        timer.stop()
        signal.signal(signal.SIGINT, previous)
