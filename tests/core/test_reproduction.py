"""The engine reproduces the article's autograd loop, epoch for epoch."""

from __future__ import annotations

import numpy as np
import pytest

from xorgui.core.config import TrainConfig
from xorgui.core.training.reference import reference_losses
from xorgui.core.training.trainer import Trainer

# What the article's script prints (epoch % 100 == 0) with its defaults.
ARTICLE_PRINTS = {0: 0.7482295, 12200: 0.499449, 19900: 0.0149806}
COMPARED_EPOCHS = 4000
"""The other setups are compared over this many epochs: every epoch goes
through the same code, and the article's full 20,000 are compared above."""


def engine_losses(config: TrainConfig, log_every: int = 1) -> np.ndarray:
    trainer = Trainer(config, log_every=log_every)
    losses = trainer.train(config.epochs)
    assert trainer.epoch == config.epochs
    return losses


def test_default_reproduces_the_article_at_every_logged_epoch() -> None:
    config = TrainConfig()
    trainer = Trainer(config, log_every=100)
    trainer.train(config.epochs)
    reference = reference_losses(config)
    logged = trainer.history
    assert list(logged.epochs) == list(range(0, 20000, 100))
    np.testing.assert_allclose(logged.losses, reference[::100], rtol=0, atol=1e-5)
    for epoch, printed in ARTICLE_PRINTS.items():
        index = epoch // 100
        assert abs(logged.losses[index] - printed) < 1e-6, (epoch, logged.losses[index])
    assert trainer.snapshot().solved


@pytest.mark.parametrize(
    "changes",
    [
        {"seed": 7},
        {"hidden": (16,)},
        {"hidden": (8, 8)},
        {"hidden": (), "gate": "and"},
        {"activation": "tanh", "seed": 3},
        {"activation": "relu", "hidden": (4,)},
        {"activation": "identity", "hidden": (2, 2)},
        {"loss": "mse", "hidden": (3,)},
        {"optimizer": "adam", "lr": 0.01},
        {"momentum": 0.9, "hidden": (4, 4, 4, 4), "activation": "tanh"},
        {"output_activation": "linear", "loss": "mse", "lr": 0.5},
        {"output_activation": "linear", "loss": "mse", "activation": "relu"},
    ],
    ids=lambda c: ",".join(f"{k}={v}" for k, v in c.items()),
)
def test_engine_matches_the_autograd_loop(changes: dict) -> None:
    config = TrainConfig(epochs=COMPARED_EPOCHS, **changes)
    reference = reference_losses(config)
    losses = engine_losses(config)
    difference = np.abs(losses - reference)
    assert difference.max() <= 1e-5, (changes, difference.argmax(), difference.max())
