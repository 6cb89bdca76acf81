"""`xorgui bench`: it runs and prints its tables (the figures are not asserted).

The full runs (`bench --quick`, 100,000 seeds in --sweep-scaling, the GUI
bench) are benchmarks, marked `bench`: `make bench` runs them, the suite does
not. The suite keeps a smoke run of each measurement at a tiny size."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from .conftest import Run

Cli = Callable[..., Run]


@pytest.mark.bench
def test_quick_bench_prints_both_tables(cli: Cli) -> None:
    run = cli("bench", "--quick", timeout=300)
    assert run.code == 0, run.stderr
    parts = run.stdout.strip().split("\n\n")
    title, engine_table, points_table, sweep_table, *rest = parts
    atlas_table, kernel_table, timeline_table = rest
    assert title.startswith("xorgui bench: 2000 epochs, sigmoid, BCE, SGD lr 0.1")
    header, *rows = (line.split() for line in engine_table.splitlines())
    assert header[0] == "architecture"
    assert [row[0] for row in rows] == ["2-2-1", "2-16-1", "2-8-8-1"]
    for row in rows:
        reference, engine = (float(cell.replace(",", "")) for cell in row[1:3])
        assert reference > 0 and engine > 0
        assert row[3].endswith("x")
        assert float(row[4]) <= 1e-6  # the engine follows the article's loop
    header, *rows, note = (line.split() for line in points_table.splitlines())
    assert header[0:2] == ["circle", "2-8-1"]
    assert [row[0] for row in rows] == ["full", "batch"]
    for row in rows:
        speedup = float(row[-2].rstrip("x"))
        assert speedup > 0 and float(row[-1]) == 0  # bit for bit, mini-batches too
    assert note[:2] == ["(200", "points,"]
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
    header, looks, memory_header, memory = timeline_table.splitlines()
    assert header.split() == [
        "timeline",
        "run",
        "epochs",
        "look",
        "back",
        "ms",
        "worst",
        "ms",
    ]
    assert looks.split()[:2] == ["2-2-1", "20,000"]
    assert all(float(cell) > 0 for cell in looks.split()[2:])
    assert memory_header.split() == ["checkpoints", "run", "epochs", "count", "MB"]
    assert memory.split()[:3] == ["2-2-1", "40,000", f"{40000 // 64 + 1}"]


@pytest.mark.bench
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
    assert rows[5] == ["in", "the", "app", "headless", "ep/s", "live", "views"] + [
        "ep/s",
        "ratio",
        "3-D",
        "frames/s",
    ]
    # The article's run, then the data set's: 200 points, 30% held out.
    assert [row[:2] for row in rows[6:8]] == [["corners", "2-2-1"], ["circle", "2-8-1"]]
    for row in rows[6:8]:
        headless, live = (float(cell.replace(",", "")) for cell in row[2:4])
        assert headless > 0 and live > 0 and row[4].endswith("%")
        assert float(row[5]) >= 0
    assert rows[8] == ["(circle:", "200", "points,", "test", "share", "0.3)"]
    assert rows[9] == ["memory", "epochs", "RSS", "growth", "MB"]
    from xorgui.headless.bench.gui import QUICK

    assert rows[10][0] == f"{QUICK.long_run_epochs:,}"
    assert rows[11] == ["views", "shown", "dock", "draws/s"]
    *docks, latency_header, latency = rows[12:]
    assert docks and all(len(row) == 2 for row in docks)
    assert latency_header == [
        "input",
        "latency",
        "median",
        "ms",
        "95%",
        "ms",
        "max",
        "ms",
    ]
    median, p95, most = (float(cell) for cell in latency)
    assert 0 <= median <= p95 <= most


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


@pytest.mark.bench
def test_sweep_scaling_prints_each_size_and_its_memory(cli: Cli) -> None:
    run = cli("bench", "--sweep-scaling", "--quick", timeout=300)
    assert run.code == 0, run.stderr
    rows = [line.split() for line in run.stdout.strip().splitlines()]
    assert rows[0] == ["sweep", "scaling", "seeds", "x", "epochs", "wall", "s"] + [
        "model-epochs/s",
        "start-up",
        "s",
    ]
    for row, seeds in zip(rows[1:4], ("1000", "10000", "100000"), strict=True):
        assert row[:4] == ["2-2-1", seeds, "x", "20"]
        wall, rate, startup = (float(cell.replace(",", "")) for cell in row[4:7])
        # Start-up is every seed's initial weights drawn on one thread; the
        # sweep draws them block by block on its threads, so start-up is not a
        # part of the wall time and may exceed it with few epochs.
        assert startup > 0
        # The wall time is printed to 0.01 s: the rate lies within its rounding.
        work = int(seeds) * 20
        assert work / (wall + 0.005) <= rate <= work / max(wall - 0.005, 1e-9)
    assert rows[4] == ["memory", "seeds", "peak", "MB", "engine", "block", "x"] + [
        "threads"
    ]
    for row, seeds in zip(rows[5:8], ("1000", "10000", "100000"), strict=True):
        assert row[0] == seeds and float(row[1]) >= 0
        assert row[2] == "seeds-last" and row[4] == "x"


def test_the_measurements_run_at_a_tiny_size(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The smoke run: each measurement once, small, its figures sane."""
    from xorgui.core.config import TrainConfig
    from xorgui.headless.bench.engine import compare_engine, print_row, time_sweep
    from xorgui.headless.bench.sweep_scaling import print_scaling

    row = compare_engine(TrainConfig(epochs=40))
    assert row.reference_rate > 0 and row.engine_rate > 0
    assert row.max_loss_difference <= 1e-6  # the engine follows the article's loop
    timing = time_sweep(TrainConfig(epochs=20), 8)
    assert timing.wall_seconds > 0 and 0 <= timing.success_rate <= 1
    capsys.readouterr()
    print_scaling(print_row, quick=True, sizes=(50,))
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert rows[0][:2] == ["sweep", "scaling"]
    assert rows[1][:4] == ["2-2-1", "50", "x", "20"]
    assert rows[2][0] == "memory" and rows[3][0] == "50"


@pytest.mark.parametrize("option", ["sweep_scaling", "gui"])
def test_the_linux_only_benchmarks_say_so_elsewhere(
    option: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without /proc (Windows, macOS), --gui and --sweep-scaling stop with one
    sentence before they start, instead of failing midway on a /proc read."""
    import argparse

    from xorgui.headless import bench_command
    from xorgui.headless.errors import CommandError

    monkeypatch.setattr(bench_command, "PROC_MEMORY", bench_command.Path("/no/proc"))
    options = {"sweep_scaling": False, "gui": False, "quick": True, option: True}
    with pytest.raises(CommandError, match="run them on Linux"):
        bench_command.run(argparse.Namespace(**options))
