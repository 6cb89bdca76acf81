"""The pieces of an epoch that both engines share, in autograd's kernels.

`engine.py` (parameters as matrices, one model or S of them batched) and
`seeds_last.py` (S models with the seeds as the last dimension) differ only in
how a layer multiplies; activations, loss gradients, penalties, optimizer
updates, the mini-batches and the solved-epoch bookkeeping are element by
element and live here, once. Every function is TorchScript-compatible: the
engines' scripted loops call them.
"""

from __future__ import annotations

import torch
from torch import Tensor

ACTIVATION_CODES = {"sigmoid": 0, "tanh": 1, "relu": 2, "identity": 3}
LOSS_CODES = {"bce": 0, "mse": 1}
OPTIMIZER_CODES = {"sgd": 0, "adam": 1}


def activate(a: Tensor, activation: int) -> Tensor:
    """The activation `activation` (a code of ACTIVATION_CODES) applied to `a`."""
    if activation == 0:
        return torch.sigmoid(a)
    if activation == 1:
        return torch.tanh(a)
    if activation == 2:
        return torch.relu(a)
    return a


def layer_activation(
    layer: int, n_layers: int, activation: int, sigmoid_output: bool
) -> int:
    """The activation code after layer `layer`: the hidden layers' own, then a
    sigmoid (code 0) or nothing (code 3) after the output layer."""
    if layer < n_layers - 1:
        return activation
    return 0 if sigmoid_output else 3


def activation_backward(back: Tensor, h: Tensor, activation: int) -> Tensor:
    """The gradient through an activation whose output was `h`."""
    if activation == 0:
        return torch.ops.aten.sigmoid_backward(back, h)
    if activation == 1:
        return torch.ops.aten.tanh_backward(back, h)
    if activation == 2:
        return torch.ops.aten.threshold_backward(back, h, 0)
    return back


def loss_gradient(
    scale: Tensor, p: Tensor, y: Tensor, loss_kind: int, reduction: int
) -> Tensor:
    """The loss's gradient at outputs `p`, seeded with `scale`."""
    if loss_kind == 0:
        return torch.ops.aten.binary_cross_entropy_backward(
            scale, p, y, None, reduction
        )
    return torch.ops.aten.mse_loss_backward(scale, p, y, reduction)


def mean_gradient(p: Tensor, y: Tensor, loss_kind: int, count: int) -> Tensor:
    """Per sample, the gradient of each model's mean loss over its `count`
    samples (S models; a single model takes `loss_gradient`'s mean): the very
    numbers of ATen's mean reduction, which divides BCE's gradient by the count
    after the fact and scales MSE's by 2 / count, rounded to float32, before."""
    if loss_kind == 0:
        ones = torch.ones_like(p)
        return torch.ops.aten.binary_cross_entropy_backward(ones, p, y, None, 0).div_(
            count
        )
    return torch.ops.aten.mse_loss_backward(torch.full_like(p, 1.0 / count), p, y, 0)


def penalized(grad_w: Tensor, weight: Tensor, l1: float, l2: float) -> Tensor:
    """A weight's gradient with the L1 and L2 penalties added as autograd
    adds them for `loss + l1 * sum(|w|) + l2 * sum(w**2)`: `abs`'s backward
    (rate times sign) and `pow`'s (rate times 2w) are summed first (autograd
    reaches the later terms first), then the loss's gradient."""
    if l1 == 0.0 and l2 == 0.0:
        return grad_w
    if l1 != 0.0:
        penalty = torch.sign(weight).mul_(l1)
        if l2 != 0.0:
            penalty = penalty.add_(weight.mul(2.0).mul_(l2))
    else:
        penalty = weight.mul(2.0).mul_(l2)
    return penalty.add_(grad_w)


def mini_batches(
    shuffles: list[torch.Generator], rows: Tensor, count: int, batch_size: int
) -> list[Tensor]:
    """An epoch's mini-batches of `count` samples, as the beginner's loop
    draws them: `torch.randperm` from its run's generator, split into
    `batch_size` (the last shorter). One model: slices (B,) of an order from
    `shuffles[0]`; S models: (S, B), row s from `shuffles[rows[s]]` (one
    generator per seed, networks sharing a seed sharing its order). Batch
    size 0: one empty selection, standing for the whole set."""
    if batch_size == 0:
        return [torch.empty(0, dtype=torch.long)]
    if rows.numel() == 0:
        order = torch.randperm(count, generator=shuffles[0])
    else:
        orders = [torch.randperm(count, generator=g) for g in shuffles]
        order = torch.stack(orders).index_select(0, rows)
    return order.split(batch_size, -1)


def advance_shuffle(shuffle: torch.Generator, count: int, epochs: int) -> Tensor:
    """Draw `epochs` epochs' orders of `count` samples from `shuffle`, as
    training would: it then stands where those epochs left it. Returns the
    orders composed: TorchScript's optimizer drops a draw whose result goes
    unused, so each is used."""
    order = torch.arange(count)
    for _ in range(epochs):
        order = order.index_select(0, torch.randperm(count, generator=shuffle))
    return order


def right(output: Tensor, y: Tensor, tolerance: float) -> Tensor:
    """Which outputs are right (`data.sets.is_right`): within `tolerance` of
    a height (a regression set's REGRESSION_TOLERANCE), or with a tolerance
    of 0, on the target's side of 0.5 (a class)."""
    if tolerance > 0.0:
        return (output - y).abs() < tolerance
    return (output > 0.5) == (y > 0.5)


def adam_factors(optimizer: int, lr: float, step: int) -> tuple[float, float]:
    """Adam's step size and bias correction for `step` (1-based); SGD's unused pair."""
    if optimizer == 1:
        return lr / (1.0 - 0.9 ** float(step)), (1.0 - 0.999 ** float(step)) ** 0.5
    return 0.0, 1.0


def descend(param: Tensor, step: Tensor, lr: float, rates: Tensor | None) -> None:
    """SGD's `param -= lr * step`, with one learning rate for all networks, or,
    given `rates` (minus each network's learning rate, broadcast along the
    networks' dimension), one per network.

    `add_(alpha=-lr)` runs as a fused multiply-add in ATen's vector loops, and
    so does `addcmul_` with a tensor: each network's numbers are those of its
    own learning rate alone, bit for bit (tests/core/test_sweeps.py)."""
    if rates is None:
        param.add_(step, alpha=-lr)
    else:
        param.addcmul_(step, rates)


def update_parameter(
    param: Tensor,
    grad: Tensor,
    slot1: Tensor,
    slot2: Tensor,
    optimizer: int,
    lr: float,
    rates: Tensor | None,
    momentum: float,
    step: int,
    step_size: float,
    bias_correction2_sqrt: float,
) -> None:
    """One parameter's update, as torch.optim's single-tensor SGD / Adam does it;
    SGD takes a learning rate per network from `rates` when given (see `descend`),
    Adam only the scalar `lr`."""
    if optimizer == 0:
        if momentum != 0.0:
            if step == 1:
                slot1.copy_(grad)
            else:
                slot1.mul_(momentum).add_(grad)
            descend(param, slot1, lr, rates)
        else:
            descend(param, grad, lr, rates)
    else:
        slot1.lerp_(grad, 1.0 - 0.9)
        slot2.mul_(0.999).addcmul_(grad, grad, value=1.0 - 0.999)
        denom = (slot2.sqrt() / bias_correction2_sqrt).add_(1e-8)
        param.addcdiv_(slot1, denom, value=-step_size)


def update_layer(
    layer: int,
    weights: list[Tensor],
    biases: list[Tensor],
    grads: tuple[Tensor, Tensor],
    slots: tuple[list[Tensor], list[Tensor]],
    optimizer: int,
    lr: float,
    rates: Tensor | None,
    momentum: float,
    step: int,
    adam: tuple[float, float],
) -> None:
    """Update layer `layer`'s weight and bias with their gradients `grads`; the
    optimizer slots hold weight, bias of layer 0, then layer 1, ...; `rates`
    as `update_parameter` takes them."""
    params = [weights[layer], biases[layer]]
    for k in range(2):
        slot = 2 * layer + k
        update_parameter(
            params[k],
            grads[k],
            slots[0][slot],
            slots[1][slot],
            optimizer,
            lr,
            rates,
            momentum,
            step,
            adam[0],
            adam[1],
        )


def note_solved(
    solved_since: Tensor,
    seen: Tensor,
    y: Tensor,
    tolerance: float,
    first_epoch: int,
) -> None:
    """Per model, keep `solved_since` the first epoch of the current unbroken run
    of epochs whose outputs were all right (`right`, within `tolerance`) for
    targets `y`, or -1 while the latest are not. `seen[k]` holds epoch
    first_epoch + k's outputs, before its update, the samples in its last two
    dimensions; `solved_since` comes in as the previous epochs left it."""
    count = seen.size(0)
    if count == 0:
        return
    correct = right(seen, y, tolerance).flatten(-2).all(-1)  # (count[, S])
    shape = [count] + [1] * (correct.dim() - 1)
    index = torch.arange(count, device=seen.device).reshape(shape)
    last_wrong = torch.where(correct, -1, index).amax(0)
    carried = torch.where(solved_since < 0, first_epoch, solved_since)
    since = torch.where(last_wrong < 0, carried, first_epoch + last_wrong + 1)
    solved_since.copy_(torch.where(last_wrong == count - 1, -1, since))


def loss_and_correct(
    output: Tensor, y: Tensor, loss: str, tolerance: float
) -> tuple[Tensor, Tensor]:
    """Per model (samples in the last two dimensions): the loss of `output`
    against `y`, and whether every prediction is right (`right`)."""
    if loss == "bce":
        per_sample = torch.nn.functional.binary_cross_entropy(
            output, y, reduction="none"
        )
    else:
        per_sample = torch.nn.functional.mse_loss(output, y, reduction="none")
    correct = right(output, y, tolerance).flatten(-2).all(-1)
    return per_sample.flatten(-2).mean(-1), correct
