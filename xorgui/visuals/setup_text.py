"""A training setup in words, named as the controls name it ("XOR", "SGD",
"BCE"): the short names of the choices, and the one-line setup of the sweep
dialog and the captions of exported images."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xorgui.core.config import TrainConfig
from xorgui.core.gates import gate_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("setup_text", text)


def activation_names() -> dict[str, str]:
    """Short names of the hidden layers' activations, as in "2-2-1 ReLU"."""
    return {
        "sigmoid": _tr("sigmoid"),
        "tanh": _tr("tanh"),
        "relu": _tr("ReLU"),
        "identity": _tr("identity"),
    }


def optimizer_names() -> dict[str, str]:
    """Short names of the optimizers, as in "SGD lr 0.1"."""
    return {"sgd": _tr("SGD"), "adam": _tr("Adam")}


def setup_text(config: TrainConfig, *, seed: bool = False) -> str:
    """E.g. "XOR, 2-2-1 sigmoid, SGD lr 0.1, BCE loss, 20,000 epochs"; the seed
    only when asked (a sweep's setup has many)."""
    network = config.architecture
    if config.hidden:
        network += f" {activation_names()[config.activation]}"
    if config.output_activation == "linear":
        network += _tr(" (linear output)")
    optimizer = _tr("{name} lr {lr:g}").format(
        name=optimizer_names()[config.optimizer], lr=config.lr
    )
    if config.optimizer == "sgd" and config.momentum:
        optimizer += _tr(" momentum {m:g}").format(m=config.momentum)
    parts = [
        gate_label(config.gate),
        network,
        optimizer,
        _tr("{loss} loss").format(loss=config.loss.upper()),
        _tr("{epochs:,} epochs").format(epochs=config.epochs),
    ]
    if seed:
        parts.append(_tr("seed {seed}").format(seed=config.seed))
    return ", ".join(parts)
