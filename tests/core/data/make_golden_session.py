"""Write golden-session.xorgui and what it must open as, golden-session.json.

Run once, from the repository root, when the session format changes on
purpose (then raise FORMAT_VERSION too):

    .venv/bin/python tests/core/data/make_golden_session.py

The session: the article's run (XOR 2-2-1, seed 42, SGD) trained 1,000
epochs, its learning rate raised to 0.3 at epoch 400, one weight set by hand
at epoch 700, and one pinned run. The JSON holds what a person would check
after opening it: the settings, the epoch, the loss now, the loss history at
some epochs, the timeline's checkpoint epochs and the model at a few of them
(every weight and bias), the hand edit, the pinned run, and the losses of
100 more epochs trained from the opened session.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.grid import grid_axis
from xorgui.core.hand_edit.edits import ParameterRef
from xorgui.core.pinned import PinnedRun
from xorgui.core.session.file import FORMAT_VERSION, SessionData, save_session
from xorgui.core.session.run_session import RunSession
from xorgui.core.snapshot import Surface
from xorgui.core.training.trainer import Trainer

HERE = Path(__file__).resolve().parent
SESSION = HERE / "golden-session.xorgui"
EXPECTED = HERE / "golden-session.json"
LOOKED_AT = (0, 64, 399, 400, 700, 701, 1000)
"""Epochs whose model the JSON holds in full."""
TRAINED_ON = 100


def golden_session() -> RunSession:
    session = RunSession(Trainer(TrainConfig(epochs=2000)))
    session.play()
    session.train(400)
    session.set_learning_rate(0.3)
    session.train(300)
    session.trainer.set_parameter(ParameterRef(0, 0, 1), 2.5)
    session.train(300)
    session.pause()
    return session


def pinned() -> tuple[PinnedRun, ...]:
    axis = grid_axis(3)
    surface = Surface(axis, np.linspace(0.0, 1.0, 9, dtype=np.float32).reshape(3, 3))
    history = np.array([0.75, 0.7, 0.69], dtype=np.float32)
    return (
        PinnedRun("seed 7", TrainConfig(seed=7), 300, np.arange(3), history, surface),
    )


def model(session: RunSession, epoch: int) -> dict[str, object]:
    trainer = session.timeline.model_at(epoch)
    return {
        "epoch": trainer.epoch,
        "loss": trainer.current_loss(),
        "layers": [
            {"weight": layer.weight.tolist(), "bias": layer.bias.tolist()}
            for layer in trainer.layers()
        ],
    }


def main() -> None:
    session = golden_session()
    save_session(SESSION, SessionData(session.saved_run(), pinned(), {}))
    trainer = session.trainer
    history = trainer.history
    record = session.timeline.to_record(trainer)
    expected = {
        "format_version": FORMAT_VERSION,
        "config": trainer.config.to_dict(),
        "epoch": trainer.epoch,
        "loss": trainer.current_loss(),
        "solved_epoch": trainer.solved_epoch,
        "continue_epochs": session.continue_epochs,
        "history": {
            str(int(e)): float(loss)
            for e, loss in zip(history.epochs, history.losses, strict=True)
            if int(e) in (0, 1, 399, 400, 699, 700, 999)
        },
        "checkpoint_epochs": [int(e) for e in record.epochs],
        "segments": [{"start": s.start, "lr": s.config.lr} for s in record.segments],
        "edits": [edit.to_dict() for edit in trainer.edits],
        "models": [model(session, epoch) for epoch in LOOKED_AT],
        "pinned": [{"label": p.label, "epoch": p.epoch} for p in pinned()],
        "trained_on": [float(v) for v in trainer.train(TRAINED_ON)],
    }
    EXPECTED.write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
