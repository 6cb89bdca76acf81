"""Fixtures for GUI tests: isolated settings, guards against leaked threads and
windows (so one test's leftovers cannot make another pass or fail), and Ctrl+C
that ends the run with its report even while a test waits in Qt's event loop."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qt_compat import qt_api
from pytestqt.qtbot import QtBot
from pytestqt.wait_signal import SignalBlocker

from xorgui.app import on_sigint
from xorgui.core.config import TrainConfig
from xorgui.core.session.run_session import RunState
from xorgui.core.snapshot import Snapshot
from xorgui.visuals.scene3d import gl_support
from xorgui.window.language.languages import use_language
from xorgui.window.main_window import MainWindow
from xorgui.window.worker.training_worker import TrainingWorker

READY_TIMEOUT_MS = 30_000
EVIDENCE_FILE = "gui-failures.txt"
_evidence_key = pytest.StashKey[Path]()


@pytest.fixture(scope="session")
def evidence_file(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """Where a test writes what it saw at a failure, as the failure happens.

    It outlives a run cut short (Ctrl+C, a timeout); the run's summary names
    it: `gui-failures.txt` in pytest's base temporary folder.
    """
    path = tmp_path_factory.getbasetemp() / EVIDENCE_FILE
    request.config.stash[_evidence_key] = path
    return path


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    path = config.stash.get(_evidence_key, None)
    if path is not None and path.exists():
        terminalreporter.write_sep("-", "evidence of GUI test failures")
        terminalreporter.write_line(f"written as they happened to {path}")


class InterruptibleWaits:
    """Makes pytest-qt's waits end with KeyboardInterrupt after a Ctrl+C.

    Python's own KeyboardInterrupt would be raised inside whatever Qt callback
    runs next, where Qt swallows it, and the test would go on waiting. Every
    pytest-qt wait (wait, waitUntil, waitSignal, ...) runs its event loop
    through `qt_api.exec`: this replaces it with one that notes the loop, and
    a Ctrl+C closes modal dialogs, quits the noted loops and raises once they
    have returned.
    """

    def __init__(self, exec_loop: Callable[..., Any]) -> None:
        self._exec_loop = exec_loop
        self._loops: list[QEventLoop] = []
        self._interrupted = False

    def exec(self, loop: QEventLoop, *args: Any, **kwargs: Any) -> Any:
        self._raise_if_interrupted()
        self._loops.append(loop)
        try:
            result = self._exec_loop(loop, *args, **kwargs)
        finally:
            self._loops.remove(loop)
        self._raise_if_interrupted()
        return result

    def interrupt(self) -> None:
        self._interrupted = True
        # A dialog's exec() runs a loop of its own: closing the dialog ends it.
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isModal():
                widget.close()
        for loop in self._loops:
            loop.quit()

    def _raise_if_interrupted(self) -> None:
        if self._interrupted:
            self._interrupted = False
            raise KeyboardInterrupt


@pytest.fixture(scope="session", autouse=True)
def interruptible_waits(qapp: QApplication) -> Iterator[InterruptibleWaits]:
    """Ctrl+C ends a GUI test run with its report, even while a test waits."""
    waits = InterruptibleWaits(qt_api.exec)
    with pytest.MonkeyPatch.context() as patch, on_sigint(waits.interrupt):
        patch.setattr(qt_api, "exec", waits.exec)
        yield waits


@pytest.fixture(autouse=True)
def isolated_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """QSettings() reads and writes an INI file under this test's tmp_path."""
    folder = tmp_path / "settings"
    ini = QSettings.Format.IniFormat
    QSettings.setDefaultFormat(ini)
    QSettings.setPath(ini, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def no_dangling_qthreads(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a QThread running (napari's `_dangling_qthreads`)."""
    yield
    gc.collect()
    # type(), not isinstance(): some objects warn when asked for __class__.
    running = [
        obj
        for obj in gc.get_objects()
        if issubclass(type(obj), QThread) and obj.isRunning()
    ]
    main = qapp.thread()
    running = [thread for thread in running if thread is not main]
    for thread in running:  # stop them so the next test starts clean
        thread.quit()
        thread.wait(5000)
    assert not running, f"the test left QThreads running: {running}"


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a new top-level widget alive after it ends."""
    before = {id(widget) for widget in QApplication.topLevelWidgets()}
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [
        widget
        for widget in QApplication.topLevelWidgets()
        if id(widget) not in before and widget.isVisible()
    ]
    for widget in leaked:
        widget.close()
    assert not leaked, f"the test left windows open: {leaked}"


def wait_until_ready(qtbot: QtBot, window: MainWindow) -> None:
    """Until the 3-D view is built and the worker has shown its first snapshot."""
    qtbot.waitUntil(
        lambda: (
            window.surface_view is not None
            and window.state is RunState.READY
            and window.snapshot is not None
        ),
        timeout=READY_TIMEOUT_MS,
    )


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    """Open a main window and wait until it is ready; all are closed after the test.

    The fixture keeps the windows alive until then: a window garbage-collected
    without being closed would destroy its running training thread.
    """
    opened: list[MainWindow] = []

    def open_one(**options: Any) -> MainWindow:
        main_window = MainWindow(**options)
        opened.append(main_window)
        qtbot.addWidget(main_window)
        main_window.show()
        qtbot.waitExposed(main_window)
        wait_until_ready(qtbot, main_window)
        return main_window

    yield open_one
    for main_window in opened:
        main_window.close()


@pytest.fixture
def japanese() -> Iterator[None]:
    """The interface in Japanese for this test (English again after it)."""
    assert use_language("ja")
    yield
    use_language("en")


@pytest.fixture
def no_opengl(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Windows opened in the test show the 2-D fallback, as without OpenGL."""
    monkeypatch.setenv(gl_support.DISABLE_VARIABLE, "1")
    gl_support.clear_cache()
    yield
    monkeypatch.undo()
    gl_support.clear_cache()


@pytest.fixture
def window(open_window: Callable[..., MainWindow]) -> MainWindow:
    """A shown main window with the settings' (default) configuration, ready."""
    return open_window()


class WorkerProbe(QObject):
    """Receives a worker's signals in the GUI thread, keeps them and re-emits them.

    Wait on the probe's signals, not the worker's: pytest-qt connects plain
    Python callables, which PySide calls in the emitting thread, so its
    blockers would run (and touch their timers) in the worker thread.
    """

    snapshot = Signal(object)
    state = Signal(str)
    continue_epochs = Signal(int)
    failed = Signal(str)
    exported = Signal(object)

    def __init__(self, worker: TrainingWorker) -> None:
        super().__init__()
        self.worker = worker
        self.snapshots: list[Snapshot] = []
        self.states: list[str] = []
        self.continue_epochs_told: list[int] = []
        worker.snapshot_ready.connect(self._on_snapshot)
        worker.state_changed.connect(self._on_state)
        worker.continue_epochs_changed.connect(self._on_continue_epochs)
        worker.failed.connect(self.failed)
        worker.export_finished.connect(self.exported)

    @Slot(object)
    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshots.append(snapshot)
        self.snapshot.emit(snapshot)

    @Slot(object)
    def _on_state(self, state: RunState) -> None:
        self.states.append(state)
        self.state.emit(state)

    @Slot(int)
    def _on_continue_epochs(self, epochs: int) -> None:
        self.continue_epochs_told.append(epochs)
        self.continue_epochs.emit(epochs)

    @property
    def latest(self) -> Snapshot:
        assert self.snapshots, "no snapshot arrived"
        return self.snapshots[-1]

    def wait_for_state(self, qtbot: QtBot, state: RunState) -> SignalBlocker:
        """A blocker (use it as a context manager) for the worker reaching `state`."""
        return qtbot.waitSignal(
            self.state,
            timeout=READY_TIMEOUT_MS,
            check_params_cb=lambda value: value == state.value,
        )


@pytest.fixture
def make_probe(qtbot: QtBot) -> Iterator[Callable[[TrainingWorker], WorkerProbe]]:
    """Attach a probe to a worker; the worker is shut down after the test."""
    probes: list[WorkerProbe] = []

    def attach(worker: TrainingWorker) -> WorkerProbe:
        probes.append(WorkerProbe(worker))
        return probes[-1]

    yield attach
    for made in probes:
        made.worker.shutdown()


@pytest.fixture
def probe(
    qtbot: QtBot, make_probe: Callable[[TrainingWorker], WorkerProbe]
) -> WorkerProbe:
    """A started worker with the default configuration (ready), and its probe."""
    worker_probe = make_probe(TrainingWorker(TrainConfig()))
    with worker_probe.wait_for_state(qtbot, RunState.READY):
        worker_probe.worker.start()
    return worker_probe


@pytest.fixture
def message_boxes(qtbot: QtBot) -> Callable[[], list[str]]:
    """Arrange for the next modal message box to be read and closed.

    Call it before the action that opens the box; the returned list receives
    the box's text once it was shown (and closed, as a person clicking OK).
    """

    def expect_one() -> list[str]:
        texts: list[str] = []

        def close_it() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and box.isVisible():
                texts.append(box.text())
                box.button(QMessageBox.StandardButton.Ok).click()
            else:
                QTimer.singleShot(20, close_it)

        QTimer.singleShot(0, close_it)
        return texts

    return expect_one
