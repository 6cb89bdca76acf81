"""`bench --gui` with every view shown: how often each dock redraws while the
window trains at full speed, and how long input waits for the GUI thread.

Input latency is measured as the lateness of a precise 100 ms timer in the GUI
thread: a key press or a click waits in the same event loop, behind the same
drawing, as that timer does.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Slot

from xorgui.visuals.latest import LatestSnapshot

if TYPE_CHECKING:
    from xorgui.window.main_window import MainWindow

PROBE_INTERVAL_MS = 100
VIEW_SIZE = QSize(480, 360)
"""Each view's window: about the room a view has docked beside the surface."""


def show_every_dock(window: MainWindow) -> None:
    """Every view of the default layout shown at once, each floating in its
    own window, tiled over the screen: none is a tab behind another, so every
    view draws. (Docked one above another they would not fit a screen's
    height, and the window's layout would stack them into tabs.)"""
    screen = window.screen().availableGeometry()
    columns = max(1, screen.width() // VIEW_SIZE.width())
    rows = max(1, screen.height() // VIEW_SIZE.height())
    for index, dock in enumerate(window.window_layout.views()):
        dock.setFloating(True)
        dock.show()
        cell = index % (columns * rows)
        dock.setGeometry(
            QRect(
                screen.left() + cell % columns * VIEW_SIZE.width(),
                screen.top() + cell // columns * VIEW_SIZE.height(),
                VIEW_SIZE.width(),
                VIEW_SIZE.height(),
            )
        )


class ViewsProbe(QObject):
    """Counts the docks' redraws and the input latency from start() to stop()."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fired)
        self._armed = 0.0
        self.lateness_ms: list[float] = []
        self._draws_before: dict[str, int | None] = {}
        self._draws_after: dict[str, int | None] = {}
        self._started = self._seconds = 0.0

    def start(self) -> None:
        self._draws_before = self._draws()
        self._started = time.perf_counter()
        self._arm()

    def stop(self) -> None:
        """End the measurement (later calls change nothing)."""
        if self._seconds:
            return
        self._timer.stop()
        self._seconds = time.perf_counter() - self._started
        self._draws_after = self._draws()

    def draws_per_second(self) -> dict[str, float | None]:
        """Each dock's redraws a second; None for a view without a LatestSnapshot."""
        rates: dict[str, float | None] = {}
        for name, count in self._draws_after.items():
            before = self._draws_before.get(name)
            drawn = None if count is None or before is None else count - before
            rates[name] = None if drawn is None else drawn / self._seconds
        return rates

    def _draws(self) -> dict[str, int | None]:
        counts: dict[str, int | None] = {}
        for name in self._window.docks.names():
            mailboxes = (
                self._window.docks.dock(name).widget().findChildren(LatestSnapshot)
            )
            counts[name] = sum(box.draws for box in mailboxes) if mailboxes else None
        return counts

    def _arm(self) -> None:
        self._armed = time.perf_counter()
        self._timer.start(PROBE_INTERVAL_MS)

    @Slot()
    def _fired(self) -> None:
        late = time.perf_counter() - self._armed - PROBE_INTERVAL_MS / 1000
        self.lateness_ms.append(max(late, 0.0) * 1000)
        self._arm()


def print_views(print_row: Callable[..., None], probe: ViewsProbe) -> None:
    """The docks' redraw rates and the input latency, as bench rows."""
    print_row("views shown", "dock", "draws/s")
    rates = probe.draws_per_second()
    if not rates:
        print_row("", "none", "-")
    for name, rate in rates.items():
        print_row("", name, "-" if rate is None else f"{rate:.1f}")
    lateness = np.array(probe.lateness_ms or [0.0])
    print_row("input latency", "median ms", "95% ms", "max ms")
    print_row(
        "",
        f"{np.median(lateness):.1f}",
        f"{np.percentile(lateness, 95):.1f}",
        f"{lateness.max():.1f}",
    )
