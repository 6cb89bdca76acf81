"""A session file saved by this format, committed: it must keep opening as it
did, checkpoint for checkpoint, so that a change to the format that breaks
the files teachers have saved fails here (a round trip would not notice).
tests/core/data/make_golden_session.py wrote the file and what it holds."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.session.file import FORMAT_VERSION, load_session
from xorgui.core.session.run_session import RunSession
from xorgui.core.training.trainer import Trainer

DATA = Path(__file__).resolve().parent / "data"
EXPECTED = json.loads((DATA / "golden-session.json").read_text(encoding="utf-8"))


def test_the_committed_session_opens_as_it_was_saved() -> None:
    assert EXPECTED["format_version"] == FORMAT_VERSION
    data = load_session(DATA / "golden-session.xorgui")
    run = data.run
    assert run.config == TrainConfig.from_dict(EXPECTED["config"])
    assert [int(e) for e in run.timeline.epochs] == EXPECTED["checkpoint_epochs"]
    assert [(s.start, s.config.lr) for s in run.timeline.segments] == [
        (s["start"], s["lr"]) for s in EXPECTED["segments"]
    ]
    assert [edit.to_dict() for edit in run.edits] == EXPECTED["edits"]
    assert [(p.label, p.epoch) for p in data.pinned] == [
        (p["label"], p["epoch"]) for p in EXPECTED["pinned"]
    ]

    session = RunSession(Trainer())
    session.load_run(run)
    trainer = session.trainer
    assert trainer.epoch == EXPECTED["epoch"]
    assert trainer.current_loss() == EXPECTED["loss"]
    assert trainer.solved_epoch == EXPECTED["solved_epoch"]
    assert session.continue_epochs == EXPECTED["continue_epochs"]
    history = dict(
        zip(
            trainer.history.epochs.tolist(),
            trainer.history.losses.tolist(),
            strict=True,
        )
    )
    for epoch, loss in EXPECTED["history"].items():
        assert history[int(epoch)] == loss, epoch
    # The model at each epoch looked at: every weight and bias, bit for bit.
    for model in EXPECTED["models"]:
        shown = session.timeline.model_at(model["epoch"])
        assert shown.current_loss() == model["loss"], model["epoch"]
        for layer, saved in zip(shown.layers(), model["layers"], strict=True):
            np.testing.assert_array_equal(layer.weight, saved["weight"])
            np.testing.assert_array_equal(layer.bias, saved["bias"])
    # And training on goes where the saved run would have gone.
    session.play()
    np.testing.assert_array_equal(
        trainer.train(len(EXPECTED["trained_on"])),
        np.asarray(EXPECTED["trained_on"], dtype=np.float32),
    )
