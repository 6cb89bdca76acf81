"""Every hostile file of the corpus, and the special files, opened in a
process of its own: a sentence, at once, in little memory; never a
traceback, a hang or a machine's worth of memory.

The memory is the opening process's peak resident size above what it had
before it opened the file (getrusage; skipped where there is none).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_files import CORPUS, HERE, MB, bomb, valid_session

REPO = HERE.parents[1]
SECONDS = 1.0
"""The longest an opening may take (the process's start not counted)."""
EXTRA_MB = 100
"""The most memory an opening may add to the process's peak."""
HANG_SECONDS = 30
INTERNALS = ("Error", "NoneType", "allow_pickle", "('", "object is not", "Traceback")


def opened(kind: str, path: Path | str) -> dict:
    """What opening `path` as a `kind` ("session", "config") did, checked to
    be a success or one sentence, quickly, in little memory."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    script = HERE / "open_untrusted.py"
    started = time.perf_counter()
    try:
        run = subprocess.run(
            [sys.executable, str(script), kind, str(path)],
            capture_output=True,
            text=True,
            timeout=HANG_SECONDS,
            env=env,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"opening {path} hung for {HANG_SECONDS} s")
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    report = json.loads(run.stdout)
    report["wall"] = time.perf_counter() - started
    assert report["seconds"] < SECONDS, report
    if report["peak_mb"] is not None:
        assert report["peak_mb"] - report["baseline_mb"] < EXTRA_MB, report
    if report["outcome"] == "refused":
        message = report["message"]
        assert "\n" not in message and len(message) < 400, message
        assert message.endswith("."), message
        assert not any(word in message for word in INTERNALS), message
    return report


HOSTILE_SESSIONS = sorted(
    path.name for path in CORPUS.glob("*.xorgui") if path.name != "valid.xorgui"
)
HOSTILE_CONFIGS = sorted(path.name for path in CORPUS.glob("*.json"))
HOSTILE_POINTS = sorted(path.name for path in CORPUS.glob("*.csv"))


@pytest.mark.parametrize("name", HOSTILE_SESSIONS)
def test_a_hostile_session_is_refused_with_a_sentence(name: str) -> None:
    assert opened("session", CORPUS / name)["outcome"] == "refused"


@pytest.mark.parametrize("name", HOSTILE_CONFIGS)
def test_a_hostile_configuration_is_refused_with_a_sentence(name: str) -> None:
    report = opened("config", CORPUS / name)
    assert report["outcome"] == "refused"
    assert len(report["message"]) < 300


@pytest.mark.parametrize("name", HOSTILE_POINTS)
def test_a_hostile_file_of_points_is_refused_with_a_sentence(name: str) -> None:
    report = opened("csv", CORPUS / name)
    assert report["outcome"] == "refused"
    assert len(report["message"]) < 300


def test_the_valid_session_of_the_corpus_opens() -> None:
    assert opened("session", CORPUS / "valid.xorgui")["outcome"] == "ok"


def test_a_zip_bomb_is_refused_at_once_in_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xorgui"
    path.write_bytes(bomb(valid_session()))
    assert path.stat().st_size < 5 * MB
    report = opened("session", path)
    assert report["outcome"] == "refused"
    assert "unpacks to more than" in report["message"]
    print(
        f"3-GiB bomb ({path.stat().st_size / MB:.1f} MB): refused in "
        f"{report['seconds'] * 1000:.0f} ms, peak +"
        f"{(report['peak_mb'] or 0) - (report['baseline_mb'] or 0):.1f} MB"
    )


def test_a_large_random_file_costs_no_memory(tmp_path: Path) -> None:
    path = tmp_path / "random.xorgui"
    with path.open("wb") as stream:
        for _ in range(200):
            stream.write(os.urandom(MB))
    report = opened("session", path)
    assert report["outcome"] == "refused"
    print(
        f"200 MB random: refused in {report['seconds'] * 1000:.0f} ms, peak +"
        f"{(report['peak_mb'] or 0) - (report['baseline_mb'] or 0):.1f} MB"
    )


def special_files(tmp_path: Path) -> dict[str, str]:
    """A pipe, a folder, a device and a file under /proc (those that exist)."""
    files = {"a folder": str(tmp_path)}
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        files["a pipe"] = str(fifo)
    for name, path in (("a device", "/dev/zero"), ("/proc", "/proc/self/status")):
        if os.path.exists(path):
            files[name] = path
    return files


@pytest.mark.parametrize("kind", ["session", "config", "csv"])
def test_special_files_are_refused_at_once(kind: str, tmp_path: Path) -> None:
    for name, path in special_files(tmp_path).items():
        report = opened(kind, path)
        assert report["outcome"] == "refused", name
        assert report["wall"] < HANG_SECONDS / 2, name
