"""S narrow networks of one shape, the seeds in every tensor's last dimension.

The batched engine (`engine.py`) multiplies (S, N, in) by (S, in, out) with
`bmm`: for a 2-2-1 network on the four corners that is S products of 4x2 by
2x2 matrices, where the per-matrix overhead dwarfs the arithmetic. Here a
layer's weights are (out, in, S) and its activations (N, units, S), so a layer
is one broadcast multiply to (N, out, in, S) and a sum over `in`, and every
kernel is one long vector loop over the seeds. Mini-batches are drawn per
seed, each seed's order from its own generator (as `reference_run` with that
seed draws it). Measured on 2 cores: 4-6x the batched engine's
model-epochs/s for one hidden layer up to 64 wide, even at 16x16, 0.13x at
64x64 (`sweep.py` chooses by the largest layer). The sums run over a dimension
that is not the last, which ATen adds in order whatever the vector width, so
the numbers do not depend on the CPU's kernels. They differ from a single run's
`addmm` in rounding only (tests/core/test_sweep.py).
"""

from __future__ import annotations

import warnings

import torch
from torch import Tensor

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
    layer_activation,
    loss_and_correct,
    mean_gradient,
    mini_batches,
    note_solved,
    penalized,
    update_layer,
)

_DENSE = torch.contiguous_format


def _forward(
    weights: list[Tensor],
    biases: list[Tensor],
    x: Tensor,
    activation: int,
    sigmoid_output: bool,
) -> list[Tensor]:
    """Every layer's output (N, units, S), input first, output last; `x` is
    (N, F, 1), the same for every seed, or (N, F, S)."""
    outputs = [x]
    a = x
    n_layers = len(weights)
    for i in range(n_layers):
        a = (a.unsqueeze(1) * weights[i]).sum(2).add_(biases[i])
        a = activate(a, layer_activation(i, n_layers, activation, sigmoid_output))
        outputs.append(a)
    return outputs


def _update(
    weights: list[Tensor],
    biases: list[Tensor],
    outputs: list[Tensor],
    y: Tensor,
    activation: int,
    sigmoid_output: bool,
    loss_kind: int,
    optimizer: int,
    lr: float,
    rates: Tensor | None,
    momentum: float,
    l1: float,
    l2: float,
    slots1: list[Tensor],
    slots2: list[Tensor],
    step: int,
) -> None:
    """Update step `step` (1-based) of every network, from a forward pass's
    `outputs` over samples whose targets are `y` (N, 1, S); each network's
    loss is the mean over its N samples."""
    n_layers = len(weights)
    p = outputs[-1]
    g = mean_gradient(p, y, loss_kind, y.size(0))
    if sigmoid_output:
        g = torch.ops.aten.sigmoid_backward(g, p)
    adam = adam_factors(optimizer, lr, step)
    # Output layer first; a layer is updated once the gradient for the
    # layer below has been taken through its pre-update weights.
    for j in range(n_layers):
        i = n_layers - 1 - j
        g_wide = g.unsqueeze(2)  # (N, out, 1, S)
        grad_w = (g_wide * outputs[i].unsqueeze(1)).sum(0)
        grad_w = penalized(grad_w, weights[i], l1, l2)
        grad_b = g.sum(0)
        if i > 0:
            back = (g_wide * weights[i]).sum(1)
            g = activation_backward(back, outputs[i], activation)
        update_layer(
            i,
            weights,
            biases,
            (grad_w, grad_b),
            (slots1, slots2),
            optimizer,
            lr,
            rates,
            momentum,
            step,
            adam,
        )


def _run_epochs(
    weights: list[Tensor],
    biases: list[Tensor],
    x: Tensor,
    y: Tensor,
    epochs: int,
    activation: int,
    sigmoid_output: bool,
    loss_kind: int,
    tolerance: float,
    optimizer: int,
    lr: float,
    rates: Tensor | None,
    momentum: float,
    l1: float,
    l2: float,
    batch_size: int,
    shuffles: list[torch.Generator],
    shuffle_rows: Tensor,
    slots1: list[Tensor],
    slots2: list[Tensor],
    step: int,
    solved_since: Tensor,
    first_epoch: int,
) -> int:
    """Train `epochs` epochs in place, in one call out of Python; returns the
    step count reached.

    weights[i] (out, in, S), biases[i] (out, S), x (N, F, 1), y (N, 1, S);
    `rates` (S,) minus each network's learning rate, or None for `lr`; optimizer
    slots in the order weight, bias of layer 0, then layer 1, ...
    `batch_size` 0 trains on all N samples once an epoch; otherwise network s
    updates on its own `mini_batches` (row s). `solved_since` (S,)
    is kept as `note_solved` says (right within `tolerance`), numbering this
    call's first epoch `first_epoch`.
    """
    seen = torch.empty([epochs] + list(y.shape), dtype=y.dtype, device=y.device)
    samples = x.squeeze(2)  # (N, F)
    count = samples.size(0)
    for epoch in range(epochs):
        outputs = _forward(weights, biases, x, activation, sigmoid_output)
        seen[epoch].copy_(outputs[-1])
        for picked in mini_batches(shuffles, shuffle_rows, count, batch_size):
            trained, targets = outputs, y  # a full batch: the epoch's own pass
            if batch_size > 0:
                picked = picked.t()  # (B, S)
                batch = samples[picked].permute(0, 2, 1)  # (B, F, S)
                trained = _forward(weights, biases, batch, activation, sigmoid_output)
                targets = y.gather(0, picked.unsqueeze(1))
            step += 1
            _update(
                weights,
                biases,
                trained,
                targets,
                activation,
                sigmoid_output,
                loss_kind,
                optimizer,
                lr,
                rates,
                momentum,
                l1,
                l2,
                slots1,
                slots2,
                step,
            )
    # The samples as the last two dimensions, as note_solved reads them.
    note_solved(
        solved_since,
        seen.permute(0, 3, 1, 2),
        y.permute(2, 0, 1),
        tolerance,
        first_epoch,
    )
    return step


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _run_epochs_compiled = torch.jit.script(_run_epochs)
    _forward_compiled = torch.jit.script(_forward)


class SeedsLastEngine:
    """Trains S networks of `config`'s shape from the given initial parameters.

    `weights[i]` is (S, out, in) and `biases[i]` (S, out), as
    `initial_weights.initial_parameters` gives them; they are copied into the
    engine's own layout. With SGD, `lrs` (S,) gives each network its own
    learning rate in place of `config.lr`. `seeds` (S,) names each network's
    seed, whose generator shuffles its mini-batches (needed for those).
    """

    def __init__(
        self,
        config: TrainConfig,
        weights: list[Tensor],
        biases: list[Tensor],
        device: torch.device | str = "cpu",
        lrs: Tensor | None = None,
        seeds: list[int] | None = None,
    ) -> None:
        self.config = config
        count = weights[0].shape[0]
        if lrs is not None and config.optimizer != "sgd":
            raise ValueError("a learning rate per network needs SGD")
        if config.batch_size and (seeds is None or len(seeds) != count):
            raise ValueError("mini-batches need each network's seed")
        # float32 like the parameters: `add_(alpha=-lr)` rounds its alpha so too.
        self.rates = None if lrs is None else (-lrs).to(device, torch.float32)
        # Copies (a `contiguous()` of a (S, 1) bias would be the caller's own).
        self.weights = [
            w.permute(1, 2, 0).clone(memory_format=_DENSE).to(device) for w in weights
        ]
        self.biases = [b.t().clone(memory_format=_DENSE).to(device) for b in biases]
        ordered = [
            t for pair in zip(self.weights, self.biases, strict=True) for t in pair
        ]
        self.slots1 = [torch.zeros_like(t) for t in ordered]
        self.slots2 = [torch.zeros_like(t) for t in ordered]
        self.step = 0
        data = data_set(config)
        x = feature_inputs(torch.tensor(data.train_points), config.features)
        self.x = x.to(device).unsqueeze(2)
        y = torch.tensor(data.train_targets).to(device).unsqueeze(2)
        self.y = y.expand(*y.shape[:2], count).contiguous()
        self.tolerance = REGRESSION_TOLERANCE if data.regression else 0.0
        distinct = sorted(set(seeds)) if config.batch_size and seeds else []
        self.shuffles = [torch.Generator().manual_seed(seed) for seed in distinct]
        self.shuffle_rows = torch.tensor(
            [distinct.index(seed) for seed in seeds] if distinct and seeds else [],
            dtype=torch.long,
        )

    def run(self, epochs: int, solved_since: Tensor, first_epoch: int) -> None:
        """Train `epochs` epochs; keep `solved_since` as `note_solved` says."""
        config = self.config
        self.step = _run_epochs_compiled(
            self.weights,
            self.biases,
            self.x,
            self.y,
            epochs,
            ACTIVATION_CODES[config.activation],
            config.output_activation == "sigmoid",
            LOSS_CODES[config.loss],
            self.tolerance,
            OPTIMIZER_CODES[config.optimizer],
            config.lr,
            self.rates,
            config.momentum,
            config.l1,
            config.l2,
            config.batch_size,
            self.shuffles,
            self.shuffle_rows,
            self.slots1,
            self.slots2,
            self.step,
            solved_since,
            first_epoch,
        )

    @torch.no_grad()
    def evaluate(self) -> tuple[Tensor, Tensor]:
        """Per model: the current loss and whether every training point is right."""
        config = self.config
        output = _forward_compiled(
            self.weights,
            self.biases,
            self.x,
            ACTIVATION_CODES[config.activation],
            config.output_activation == "sigmoid",
        )[-1]
        # (S, N, 1), the samples last, as the batched engine evaluates them.
        return loss_and_correct(
            output.permute(2, 0, 1),
            self.y.permute(2, 0, 1),
            config.loss,
            self.tolerance,
        )
