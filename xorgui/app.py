"""Entry point: `python main.py` opens the window; `python main.py SUBCOMMAND` runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args:
        from xorgui.cli import main as cli_main

        return cli_main(args)
    return run_gui()


def run_gui() -> int:
    """Open the desktop app (written in the GUI issue)."""
    raise NotImplementedError
