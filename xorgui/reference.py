"""The article's training loop, kept only as the yardstick for tests and benchmarks.

Autograd, `optimizer.step()`, one epoch per Python iteration: exactly the
article's script, generalised to every config. The app never trains with it;
the engine must reproduce it.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from xorgui.config import TrainConfig
from xorgui.gates import inputs, targets
from xorgui.model import build_model


def reference_losses(config: TrainConfig, epochs: int | None = None) -> np.ndarray:
    """The loss of every epoch (before its update) as the article's loop computes it."""
    model = build_model(config)
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
    for epoch in range(count):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        losses[epoch] = loss.item()
    return losses
