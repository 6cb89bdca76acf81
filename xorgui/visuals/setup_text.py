"""A training setup in words, named as the controls name it ("XOR", "SGD",
"BCE"): the short names of the choices, and the one-line setup of the sweep
dialog and the captions of exported images; a loss with the status bar's
digits."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from xorgui.core.config import DEFAULT_FEATURES, TrainConfig
from xorgui.core.data.features import FEATURE_LABELS
from xorgui.visuals.gate_words import gate_label

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def activation_names() -> dict[str, str]:
    """Short names of the hidden layers' activations, as in "2-2-1 ReLU"."""
    return {
        "sigmoid": translate("setup_text", "sigmoid"),
        "tanh": translate("setup_text", "tanh"),
        "relu": translate("setup_text", "ReLU"),
        "identity": translate("setup_text", "identity"),
    }


def optimizer_names() -> dict[str, str]:
    """Short names of the optimizers, as in "SGD lr 0.1"."""
    return {
        "sgd": translate("setup_text", "SGD"),
        "adam": translate("setup_text", "Adam"),
    }


def data_set_names() -> dict[str, str]:
    """Names of the data sets (`config.DATA_SETS`), as in "Circle"."""
    return {
        "corners": translate("setup_text", "Four corners (the article)"),
        "clouds": translate("setup_text", "Clouds at the corners"),
        "circle": translate("setup_text", "Circle"),
        "gaussians": translate("setup_text", "Two Gaussians"),
        "spiral": translate("setup_text", "Spiral"),
        "moons": translate("setup_text", "Moons"),
        "plane": translate("setup_text", "Plane (regression)"),
        "bump": translate("setup_text", "Bump (regression)"),
        "saddle": translate("setup_text", "Saddle (regression)"),
        "given": translate("setup_text", "Your own points"),
    }


def setup_text(config: TrainConfig, *, seed: bool = False) -> str:
    """E.g. "XOR, 2-2-1 sigmoid, SGD lr 0.1, BCE loss, 20,000 epochs"; the seed
    only when asked (a sweep's setup has many); the data set and the input
    features when they are not the article's."""
    network = config.architecture
    if config.hidden:
        network += f" {activation_names()[config.activation]}"
    if config.output_activation == "linear":
        network += translate("setup_text", " (linear output)")
    optimizer = translate("setup_text", "{name} lr {lr:g}").format(
        name=optimizer_names()[config.optimizer], lr=config.lr
    )
    if config.optimizer == "sgd" and config.momentum:
        optimizer += translate("setup_text", " momentum {m:g}").format(
            m=config.momentum
        )
    if config.features != DEFAULT_FEATURES:
        network += translate("setup_text", " on {features}").format(
            features=", ".join(FEATURE_LABELS[name] for name in config.features)
        )
    parts = [
        data_text(config),
        network,
        optimizer,
        translate("setup_text", "{loss} loss").format(loss=config.loss.upper()),
        translate("setup_text", "{epochs:,} epochs").format(epochs=config.epochs),
    ]
    if seed:
        parts.append(translate("setup_text", "seed {seed}").format(seed=config.seed))
    return translate("setup_text", ", ").join(parts)


def format_loss(loss: float) -> str:
    """Six decimals below 1,000 (0.748230); a large or non-finite loss in
    scientific notation (2.015e+26) or as nan / inf."""
    if math.isfinite(loss) and abs(loss) < 1000:
        return f"{loss:.6f}"
    return f"{loss:.3e}"


def format_share(share: float) -> str:
    """A share of points as a percentage with one decimal, rounded down, so
    that "100.0%" means every point (199 of 200 reads 99.5%, not 100%)."""
    return f"{math.floor(share * 1000 + 1e-9) / 10:.1f}%"


def subject_text(config: TrainConfig) -> str:
    """What the network learns, in a word or two: the gate ("XOR") on its
    corners, "XOR clouds", or the data set's name ("Circle")."""
    if config.data == "corners":
        return gate_label(config.gate)
    if config.data == "clouds":
        return translate("setup_text", "{gate} clouds").format(
            gate=gate_label(config.gate)
        )
    return data_set_names()[config.data]


def data_text(config: TrainConfig) -> str:
    """What the network learns: the gate ("XOR") on its four corners, else
    the data set and its points, e.g. "Circle, 200 points (60 test)"."""
    if config.data == "corners":
        return gate_label(config.gate)
    name = subject_text(config)
    if config.test_count:
        return translate("setup_text", "{name}, {count} points ({test} test)").format(
            name=name, count=config.point_count, test=config.test_count
        )
    return translate("setup_text", "{name}, {count} points").format(
        name=name, count=config.point_count
    )
