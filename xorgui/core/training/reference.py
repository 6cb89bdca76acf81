"""The article's training loop, kept only as the yardstick for tests and benchmarks.

Autograd, `optimizer.step()`, one epoch per Python iteration: exactly the
article's script, generalised to every config. The app never trains with it;
the engine must reproduce it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from xorgui.core.config import TrainConfig
from xorgui.core.gates import inputs, targets
from xorgui.core.training.model import build_model


@dataclass(frozen=True, slots=True)
class ReferenceRun:
    """What the article's loop saw: each epoch's loss, and which models were right."""

    losses: np.ndarray  # epoch e's loss, before its update (float32)
    correct: np.ndarray  # the model after e updates, e = 0..epochs: all four right

    @property
    def solved_epoch(self) -> int | None:
        """The first e from which every model stayed right (`Trainer.solved_epoch`)."""
        wrong = np.flatnonzero(~self.correct)
        if wrong.size == 0:
            return 0
        last_wrong = int(wrong[-1])
        return None if last_wrong == len(self.correct) - 1 else last_wrong + 1


def reference_run(
    config: TrainConfig, epochs: int | None = None, start: nn.Module | None = None
) -> ReferenceRun:
    """Train as the article's loop does, noting every epoch's loss and outputs:
    from the seed's model, or from a copy of `start` (such as a model edited
    by hand) with a new optimizer."""
    model: nn.Module
    if start is None:
        model = build_model(config)
    else:
        model = copy.deepcopy(start).requires_grad_(True)
    x = torch.from_numpy(inputs())
    y = torch.from_numpy(targets(config.gate)).reshape(4, 1)
    loss_fn = nn.BCELoss() if config.loss == "bce" else nn.MSELoss()
    if config.optimizer == "sgd":
        optimizer: torch.optim.Optimizer = torch.optim.SGD(
            model.parameters(), lr=config.lr, momentum=config.momentum
        )
    else:
        optimizer = torch.optim.Adam(model.parameters(), lr=config.lr)
    count = config.epochs if epochs is None else epochs
    losses = np.empty(count, dtype=np.float32)
    outputs = torch.empty(count + 1, 4, 1)  # judged right or wrong at the end
    for epoch in range(count):
        optimizer.zero_grad()
        output = model(x)
        outputs[epoch] = output.detach()
        loss = loss_fn(output, y)
        loss.backward()
        optimizer.step()
        losses[epoch] = loss.item()
    with torch.no_grad():
        outputs[count] = model(x)
    correct = ((outputs > 0.5) == (y > 0.5)).flatten(1).all(1)
    return ReferenceRun(losses, correct.numpy())


def reference_losses(config: TrainConfig, epochs: int | None = None) -> np.ndarray:
    """The loss of every epoch (before its update) as the article's loop computes it."""
    return reference_run(config, epochs).losses
