"""The command line: `xorgui train`, `sweep`, `atlas` and `bench`, one module each.

A failure is one line on stderr that names what to change, never a traceback
(exit codes in `xorgui.headless.errors`); an unexpected one (a bug) says so
in one line and names the report file saved with its traceback. Torch, the
engine and Qt are imported inside the commands once the arguments are known
to be good: a typo is answered at once rather than after seconds of
importing, and `train` without --surface-png never loads Qt.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

from xorgui.core.failure_report import failure_sentence, save_report
from xorgui.headless import atlas_command, bench_command, sweep_command, train_command
from xorgui.headless.errors import (
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    UsageError,
    cancelled,
    say,
)
from xorgui.headless.options import OptionParser

COMMANDS: dict[str, tuple[ModuleType, str, str]] = {
    "train": (
        train_command,
        "train one network and print its truth table",
        "Train one network (the article's XOR experiment by default), "
        "print its truth table and write the files asked for.",
    ),
    "sweep": (
        sweep_command,
        "train many seeds at once and count how often the gate is learned",
        "Train every seed of a range at once; print the success rate "
        "and how many epochs solving took.",
    ),
    "atlas": (
        atlas_command,
        "sweep a grid of two settings (learning rate x width by default)",
        "Train a sweep for every pair of values of two settings and write "
        "how many seeds learned the gate, and how fast, as a CSV and a picture.",
    ),
    "bench": (
        bench_command,
        "measure the engine against the article's loop, and a sweep",
        "Print epochs/s of the article's autograd loop and of the engine "
        "for 2-2-1, 2-16-1 and 2-8-8-1, and the speed of a 1000-seed sweep.",
    ),
}
"""Each command: its module (add_arguments(parser), run(options)), the line
`xorgui --help` shows for it, and the description its own --help shows."""


def main(args: list[str]) -> int:
    """Run one subcommand; return the process exit code."""
    parser = build_parser()
    prog = parser.prog
    try:
        options, unknown = parser.parse_known_args(args)
        prog = options.prog
        if unknown:
            raise UsageError(f"unrecognized arguments: {' '.join(unknown)}")
        return options.run(options)
    except SystemExit as exc:  # argparse's --help prints and exits
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except CommandError as exc:
        say(f"{exc.prog or prog}: error: {exc}")
        return exc.code
    except KeyboardInterrupt:
        return cancelled(prog)
    except BrokenPipeError:
        # Whoever read stdout has gone (`| head`): stop quietly, and keep
        # Python from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except Exception as exc:  # a bug: a sentence and a report, not a traceback
        path = save_report(type(exc), exc, exc.__traceback__, " ".join(args))
        say(f"{prog}: error: {failure_sentence(path)}")
        return EXIT_FAILURE


def build_parser() -> OptionParser:
    """The `xorgui` parser with one subcommand per command module."""
    parser = OptionParser(
        prog="xorgui",
        description="Watch a small network learn a logic gate. Without a command "
        "the window opens; these commands run without one. The command line "
        "speaks English; the window follows the system language (View > "
        "Language).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (command, summary, description) in COMMANDS.items():
        subparser = commands.add_parser(name, help=summary, description=description)
        command.add_arguments(subparser)
        subparser.set_defaults(run=command.run, prog=subparser.prog)
    return parser
