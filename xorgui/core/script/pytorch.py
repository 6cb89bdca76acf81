"""File > Export as PyTorch script: the run as the article's program.

The script has the article's parts in the article's order, with its names:
imports, seed, data `X` and `y`, `model = nn.Sequential(...)`, `loss_fn`,
`optimizer`, the loop printing "epoch: %d loss: %f", the loss plot and the
3-D surface. Only what the run's setup needs is added (input features, a
held-out test set, mini-batches, L1 / L2 penalties), each written the way
`core/training/reference.py` trains, so that plain torch prints the losses
the app shows. The default setup's script is the article's own.
"""

from __future__ import annotations

import os

from xorgui.core.config import DEFAULT_FEATURES, TrainConfig
from xorgui.core.files import write_text
from xorgui.core.gates import gate_label
from xorgui.core.script.comments import Comments, Translate
from xorgui.core.script.data_code import data_code

MAX_PRINTED_LINES = 1000
"""The loop prints every 100th epoch, as the article does, or sparser for a
run so long that it would print more lines than this."""
MIN_PRINTED_LINES = 20
"""... or denser for a run so short that it would print fewer."""

FEATURE_CODE = {
    "x1": "x1",
    "x2": "x2",
    "x1sq": "x1 * x1",
    "x2sq": "x2 * x2",
    "x1x2": "x1 * x2",
    "sinx1": "torch.sin(x1)",
    "sinx2": "torch.sin(x2)",
}
"""Each feature in torch, computed as `core/data/feature_inputs.py` computes it."""
FEATURE_WORDS = {
    "x1": "x1",
    "x2": "x2",
    "x1sq": "x1^2",
    "x2sq": "x2^2",
    "x1x2": "x1*x2",
    "sinx1": "sin(x1)",
    "sinx2": "sin(x2)",
}

_ACTIVATIONS = {
    "sigmoid": "nn.Sigmoid()",
    "tanh": "nn.Tanh()",
    "relu": "nn.ReLU()",
    "identity": "nn.Identity()",
}

IMPORTS = """\
import os

{mkl}
os.environ.setdefault("MKL_CBWR", "COMPATIBLE")

import torch
import torch.nn as nn
import numpy as np
import matplotlib.pyplot as plt

{threads}
torch.set_num_threads(1)"""


def pytorch_script(config: TrainConfig, translate: Translate | None = None) -> str:
    """A script that trains `config`'s network on its data with plain torch,
    prints the app's losses and plots the loss and the output surface; its
    comments in English, or translated by `translate`."""
    comment = Comments(translate)
    parts = [
        IMPORTS.format(mkl=comment("mkl"), threads=comment("threads")),
        f"seed = {config.seed}\ntorch.manual_seed(seed)\nnp.random.seed(seed)",
        data_code(config, comment),
    ]
    if config.features != DEFAULT_FEATURES:
        parts.append(_features(config, comment))
    parts += [_model(config), _training(config, comment), _loss_plot(config)]
    parts.append(_surface_plot(config, comment))
    return "\n\n".join(parts) + "\n"


def save_pytorch_script(
    path: str | os.PathLike[str],
    config: TrainConfig,
    translate: Translate | None = None,
) -> None:
    """Write `config`'s script to `path`, atomically (ExportError on failure)."""
    write_text(path, pytorch_script(config, translate))


def print_every(epochs: int) -> int:
    """How often the loop prints the loss: every 100 epochs as in the
    article, in powers of ten more or less often for a very long or short run."""
    every = 100
    while epochs / every > MAX_PRINTED_LINES:
        every *= 10
    while every > 1 and epochs / every < MIN_PRINTED_LINES:
        every //= 10
    return every


def _features(config: TrainConfig, comment: Comments) -> str:
    columns = ", ".join(FEATURE_CODE[name] for name in config.features)
    words = ", ".join(FEATURE_WORDS[name] for name in config.features)
    applied = "X = features(X)"
    if config.test_count:
        applied += "\nX_test = features(X_test)"
    return (
        f"{comment('features', features=words)}\n"
        "def features(xy):\n"
        "    x1, x2 = xy[:, 0], xy[:, 1]\n"
        f"    return torch.stack([{columns}], dim=1)\n"
        f"\n\n{applied}"
    )


def _model(config: TrainConfig) -> str:
    layers = []
    width = len(config.features)
    for hidden in config.hidden:
        layers += [f"nn.Linear({width}, {hidden})", _ACTIVATIONS[config.activation]]
        width = hidden
    layers.append(f"nn.Linear({width}, 1)")
    if config.output_activation == "sigmoid":
        layers.append("nn.Sigmoid()")
    return "model = nn.Sequential(\n    " + ",\n    ".join(layers) + "\n)"


def _training(config: TrainConfig, comment: Comments) -> str:
    """Loss, optimizer and the loop, as the reference loop trains."""
    loss_fn = "nn.BCELoss()" if config.loss == "bce" else "nn.MSELoss()"
    if config.optimizer == "adam":
        optimizer = f"torch.optim.Adam(params=model.parameters(), lr={config.lr!r})"
    else:
        momentum = f", momentum={config.momentum!r}" if config.momentum else ""
        optimizer = (
            f"torch.optim.SGD(params=model.parameters(), lr={config.lr!r}{momentum})"
        )
    lines = [
        "model.train()",
        f"loss_fn = {loss_fn}",
        f"optimizer = {optimizer}",
        "losses = []",
    ]
    testing = bool(config.test_count)
    if testing:
        lines.append("test_losses = []")
    if config.l1 or config.l2:
        lines += [
            comment("weights"),
            "weights = [layer.weight for layer in model if isinstance(layer, "
            "nn.Linear)]",
        ]
    if config.batch_size:
        lines += [
            f"batch_size = {config.batch_size}",
            comment("shuffle"),
            "shuffle = torch.Generator().manual_seed(seed)",
        ]
    lines.append(f"for epoch in range({config.epochs}):")
    if config.batch_size:
        body = _mini_batches(config, comment)
    else:
        body = _full_batch(config, comment)
    every = print_every(config.epochs)
    if every > 1:
        body += [
            comment("print_every", every=every),
            f"if epoch % {every} == 0:",
            f"    print({_printed(testing)})",
        ]
    else:
        body += [comment("print"), f"print({_printed(testing)})"]
    body.append("losses.append(loss.item())")
    if testing:
        body.append("test_losses.append(test_loss.item())")
    lines += [_indented(line) for line in body]
    return "\n".join(lines)


def _indented(lines: str) -> str:
    """`lines` one level deeper (a comment may be several lines)."""
    return "\n".join(f"    {line}" for line in lines.splitlines())


def _full_batch(config: TrainConfig, comment: Comments) -> list[str]:
    """The article's loop body: every training point at each step."""
    lines = []
    if config.test_count:
        lines += [
            comment("test_loss"),
            "with torch.no_grad():",
            "    test_loss = loss_fn(model(X_test), y_test)",
        ]
    lines += [
        "optimizer.zero_grad()",
        "t_p = model(X)",
        comment("backward"),
        "loss = loss_fn(t_p, y)",
        *_backward(config, comment, "loss"),
        comment(config.optimizer),
        "optimizer.step()",
    ]
    return lines


def _mini_batches(config: TrainConfig, comment: Comments) -> list[str]:
    """Steps on shuffled mini-batches; the epoch's loss is every training
    point's before its updates."""
    if config.test_count:
        lines = [
            comment("epoch_losses"),
            "with torch.no_grad():",
            "    test_loss = loss_fn(model(X_test), y_test)",
        ]
    else:
        lines = [comment("epoch_loss"), "with torch.no_grad():"]
    steps = [
        "optimizer.zero_grad()",
        "t_p = model(X[batch])",
        comment("backward"),
        "batch_loss = loss_fn(t_p, y[batch])",
        *_backward(config, comment, "batch_loss"),
        comment(config.optimizer),
        "optimizer.step()",
    ]
    return [
        *lines,
        "    loss = loss_fn(model(X), y)",
        "for batch in torch.randperm(len(X), generator=shuffle).split(batch_size):",
        *(_indented(line) for line in steps),
    ]


def _backward(config: TrainConfig, comment: Comments, loss: str) -> list[str]:
    """Backpropagation of `loss`, with the penalties added as the reference
    loop adds them (L1, then L2); the printed loss stays without them."""
    lines, total = [], loss
    if config.l1:
        lines += [
            comment("l1"),
            f"penalized = {total} + {config.l1!r} * "
            "sum(w.abs().sum() for w in weights)",
        ]
        total = "penalized"
    if config.l2:
        lines += [
            comment("l2"),
            f"penalized = {total} + {config.l2!r} * sum((w**2).sum() for w in weights)",
        ]
        total = "penalized"
    return [*lines, f"{total}.backward()"]


def _printed(testing: bool) -> str:
    if testing:
        return (
            '"epoch: %d loss: %f test loss: %f" '
            "% (epoch, loss.item(), test_loss.item())"
        )
    return '"epoch: %d loss: %f" % (epoch, loss.item())'


def _title(config: TrainConfig) -> str:
    """The problem's name as the plot titles say it: "XOR Problem"."""
    if config.data == "corners":
        return f"{gate_label(config.gate)} Problem"
    return f"{config.data} data"


def _file_stem(config: TrainConfig) -> str:
    return config.gate if config.data == "corners" else config.data


def _loss_plot(config: TrainConfig) -> str:
    if config.test_count:
        lines = [
            'plt.plot(losses, label="training")',
            'plt.plot(test_losses, label="test")',
            "plt.legend()",
        ]
        title = f"Training and Test Loss for {_title(config)}"
    else:
        lines = ["plt.plot(losses)"]
        title = f"Training Loss for {_title(config)}"
    lines += [
        'plt.xlabel("Epoch")',
        'plt.ylabel("Loss")',
        f'plt.title("{title}")',
        f'plt.savefig("{_file_stem(config)}_loss.png")',
        "plt.show()",
    ]
    return "\n".join(lines)


def _surface_plot(config: TrainConfig, comment: Comments) -> str:
    inputs = "x" if config.features == DEFAULT_FEATURES else "features(x)"
    zlim = "\nax.set_zlim(0, 1)" if config.output_activation == "sigmoid" else ""
    return f"""\
# --------------------
{comment("surface")}
# --------------------
{comment("eval")}
model.eval()


def model_output(x1, x2):
    x_input = np.stack([x1, x2], axis=-1)
    x = torch.tensor(x_input, dtype=torch.float32).reshape(-1, 2)
    y = model({inputs})
    return y.detach().reshape(len(x1), len(x1)).numpy()


{comment("grid")}
x1_range = np.arange(0, 1, 0.01)
x2_range = np.arange(0, 1, 0.01)
X_grid, Y_grid = np.meshgrid(x1_range, x2_range)
{comment("output")}
Z = model_output(X_grid, Y_grid)

{comment("plot")}
fig = plt.figure(figsize=(10, 8))
ax = fig.add_subplot(111, projection='3d')
ax.plot_surface(X_grid, Y_grid, Z, cmap='viridis')
ax.set_xlabel('x1', fontsize=12, labelpad=10)
ax.set_ylabel('x2', fontsize=12, labelpad=10)
ax.set_zlabel('y (Model Output)', fontsize=12, labelpad=10)
ax.set_title('{_title(config)} output', fontsize=14){zlim}
plt.savefig('{_file_stem(config)}_model_3d_plot.png')
plt.show()"""
