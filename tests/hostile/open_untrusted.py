"""Open one untrusted file as xorgui does, in a process of its own, and say
how it went, for a test to judge: `python open_untrusted.py session|config|csv
PATH` prints one JSON line (outcome "ok" or "refused", the refusal's message,
the seconds the opening took, the process's peak memory before and after it
in MB). Anything but a refusal (a ValueError) escapes as a traceback."""

from __future__ import annotations

import json
import sys
import time

from xorgui.core.config import TrainConfig
from xorgui.core.data.csv_file import read_points_csv
from xorgui.core.session.file import load_session


def peak_mb() -> float | None:
    """This process's peak resident memory so far, or None where unknown."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(kind: str, path: str) -> None:
    opener = {
        "session": load_session,
        "config": TrainConfig.load,
        "csv": read_points_csv,
    }[kind]
    before = peak_mb()
    start = time.perf_counter()
    try:
        opener(path)
        outcome, message = "ok", ""
    except ValueError as refusal:
        outcome, message = "refused", str(refusal)
    seconds = time.perf_counter() - start
    report = {
        "outcome": outcome,
        "message": message,
        "seconds": seconds,
        "baseline_mb": before,
        "peak_mb": peak_mb(),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main(*sys.argv[1:])
