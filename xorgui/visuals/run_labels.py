"""A run named by what sets it apart, in words for a legend: "seed 7",
"lr 0.5", "width 16", "Adam" (from xorgui.core.config_difference)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xorgui.core.config import TrainConfig
from xorgui.core.config_difference import Difference, config_differences
from xorgui.visuals.setup_text import activation_names, optimizer_names


def _tr(text: str) -> str:
    return QCoreApplication.translate("run_labels", text)


def difference_text(config: TrainConfig, reference: TrainConfig) -> str:
    """What `config` has that `reference` has not, e.g. "seed 7, lr 0.5";
    "same setup" when nothing differs (the epoch budget aside)."""
    parts = [_words(found) for found in config_differences(config, reference)]
    return ", ".join(parts) if parts else _tr("same setup")


def run_label(config: TrainConfig) -> str:
    """`config` named by how it differs from the article's setup (the config's
    defaults), or "article's setup"."""
    if not config_differences(config, TrainConfig()):
        return _tr("article's setup")
    return difference_text(config, TrainConfig())


def _words(found: Difference) -> str:
    value = found.value
    if found.field == "gate":
        return value.upper()
    if found.field == "hidden":
        return value or _tr("no hidden layer")
    if found.field == "activation":
        return activation_names()[value]
    if found.field == "output_activation":
        return _tr("linear output") if value == "linear" else _tr("sigmoid output")
    if found.field == "optimizer":
        return optimizer_names()[value]
    if found.field == "loss":
        return _tr("{loss} loss").format(loss=value.upper())
    formats = {
        "width": _tr("width {value}"),
        "lr": _tr("lr {value}"),
        "momentum": _tr("momentum {value}"),
        "seed": _tr("seed {value}"),
    }
    return formats[found.field].format(value=value)
