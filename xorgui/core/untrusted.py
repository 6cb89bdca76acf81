"""The one reader of files a person hands to xorgui (sessions, configurations).

Every bound comes from `limits`, and each is enforced before the memory it
guards is taken: a file is opened only if it is an ordinary file (a pipe, a
device, a folder or a file under /proc is refused at once and never waits);
a zip part's unpacked size is read from the zip's directory and counted again
while it is unpacked, so a part that unpacks past its stated size is refused;
an array's shape and type are read from its `.npy` header and checked against
the bytes the file holds before any array is made; JSON is read with its
nesting depth and its numbers' length bounded, and without NaN. Nothing is
ever unpickled. Every refusal is a `Refusal` naming the file.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from typing import IO, Any

import numpy as np

from xorgui.core.limits import (
    ARRAY_KINDS,
    MAX_ARRAYS,
    MAX_JSON_DEPTH,
    MAX_MEMBER,
    MAX_NUMBER_DIGITS,
    MAX_SESSION_UNPACKED,
    MB,
)
from xorgui.core.refusal import Refusal, Words

CHUNK = 1 * MB
_END_RECORD = 22
"""Bytes of a zip's end-of-directory record, its comment not counted."""
SYSTEM_FOLDERS = ("/proc/", "/sys/", "/dev/")
"""Where files are not what they seem (a /proc file says its size is 0, and
may never end)."""
_JSON_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.DOTALL)
"""A JSON string (possessive: a long one is matched without a stack)."""
_NESTING = str.maketrans({"[": "(", "{": "(", "]": ")", "}": ")"})


def open_regular(path: str | os.PathLike[str], kind: Words, limit: int) -> IO[bytes]:
    """`path` opened for reading if it is an ordinary file of at most `limit`
    bytes; a Refusal at once otherwise (a pipe is opened without waiting)."""
    name = os.fspath(path)
    try:
        before = os.stat(name)
        _require_regular(name, before, kind)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        handle = os.open(name, flags)
    except Refusal:
        raise
    except FileNotFoundError:
        raise Refusal("file_missing", file=name) from None
    except PermissionError:
        raise Refusal("file_forbidden", file=name) from None
    except (OSError, ValueError):  # ValueError: a null character in the name
        raise Refusal("file_unreadable", file=name) from None
    stream = os.fdopen(handle, "rb")
    try:
        # Checked again on what was opened: the name may now point elsewhere.
        opened = os.fstat(handle)
        _require_regular(name, opened, kind)
        if opened.st_size > limit:
            raise Refusal("file_too_large", file=name, limit=limit // MB, kind=kind)
    except BaseException:
        stream.close()
        raise
    return stream


def _require_regular(name: str, status: os.stat_result, kind: Words) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise Refusal("file_folder", file=name, kind=kind)
    real = os.path.realpath(name)
    if not stat.S_ISREG(status.st_mode) or real.startswith(SYSTEM_FOLDERS):
        raise Refusal("file_special", file=name, kind=kind)


def read_regular(path: str | os.PathLike[str], kind: Words, limit: int) -> bytes:
    """The bytes of the ordinary file `path`, at most `limit` of them."""
    name = os.fspath(path)
    with open_regular(name, kind, limit) as stream:
        try:
            content = stream.read(limit + 1)
        except OSError:
            raise Refusal("file_unreadable", file=name) from None
    if len(content) > limit:  # it grew since it was measured
        raise Refusal("file_too_large", file=name, limit=limit // MB, kind=kind)
    if not content:
        raise Refusal("file_empty", file=name, kind=kind)
    return content


def read_text(path: str | os.PathLike[str], kind: Words, limit: int) -> str:
    """The UTF-8 text of the ordinary file `path`, at most `limit` bytes."""
    content = read_regular(path, kind, limit)
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        raise Refusal("not_text", file=os.fspath(path)) from None


def load_json(text: str, name: str) -> Any:
    """The JSON value of `text`, nested at most MAX_JSON_DEPTH deep, numbers
    at most MAX_NUMBER_DIGITS characters long and finite. A syntax error is a
    json.JSONDecodeError, left to the caller to word."""
    if json_depth(text) > MAX_JSON_DEPTH:
        raise Refusal("json_too_deep", file=name, depth=MAX_JSON_DEPTH)

    def number(convert: Callable[[str], Any]) -> Callable[[str], Any]:
        def checked(digits: str) -> Any:
            if len(digits) > MAX_NUMBER_DIGITS:
                raise Refusal(
                    "json_number_too_long", file=name, digits=MAX_NUMBER_DIGITS
                )
            value = convert(digits)
            if isinstance(value, float) and not math.isfinite(value):
                raise Refusal("json_not_number", file=name, value=digits)
            return value

        return checked

    def constant(word: str) -> Any:
        raise Refusal("json_not_number", file=name, value=word)

    return json.loads(
        text, parse_int=number(int), parse_float=number(float), parse_constant=constant
    )


def json_depth(text: str) -> int:
    """How deeply lists and objects nest in `text` (brackets inside strings
    do not count); counted without recursion, so any depth can be measured."""
    brackets = _JSON_STRING.sub("", text).translate(_NESTING)
    codes = np.frombuffer(brackets.encode("utf-8", "replace"), np.uint8)
    opens = codes[(codes == ord("(")) | (codes == ord(")"))] == ord("(")
    return int(np.cumsum(np.where(opens, 1, -1), dtype=np.int32).max(initial=0))


class BoundedZip:
    """A zip archive whose parts are read only within stated bounds: at most
    `most_parts` parts, unpacking to at most `most_unpacked` bytes together
    as its directory states them (reading counts each part again).

    `name` is the file's name for refusals, `not_ours` the refusal for an
    archive that is no zip at all. The directory's size is read from its
    last bytes before the directory itself is.
    """

    def __init__(
        self,
        source: IO[bytes],
        name: str,
        not_ours: Refusal,
        most_parts: int,
        most_unpacked: int,
    ) -> None:
        self.name = name
        if _stated_parts(source) > most_parts:
            raise self.damaged("part_too_many", most=most_parts)
        try:
            self.archive = zipfile.ZipFile(source)
            self.members = {info.filename: info for info in self.archive.infolist()}
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise not_ours from None
        if len(self.members) > most_parts:
            self.archive.close()
            raise self.damaged("part_too_many", most=most_parts)
        if sum(info.file_size for info in self.members.values()) > most_unpacked:
            self.archive.close()
            raise Refusal(
                "session_unpacks_too_large", file=name, limit=most_unpacked // MB
            )

    def __enter__(self) -> BoundedZip:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.archive.close()

    def damaged(self, part: str, **values: Any) -> Refusal:
        """The refusal for a damaged part (a PHRASES code)."""
        return Refusal("session_damaged", file=self.name, part=Words(part, values))

    def read(self, member: str, limit: int) -> bytes:
        """Part `member` unpacked: at most `limit` bytes and no more than its
        stated size, counted while it unpacks."""
        info = self.members.get(member)
        if info is None:
            raise self.damaged("part_missing")
        if info.file_size > limit:
            raise Refusal(
                "session_unpacks_too_large", file=self.name, limit=limit // MB
            )
        with self.open(info) as stream:
            return self.read_counted(stream, info.file_size)

    def open(self, info: zipfile.ZipInfo) -> IO[bytes]:
        """Part `info` as a stream, if it is packed in a way xorgui reads."""
        encrypted = info.flag_bits & 0x1
        if encrypted or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise self.damaged("part_packing")
        try:
            return self.archive.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError):
            raise self.damaged("part_packing") from None

    def read_counted(self, stream: IO[bytes], size: int) -> bytes:
        """Exactly `size` bytes of `stream`, read in chunks: more is refused,
        and so is less (the part is cut short or damaged)."""
        buffer = bytearray()
        try:
            while len(buffer) <= size:
                chunk = stream.read(min(CHUNK, size + 1 - len(buffer)))
                if not chunk:
                    break
                buffer += chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
            raise self.damaged("part_member_size") from None
        if len(buffer) != size:
            raise self.damaged("part_member_size")
        return bytes(buffer)


def _stated_parts(source: IO[bytes]) -> int:
    """How many parts the zip in `source` states it has, from its end record
    (0 where there is none: zipfile then says it is no zip; the most a
    16-bit count holds for a zip64 archive, which xorgui never writes)."""
    source.seek(0, os.SEEK_END)
    end = source.tell()
    tail_size = min(end, _END_RECORD + 0xFFFF)
    source.seek(end - tail_size)
    tail = source.read(tail_size)
    source.seek(0)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _END_RECORD:
        return 0
    parts, directory = struct.unpack_from("<HI", tail, at + 10)
    return 0xFFFF if directory == 0xFFFFFFFF else parts


def read_arrays(archive: BoundedZip, member: str) -> dict[str, np.ndarray]:
    """The arrays of the `.npz` part `member` of `archive`: numbers only,
    each checked from its header against the bytes it holds before it is
    read."""
    content = archive.read(member, MAX_MEMBER)
    inner = BoundedZip(
        io.BytesIO(content),
        archive.name,
        archive.damaged("part_arrays"),
        MAX_ARRAYS,
        MAX_SESSION_UNPACKED,
    )
    with inner:
        arrays = {}
        for info in inner.members.values():
            key = info.filename.removesuffix(".npy")
            with inner.open(info) as stream:
                arrays[key] = _read_array(inner, stream, info.file_size)
    return arrays


def _read_array(archive: BoundedZip, stream: IO[bytes], stored: int) -> np.ndarray:
    """One `.npy` part: its header read and checked, then its data."""
    fmt = np.lib.format
    try:
        version = fmt.read_magic(stream)
        if version == (1, 0):
            shape, fortran, dtype = fmt.read_array_header_1_0(stream)
        elif version == (2, 0):
            shape, fortran, dtype = fmt.read_array_header_2_0(stream)
        else:
            raise ValueError(version)
        header = stream.tell()
    except (ValueError, TypeError, SyntaxError, OSError, zipfile.BadZipFile):
        raise archive.damaged("part_arrays") from None
    if dtype.kind not in ARRAY_KINDS or dtype.hasobject or dtype.names is not None:
        raise archive.damaged("part_array_kind")
    size = math.prod(shape) * dtype.itemsize
    if size != stored - header or size > MAX_MEMBER:
        raise archive.damaged("part_array_size")
    data = archive.read_counted(stream, size)
    array = np.frombuffer(bytearray(data), dtype=dtype)
    return array.reshape(shape, order="F" if fortran else "C")
