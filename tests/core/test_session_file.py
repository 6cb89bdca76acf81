"""The session file: a run opened again exactly as saved; broken files refused."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from xorgui.core.config import TrainConfig
from xorgui.core.grid import grid_axis
from xorgui.core.hand_edit.edits import ParameterRef
from xorgui.core.pinned import PinnedRun
from xorgui.core.refusal import Refusal
from xorgui.core.session.file import (
    FORMAT_VERSION,
    SessionData,
    load_session,
    parse_session,
    save_session,
    session_bytes,
)
from xorgui.core.session.run_session import RunSession, RunState
from xorgui.core.snapshot import Surface
from xorgui.core.training.trainer import Trainer


def trained(
    config: TrainConfig, epochs: int, lr_after: int | None = None
) -> RunSession:
    session = RunSession(Trainer(config))
    session.play()
    if lr_after is not None:
        session.train(lr_after)
        session.set_learning_rate(0.3)
    session.train(epochs - session.trainer.epoch)
    session.pause()
    return session


def pinned_runs() -> tuple[PinnedRun, ...]:
    axis = grid_axis(5)
    surface = Surface(axis, np.linspace(0, 1, 25).reshape(5, 5))
    return (
        PinnedRun(
            "seed 42",
            TrainConfig(),
            20000,
            np.arange(3),
            np.ones(3) * 0.5,
            surface,
            loss=0.014758,
        ),
        PinnedRun(
            "Adam", TrainConfig(optimizer="adam"), 10, np.arange(2), np.ones(2), None
        ),
    )


def test_a_saved_session_opens_where_it_stood(tmp_path: Path) -> None:
    config = TrainConfig(epochs=2000, optimizer="adam", lr=0.05)
    session = trained(config, 1000, lr_after=400)
    path = tmp_path / "lesson.xorgui"
    layout = {"windowState": b"\x00\x01state", "mainSplitter": b"split"}
    save_session(path, SessionData(session.saved_run(), pinned_runs(), layout))

    data = load_session(path)
    opened = RunSession(Trainer())
    opened.load_run(data.run)
    assert opened.state is RunState.PAUSED
    assert opened.trainer.config == session.trainer.config
    assert opened.trainer.checkpoint().same_as(session.trainer.checkpoint())
    assert opened.trainer.current_loss() == session.trainer.current_loss()
    assert opened.trainer.solved_epoch == session.trainer.solved_epoch
    np.testing.assert_array_equal(
        opened.trainer.history.losses, session.trainer.history.losses
    )
    for epoch in (0, 399, 400, 401, 777, 1000):
        original = session.timeline.model_at(epoch).checkpoint()
        assert opened.timeline.model_at(epoch).checkpoint().same_as(original)
    assert data.layout == layout
    assert [p.label for p in data.pinned] == ["seed 42", "Adam"]
    # The loss the status bar showed when it was pinned; else the curve's last.
    assert [p.final_loss for p in data.pinned] == [0.014758, 1.0]
    first, second = data.pinned
    assert first.config == TrainConfig() and first.epoch == 20000
    assert first.surface is not None and second.surface is None
    np.testing.assert_array_equal(first.surface.values, pinned_runs()[0].surface.values)
    np.testing.assert_array_equal(second.history_losses, np.ones(2))
    # Training on gives what the saved session would have.
    opened.play()
    session.play()
    np.testing.assert_array_equal(opened.trainer.train(300), session.trainer.train(300))


def test_a_diverged_run_opens_diverged(tmp_path: Path) -> None:
    config = TrainConfig(
        activation="identity", output_activation="linear", loss="mse", lr=10.0
    )
    session = trained(config, 50)
    assert session.state is RunState.DIVERGED
    opened = RunSession(Trainer())
    saved = session_bytes(SessionData(session.saved_run()))
    opened.load_run(parse_session(saved).run)
    assert opened.state is RunState.DIVERGED
    got, want = opened.trainer.divergence, session.trainer.divergence
    assert got is not None and want is not None
    assert (got.epoch, repr(got.value)) == (want.epoch, repr(want.value))


def valid_bytes() -> bytes:
    return session_bytes(SessionData(trained(TrainConfig(), 300).saved_run()))


def rewritten(content: bytes, replace_member: dict[str, bytes]) -> bytes:
    """`content` with some zip members replaced (or left out, for b"")."""
    source = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in source.namelist():
            data = replace_member.get(name, source.read(name))
            if data:
                archive.writestr(name, data)
    return out.getvalue()


def manifest_with(content: bytes, **changes: object) -> bytes:
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(content)).read("session.json"))
    manifest.update(changes)
    return rewritten(content, {"session.json": json.dumps(manifest).encode()})


def broken_files() -> dict[str, tuple[bytes, str]]:
    good = valid_bytes()
    foreign = io.BytesIO()
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("hello.txt", "a zip, but not ours")
    wrong_width = io.BytesIO()
    arrays = dict(
        np.load(io.BytesIO(zipfile.ZipFile(io.BytesIO(good)).read("arrays.npz")))
    )
    arrays["checkpoint_values"] = arrays["checkpoint_values"][:, :5]
    np.savez(wrong_width, **arrays)
    return {
        "empty": (b"", "is empty"),
        "truncated": (good[: len(good) // 2], "not an xorgui session file"),
        "random bytes": (
            np.random.default_rng(1).bytes(5000),
            "not an xorgui session file",
        ),
        "a zip without the parts": (foreign.getvalue(), "not an xorgui session file"),
        "no arrays": (rewritten(good, {"arrays.npz": b""}), "is damaged"),
        "a future version": (
            manifest_with(good, version=FORMAT_VERSION + 1),
            "saved by a newer xorgui",
        ),
        "another format": (manifest_with(good, format="zip"), "not an xorgui"),
        "bad settings": (
            manifest_with(good, config={"version": 1, "gate": "maybe"}),
            "settings this version cannot use",
        ),
        "checkpoints of another network": (
            rewritten(good, {"arrays.npz": wrong_width.getvalue()}),
            "not of a 2-2-1 network",
        ),
        "a damaged description": (
            rewritten(good, {"session.json": b"{not json"}),
            "is damaged",
        ),
    }


@pytest.mark.parametrize("kind", list(broken_files()))
def test_a_broken_file_is_refused_with_a_clear_message(
    kind: str, tmp_path: Path
) -> None:
    content, message = broken_files()[kind]
    path = tmp_path / "broken.xorgui"
    path.write_bytes(content)
    with pytest.raises(Refusal, match=message) as caught:
        load_session(path)
    assert str(path) in str(caught.value)


def test_a_folder_or_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(Refusal, match="is a folder"):
        load_session(tmp_path)
    with pytest.raises(Refusal, match="does not exist"):
        load_session(tmp_path / "nothing.xorgui")


def test_pinned_runs_round_trip_on_their_own() -> None:
    run = trained(TrainConfig(), 10).saved_run()
    for pins in ((), pinned_runs()[:1], pinned_runs()):
        data = parse_session(session_bytes(SessionData(run, pins)))
        assert len(data.pinned) == len(pins)
        for got, want in zip(data.pinned, pins, strict=True):
            assert replace(
                got, history_epochs=None, history_losses=None, surface=None
            ) == (replace(want, history_epochs=None, history_losses=None, surface=None))
            np.testing.assert_array_equal(got.history_epochs, want.history_epochs)


def test_hand_edits_travel_with_the_session_and_go_with_dropped_epochs(
    tmp_path: Path,
) -> None:
    session = trained(TrainConfig(epochs=900), 300)
    session.trainer.set_parameter(ParameterRef(1, 0, 1), -5.0)
    session.play()
    session.train(300)
    session.trainer.set_parameter(ParameterRef(0, 1, None), 2.5)
    session.train(100)
    session.pause()
    path = tmp_path / "edited.xorgui"
    save_session(path, SessionData(session.saved_run()))

    opened = RunSession(Trainer())
    opened.load_run(load_session(path).run)
    assert [e.note for e in opened.trainer.edits] == [
        e.note for e in session.trainer.edits
    ]
    assert [e.epoch for e in opened.trainer.edits] == [300, 600]

    opened.rewind(450)
    assert [e.epoch for e in opened.trainer.edits] == [300]
    assert opened.trainer.snapshot().edits == tuple(opened.trainer.edits)
