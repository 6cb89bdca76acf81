"""Many seeds at once: one batched engine trains every seed of a range together.

Seed *s* in a sweep starts from exactly the weights that `train --seed s` starts
from (each network is built after `torch.manual_seed(s)`), so its trajectory
matches the single run up to the rounding of batched kernels.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch

from xorgui.core.config import TrainConfig
from xorgui.core.engine import Engine
from xorgui.core.model import build_model, linear_layers

_CHUNK = 500
_CHUNK_MODEL_EPOCHS = 200_000
"""A chunk trains about this many model-epochs (a tenth of a second or so), so
that progress is smooth and a cancel lands quickly however many seeds there are."""


class SweepCancelled(Exception):
    """The sweep was cancelled before it finished."""


@dataclass(frozen=True, slots=True)
class SweepResult:
    """Per-seed outcome of a sweep; arrays are aligned with `seeds`."""

    config: TrainConfig
    seeds: np.ndarray
    final_loss: np.ndarray
    solved: np.ndarray
    epochs_to_solve: np.ndarray  # -1 where the gate was never solved for good

    @property
    def success_rate(self) -> float:
        return float(self.solved.mean()) if len(self.seeds) else 0.0

    def csv(self) -> str:
        """One row per seed; solved is 1 or 0, epochs_to_solve empty if never."""
        rows = ["seed,final_loss,solved,epochs_to_solve"]
        for seed, loss, solved, epochs in zip(
            self.seeds,
            self.final_loss,
            self.solved,
            self.epochs_to_solve,
            strict=True,
        ):
            rows.append(
                f"{seed},{loss:.9g},{int(solved)},{epochs if epochs >= 0 else ''}"
            )
        return "\n".join(rows) + "\n"

    def solve_percentiles(self) -> tuple[float, float] | None:
        """Median and 90th percentile of epochs_to_solve over solved seeds."""
        reached = self.epochs_to_solve[self.epochs_to_solve >= 0]
        if not reached.size:
            return None
        median, p90 = np.percentile(reached, [50, 90])
        return float(median), float(p90)


def initial_parameters(
    config: TrainConfig, seeds: range, device: torch.device | str = "cpu"
) -> tuple[list[torch.Tensor], list[torch.Tensor]]:
    """Stacked initial weights (S, out, in) and biases (S, 1, out), one per seed."""
    per_seed = [linear_layers(build_model(config.with_changes(seed=s))) for s in seeds]
    depth = len(per_seed[0])
    weights = [
        torch.stack([layers[i].weight.data for layers in per_seed])
        for i in range(depth)
    ]
    biases = [
        torch.stack([layers[i].bias.data for layers in per_seed]).unsqueeze(1)
        for i in range(depth)
    ]
    return [w.to(device) for w in weights], [b.to(device) for b in biases]


def run_sweep(
    config: TrainConfig,
    seeds: range,
    device: torch.device | str = "cpu",
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> SweepResult:
    """Train every seed in `seeds` for `config.epochs` epochs as one computation.

    `progress(done, total)` is called after each chunk of epochs; setting
    `cancel` stops at the next chunk with `SweepCancelled`.
    """
    if len(seeds) == 0:
        raise ValueError("the seed range is empty")
    weights, biases = initial_parameters(config, seeds, device)
    engine = Engine(config, weights, biases, device)
    count = len(seeds)
    solved_since = torch.full((count,), -1, dtype=torch.long, device=device)
    chunk = max(1, min(_CHUNK, _CHUNK_MODEL_EPOCHS // count))
    losses = torch.empty(chunk, count, device=device)
    done = 0
    while done < config.epochs:
        if cancel is not None and cancel.is_set():
            raise SweepCancelled
        step = min(chunk, config.epochs - done)
        engine.run(step, losses[:step], solved_since, done)
        done += step
        if progress is not None:
            progress(done, config.epochs)
    final_loss, correct = engine.evaluate()
    # A seed is solved when its final model gets all four right; it was solved
    # "for good" from the first epoch after which every prediction stayed right.
    solved = correct.cpu().numpy()
    since = solved_since.cpu().numpy()
    return SweepResult(
        config=config,
        seeds=np.arange(seeds.start, seeds.stop, seeds.step),
        final_loss=final_loss.cpu().numpy().astype(np.float64),
        solved=solved,
        epochs_to_solve=np.where(
            solved, np.where(since >= 0, since, config.epochs), -1
        ),
    )
