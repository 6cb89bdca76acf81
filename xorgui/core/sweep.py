"""Many seeds at once: the seeds of a range split into blocks, each block one
batched computation, the blocks shared among torch's threads.

Seed *s* in a sweep starts from exactly the weights that `train --seed s` starts
from (`initial_weights` draws them as `build_model` does), so its trajectory
matches the single run up to the rounding of batched kernels.

Why blocks (measured on 2 cores, see README's Benchmarks): a block's tensors
stay in the core's cache however many seeds the sweep has, so 100,000 seeds
train as fast per model-epoch as 10,000; each block trains in a thread of its
own with one torch thread (TorchScript lets the GIL go while it trains), which
uses both cores without ATen's OpenMP threads, whose barriers stall when a
shared machine's other processes hold a core. A block draws its initial
weights when it starts, so memory grows with the blocks in flight, not the
seeds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import torch
from torch import Tensor

from xorgui.core.config import TrainConfig
from xorgui.core.engine import Engine
from xorgui.core.initial_weights import initial_parameters, layer_shapes
from xorgui.core.seeds_last import SeedsLastEngine
from xorgui.core.sweep_result import SweepResult

__all__ = ["SweepCancelled", "SweepResult", "plan_sweep", "run_sweep"]

_CHUNK = 500
_CHUNK_MODEL_EPOCHS = 200_000
"""A block trains about this many model-epochs a call (a few hundredths of a
second), so that a cancel lands quickly however many seeds there are."""
_SEEDS_LAST_LARGEST_LAYER = 256
"""Seeds-last when no layer has more weights than this (16x16); wider layers
multiply faster with `bmm` (at 64x64 seeds-last ran at 0.13x)."""
_BLOCK_FLOATS = 1 << 16
"""A seeds-last block's largest product (4, out, in, seeds) holds about this
many floats (256 KB): 4,096 seeds of 2-2-1 fit a core's 1 MB L2 cache."""
_MIN_BLOCK, _MAX_BLOCK, _BATCHED_BLOCK = 64, 4096, 1024
_LANES = 32
"""A block trains a multiple of this many networks (padded with copies): ATen's
element-wise loops take two vectors at a time (32 floats with AVX-512) and
finish a remainder with scalar code that rounds differently (a separate multiply
and add where the vectors fuse them), so a seed's numbers would depend on where
in its block it sits, and on the CPU's vector width."""
_POLL_SECONDS = 0.05


class SweepCancelled(Exception):
    """The sweep was cancelled before it finished."""


class _BlockEngine(Protocol):
    def run(self, epochs: int, solved_since: Tensor, first_epoch: int) -> None: ...

    def evaluate(self) -> tuple[Tensor, Tensor]: ...


class _BatchedBlock:
    """The batched (`bmm`) engine behind the seeds-last engine's interface."""

    def __init__(
        self,
        config: TrainConfig,
        weights: list[Tensor],
        biases: list[Tensor],
        device: torch.device | str,
    ) -> None:
        self._engine = Engine(
            config,
            [w.to(device) for w in weights],
            [b.unsqueeze(1).to(device) for b in biases],
            device,
        )
        self._losses = torch.empty(0, weights[0].shape[0], device=device)

    def run(self, epochs: int, solved_since: Tensor, first_epoch: int) -> None:
        if self._losses.size(0) < epochs:
            self._losses = self._losses.new_empty(epochs, self._losses.size(1))
        self._engine.run(epochs, self._losses[:epochs], solved_since, first_epoch)

    def evaluate(self) -> tuple[Tensor, Tensor]:
        return self._engine.evaluate()


@dataclass(frozen=True, slots=True)
class SweepPlan:
    """How a sweep is split: the engine, seeds per block, epochs per call, threads."""

    engine: type[SeedsLastEngine] | type[_BatchedBlock]
    block: int
    chunk: int
    threads: int

    @property
    def engine_name(self) -> str:
        return "seeds-last" if self.engine is SeedsLastEngine else "batched"


def plan_sweep(
    config: TrainConfig,
    count: int,
    device: torch.device | str = "cpu",
    threads: int | None = None,
) -> SweepPlan:
    """The split for `count` seeds of `config` (threads: torch's, by default)."""
    largest = max(out * fan_in for out, fan_in in layer_shapes(config))
    seeds_last = largest <= _SEEDS_LAST_LARGEST_LAYER
    if torch.device(device).type != "cpu":
        threads, block = 1, count  # one launch sequence over all the seeds
    else:
        threads = max(1, threads or torch.get_num_threads())
        block = _BLOCK_FLOATS // (4 * largest) if seeds_last else _BATCHED_BLOCK
        block = max(_MIN_BLOCK, min(_MAX_BLOCK, block, -(-count // threads)))
    engine = SeedsLastEngine if seeds_last else _BatchedBlock
    chunk = max(1, min(_CHUNK, _CHUNK_MODEL_EPOCHS // block))
    return SweepPlan(engine, block, chunk, threads)


class _Tally:
    """Model-epochs trained so far, added to by every block's thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.total = 0

    def add(self, model_epochs: int) -> None:
        with self._lock:
            self.total += model_epochs


_BlockResult = tuple[np.ndarray, np.ndarray, np.ndarray]


def _train_block(
    plan: SweepPlan,
    config: TrainConfig,
    seeds: range,
    device: torch.device | str,
    stop: threading.Event,
    tally: _Tally,
) -> _BlockResult:
    """Train one block of seeds to the end: per seed its final loss, whether it
    is solved, and the epoch it has been solved since."""
    if torch.device(device).type == "cpu":
        torch.set_num_threads(1)  # this thread's count: the blocks share the cores
    weights, biases = initial_parameters(config, seeds)
    count = len(seeds)
    rows = torch.arange(-(-count // _LANES) * _LANES) % count
    engine: _BlockEngine = plan.engine(
        config, [w[rows] for w in weights], [b[rows] for b in biases], device
    )
    solved_since = torch.full((len(rows),), -1, dtype=torch.long, device=device)
    done = 0
    while done < config.epochs:
        if stop.is_set():
            raise SweepCancelled
        step = min(plan.chunk, config.epochs - done)
        engine.run(step, solved_since, done)
        done += step
        tally.add(step * len(seeds))
    final_loss, correct = engine.evaluate()
    return (
        final_loss[:count].cpu().numpy().astype(np.float64),
        correct[:count].cpu().numpy(),
        solved_since[:count].cpu().numpy(),
    )


def run_sweep(
    config: TrainConfig,
    seeds: range,
    device: torch.device | str = "cpu",
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    threads: int | None = None,
) -> SweepResult:
    """Train every seed in `seeds` for `config.epochs` epochs.

    `progress(done, total)` is called from this thread, at most every 50 ms,
    with the epochs done (the model-epochs done over the seeds); setting
    `cancel` stops every block at its next call with `SweepCancelled`.
    """
    if len(seeds) == 0:
        raise ValueError("the seed range is empty")
    plan = plan_sweep(config, len(seeds), device, threads)
    stop = threading.Event()
    tally = _Tally()
    pool = ThreadPoolExecutor(plan.threads, thread_name_prefix="sweep")
    try:
        futures: list[Future[_BlockResult]] = [
            pool.submit(
                _train_block,
                plan,
                config,
                seeds[start : start + plan.block],
                device,
                stop,
                tally,
            )
            for start in range(0, len(seeds), plan.block)
        ]
        reported = 0
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, _POLL_SECONDS, FIRST_EXCEPTION)
            for future in finished:
                future.result()  # a block's error is the sweep's
            if cancel is not None and cancel.is_set():
                raise SweepCancelled
            done = tally.total // len(seeds)
            if progress is not None and (done > reported or not pending):
                reported = done
                progress(done, config.epochs)
        results = [future.result() for future in futures]
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)
    return _gathered(config, seeds, results)


def _gathered(
    config: TrainConfig, seeds: range, results: list[_BlockResult]
) -> SweepResult:
    """The blocks' results as one, in seed order."""
    final_loss, solved, since = (
        np.concatenate([result[part] for result in results]) for part in range(3)
    )
    # A seed is solved when its final model gets all four right; it was solved
    # "for good" from the first epoch after which every prediction stayed right.
    return SweepResult(
        config=config,
        seeds=np.arange(seeds.start, seeds.stop, seeds.step),
        final_loss=final_loss,
        solved=solved,
        epochs_to_solve=np.where(
            solved, np.where(since >= 0, since, config.epochs), -1
        ),
    )
