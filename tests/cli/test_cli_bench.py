"""`xorgui bench`: it runs and prints its tables (the figures are not asserted)."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from .conftest import Run

Cli = Callable[..., Run]


def test_quick_bench_prints_both_tables(cli: Cli) -> None:
    run = cli("bench", "--quick", timeout=300)
    assert run.code == 0, run.stderr
    tables = run.stdout.strip().split("\n\n")
    title, engine_table, sweep_table, atlas_table, kernel_table = tables
    assert title.startswith("xorgui bench: 2000 epochs, sigmoid, BCE, SGD lr 0.1")
    header, *rows = (line.split() for line in engine_table.splitlines())
    assert header[0] == "architecture"
    assert [row[0] for row in rows] == ["2-2-1", "2-16-1", "2-8-8-1"]
    for row in rows:
        reference, engine = (float(cell.replace(",", "")) for cell in row[1:3])
        assert reference > 0 and engine > 0
        assert row[3].endswith("x")
        assert float(row[4]) <= 1e-6  # the engine follows the article's loop
    header, sweep = (line.split() for line in sweep_table.splitlines())
    assert header[0] == "sweep"
    assert sweep[:4] == ["2-2-1", "100", "x", "2000"]
    assert float(sweep[5].replace(",", "")) > 0
    header, atlas, note = atlas_table.splitlines()
    assert header.split()[:3] == ["atlas", "cells", "x"]
    assert atlas.split()[:5] == ["8x6", "300", "48", "x", "12"]
    first, finished = (float(cell) for cell in atlas.split()[5:7])
    assert 0 < first <= finished
    assert note.startswith("learning rates 0.01:10:8log x widths 1,2,3,4,8,16")
    header, reproducible, default, cost = kernel_table.splitlines()
    assert header.split() == ["kernels", "MKL_CBWR", "engine", "ep/s", "final", "loss"]
    assert reproducible.split()[:2] == ["reproducible", "COMPATIBLE"]
    assert default.split()[:3] == ["MKL's", "choice", "(unset)"]
    for row in (reproducible.split()[2:], default.split()[3:]):
        rate, loss = (float(cell.replace(",", "")) for cell in row)
        assert rate > 0 and 0 < loss < 1
    assert cost.startswith("cost of the reproducible kernels: ")


@pytest.mark.slow
@pytest.mark.gui
def test_quick_gui_bench_prints_the_windows_tables(cli: Cli) -> None:
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs an X display (pytest-xvfb provides one)")
    run = cli("bench", "--quick", "--gui", timeout=600)
    assert run.code == 0, run.stderr
    *_, gui = run.stdout.strip().split("\n\n")
    rows = [line.split() for line in gui.splitlines()]
    assert rows[0] == ["window", "first", "paint", "s", "engine", "ready", "s"]
    first_paint, engine_ready = (float(cell) for cell in rows[1])
    assert 0 < first_paint < engine_ready
    assert rows[2] == ["3-D", "view", "grid", "frames/s"]
    assert [row[0] for row in rows[3:5]] == ["100x100", "256x256"]
    assert all(float(row[1]) > 0 for row in rows[3:5])
    assert rows[5][:3] == ["in", "the", "app"]
    headless, live = (float(cell.replace(",", "")) for cell in rows[6][:2])
    assert headless > 0 and live > 0 and rows[6][2].endswith("%")
    assert rows[7] == ["memory", "epochs", "RSS", "growth", "MB"]
    from xorgui.headless.gui_bench import QUICK

    assert rows[8][0] == f"{QUICK.long_run_epochs:,}"


def test_gui_bench_without_a_display_says_so_before_measuring(cli: Cli) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    run = cli("bench", "--quick", "--gui", env=env)
    assert run.code == 1
    assert run.stdout == ""
    assert "--gui needs a display (neither DISPLAY nor WAYLAND_DISPLAY is set)" in (
        run.error_line()
    )
