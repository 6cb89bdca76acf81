"""Hostile files, made from a valid session: each one of the ways a file has
broken or eaten a machine (issue 24), as bytes.

`make_corpus.py` writes the small ones into corpus/ (committed); the large
ones (the zip bomb, a 200 MB random file) are made where a test needs them.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
VALID = CORPUS / "valid.xorgui"
"""A valid session: 300 epochs of the article's run, with one pinned run."""
BOMB_BYTES = 3 * 1024**3
MB = 1024 * 1024


def valid_session() -> bytes:
    return VALID.read_bytes()


def members(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zipped(parts: dict[str, bytes]) -> bytes:
    """A session-like zip of `parts` (the magic stored first, as xorgui does)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, method)
    return out.getvalue()


def with_manifest(content: bytes, change: Callable[[dict], object]) -> bytes:
    """`content` with its session.json changed in place by `change`."""
    parts = members(content)
    manifest = json.loads(parts["session.json"])
    change(manifest)
    parts["session.json"] = json.dumps(manifest).encode()
    return zipped(parts)


def arrays_of(content: bytes) -> dict[str, np.ndarray]:
    with np.load(io.BytesIO(members(content)["arrays.npz"])) as npz:
        return {key: npz[key] for key in npz.files}


def with_arrays(content: bytes, change: Callable[[dict], object]) -> bytes:
    """`content` with its arrays changed in place by `change`."""
    arrays = arrays_of(content)
    change(arrays)
    packed = io.BytesIO()
    np.savez(packed, **arrays)
    parts = members(content)
    parts["arrays.npz"] = packed.getvalue()
    return zipped(parts)


def with_npz_member(content: bytes, name: str, data: bytes) -> bytes:
    """`content` whose arrays.npz holds `data` as its member `name` (stored)."""
    inner = members(members(content)["arrays.npz"])
    inner[name] = data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for key, value in inner.items():
            archive.writestr(key, value)
    parts = members(content)
    parts["arrays.npz"] = out.getvalue()
    return zipped(parts)


def npy_header(descr: str, shape: tuple[int, ...]) -> bytes:
    """A version 1.0 `.npy` header claiming `descr` and `shape`."""
    text = f"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape!r}, }}"
    text += " " * (63 - (len(text) + 10) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text.encode()


def patched_member(
    content: bytes, name: str, local: int, central: int, value: int
) -> bytes:
    """`content` with the 2-byte field at `local` (in the member's local
    header) and `central` (in its directory entry) set to `value`."""
    data = bytearray(content)
    encoded = name.encode()
    for signature, offset, name_at in (
        (b"PK\x03\x04", local, 30),
        (b"PK\x01\x02", central, 46),
    ):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_at : start + name_at + len(encoded)] == encoded:
                struct.pack_into("<H", data, start + offset, value)
            start += 4
    return bytes(data)


def encrypted(content: bytes) -> bytes:
    """The arrays marked encrypted (flag bit 0)."""
    return patched_member(content, "arrays.npz", 6, 8, 0x1)


def unknown_packing(content: bytes) -> bytes:
    """The arrays packed by a method no zip reader knows (99)."""
    return patched_member(content, "arrays.npz", 8, 10, 99)


def handmade_zip(entries: list[tuple[str, int, bytes, int, int]]) -> bytes:
    """A zip of (name, method, packed data, unpacked size, crc) entries, as
    stated: nothing is checked, so the sizes may lie."""
    out, directory = bytearray(), bytearray()
    for name, method, packed, size, crc in entries:
        encoded = name.encode()
        offset = len(out)
        fields = (20, 0, method, 0, 0, crc, len(packed), size, len(encoded), 0)
        out += b"PK\x03\x04" + struct.pack("<HHHHHIIIHH", *fields) + encoded + packed
        directory += (
            b"PK\x01\x02"
            + struct.pack("<HHHHHHIIIHHHHHII", 20, *fields, 0, 0, 0, 0, offset)
            + encoded
        )
    end = struct.pack(
        "<IHHHHIIH",
        0x06054B50,
        0,
        0,
        len(entries),
        len(entries),
        len(directory),
        len(out),
        0,
    )
    return bytes(out + directory + end)


def bomb(content: bytes, unpacked: int = BOMB_BYTES) -> bytes:
    """`content` whose arrays hold one more array, of `unpacked` bytes of
    zeros packed into a few MB (the zip bomb: 3 GiB in some 3 MB)."""
    header = npy_header("<f8", (unpacked // 8,))
    chunk = bytes(MB)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = packer.compress(header) + packer.flush(zlib.Z_FULL_FLUSH)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = zlib.crc32(header)
    for _ in range(unpacked // MB):
        crc = zlib.crc32(chunk, crc)
    packed = head + zeros * (unpacked // MB) + b"\x03\x00"
    inner = members(members(content)["arrays.npz"])
    entries = [
        (name, 0, data, len(data), zlib.crc32(data)) for name, data in inner.items()
    ]
    entries.append(("padding.npy", 8, packed, len(header) + unpacked, crc))
    parts = members(content)
    parts["arrays.npz"] = handmade_zip(entries)
    return zipped(parts)


def lying_member(content: bytes) -> bytes:
    """The description states 100 bytes but unpacks to 1 MB."""
    parts = members(content)
    data = parts["session.json"] + b" " * MB
    packed = zlib.compress(data, 9)[2:-4]
    entries = []
    for name, value in parts.items():
        if name == "session.json":
            entries.append((name, 8, packed, 100, zlib.crc32(data)))
        else:
            entries.append((name, 0, value, len(value), zlib.crc32(value)))
    return handmade_zip(entries)


def deep_json(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


def session_files() -> dict[str, bytes]:
    """The hostile sessions small enough to commit, by name."""
    good = valid_session()

    def set_tip(manifest: dict) -> None:
        manifest["tip"]["epoch"] = 10**15

    def nan_history(arrays: dict) -> None:
        arrays["history_losses"] = arrays["history_losses"].copy()
        arrays["history_losses"][5] = np.nan

    def inf_history(arrays: dict) -> None:
        arrays["history_losses"] = arrays["history_losses"].copy()
        arrays["history_losses"][-1] = np.inf

    def text_pins(arrays: dict) -> None:
        arrays["pinned0_epochs"] = np.array(["a"] * 3)
        arrays["pinned0_losses"] = np.array(["b"] * 3)

    def long_label(manifest: dict) -> None:
        manifest["pinned"][0]["label"] = "a" * (10 * MB)

    def too_many_points(manifest: dict) -> None:
        manifest["config"]["given"] = [[0.5, 0.5, 1.0]] * 100_000

    def text_point(manifest: dict) -> None:
        manifest["pinned"][0]["config"]["given"] = [["x1", 0, 1]] * 4

    def short_test_losses(arrays: dict) -> None:
        arrays["history_test_losses"] = np.full(2, 0.5)

    parts = members(good)
    parts["layout/../../../../tmp/xorgui-was-here"] = b"state"
    deep = members(good)
    deep["session.json"] = deep_json()
    return {
        "deep-description.xorgui": zipped(deep),
        "encrypted-arrays.xorgui": encrypted(good),
        "unknown-packing.xorgui": unknown_packing(good),
        "huge-array-header.xorgui": with_npz_member(
            good, "checkpoint_values.npy", npy_header("<f4", (10**6, 10**6))
        ),
        "object-array.xorgui": with_npz_member(
            good, "tip_values.npy", npy_header("|O", (3,)) + b"\x80\x04N."
        ),
        "far-tip.xorgui": with_manifest(good, set_tip),
        "nan-loss.xorgui": with_arrays(good, nan_history),
        "inf-loss.xorgui": with_arrays(good, inf_history),
        "text-pinned-arrays.xorgui": with_arrays(good, text_pins),
        "climbing-layout-name.xorgui": zipped(parts),
        "ten-mb-label.xorgui": with_manifest(good, long_label),
        "lying-member-size.xorgui": lying_member(good),
        "truncated.xorgui": good[: len(good) // 2],
        "no-preset-edit.xorgui": with_manifest(
            good, lambda m: m.__setitem__("edits", [{"epoch": 3}])
        ),
        "null-segments.xorgui": with_manifest(
            good, lambda m: m.__setitem__("segments", None)
        ),
        "too-many-points.xorgui": with_manifest(good, too_many_points),
        "text-point.xorgui": with_manifest(good, text_point),
        "short-test-losses.xorgui": with_arrays(good, short_test_losses),
    }


def config_files() -> dict[str, bytes]:
    """Hostile configuration files, by name."""
    return {
        "five-thousand-digits.json": b'{"version": 1, "seed": ' + b"7" * 5000 + b"}",
        "deep.json": deep_json(20_000),
        "nan-lr.json": b'{"version": 1, "lr": NaN}',
        "huge-float.json": b'{"version": 1, "lr": 1e999}',
        "long-gate.json": b'{"version": 1, "gate": "' + b"x" * 60_000 + b'"}',
        "too-many-points.json": b'{"version": 1, "given": ['
        + b",".join([b"[0.5, 0.5, 1]"] * 2001)
        + b"]}",
        "huge-point.json": b'{"version": 1, "given": [[0, 0, ' + b"9" * 39 + b"]]}",
        "features-object.json": b'{"version": 1, "features": {"x1": true}}',
        "given-text.json": b'{"version": 1, "data": "given", "given": "points"}',
    }


def csv_files() -> dict[str, bytes]:
    """The hostile files of data points (CSV), by name."""
    corner = b"0,0,0\n"
    return {
        "binary.csv": bytes(range(256)) * 16,
        "nul-byte.csv": b"0,0,0\n0,\x001,1\n",
        "semicolons.csv": b"0;0;0\n0;1;1\n1;0;1\n1;1;0\n",
        "nan-label.csv": corner * 4 + b"0.5,0.5,NaN\n",
        "infinite-x.csv": corner * 4 + b"inf,0.5,1\n",
        "five-thousand-digits.csv": corner * 4 + b"5" * 5000 + b",0,1\n",
        "huge-exponent.csv": corner * 4 + b"1e999999999,0,1\n",
        "open-quote.csv": b'0,0,0\n"0.5,0.5,1\n' + corner * 3,
        "ten-thousand-commas.csv": b"," * 10_000,
        "many-points.csv": b"0.5,0.5,1\n" * 5_000,
        "height-label.csv": corner * 4 + b"0.5,0.5,0.25\n",
    }
