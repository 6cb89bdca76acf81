"""Where a file is written: through a link (which stays), never over a device
or a pipe; the temporary files of a killed export are cleaned up later, and
an MP4 onto a full disk is one sentence."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from xorgui.core.animation.file import AnimationWriter
from xorgui.core.files import ExportError, atomic_path, write_text

STALE = 2 * 24 * 3600
"""Older than any export in progress (files.STALE_PART_SECONDS is a day)."""


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_text(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_pipe_is_refused_and_stays(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    with pytest.raises(ExportError, match="not an ordinary file"):
        write_text(pipe, "data")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.csv"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="mknod needs root")
def test_a_device_node_is_refused_and_stays(tmp_path: Path) -> None:
    """A null device of our own (as root, --save-model /dev/null replaced it)."""
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    with pytest.raises(ExportError, match="not an ordinary file"):
        write_text(device, "data")
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    link = tmp_path / "to-null"
    link.symlink_to(device)
    with pytest.raises(ExportError, match="not an ordinary file"):
        write_text(link, "data")
    assert stat.S_ISCHR(os.lstat(device).st_mode) and link.is_symlink()


def killed_export(folder: Path) -> Path:
    """Start writing folder/loss.csv in a process that is killed (-9) with
    its temporary file open; that file's path."""
    code = (
        "import os, sys, time\n"
        "from xorgui.core.files import atomic_path\n"
        "with atomic_path(sys.argv[1]) as temp:\n"
        "    open(temp, 'w').write('half')\n"
        "    print(temp, flush=True)\n"
        "    time.sleep(60)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(folder / "loss.csv")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    temp = Path(process.stdout.readline().strip())
    process.kill()
    process.wait()
    process.stdout.close()
    return temp


def test_a_killed_exports_temporary_file_is_removed_once_stale(tmp_path: Path) -> None:
    temp = killed_export(tmp_path)
    assert temp.exists() and temp.name.startswith(".loss.csv.")
    other = tmp_path / ".notes.txt"
    other.write_text("a person's hidden file")
    # A fresh one may be a write in progress: it stays.
    write_text(tmp_path / "config.json", "{}")
    assert temp.exists()
    old = time.time() - STALE
    os.utime(temp, (old, old))
    os.utime(other, (old, old))
    write_text(tmp_path / "config.json", "{}")
    assert not temp.exists()
    assert other.exists()


def full_folder(tmp_path: Path) -> Path:
    """A 64 KiB file system mounted at tmp_path/full (root only)."""
    folder = tmp_path / "full"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    return folder


def test_an_mp4_onto_a_full_disk_is_one_sentence(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder = full_folder(tmp_path)
    try:
        writer = AnimationWriter(folder / "run.mp4", 10)
        frames = np.random.default_rng(0).integers(0, 255, (30, 240, 320, 3))
        with pytest.raises(ExportError) as caught:
            for frame in frames.astype(np.uint8):
                writer.add(frame)
            writer.finish()
        assert str(caught.value) == "cannot encode the MP4: the disk is full"
        assert capfd.readouterr().err == ""  # nothing of ffmpeg's own
        assert list(folder.iterdir()) == []
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_an_existing_file_keeps_its_mode_through_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("{}")
    real.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with atomic_path(link) as temp:
        Path(temp).write_text('{"a": 1}')
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert link.is_symlink()


def test_a_null_character_in_a_name_is_a_sentence(tmp_path: Path) -> None:
    from xorgui.core.config import TrainConfig

    with pytest.raises(ExportError, match="no null character"):
        write_text(tmp_path / "a\0b.csv", "data")
    with pytest.raises(ValueError, match="cannot be read") as caught:
        TrainConfig.load(tmp_path / "a\0b.json")
    assert "\n" not in str(caught.value)
