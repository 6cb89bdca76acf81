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
from xorgui.core.data.feature_inputs import feature_inputs
from xorgui.core.data.sets import data_set, is_right
from xorgui.core.training.model import build_model
from xorgui.core.training.one_thread import one_thread


@dataclass(frozen=True, slots=True)
class ReferenceRun:
    """What the article's loop saw: each epoch's loss, and which models were right."""

    losses: np.ndarray  # epoch e's loss on the training points, before its update
    correct: (
        np.ndarray
    )  # the model after e updates, e = 0..epochs: every training point right
    test_losses: np.ndarray  # epoch e's loss on the test points (empty without any)

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
    """`_reference_run` on one thread, as the app trains a run (one_thread.py)."""
    with one_thread():
        return _reference_run(config, epochs, start)


def _reference_run(
    config: TrainConfig, epochs: int | None, start: nn.Module | None
) -> ReferenceRun:
    """Train as the article's loop does, noting every epoch's loss and outputs:
    from the seed's model, or from a copy of `start` (such as a model edited
    by hand) with a new optimizer.

    Beyond the article, written the way a beginner extends it: the features
    computed once, a DataLoader-style shuffle (`torch.randperm` from a
    generator seeded with the run's seed, a new order each epoch, the last
    batch shorter), and the L1 / L2 penalties added to the loss. The loss
    noted for an epoch is the training points' loss before its updates
    (without the penalties), so a full batch notes the loss it trains on.
    """
    model: nn.Module
    if start is None:
        model = build_model(config)
    else:
        model = copy.deepcopy(start).requires_grad_(True)
    data = data_set(config)
    x = feature_inputs(torch.tensor(data.train_points), config.features)
    y = torch.tensor(data.train_targets)
    test_x = feature_inputs(torch.tensor(data.test_points), config.features)
    test_y = torch.tensor(data.test_targets)
    loss_fn = nn.BCELoss() if config.loss == "bce" else nn.MSELoss()
    if config.optimizer == "sgd":
        optimizer: torch.optim.Optimizer = torch.optim.SGD(
            model.parameters(), lr=config.lr, momentum=config.momentum
        )
    else:
        optimizer = torch.optim.Adam(model.parameters(), lr=config.lr)
    weights = [m.weight for m in model.modules() if isinstance(m, nn.Linear)]
    shuffle = torch.Generator().manual_seed(config.seed)
    count = config.epochs if epochs is None else epochs
    losses = np.empty(count, dtype=np.float32)
    test_losses = np.empty(count if len(test_y) else 0, dtype=np.float32)
    outputs = torch.empty(count + 1, *y.shape)  # judged right or wrong at the end
    for epoch in range(count):
        if len(test_y):
            with torch.no_grad():
                test_losses[epoch] = loss_fn(model(test_x), test_y).item()
        if config.batch_size == 0:
            batches = [None]
        else:
            with torch.no_grad():
                output = model(x)
            outputs[epoch] = output
            losses[epoch] = loss_fn(output, y).item()
            batches = torch.randperm(len(y), generator=shuffle).split(config.batch_size)
        for batch in batches:
            optimizer.zero_grad()
            output = model(x if batch is None else x[batch])
            loss = loss_fn(output, y if batch is None else y[batch])
            if batch is None:
                outputs[epoch] = output.detach()
                losses[epoch] = loss.item()
            if config.l1:
                loss = loss + config.l1 * sum(w.abs().sum() for w in weights)
            if config.l2:
                loss = loss + config.l2 * sum((w**2).sum() for w in weights)
            loss.backward()
            optimizer.step()
    with torch.no_grad():
        outputs[count] = model(x)
    right = is_right(outputs.numpy(), y.numpy(), data.regression)
    return ReferenceRun(
        losses, np.all(right.reshape(count + 1, -1), axis=1), test_losses
    )


def reference_losses(config: TrainConfig, epochs: int | None = None) -> np.ndarray:
    """The loss of every epoch (before its update) as the article's loop computes it."""
    return reference_run(config, epochs).losses
