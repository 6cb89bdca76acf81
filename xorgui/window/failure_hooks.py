"""An unexpected exception anywhere in the window's process becomes a saved
report and one sentence in a message box naming it, never a traceback on a
terminal nobody watches and never silence.

Qt calls `sys.excepthook` for an exception raised in a slot; threads other
than Qt's call `threading.excepthook`. Both save the report at once and post
the box to the GUI thread's event loop, one box at a time.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from xorgui.core.failure_report import failure_sentence, save_report


class FailureHooks(QObject):
    """Installed by `install()`; `reported(path)` is emitted for each failure
    (path "" when no report could be saved)."""

    reported = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._box: QMessageBox | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.failed
        threading.excepthook = self._thread_failed

    def failed(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Save the report, say so on stderr and post the box."""
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            return
        where = "the window" if trace is None else trace.tb_frame.f_code.co_name
        path = save_report(kind, error, trace, where)
        print(f"xorgui: {failure_sentence(path)}", file=sys.stderr)
        self.reported.emit(path or "")

    def _thread_failed(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.failed(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _show(self, path: str) -> None:
        if self._box is not None:  # one box: later failures share its report
            return
        text = (
            self.tr(
                "Something went wrong inside xorgui, and what you were doing may "
                "not have finished. The details are saved in {path}."
            ).format(path=path)
            if path
            else self.tr(
                "Something went wrong inside xorgui, and what you were doing may "
                "not have finished."
            )
        )
        parent = QApplication.activeWindow()
        self._box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unexpected failure"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        self._box.setObjectName("failureBox")
        self._box.finished.connect(self._closed)
        self._box.open()

    @Slot()
    def _closed(self) -> None:
        if self._box is not None:
            self._box.deleteLater()
        self._box = None


def install_failure_hooks(app: QApplication) -> FailureHooks:
    """Turn every unexpected exception of the process into a report and a box."""
    hooks = FailureHooks(app)
    hooks.install()
    return hooks
