"""Fixtures for the whole suite.

The one here replaces pytest-qt's `qapp` so that GUI tests run in a
QApplication made exactly as the app makes it
(`xorgui.window.application.create_app`: the OpenGL surface format set before
the application exists, the organisation and application names). Qt is only
imported when a test asks for it, so core and CLI tests stay Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from slow_spread import spread_slow

import xorgui  # noqa: F401  (first: it chooses reproducible kernels before torch)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="session")
def qapp() -> Iterator[QApplication]:
    """The app's own QApplication (pytest-qt's qtbot uses this fixture)."""
    from PySide6.QtWidgets import QApplication

    from xorgui.window.application import create_app

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        yield existing
    else:
        yield create_app(["xorgui-tests"])


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests spread evenly through the run (see slow_spread), so that
    each worker's share holds its part of them."""
    items[:] = spread_slow(
        items, lambda item: item.get_closest_marker("slow") is not None
    )
