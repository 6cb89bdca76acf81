"""S narrow networks of one shape, the seeds in every tensor's last dimension.

The batched engine (`engine.py`) multiplies (S, 4, in) by (S, in, out) with
`bmm`: for a 2-2-1 network that is S products of 4x2 by 2x2 matrices, where
the per-matrix overhead dwarfs the arithmetic. Here a layer's weights are
(out, in, S) and its activations (4, units, S), so a layer is one broadcast
multiply to (4, out, in, S) and a sum over `in`, and every kernel is one long
vector loop over the seeds. Measured on 2 cores: 4-6x the batched engine's
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
from xorgui.core.gates import inputs, targets
from xorgui.core.training.engine_kernels import (
    ACTIVATION_CODES,
    LOSS_CODES,
    OPTIMIZER_CODES,
    activate,
    activation_backward,
    adam_factors,
    layer_activation,
    loss_and_correct,
    loss_gradient,
    note_solved,
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
    """Every layer's output (4, units, S), input first, output last."""
    outputs = [x]
    a = x
    n_layers = len(weights)
    for i in range(n_layers):
        a = (a.unsqueeze(1) * weights[i]).sum(2).add_(biases[i])
        a = activate(a, layer_activation(i, n_layers, activation, sigmoid_output))
        outputs.append(a)
    return outputs


def _run_epochs(
    weights: list[Tensor],
    biases: list[Tensor],
    x: Tensor,
    y: Tensor,
    epochs: int,
    activation: int,
    sigmoid_output: bool,
    loss_kind: int,
    optimizer: int,
    lr: float,
    rates: Tensor | None,
    momentum: float,
    slots1: list[Tensor],
    slots2: list[Tensor],
    step: int,
    solved_since: Tensor,
    first_epoch: int,
) -> None:
    """Train `epochs` epochs in place, in one call out of Python.

    weights[i] (out, in, S), biases[i] (out, S), x (4, 2, 1), y (4, 1, S);
    `rates` (S,) minus each network's learning rate, or None for `lr`; optimizer
    slots in the order weight, bias of layer 0, then layer 1, ...
    `solved_since` (S,) is kept as `note_solved` says, numbering this call's
    first epoch `first_epoch`. Each model's loss is the mean over its four
    samples, so each sample's gradient is seeded with 1/4.
    """
    n_layers = len(weights)
    scale = torch.full_like(y, 0.25)
    seen = torch.empty([epochs] + list(y.shape), dtype=y.dtype, device=y.device)
    for epoch in range(epochs):
        outputs = _forward(weights, biases, x, activation, sigmoid_output)
        p = outputs[-1]
        seen[epoch].copy_(p)
        g = loss_gradient(scale, p, y, loss_kind, 0)
        if sigmoid_output:
            g = torch.ops.aten.sigmoid_backward(g, p)
        step += 1
        adam = adam_factors(optimizer, lr, step)
        # Output layer first; a layer is updated once the gradient for the
        # layer below has been taken through its pre-update weights.
        for j in range(n_layers):
            i = n_layers - 1 - j
            g_wide = g.unsqueeze(2)  # (4, out, 1, S)
            grad_w = (g_wide * outputs[i].unsqueeze(1)).sum(0)
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
    # The samples as the last two dimensions, as note_solved reads them.
    note_solved(
        solved_since, seen.permute(0, 3, 1, 2), y.permute(2, 0, 1) > 0.5, first_epoch
    )


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _run_epochs_compiled = torch.jit.script(_run_epochs)
    _forward_compiled = torch.jit.script(_forward)


class SeedsLastEngine:
    """Trains S networks of `config`'s shape from the given initial parameters.

    `weights[i]` is (S, out, in) and `biases[i]` (S, out), as
    `initial_weights.initial_parameters` gives them; they are copied into the
    engine's own layout. With SGD, `lrs` (S,) gives each network its own
    learning rate in place of `config.lr`.
    """

    def __init__(
        self,
        config: TrainConfig,
        weights: list[Tensor],
        biases: list[Tensor],
        device: torch.device | str = "cpu",
        lrs: Tensor | None = None,
    ) -> None:
        self.config = config
        count = weights[0].shape[0]
        if lrs is not None and config.optimizer != "sgd":
            raise ValueError("a learning rate per network needs SGD")
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
        self.x = torch.from_numpy(inputs()).to(device).reshape(4, 2, 1)
        y = torch.from_numpy(targets(config.gate)).to(device).reshape(4, 1, 1)
        self.y = y.expand(4, 1, count).contiguous()

    def run(self, epochs: int, solved_since: Tensor, first_epoch: int) -> None:
        """Train `epochs` epochs; keep `solved_since` as `note_solved` says."""
        config = self.config
        _run_epochs_compiled(
            self.weights,
            self.biases,
            self.x,
            self.y,
            epochs,
            ACTIVATION_CODES[config.activation],
            config.output_activation == "sigmoid",
            LOSS_CODES[config.loss],
            OPTIMIZER_CODES[config.optimizer],
            config.lr,
            self.rates,
            config.momentum,
            self.slots1,
            self.slots2,
            self.step,
            solved_since,
            first_epoch,
        )
        self.step += epochs

    @torch.no_grad()
    def evaluate(self) -> tuple[Tensor, Tensor]:
        """Per model: the current loss and whether all four predictions are right."""
        config = self.config
        output = _forward_compiled(
            self.weights,
            self.biases,
            self.x,
            ACTIVATION_CODES[config.activation],
            config.output_activation == "sigmoid",
        )[-1]
        # (S, 4, 1), the samples last, as the batched engine evaluates them.
        return loss_and_correct(
            output.permute(2, 0, 1), self.y.permute(2, 0, 1), config.loss
        )
