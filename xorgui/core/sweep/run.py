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
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import torch
from torch import Tensor

from xorgui.core.config import TrainConfig
from xorgui.core.sweep.initial_weights import initial_parameters, layer_shapes
from xorgui.core.sweep.result import SweepResult
from xorgui.core.sweep.seeds_last import SeedsLastEngine
from xorgui.core.training.engine import Engine

__all__ = [
    "SweepCancelled",
    "SweepResult",
    "iter_sweeps",
    "plan_sweep",
    "run_sweep",
]

_CHUNK = 500
_CHUNK_MODEL_EPOCHS = 200_000
"""A block trains about this many model-epochs of the four corners a call (a
few hundredths of a second; fewer epochs for more points), so that a cancel
lands quickly however many seeds and points there are."""
_SEEDS_LAST_LARGEST_LAYER = 256
"""Seeds-last when no layer has more weights than this (16x16); wider layers
multiply faster with `bmm` (at 64x64 seeds-last ran at 0.13x)."""
_BLOCK_FLOATS = 1 << 16
"""A seeds-last block's largest product (N, out, in, seeds) holds about this
many floats (256 KB): 4,096 seeds of 2-2-1 on the four corners fit a core's
1 MB L2 cache."""
_MIN_BLOCK, _MAX_BLOCK, _BATCHED_BLOCK = 64, 4096, 1024
_LANES = 32
"""A block trains a multiple of this many networks (padded with copies): ATen's
element-wise loops take two vectors at a time (32 floats with AVX-512) and
finish a remainder with scalar code that rounds differently (a separate multiply
and add where the vectors fuse them), so a seed's numbers would depend on where
in its block it sits, and on the CPU's vector width."""
_POLL_SECONDS = 0.05
_ANY_LR = 0.1


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
        lrs: Tensor | None = None,
        seeds: list[int] | None = None,
    ) -> None:
        if lrs is not None:
            raise ValueError("the batched engine takes one learning rate")
        self._engine = Engine(
            config,
            [w.to(device) for w in weights],
            [b.unsqueeze(1).to(device) for b in biases],
            device,
            seeds,
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


def _largest_layer(config: TrainConfig) -> int:
    return max(out * fan_in for out, fan_in in layer_shapes(config))


def plan_sweep(
    config: TrainConfig,
    count: int,
    device: torch.device | str = "cpu",
    threads: int | None = None,
) -> SweepPlan:
    """The split for `count` seeds of `config` (threads: torch's, by default)."""
    largest = _largest_layer(config)
    samples = config.point_count - config.test_count
    seeds_last = largest <= _SEEDS_LAST_LARGEST_LAYER
    if torch.device(device).type != "cpu":
        threads, block = 1, count  # one launch sequence over all the seeds
    else:
        threads = max(1, threads or torch.get_num_threads())
        block = _BLOCK_FLOATS // (samples * largest) if seeds_last else _BATCHED_BLOCK
        block = max(_MIN_BLOCK, min(_MAX_BLOCK, block, -(-count // threads)))
    engine = SeedsLastEngine if seeds_last else _BatchedBlock
    chunk = max(1, min(_CHUNK, _CHUNK_MODEL_EPOCHS * 4 // (block * samples)))
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


@dataclass(frozen=True, slots=True)
class _Group:
    """Setups trained together: one network shape, SGD learning rates that may
    differ. Its networks are numbered seed by seed, each seed's once per
    learning rate: network n is seed `n // len(lrs)` at `lrs[n % len(lrs)]`."""

    config: TrainConfig
    indices: tuple[int, ...]  # the setups' places in the caller's list
    lrs: tuple[float, ...]

    @property
    def cost(self) -> int:
        """Weights per seed, over the group's setups: to start the dearest first."""
        return len(self.lrs) * sum(
            out * fan_in for out, fan_in in layer_shapes(self.config)
        )


def _shared(config: TrainConfig) -> TrainConfig:
    """What setups trained together have in common: all but an SGD learning rate
    for the seeds-last engine (Adam's step and the batched engine take one)."""
    if (
        config.optimizer == "sgd"
        and _largest_layer(config) <= _SEEDS_LAST_LARGEST_LAYER
    ):
        return config.with_changes(lr=_ANY_LR)
    return config


def _groups(configs: Sequence[TrainConfig]) -> list[_Group]:
    """The setups grouped by what they share, the dearest group first."""
    members: dict[TrainConfig, list[int]] = {}
    for index, config in enumerate(configs):
        members.setdefault(_shared(config), []).append(index)
    groups = [
        _Group(
            configs[indices[0]], tuple(indices), tuple(configs[i].lr for i in indices)
        )
        for indices in members.values()
    ]
    return sorted(groups, key=lambda group: -group.cost)


def _train_block(
    plan: SweepPlan,
    group: _Group,
    seeds: range,
    networks: range,
    device: torch.device | str,
    stop: threading.Event,
    tally: _Tally,
) -> _BlockResult:
    """Train networks `networks` of a group on `seeds` to the end: per network
    its final loss, whether it is solved, and the epoch it has been solved since.

    Each seed's initial weights are drawn once, for all its learning rates.
    """
    if torch.device(device).type == "cpu":
        torch.set_num_threads(1)  # this thread's count: the blocks share the cores
    config, per_seed = group.config, len(group.lrs)
    first = networks.start // per_seed
    weights, biases = initial_parameters(
        config, seeds[first : (networks.stop - 1) // per_seed + 1]
    )
    count = len(networks)
    rows = torch.arange(-(-count // _LANES) * _LANES) % count + networks.start
    picked = rows // per_seed - first
    lrs = None
    if len(set(group.lrs)) > 1:
        lrs = torch.tensor(group.lrs, dtype=torch.float64)[rows % per_seed]
    engine: _BlockEngine = plan.engine(
        config,
        [w[picked] for w in weights],
        [b[picked] for b in biases],
        device,
        lrs,
        seeds=[seeds[first + int(k)] for k in picked],
    )
    solved_since = torch.full((len(rows),), -1, dtype=torch.long, device=device)
    done = 0
    while done < config.epochs:
        if stop.is_set():
            raise SweepCancelled
        step = min(plan.chunk, config.epochs - done)
        engine.run(step, solved_since, done)
        done += step
        tally.add(step * count)
    final_loss, correct = engine.evaluate()
    return (
        final_loss[:count].cpu().numpy().astype(np.float64),
        correct[:count].cpu().numpy(),
        solved_since[:count].cpu().numpy(),
    )


def iter_sweeps(
    configs: Sequence[TrainConfig],
    seeds: range,
    device: torch.device | str = "cpu",
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    threads: int | None = None,
) -> Iterator[tuple[int, SweepResult]]:
    """Train every setup of `configs` on `seeds`, yielding (its index, its
    sweep) as each is done, in any order.

    Setups that differ only in an SGD learning rate train as one batch, each
    network with its own rate, every one as `run_sweep` would train it alone,
    bit for bit: a batch of many cells pays the engine's per-call cost once.
    `progress(done, total)` hears the model-epochs done, from this thread at
    most every 50 ms; `cancel` stops every block at its next call with
    `SweepCancelled`.
    """
    if len(seeds) == 0:
        raise ValueError("the seed range is empty")
    groups = _groups(configs)
    threads = max(1, threads or torch.get_num_threads())
    share = max(1, threads // len(groups))  # each group's blocks, as if alone
    total = sum(config.epochs for config in configs) * len(seeds)
    stop = threading.Event()
    tally = _Tally()
    pool = ThreadPoolExecutor(threads, thread_name_prefix="sweep")
    try:
        blocks: dict[int, list[Future[_BlockResult]]] = {}
        for number, group in enumerate(groups):
            networks = len(group.lrs) * len(seeds)
            plan = plan_sweep(group.config, networks, device, share)
            blocks[number] = [
                pool.submit(
                    _train_block,
                    plan,
                    group,
                    seeds,
                    range(start, min(start + plan.block, networks)),
                    device,
                    stop,
                    tally,
                )
                for start in range(0, networks, plan.block)
            ]
        reported = 0
        pending = {future for futures in blocks.values() for future in futures}
        while pending:
            finished, pending = wait(pending, _POLL_SECONDS, FIRST_EXCEPTION)
            for future in finished:
                future.result()  # a block's error is the sweep's
            if cancel is not None and cancel.is_set():
                raise SweepCancelled
            if progress is not None and (tally.total > reported or not pending):
                reported = tally.total
                progress(reported, total)
            for number in [
                n for n, futures in blocks.items() if pending.isdisjoint(futures)
            ]:
                group = groups[number]
                results = [future.result() for future in blocks.pop(number)]
                for k, index in enumerate(group.indices):
                    yield (
                        index,
                        _gathered(configs[index], seeds, results, k, len(group.lrs)),
                    )
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)


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
    in_epochs = None
    if progress is not None:
        in_epochs = _per_seed(progress, len(seeds))
    ((_, result),) = iter_sweeps([config], seeds, device, in_epochs, cancel, threads)
    return result


def _per_seed(
    progress: Callable[[int, int], None], seeds: int
) -> Callable[[int, int], None]:
    """`progress` told epochs (done, of all) where it hears model-epochs."""
    told = [-1]

    def per_seed(done: int, total: int) -> None:
        epochs = done // seeds
        if epochs > told[0] or done == total:
            told[0] = epochs
            progress(epochs, total // seeds)

    return per_seed


def _gathered(
    config: TrainConfig,
    seeds: range,
    results: list[_BlockResult],
    lr_index: int,
    lrs: int,
) -> SweepResult:
    """One setup's results out of its group's blocks, in seed order: every
    `lrs`-th network from the `lr_index`-th on."""
    final_loss, solved, since = (
        np.concatenate([result[part] for result in results])[lr_index::lrs]
        for part in range(3)
    )
    # A seed is solved when its final model gets every training point right;
    # it was solved "for good" from the first epoch after which every
    # prediction stayed right.
    return SweepResult(
        config=config,
        seeds=np.arange(seeds.start, seeds.stop, seeds.step),
        final_loss=final_loss,
        solved=solved,
        epochs_to_solve=np.where(
            solved, np.where(since >= 0, since, config.epochs), -1
        ),
    )
