"""Write the hostile files small enough to commit into corpus/:
`.venv/bin/python tests/hostile/make_corpus.py` (again after a change of the
session format: valid.xorgui is the run every hostile session is made from).
"""

from __future__ import annotations

import numpy as np
from hostile_files import CORPUS, VALID, config_files, csv_files, session_files

from xorgui.core.config import TrainConfig
from xorgui.core.grid import grid_axis
from xorgui.core.pinned import PinnedRun
from xorgui.core.session.file import SessionData, session_bytes
from xorgui.core.session.run_session import RunSession
from xorgui.core.snapshot import Surface
from xorgui.core.training.trainer import Trainer


def valid_bytes() -> bytes:
    """300 epochs of the article's run, paused, with one pinned run."""
    session = RunSession(Trainer(TrainConfig(epochs=1000)))
    session.play()
    session.train(300)
    session.pause()
    axis = grid_axis(5)
    pin = PinnedRun(
        "seed 42",
        TrainConfig(),
        300,
        np.arange(3),
        np.full(3, 0.5),
        Surface(axis, np.linspace(0, 1, 25).reshape(5, 5)),
    )
    layout = {"windowState": b"\x00\x01state"}
    return session_bytes(SessionData(session.saved_run(), (pin,), layout))


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    VALID.write_bytes(valid_bytes())
    for name, content in {**session_files(), **config_files(), **csv_files()}.items():
        (CORPUS / name).write_bytes(content)


if __name__ == "__main__":
    main()
