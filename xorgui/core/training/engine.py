"""The training engine: hand-written gradients for S networks of one shape at once.

The article trains with autograd and `optimizer.step()`, one Python iteration an
epoch. For a few hundred samples nearly all of that time is per-operation
overhead, so the engine runs many epochs per call inside one TorchScript
function and calls the very kernels autograd would (`addmm`/`baddbmm`,
`sigmoid_backward`, `binary_cross_entropy_backward`, ...), in autograd's order.
The trajectory is therefore the article's (`reference_run`'s for every data set,
feature, mini-batch size and penalty), bit for bit on this machine, not merely
close to it.

One engine serves both the single model of the app and `train` (S = 1, working
in place on the `nn.Sequential`'s own parameter storage) and the many-seed sweep.
"""

from __future__ import annotations

import warnings
from contextlib import nullcontext
from dataclasses import dataclass

import numpy as np
import torch
from torch import Tensor, nn

from xorgui.core.config import TrainConfig
from xorgui.core.data.feature_inputs import feature_inputs
from xorgui.core.data.sets import REGRESSION_TOLERANCE, data_set
from xorgui.core.training.engine_kernels import (
    ACTIVATION_CODES,
    LOSS_CODES,
    OPTIMIZER_CODES,
    activate,
    activation_backward,
    adam_factors,
    advance_shuffle,
    layer_activation,
    loss_and_correct,
    loss_gradient,
    mean_gradient,
    mini_batches,
    note_solved,
    penalized,
    right,
    update_layer,
)
from xorgui.core.training.model import linear_layers
from xorgui.core.training.one_thread import one_thread


def _forward(
    biases: list[Tensor],
    transposed: list[Tensor],
    x: Tensor,
    activation: int,
    sigmoid_output: bool,
) -> list[Tensor]:
    """Every layer's output, input first, output last (2-D or batched tensors)."""
    outputs = [x]
    a = x
    n_layers = len(biases)
    for i in range(n_layers):
        if x.dim() == 2:
            a = torch.addmm(biases[i], a, transposed[i])
        else:
            a = torch.baddbmm(biases[i], a, transposed[i])
        a = activate(a, layer_activation(i, n_layers, activation, sigmoid_output))
        outputs.append(a)
    return outputs


def _outputs(
    weights: list[Tensor],
    biases: list[Tensor],
    points: Tensor,
    activation: int,
    sigmoid_output: bool,
) -> Tensor:
    """The network's output at `points` (one call, so one trip out of Python)."""
    transposed = [w.transpose(-1, -2) for w in weights]
    return _forward(biases, transposed, points, activation, sigmoid_output)[-1]


def _loss(p: Tensor, y: Tensor, loss_kind: int, single: bool) -> Tensor:
    """The loss of outputs `p`: a scalar, or one per model (mean over samples)."""
    if single:
        if loss_kind == 0:
            return torch.ops.aten.binary_cross_entropy(p, y, None, 1)
        return torch.ops.aten.mse_loss(p, y, 1)
    if loss_kind == 0:
        per_sample = torch.ops.aten.binary_cross_entropy(p, y, None, 0)
    else:
        per_sample = torch.ops.aten.mse_loss(p, y, 0)
    return per_sample.mean([1, 2])


def _update(
    weights: list[Tensor],
    biases: list[Tensor],
    outputs: list[Tensor],
    y: Tensor,
    seed_grad: Tensor,
    activation: int,
    sigmoid_output: bool,
    loss_kind: int,
    optimizer: int,
    lr: float,
    momentum: float,
    l1: float,
    l2: float,
    slots1: list[Tensor],
    slots2: list[Tensor],
    step: int,
) -> None:
    """Update step `step` (1-based) of every layer, from a forward pass's
    `outputs` over some samples whose targets are `y` (all the training
    points, or a mini-batch), as `loss.backward(); optimizer.step()` would."""
    single = y.dim() == 2
    n_layers = len(weights)
    p = outputs[-1]
    if single:
        g = loss_gradient(seed_grad, p, y, loss_kind, 1)
    else:
        g = mean_gradient(p, y, loss_kind, y.size(1))
    if sigmoid_output:
        g = torch.ops.aten.sigmoid_backward(g, p)
    adam = adam_factors(optimizer, lr, step)
    # Backward, output layer first. A layer is updated once the gradient
    # for the layer below has been taken through its pre-update weights.
    for j in range(n_layers):
        i = n_layers - 1 - j
        if single:
            grad_w = torch.mm(outputs[i].t(), g).t()
            grad_b = g.sum(0)
        else:
            grad_w = torch.bmm(outputs[i].transpose(1, 2), g).transpose(1, 2)
            grad_b = g.sum(1, keepdim=True)
        grad_w = penalized(grad_w, weights[i], l1, l2)
        if i > 0:
            back = torch.mm(g, weights[i]) if single else torch.bmm(g, weights[i])
            g = activation_backward(back, outputs[i], activation)
        update_layer(
            i,
            weights,
            biases,
            (grad_w, grad_b),
            (slots1, slots2),
            optimizer,
            lr,
            None,
            momentum,
            step,
            adam,
        )


def _rows(samples: Tensor, picked: Tensor) -> Tensor:
    """The samples numbered `picked`: rows of (N, F), or per model (S, N, F)."""
    if samples.dim() == 2:
        return samples.index_select(0, picked)
    index = picked.unsqueeze(2).expand(-1, -1, samples.size(2))
    return samples.gather(1, index)


def _run_epochs(
    weights: list[Tensor],
    biases: list[Tensor],
    x: Tensor,
    y: Tensor,
    test_x: Tensor,
    test_y: Tensor,
    epochs: int,
    activation: int,
    sigmoid_output: bool,
    loss_kind: int,
    tolerance: float,
    optimizer: int,
    lr: float,
    momentum: float,
    l1: float,
    l2: float,
    batch_size: int,
    shuffles: list[torch.Generator],
    shuffle_rows: Tensor,
    slots1: list[Tensor],
    slots2: list[Tensor],
    step: int,
    losses: Tensor,
    test_losses: Tensor,
    solved_since: Tensor,
    first_epoch: int,
    track_solved: bool,
    backup: list[Tensor],
    keep_every: int,
    kept_values: Tensor,
    kept_solved: Tensor,
) -> int:
    """Train `epochs` epochs in place; write each epoch's pre-update loss to `losses`.

    One model (2-D tensors, the kernels `nn.Linear` and autograd use): weights[i]
    (out, in), biases[i] (out,), x (N, F), y (N, 1), losses (epochs,). S models
    (batched kernels): weights[i] (S, out, in), biases[i] (S, 1, out),
    x (S, N, F), y (S, N, 1), losses (epochs, S). Optimizer slots follow the
    order weight, bias of layer 0, then layer 1, ...

    `batch_size` 0 trains on all N samples once an epoch (the article's loop);
    otherwise each epoch updates on its `mini_batches` (drawn from
    `shuffles` and `shuffle_rows`) of `batch_size`, the last one shorter.
    `step` counts updates; `l1` and `l2` penalise the weights.

    Everything a chunk of training needs happens in this one call, so a caller
    in a busy process leaves Python (and waits for the GIL) once a chunk: the
    state is first copied into `backup` (when given, to roll back to), and when
    `losses` has room for one more, that row receives the final model's loss
    (NaN if its output is not finite), which the next epoch would log.
    `test_losses` (empty, or shaped as `losses`) receives the same on the
    test samples `test_x`, `test_y`.

    With `track_solved`, `solved_since` (one long per model, 0-D for one)
    carries over from the previous call the first epoch from which every
    epoch's outputs have been right; `first_epoch` numbers this call's first
    epoch. The final model is counted too when `losses` has the extra row.

    With `keep_every` > 0 (one model, solving tracked, the extra loss row
    given), the state after each epoch numbered a multiple of it is copied,
    flat in `backup`'s order, into the next row of `kept_values`, and that
    model's solved epoch so far into `kept_solved`: a timeline's checkpoints,
    taken without cutting the chunk. Returns how many rows were kept.
    """
    single = x.dim() == 2
    state = weights + biases + slots1 + slots2
    for i in range(len(backup)):
        backup[i].copy_(state[i])
    losses.fill_(float("nan"))
    test_losses.fill_(float("nan"))
    testing = test_losses.numel() > 0
    # The loss gradient's seed for one model, as `loss.backward()` plants it.
    seed_grad = torch.ones((), dtype=x.dtype)
    count = x.size(-2)
    # Every epoch's outputs (and the final model's), when solving is tracked.
    rows = epochs + 1 if track_solved else 0
    seen = torch.empty([rows] + list(y.shape), dtype=y.dtype, device=y.device)
    transposed = [w.transpose(-1, -2) for w in weights]
    kept_at: list[int] = []
    solved_before = solved_since.clone()
    for epoch in range(epochs):
        outputs = _forward(biases, transposed, x, activation, sigmoid_output)
        p = outputs[-1]
        # This epoch's losses, before its updates.
        losses[epoch] = _loss(p, y, loss_kind, single)
        if testing:
            tested = _forward(biases, transposed, test_x, activation, sigmoid_output)
            test_losses[epoch] = _loss(tested[-1], test_y, loss_kind, single)
        if track_solved:
            seen[epoch].copy_(p)
        for picked in mini_batches(shuffles, shuffle_rows, count, batch_size):
            trained, targets = outputs, y  # a full batch: the epoch's own pass
            if batch_size > 0:
                trained = _forward(
                    biases, transposed, _rows(x, picked), activation, sigmoid_output
                )
                targets = _rows(y, picked)
            step += 1
            _update(
                weights,
                biases,
                trained,
                targets,
                seed_grad,
                activation,
                sigmoid_output,
                loss_kind,
                optimizer,
                lr,
                momentum,
                l1,
                l2,
                slots1,
                slots2,
                step,
            )
        if keep_every > 0 and (first_epoch + epoch + 1) % keep_every == 0:
            flat = torch.cat([t.reshape(-1) for t in state])
            kept_values[len(kept_at)].copy_(flat)
            kept_at.append(epoch + 1)
    if losses.size(0) > epochs:
        p = _forward(biases, transposed, x, activation, sigmoid_output)[-1]
        if track_solved:
            seen[epochs].copy_(p)
        if bool(torch.isfinite(p).all()):
            losses[epochs] = _loss(p, y, loss_kind, single)
        if testing:
            tested = _forward(biases, transposed, test_x, activation, sigmoid_output)
            if bool(torch.isfinite(tested[-1]).all()):
                test_losses[epochs] = _loss(tested[-1], test_y, loss_kind, single)
    if track_solved:
        # Counted once a chunk: copying the outputs is all an epoch pays.
        note_solved(
            solved_since,
            seen[: min(losses.size(0), epochs + 1)],
            y,
            tolerance,
            first_epoch,
        )
        if len(kept_at) > 0:
            _note_kept_solved(
                kept_solved, kept_at, solved_before, seen, y, tolerance, first_epoch
            )
    return len(kept_at)


def _note_kept_solved(
    kept_solved: Tensor,
    kept_at: list[int],
    solved_before: Tensor,
    seen: Tensor,
    y: Tensor,
    tolerance: float,
    first_epoch: int,
) -> None:
    """`note_solved` as it stood after each kept epoch (`kept_at`, counted in
    this call), for one model: the latest wrong epoch up to each row, then the
    same rule."""
    correct = right(seen, y, tolerance).flatten(-2).all(-1)
    index = torch.arange(seen.size(0), device=seen.device)
    last_wrong = torch.where(correct, -1, index).cummax(0).values
    carried = int(torch.where(solved_before < 0, first_epoch, solved_before))
    for row, local in enumerate(kept_at):
        wrong = int(last_wrong[local])
        if wrong == local:
            kept_solved[row] = -1
        elif wrong < 0:
            kept_solved[row] = carried
        else:
            kept_solved[row] = first_epoch + wrong + 1


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _run_epochs_compiled = torch.jit.script(_run_epochs)
    _outputs_compiled = torch.jit.script(_outputs)
    _advance_shuffle_compiled = torch.jit.script(advance_shuffle)


_NO_LOSSES = torch.empty(0)
_NO_VALUES = torch.empty(0, 0)
_NO_SOLVED = torch.empty(0, dtype=torch.long)


@dataclass(frozen=True)
class KeptStates:
    """Where a run puts the states it keeps on the way (`Engine.run`): row k
    of `values` (flat, in `EngineState.tensors` order) and of `solved` (the
    solved epoch so far, -1 for none) is the k-th epoch numbered a multiple of
    `every`. Enough rows for the call's epochs / `every` + 1."""

    every: int
    values: Tensor
    solved: Tensor

    @classmethod
    def room(cls, every: int, epochs: int, width: int) -> KeptStates:
        """Buffers for every `every` epochs of calls up to `epochs` long."""
        rows = epochs // every + 1
        return cls(every, torch.empty(rows, width), torch.empty(rows, dtype=torch.long))


@dataclass
class EngineState:
    """Everything the engine changes: parameters, optimizer slots, the count
    of updates and the mini-batches' shuffle generators (none for a full batch)."""

    weights: list[Tensor]
    biases: list[Tensor]
    slots1: list[Tensor]
    slots2: list[Tensor]
    step: int
    shuffles: list[torch.Generator]

    def tensors(self) -> list[Tensor]:
        """Every tensor of the state, in the order the engine copies them."""
        return self.weights + self.biases + self.slots1 + self.slots2

    def copy(self) -> EngineState:
        """A deep copy, to roll back to."""
        return EngineState(
            [w.clone() for w in self.weights],
            [b.clone() for b in self.biases],
            [s.clone() for s in self.slots1],
            [s.clone() for s in self.slots2],
            self.step,
            [g.clone_state() for g in self.shuffles],
        )

    def restore(self, saved: EngineState) -> None:
        """Copy `saved` back into this state's tensors and generators, in place."""
        for mine, theirs in zip(self.tensors(), saved.tensors(), strict=True):
            mine.copy_(theirs)
        for shuffle, kept in zip(self.shuffles, saved.shuffles, strict=True):
            shuffle.set_state(kept.get_state())
        self.step = saved.step


class Engine:
    """Trains one network (2-D parameters) or S of them that differ only in seed."""

    def __init__(
        self,
        config: TrainConfig,
        weights: list[Tensor],
        biases: list[Tensor],
        device: torch.device | str = "cpu",
        seeds: list[int] | None = None,
    ) -> None:
        """`seeds` (S models) names each model's seed, whose generator
        shuffles its mini-batches as `reference_run` with that seed does;
        one model shuffles with `config.seed`."""
        self.config = config
        single = weights[0].dim() == 2
        count = 1 if single else weights[0].shape[0]
        data = data_set(config)
        # How far a right output may be from its target (0: a class).
        self.tolerance = REGRESSION_TOLERANCE if data.regression else 0.0
        copies = None if single else count
        self.x, self.y = self._samples(
            data.train_points, data.train_targets, copies, device
        )
        self.test_x, self.test_y = self._samples(
            data.test_points, data.test_targets, copies, device
        )
        ordered = [t for pair in zip(weights, biases, strict=True) for t in pair]
        seeds = [config.seed] if single else seeds or []
        if config.batch_size and len(seeds) != count:
            raise ValueError("mini-batches need each model's seed")
        # One generator per seed (none for a full batch); S models pick theirs.
        self._seeds = sorted(set(seeds)) if config.batch_size else []
        picks = [] if single or not self._seeds else seeds
        self._shuffle_rows = torch.tensor(
            [self._seeds.index(seed) for seed in picks], dtype=torch.long, device=device
        )
        self.state = EngineState(
            weights,
            biases,
            [torch.zeros_like(t) for t in ordered],
            [torch.zeros_like(t) for t in ordered],
            0,
            [torch.Generator() for _ in self._seeds],
        )
        self.reseed_shuffles()
        self.lr = config.lr
        self.count = count

    def _samples(
        self,
        points: np.ndarray,
        targets: np.ndarray,
        copies: int | None,
        device: torch.device | str,
    ) -> tuple[Tensor, Tensor]:
        """The network's inputs and the targets, one copy per model for S."""
        x = feature_inputs(torch.tensor(points), self.config.features).to(device)
        y = torch.tensor(targets).to(device)
        if copies is None:
            return x, y
        return (
            x.expand(copies, *x.shape).contiguous(),
            y.expand(copies, *y.shape).contiguous(),
        )

    @classmethod
    def for_model(cls, config: TrainConfig, model: nn.Sequential) -> Engine:
        """An engine that trains `model`'s own parameters in place (S = 1)."""
        layers = linear_layers(model)
        weights = [layer.weight.data for layer in layers]
        biases = [layer.bias.data for layer in layers]
        return cls(config, weights, biases)

    @property
    def testing(self) -> bool:
        """Whether the data holds test points (their loss is noted)."""
        return self.test_y.size(-2) > 0

    @property
    def updates_per_epoch(self) -> int:
        """Optimizer steps an epoch takes: one, or one per mini-batch."""
        batch = self.config.batch_size
        return 1 if batch == 0 else -(-self.x.size(-2) // batch)

    def reseed_shuffles(self) -> None:
        """Start the mini-batches' shuffle afresh, as a new run of the
        beginner's loop does (a new generator from the seed)."""
        for shuffle, seed in zip(self.state.shuffles, self._seeds, strict=True):
            shuffle.manual_seed(seed)

    def shuffle_state(self) -> np.ndarray | None:
        """One model's shuffle generator's state (bytes), None for a full batch."""
        if not self.state.shuffles:
            return None
        return self.state.shuffles[0].get_state().numpy()

    def set_shuffle_state(self, state: np.ndarray, epochs: int) -> None:
        """Put one model's shuffle where `state` left it, `epochs` epochs on."""
        shuffle = self.state.shuffles[0]
        shuffle.set_state(torch.from_numpy(np.ascontiguousarray(state)))
        _advance_shuffle_compiled(shuffle, self.x.size(-2), epochs)

    def run(
        self,
        epochs: int,
        losses: Tensor,
        solved_since: Tensor | None = None,
        first_epoch: int = 0,
        backup: EngineState | None = None,
        keep: KeptStates | None = None,
        test_losses: Tensor | None = None,
    ) -> int:
        """Train `epochs` epochs; `losses` receives each one's pre-update loss,
        and `test_losses` (when given) the test points'.

        With one row more than `epochs`, its last row gets the final model's
        loss (NaN if not finite); `backup` first receives a copy of the state.
        `solved_since`, when given, is kept as `note_solved` says, numbering
        this call's first epoch `first_epoch`. `keep` (one model, with
        `solved_since` and the extra row) receives the states of the epochs
        numbered a multiple of its `every`; returns how many it received.
        """
        state = self.state
        config = self.config
        if backup is not None:
            backup.step = state.step
            for saved, shuffle in zip(backup.shuffles, state.shuffles, strict=True):
                saved.set_state(shuffle.get_state())
        if keep is not None and (
            self.count != 1 or solved_since is None or losses.size(0) <= epochs
        ):
            raise ValueError("states are kept for one model, with its solved epoch")
        with one_thread() if self.count == 1 else nullcontext():
            kept = _run_epochs_compiled(
                state.weights,
                state.biases,
                self.x,
                self.y,
                self.test_x,
                self.test_y,
                epochs,
                ACTIVATION_CODES[config.activation],
                config.output_activation == "sigmoid",
                LOSS_CODES[config.loss],
                self.tolerance,
                OPTIMIZER_CODES[config.optimizer],
                self.lr,
                config.momentum,
                config.l1,
                config.l2,
                config.batch_size,
                state.shuffles,
                self._shuffle_rows,
                state.slots1,
                state.slots2,
                state.step,
                losses,
                _NO_LOSSES if test_losses is None else test_losses,
                solved_since
                if solved_since is not None
                else torch.empty(0, dtype=torch.long),
                first_epoch,
                solved_since is not None,
                [] if backup is None else backup.tensors(),
                0 if keep is None else keep.every,
                _NO_VALUES if keep is None else keep.values,
                _NO_SOLVED if keep is None else keep.solved,
            )
        state.step += epochs * self.updates_per_epoch
        return kept

    def outputs(self, points: Tensor) -> Tensor:
        """The current network's output at `points` (N, F) or (S, N, F)."""
        state = self.state
        with one_thread() if self.count == 1 else nullcontext():
            return _outputs_compiled(
                state.weights,
                state.biases,
                points,
                ACTIVATION_CODES[self.config.activation],
                self.config.output_activation == "sigmoid",
            )

    @torch.no_grad()
    def evaluate(self) -> tuple[Tensor, Tensor]:
        """Per model: the current loss and whether every training point is right."""
        return loss_and_correct(
            self.outputs(self.x), self.y, self.config.loss, self.tolerance
        )
