"""`xorgui bench`: it runs and prints its tables (the figures are not asserted)."""

from __future__ import annotations

from collections.abc import Callable

from .conftest import Run

Cli = Callable[..., Run]


def test_quick_bench_prints_both_tables(cli: Cli) -> None:
    run = cli("bench", "--quick", timeout=300)
    assert run.code == 0, run.stderr
    title, engine_table, sweep_table, kernel_table = run.stdout.strip().split("\n\n")
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
    header, reproducible, default, cost = kernel_table.splitlines()
    assert header.split() == ["kernels", "MKL_CBWR", "engine", "ep/s", "final", "loss"]
    assert reproducible.split()[:2] == ["reproducible", "COMPATIBLE"]
    assert default.split()[:3] == ["MKL's", "choice", "(unset)"]
    for row in (reproducible.split()[2:], default.split()[3:]):
        rate, loss = (float(cell.replace(",", "")) for cell in row)
        assert rate > 0 and 0 < loss < 1
    assert cost.startswith("cost of the reproducible kernels: ")
