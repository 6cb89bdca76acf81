"""A session carries its data: the data set and its settings, the points a
person drew or imported, and the test points' loss history when the run has
one; files written before these existed open as they did."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from xorgui.core.config import TrainConfig
from xorgui.core.refusal import Refusal
from xorgui.core.session.file import SessionData, parse_session, session_bytes
from xorgui.core.session.run_session import RunSession
from xorgui.core.training.trainer import Trainer

DRAWN = TrainConfig(
    data="given",
    given=((0.1, 0.1, 0.0), (0.2, 0.9, 1.0), (0.8, 0.15, 1.0), (0.9, 0.85, 0.0))
    + tuple((0.5, x / 10, 1.0) for x in range(10)),
    test_share=0.2,
    features=("x1", "x2", "x1x2"),
    hidden=(3,),
    epochs=600,
)
"""Points of one's own, some held out, and a feature beyond the article's."""


def paused_run(config: TrainConfig, lr_after: int = 100) -> RunSession:
    """`config` trained 300 epochs, its learning rate changed on the way."""
    session = RunSession(Trainer(config))
    session.play()
    session.train(lr_after)
    session.set_learning_rate(0.5)
    session.train(300 - lr_after)
    session.pause()
    return session


def manifest_of(content: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return json.loads(archive.read("session.json"))


def array_names(content: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        arrays = zipfile.ZipFile(io.BytesIO(archive.read("arrays.npz")))
        return sorted(name.removesuffix(".npy") for name in arrays.namelist())


def test_points_of_ones_own_travel_with_the_session() -> None:
    session = paused_run(DRAWN)
    content = session_bytes(SessionData(session.saved_run()))
    saved = manifest_of(content)
    assert saved["config"]["given"] == [list(point) for point in DRAWN.given]
    # The segments are the run's points too: they are saved once.
    assert len(saved["segments"]) == 2
    assert all("given" not in segment["config"] for segment in saved["segments"])

    opened = RunSession(Trainer())
    opened.load_run(parse_session(content).run)
    trainer = opened.trainer
    assert trainer.config == session.trainer.config.with_changes(lr=0.5)
    assert [s.config.given for s in opened.timeline.to_record(trainer).segments] == [
        DRAWN.given,
        DRAWN.given,
    ]
    assert trainer.checkpoint().same_as(session.trainer.checkpoint())
    np.testing.assert_array_equal(trainer.predictions(), session.trainer.predictions())
    # The run goes on from there exactly as the saved one does.
    opened.play()
    session.play()
    np.testing.assert_array_equal(opened.trainer.train(50), session.trainer.train(50))


def test_a_run_without_test_points_saves_no_test_losses() -> None:
    config = TrainConfig(data="circle", points=40, noise=0.05, epochs=600)
    saved = paused_run(config).saved_run()
    assert saved.history_test_losses is None
    content = session_bytes(SessionData(saved))
    assert "history_test_losses" not in array_names(content)
    run = parse_session(content).run
    assert run.history_test_losses is None
    assert run.config == config.with_changes(lr=0.5)


def test_test_losses_round_trip_through_the_file() -> None:
    saved = paused_run(DRAWN).saved_run()
    test_losses = np.linspace(0.9, 0.4, len(saved.history_epochs))
    content = session_bytes(
        SessionData(replace(saved, history_test_losses=test_losses))
    )
    assert "history_test_losses" in array_names(content)
    run = parse_session(content).run
    assert run.history_test_losses is not None
    np.testing.assert_array_equal(run.history_test_losses, test_losses)
    np.testing.assert_array_equal(run.history_losses, saved.history_losses)


@pytest.mark.parametrize(
    ("test_losses", "says"),
    [
        (np.ones(3), "its loss history does not fit the run"),
        (np.array(["a"] * 300), "it holds text or objects where numbers belong"),
        (np.arange(300), "its loss history does not fit the run"),
        (np.full(300, np.nan), "its loss history holds values that are not numbers"),
        (np.full(300, np.inf), "its loss history holds values that are not numbers"),
    ],
    ids=["short", "text", "whole-numbers", "nan", "inf"],
)
def test_bad_test_losses_are_refused(test_losses: np.ndarray, says: str) -> None:
    saved = paused_run(DRAWN).saved_run()
    assert len(saved.history_epochs) == 300
    bad = replace(saved, history_test_losses=test_losses)
    with pytest.raises(Refusal) as caught:
        parse_session(session_bytes(SessionData(bad)), "bad.xorgui")
    assert str(caught.value) == f"bad.xorgui is damaged and cannot be opened: {says}."


def test_a_segment_that_names_its_own_points_is_checked_against_the_run() -> None:
    """A segment whose points differ from the run's is not the run's network."""
    content = session_bytes(SessionData(paused_run(DRAWN).saved_run()))
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(parts["session.json"])
    manifest["segments"][1]["config"]["given"] = [[0.5, 0.5, 1.0]] * 4
    parts["session.json"] = json.dumps(manifest).encode()
    changed = io.BytesIO()
    with zipfile.ZipFile(changed, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(Refusal, match="its changes of settings do not fit"):
        parse_session(changed.getvalue())


def test_a_session_from_before_the_data_settings_opens_on_the_corners() -> None:
    """The committed golden session (tests/core/test_session_golden.py holds
    it to its numbers) was saved before data sets, features and test losses."""
    content = (Path(__file__).parent / "data" / "golden-session.xorgui").read_bytes()
    assert "data" not in manifest_of(content)["config"]
    run = parse_session(content).run
    assert (run.config.data, run.config.features, run.config.given) == (
        "corners",
        ("x1", "x2"),
        (),
    )
    assert run.history_test_losses is None
    assert all(s.config.given == () for s in run.timeline.segments)
