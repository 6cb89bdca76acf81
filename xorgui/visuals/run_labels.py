"""A run named by what sets it apart, in words for a legend: "seed 7",
"lr 0.5", "width 16", "Adam" (from xorgui.core.config_difference)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xorgui.core.config import TrainConfig
from xorgui.core.config_difference import Difference, config_differences
from xorgui.core.data.features import FEATURE_LABELS
from xorgui.visuals.setup_text import (
    activation_names,
    data_set_names,
    optimizer_names,
)

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def difference_text(config: TrainConfig, reference: TrainConfig) -> str:
    """What `config` has that `reference` has not, e.g. "seed 7, lr 0.5";
    "same setup" when nothing differs (the epoch budget aside)."""
    parts = [_words(found) for found in config_differences(config, reference)]
    if not parts:
        return translate("run_labels", "same setup")
    return translate("run_labels", ", ").join(parts)


def run_label(config: TrainConfig) -> str:
    """`config` named by how it differs from the article's setup (the config's
    defaults), or "article's setup"."""
    if not config_differences(config, TrainConfig()):
        return translate("run_labels", "article's setup")
    return difference_text(config, TrainConfig())


def _words(found: Difference) -> str:
    value = found.value
    if found.field == "gate":
        return value.upper()
    if found.field == "hidden":
        return value or translate("run_labels", "no hidden layer")
    if found.field == "activation":
        return activation_names()[value]
    if found.field == "output_activation":
        return (
            translate("run_labels", "linear output")
            if value == "linear"
            else translate("run_labels", "sigmoid output")
        )
    if found.field == "optimizer":
        return optimizer_names()[value]
    if found.field == "loss":
        return translate("run_labels", "{loss} loss").format(loss=value.upper())
    if found.field == "data":
        return data_set_names()[value]
    if found.field == "features":
        names = (FEATURE_LABELS[name] for name in value.split(","))
        return translate("run_labels", "features {value}").format(
            value=translate("run_labels", ", ").join(names)
        )
    formats = {
        "points": translate("run_labels", "{value} points"),
        "noise": translate("run_labels", "noise {value}"),
        "data_seed": translate("run_labels", "data seed {value}"),
        "test_share": translate("run_labels", "test share {value}"),
        "given": translate("run_labels", "{value} points of your own"),
        "batch_size": translate("run_labels", "batch size {value}"),
        "l1": translate("run_labels", "L1 {value}"),
        "l2": translate("run_labels", "L2 {value}"),
        "width": translate("run_labels", "width {value}"),
        "lr": translate("run_labels", "lr {value}"),
        "momentum": translate("run_labels", "momentum {value}"),
        "seed": translate("run_labels", "seed {value}"),
    }
    return formats[found.field].format(value=value)
