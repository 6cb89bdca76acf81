"""`xorgui bench`: how fast the engine and the sweep are, and with --gui the
window, measured in a real window through the render gateway.

The parser is built for every command, so this module loads no torch: the
benchmark's modules are imported when it runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from xorgui.headless.errors import EXIT_OK, CommandError, qt_failures_reported

PROC_MEMORY = Path("/proc/self/statm")
"""Linux's account of a process's memory, which --gui and --sweep-scaling
read (with its start time); Windows and macOS have no /proc."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `bench`."""
    parser.add_argument(
        "--quick",
        action="store_true",
        help="2000 epochs and 100 seeds instead of 20000/1000; with --gui, "
        "seconds-long GUI measurements instead of minutes",
    )
    parser.add_argument(
        "--gui", action="store_true", help="also measure the window's views"
    )
    parser.add_argument(
        "--sweep-scaling",
        action="store_true",
        help="only the sweep at 1,000, 10,000 and 100,000 seeds (wall time, "
        "model-epochs/s, start-up, peak memory; 1000 epochs, 20 with --quick)",
    )


def run(options: argparse.Namespace) -> int:
    """Print how fast the engine and the sweep are (and the GUI, with --gui)."""
    if (options.sweep_scaling or options.gui) and not PROC_MEMORY.exists():
        raise CommandError(
            "--gui and --sweep-scaling read memory and start times from Linux's "
            "/proc, which this system lacks: run them on Linux (plain bench runs "
            "everywhere)"
        )
    if options.sweep_scaling:
        from xorgui.headless.bench.engine import print_row
        from xorgui.headless.bench.sweep_scaling import print_scaling

        print_scaling(print_row, options.quick)
        return EXIT_OK
    if options.gui:
        with qt_failures_reported("the GUI benchmark"):
            from xorgui.headless import render
        from xorgui.display import probed_display

        # Checked now, not after minutes of engine tables. The probe leaves at
        # once: Qt connects only after those tables, long after any reset.
        with probed_display() as problem:
            if problem is not None:
                raise CommandError(
                    f"--gui needs a display ({problem}); run under xvfb-run"
                )

    from xorgui.headless.bench.engine import print_row, run_bench

    run_bench(options.quick)
    if options.gui:
        print()
        render.measure_window(print_row, quick=options.quick)
    return EXIT_OK
