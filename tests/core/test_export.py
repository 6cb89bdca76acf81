"""Atomic writes: a failed write never leaves a half-written or truncated file."""

from __future__ import annotations

import errno
import os

import pytest

from xorgui.core import export, files
from xorgui.core.config import TrainConfig
from xorgui.core.export import export_name
from xorgui.core.files import ExportError


def test_write_replaces_the_file_whole(tmp_path) -> None:
    target = tmp_path / "out.csv"
    files.write_text(target, "first\n")
    files.write_text(target, "second\n")
    assert target.read_text() == "second\n"
    assert sorted(os.listdir(tmp_path)) == ["out.csv"]


@pytest.mark.parametrize(
    ("relative", "fragment"),
    [
        ("missing/out.csv", "does not exist"),
        ("afile.txt/out.csv", "does not exist"),
        (".", "it is a folder"),
    ],
)
def test_unwritable_targets_give_a_clear_message(
    tmp_path, relative: str, fragment: str
) -> None:
    (tmp_path / "afile.txt").write_text("keep")
    with pytest.raises(ExportError, match=fragment):
        files.write_text(tmp_path / relative, "x")
    assert (tmp_path / "afile.txt").read_text() == "keep"


def test_a_full_disk_leaves_the_existing_file_untouched(tmp_path, monkeypatch) -> None:
    target = tmp_path / "model.pt"
    target.write_bytes(b"precious")

    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        real_fsync(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ExportError, match="the disk is full"):
        files.write_bytes(target, b"new content that does not fit")
    assert target.read_bytes() == b"precious"
    assert sorted(os.listdir(tmp_path)) == ["model.pt"]


def test_loss_csv_has_a_header_and_nine_significant_digits() -> None:
    text = export.loss_csv([0, 100], [0.7482295036315918, 0.014980580657720566])
    assert text.splitlines() == ["epoch,loss", "0,0.748229504", "100,0.0149805807"]


def test_export_names_say_gate_shape_seed_and_epoch() -> None:
    config = TrainConfig(gate="nand", hidden=(3, 4), seed=7)
    assert export_name(config, "surface", "png", epoch=1500) == (
        "nand-2-3-4-1-seed7-epoch1500-surface.png"
    )
    assert export_name(config, "config", "json") == "nand-2-3-4-1-seed7-config.json"
    assert export_name(TrainConfig(), "sweep", "csv", seeds=range(0, 1000)) == (
        "xor-2-2-1-seeds0-999-sweep.csv"
    )
