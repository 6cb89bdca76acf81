"""Fuzzing: session files (a valid one truncated, bit-flipped, with parts
swapped, inflated or given bad array headers, its description changed),
configurations and command lines, drawn by Hypothesis. Each gives success or
one sentence (a Refusal, exit code 2), never another exception, within
SECONDS and EXTRA_MB of memory (traced allocations: numpy's included).
A session that opens also restores into a run without an error.

XORGUI_FUZZ=N multiplies the examples (the suite's default keeps this file
near 30 s on a busy machine).
"""

from __future__ import annotations

import io
import json
import os
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hostile_files import MB, members, npy_header, valid_session, zipped
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xorgui.core.config import TrainConfig
from xorgui.core.refusal import Refusal
from xorgui.core.session.file import parse_session
from xorgui.core.session.run_session import RunSession
from xorgui.core.training.trainer import Trainer
from xorgui.headless.cli import main as cli_main

SCALE = int(os.environ.get("XORGUI_FUZZ", "1"))
SECONDS = 2.0
"""Per example; generous, as the machine is shared (corpus files: 1 s)."""
EXTRA_MB = 100


def fuzz(examples: int) -> Callable[[Any], Any]:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def bounded(action: Callable[[], Any]) -> Any:
    """`action()`'s result or its Refusal, checked for time and memory."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        return action()
    except Refusal as refusal:
        message = str(refusal)
        assert "\n" not in message and message.endswith("."), message
        return refusal
    finally:
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert seconds < SECONDS
        assert peak < EXTRA_MB * MB


VALID = valid_session()
PARTS = members(VALID)
NPY_NAMES = sorted(members(PARTS["arrays.npz"]))
MANIFEST = json.loads(PARTS["session.json"])

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def truncated(draw: st.DrawFn) -> bytes:
    return VALID[: draw(st.integers(0, len(VALID)))]


@st.composite
def bit_flipped(draw: st.DrawFn) -> bytes:
    data = bytearray(VALID)
    for _ in range(draw(st.integers(1, 8))):
        data[draw(st.integers(0, len(data) - 1))] ^= 1 << draw(st.integers(0, 7))
    return bytes(data)


@st.composite
def swapped(draw: st.DrawFn) -> bytes:
    names = sorted(PARTS)
    first, second = draw(st.permutations(names))[:2]
    parts = dict(PARTS)
    parts[first], parts[second] = parts[second], parts[first]
    return zipped(parts)


@st.composite
def inflated(draw: st.DrawFn) -> bytes:
    parts = dict(PARTS)
    name = draw(st.sampled_from(sorted(parts)))
    parts[name] = parts[name] + bytes(draw(st.integers(1, 8 * MB)))
    return zipped(parts)


@st.composite
def bad_array_header(draw: st.DrawFn) -> bytes:
    descr = draw(st.sampled_from(["<f4", "<f8", "<i8", "|O", "<U5", "|V8", "<M8"]))
    shape = tuple(draw(st.lists(st.integers(0, 10**12), max_size=3)))
    body = draw(st.binary(max_size=256))
    inner = members(PARTS["arrays.npz"])
    inner[draw(st.sampled_from(NPY_NAMES))] = npy_header(descr, shape) + body
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for key, value in inner.items():
            archive.writestr(key, value)
    return zipped({**PARTS, "arrays.npz": out.getvalue()})


@st.composite
def changed_description(draw: st.DrawFn) -> bytes:
    manifest = json.loads(PARTS["session.json"])
    target = manifest
    key = draw(st.sampled_from(sorted(manifest)))
    if isinstance(manifest[key], dict) and manifest[key] and draw(st.booleans()):
        target = manifest[key]
        key = draw(st.sampled_from(sorted(target)))
    target[key] = draw(json_values | st.integers(-(10**18), 10**18) | st.just(10**15))
    return zipped({**PARTS, "session.json": json.dumps(manifest).encode()})


DATA_FIELDS = (
    "data", "points", "noise", "data_seed", "test_share", "given", "features",
    "batch_size", "l1", "l2",
)  # fmt: skip
"""The settings the corpus's session (saved before they existed) lacks."""
points = st.lists(
    st.lists(
        st.floats(-1, 2)
        | st.integers(-(10**20), 10**20)
        | st.booleans()
        | st.text(max_size=2),
        max_size=4,
    ),
    max_size=8,
)


@st.composite
def changed_data(draw: st.DrawFn) -> bytes:
    """The run's or a pinned run's settings given a data setting, fitting or not."""
    manifest = json.loads(PARTS["session.json"])
    config = draw(
        st.sampled_from([manifest["config"], manifest["pinned"][0]["config"]])
    )
    field = draw(st.sampled_from(DATA_FIELDS))
    config[field] = draw(json_values | points if field == "given" else json_values)
    return zipped({**PARTS, "session.json": json.dumps(manifest).encode()})


@st.composite
def added_test_losses(draw: st.DrawFn) -> bytes:
    """A test loss history, of any length and type, beside the run's."""
    inner = members(PARTS["arrays.npz"])
    length = draw(st.integers(0, 400))
    value = draw(st.sampled_from([np.float32(0.5), 0.5, np.nan, np.inf, 7, "abc"]))
    packed = io.BytesIO()
    np.save(packed, np.full(length, value), allow_pickle=False)
    inner["history_test_losses.npy"] = packed.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for key, value in inner.items():
            archive.writestr(key, value)
    return zipped({**PARTS, "arrays.npz": out.getvalue()})


sessions = st.one_of(
    truncated(),
    bit_flipped(),
    swapped(),
    inflated(),
    bad_array_header(),
    changed_description(),
    changed_data(),
    added_test_losses(),
)


@fuzz(60)
@given(sessions)
def test_any_session_file_opens_or_is_refused_with_a_sentence(content: bytes) -> None:
    data = bounded(lambda: parse_session(content, "fuzzed.xorgui"))
    if isinstance(data, Refusal):
        return
    # What opens restores without an error (nothing is half opened).
    session = RunSession(Trainer())
    bounded(lambda: session.load_run(data.run))


configuration_texts = st.one_of(
    json_values.map(json.dumps),
    st.text(max_size=200),
    st.builds(lambda depth: "[" * depth + "]" * depth, st.integers(0, 50_000)),
    st.builds(
        lambda field, digits: json.dumps({"version": 1, field: 0}).replace(
            "0}", "9" * digits + "}"
        ),
        st.sampled_from(["seed", "lr", "epochs"]),
        st.integers(1, 6000),
    ),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999"]).map(
        lambda word: '{"version": 1, "lr": ' + word + "}"
    ),
    st.builds(
        lambda field, value: json.dumps({"version": 1, field: value}),
        st.sampled_from(DATA_FIELDS),
        json_values | points,
    ),
    st.builds(
        lambda value: json.dumps({"version": 1, "data": "given", "given": value}),
        points,
    ),
)


@fuzz(100)
@given(configuration_texts)
def test_any_configuration_text_gives_settings_or_a_sentence(text: str) -> None:
    result = bounded(lambda: TrainConfig.from_json(text, "fuzzed.json"))
    assert isinstance(result, TrainConfig | Refusal)


OPTIONS = [
    "--gate", "--hidden", "--activation", "--output-activation", "--seed",
    "--optimizer", "--lr", "--momentum", "--loss", "--config", "--log-every",
    "--loss-csv", "--save-model", "--save-config", "--data", "--points",
    "--noise", "--data-seed", "--test-share", "--features", "--batch-size",
    "--l1", "--l2",
]  # fmt: skip
VALUES = [
    "", "-1", "0", "1e999", "nan", "inf", "xor", "2,2", "none", "9" * 5000,
    "a" * 10_000, "/dev/zero", "/dev/null", "/proc/self/status", ".", "..",
    "\x00", "ゲート", "--", "-h", "circle", "given", "spiral", "x1,x1x2",
    "x1,,x2", "0.9", "0.3", "2000", "4",
]  # fmt: skip


@st.composite
def command_lines(draw: st.DrawFn, folder: Path) -> list[str]:
    args = ["train"]
    for _ in range(draw(st.integers(0, 4))):
        args.append(draw(st.sampled_from(OPTIONS)))
        value = draw(st.sampled_from([*VALUES, "FILE", "FIFO"]) | st.text(max_size=12))
        args.append(
            {"FILE": str(folder / "out.txt"), "FIFO": str(folder / "pipe")}.get(
                value, value
            )
        )
    return [*args, "--epochs", "2"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzzed-cli")
    if hasattr(os, "mkfifo"):
        os.mkfifo(path / "pipe")
    return path


def test_any_command_line_gives_a_result_or_one_line(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(folder)  # outputs named relatively land there
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))  # a bug's report too

    @fuzz(40)
    @given(command_lines(folder))
    def check(args: list[str]) -> None:
        started = time.perf_counter()
        code = cli_main(args)
        error = capsys.readouterr().err
        assert time.perf_counter() - started < 30
        assert code in (0, 1, 2), (args, code, error)
        assert "Traceback" not in error and "unexpected failure" not in error
        if code:
            assert len(error.splitlines()) == 1, (args, error)

    check()
