"""Opening a session: the file is read in the training thread (the window never
waits on it), a run that could not be replayed is refused in a sentence, and
the run comes back at the epoch that was shown when it was saved."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_timeline_window import BUDGET, TIMEOUT_MS, trained_window  # tests/gui/

from xorgui.core.config import TrainConfig
from xorgui.core.session.file import SessionData, save_session
from xorgui.core.session.run_session import RunSession, RunState
from xorgui.core.training.trainer import Trainer
from xorgui.window.main_window import MainWindow
from xorgui.window.worker.training_worker import SHUTDOWN_SECONDS

pytestmark = pytest.mark.gui


def write_endless_session(path: Path) -> Path:
    """A session whose tip claims epoch 10^15, far past its last checkpoint:
    restoring it exactly would replay for ever."""
    session = RunSession(Trainer(TrainConfig(epochs=300)))
    session.play()
    session.train(300)
    saved = session.saved_run()
    timeline = saved.timeline
    far = replace(timeline, tip=replace(timeline.tip, epoch=10**15))
    save_session(path, SessionData(replace(saved, timeline=far)))
    return path


@pytest.fixture
def silent_pipe(tmp_path: Path) -> Iterator[Path]:
    """A named pipe nobody writes to, whose reader is let go after 3 s (or at
    once, at the test's end): reading it blocks until then."""
    pipe = tmp_path / "pipe.xorgui"
    os.mkfifo(pipe)
    done = threading.Event()

    def let_the_reader_go() -> None:
        done.wait(3.0)
        for _ in range(600):  # 30 s at most
            try:
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
                return
            except OSError:  # nobody has it open for reading now
                if done.wait(0.05):
                    return

    writer = threading.Thread(target=let_the_reader_go, daemon=True)
    writer.start()
    yield pipe
    done.set()
    writer.join(5)


def test_a_reopened_session_shows_the_epoch_it_showed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    trained_window(qtbot, window)
    window.timeline.look_back(700)
    qtbot.waitUntil(lambda: window.snapshot.epoch == 700, timeout=TIMEOUT_MS)
    path = tmp_path / "lesson.xorgui"
    window.sessions.save_session(str(path))
    qtbot.waitUntil(lambda: "Saved the session" in window.status.currentMessage())

    window.controls.seed.setValue(7)  # another run
    qtbot.waitUntil(
        lambda: window.state is RunState.READY and window.snapshot.epoch == 0
    )
    window.sessions.open_session(str(path))
    qtbot.waitUntil(lambda: window.snapshot.epoch == 700, timeout=TIMEOUT_MS)
    snapshot = window.snapshot
    assert snapshot.looking_back and snapshot.tip_epoch == BUDGET
    assert window.state is RunState.FINISHED
    assert window.timeline.bar.slider.value() == 700
    window.timeline.show_latest()
    qtbot.waitUntil(lambda: window.snapshot.epoch == BUDGET, timeout=TIMEOUT_MS)


@pytest.fixture
def pipe_opened(
    qtbot: QtBot,
    window: MainWindow,
    silent_pipe: Path,
    message_boxes: Callable[[], list[str]],
) -> list[str]:
    """The ready window told to open the silent pipe as a session, which it
    does at once (the training thread reads it); the list receives the
    refusal once the pipe lets the reader go."""
    qtbot.waitUntil(lambda: window.state is RunState.READY, timeout=TIMEOUT_MS)
    texts = message_boxes()
    started = time.perf_counter()
    window.sessions.open_session(str(silent_pipe))
    assert time.perf_counter() - started < 0.5
    return texts


def test_a_pipe_chosen_as_a_session_never_freezes_the_window(
    qtbot: QtBot, window: MainWindow, pipe_opened: list[str]
) -> None:
    """Refused in a sentence long before anyone writes to the pipe (3 s), and
    the training thread is free at once."""
    qtbot.waitUntil(lambda: bool(pipe_opened), timeout=2000)
    assert "Nothing was changed." in pipe_opened[0]
    window.worker.step(5)
    qtbot.waitUntil(lambda: window.snapshot.epoch == 5, timeout=TIMEOUT_MS)


def test_a_session_that_would_replay_for_ever_is_refused(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    message_boxes: Callable[[], list[str]],
) -> None:
    endless = write_endless_session(tmp_path / "endless.xorgui")
    qtbot.waitUntil(lambda: window.state is RunState.READY, timeout=TIMEOUT_MS)
    window.worker.step(40)
    qtbot.waitUntil(lambda: window.snapshot.epoch == 40, timeout=TIMEOUT_MS)
    texts = message_boxes()
    window.sessions.open_session(str(endless))
    qtbot.waitUntil(lambda: bool(texts), timeout=TIMEOUT_MS)
    assert "does not fit its checkpoints" in texts[0]
    assert "Nothing was changed." in texts[0]
    window.worker.step(10)  # the training thread is free: no replay runs
    qtbot.waitUntil(lambda: window.snapshot.epoch == 50, timeout=TIMEOUT_MS)
    assert window.controls.config() == TrainConfig()


def test_closing_waits_for_a_held_up_training_thread_a_moment_only(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A command that holds the training thread for 3 s (as a slow disk would):
    closing waits the bound, no longer, and the thread ends by itself later."""
    qtbot.waitUntil(lambda: window.state is RunState.READY, timeout=TIMEOUT_MS)
    window.worker._inbox.post(time.sleep, 3.0)
    qtbot.wait(100)
    started = time.perf_counter()
    assert not window.worker.shutdown()
    assert time.perf_counter() - started < SHUTDOWN_SECONDS + 0.5
    assert window.worker.is_alive()
    qtbot.waitUntil(lambda: not window.worker.is_alive(), timeout=TIMEOUT_MS)
    assert window.worker.shutdown()
