"""Run the command line as a person does: `python main.py ...` in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MAIN = REPO / "main.py"


@dataclass(frozen=True)
class Run:
    """What one run of the command printed, and its exit code."""

    code: int
    stdout: str
    stderr: str

    def error_line(self) -> str:
        """The failure message, checked to be one line and no traceback."""
        lines = self.stderr.splitlines()
        assert "Traceback" not in self.stderr
        assert len(lines) == 1, self.stderr
        return lines[0]


def run_main(
    *args: str,
    cwd: Path = REPO,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> Run:
    """`python main.py ARGS`; `env` replaces the whole environment when given."""
    result = subprocess.run(
        [sys.executable, str(MAIN), *args],
        cwd=cwd,
        env={**os.environ, "PYTHONUTF8": "1"} if env is None else env,
        capture_output=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    return Run(result.returncode, result.stdout, result.stderr)


@pytest.fixture
def cli() -> Callable[..., Run]:
    return run_main
