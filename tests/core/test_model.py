"""The network is built as the article builds it, whichever thread builds it."""

from __future__ import annotations

import threading

import torch

from xorgui.core.config import TrainConfig
from xorgui.core.training.model import build_model


def weights(config: TrainConfig) -> list[torch.Tensor]:
    return [
        parameter.detach().clone() for parameter in build_model(config).parameters()
    ]


def test_two_threads_building_at_once_each_get_their_seeds_weights() -> None:
    configs = [
        TrainConfig(seed=5, hidden=(16, 16)),
        TrainConfig(seed=42, hidden=(16, 16)),
    ]
    expected = [weights(config) for config in configs]
    built: list[list[list[torch.Tensor]]] = [[], []]
    start = threading.Barrier(2)

    def build_many(index: int) -> None:
        start.wait()
        for _ in range(200):
            built[index].append(weights(configs[index]))

    threads = [threading.Thread(target=build_many, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for index in range(2):
        for result in built[index]:
            assert all(
                torch.equal(a, b) for a, b in zip(result, expected[index], strict=True)
            )
