"""A refusal from the core (`core.refusal`) in the window's language: its
sentence through Qt's translation, settings named by the controls' labels
(ゲート, not `gate`), paths by their end and values shortened."""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from xorgui.core.data.features import FEATURE_LABELS
from xorgui.core.refusal import (
    PATHS,
    Choices,
    Refusal,
    Words,
    shortened,
    shortened_path,
    word,
)
from xorgui.visuals.setup_text import (
    activation_names,
    data_set_names,
    optimizer_names,
)

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate
_MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")


def refusal_text(refusal: Refusal) -> str:
    """The sentence that says why `refusal` refused, for a message box."""
    return words_text(refusal.words)


def words_text(words: Words) -> str:
    """`words` (a sentence or a phrase) in the window's language."""
    return word(words, translate, _value_text)


def setting_label(name: str) -> str:
    """The label the controls show for the setting `name`, without its
    mnemonic; a name the controls lack is shown as it is."""
    labels = {
        "gate": translate("ControlsPanel", "&Gate"),
        "hidden": translate("ControlsPanel", "&Widths"),
        "activation": translate("ControlsPanel", "&Activation"),
        "output_activation": translate("ControlsPanel", "O&utput"),
        "seed": translate("ControlsPanel", "&Seed"),
        "optimizer": translate("ControlsPanel", "&Optimizer"),
        "lr": translate("ControlsPanel", "Learning &rate"),
        "momentum": translate("ControlsPanel", "&Momentum"),
        "loss": translate("ControlsPanel", "L&oss"),
        "epochs": translate("ControlsPanel", "&Epoch budget"),
        # The data and generalization settings (controls/data_group.py, panel.py).
        "data": translate("DataGroup", "Data se&t"),
        "points": translate("DataGroup", "&Points"),
        "noise": translate("DataGroup", "&Noise"),
        "data_seed": translate("DataGroup", "&Data seed"),
        "test_share": translate("DataGroup", "Test s&hare"),
        "given": translate("choices", "Your own points"),
        "features": translate("ControlsPanel", "&Inputs"),
        "batch_size": translate("ControlsPanel", "&Batch size"),
        "l1": translate("ControlsPanel", "L&1"),
        "l2": translate("ControlsPanel", "L&2"),
        "config": translate("refusal", "The configuration"),
        "version": translate("refusal", "Format version"),
    }
    if name in labels:
        return _MNEMONIC.sub("", labels[name])
    return _quoted(name)


def choice_label(setting: str, key: str) -> str:
    """A value of `setting` as the controls name it ("xor": XOR); a setting
    of the configuration ("settings") by its label."""
    if setting == "settings":
        return setting_label(key)
    names = {
        "data": data_set_names(),
        "features": FEATURE_LABELS,
        "activation": activation_names(),
        "optimizer": optimizer_names(),
        "output_activation": {
            "sigmoid": translate("run_labels", "sigmoid output"),
            "linear": translate("run_labels", "linear output"),
        },
    }
    return names.get(setting, {}).get(key, key.upper())


def _value_text(name: str, raw: Any) -> str:
    if isinstance(raw, Choices):
        labels = (choice_label(raw.setting, key) for key in raw.keys)
        return translate("refusal", ", ").join(labels)
    if name in PATHS:
        return shortened_path(str(raw))
    if name == "setting":
        return setting_label(str(raw))
    if name == "value" and (raw is None or isinstance(raw, bool)):
        return json.dumps(raw)  # as the file writes it: null, true, false
    if name == "value" and isinstance(raw, str):
        return _quoted(raw)
    return shortened(str(raw))


def _quoted(text: str) -> str:
    """What a person wrote, shortened and quoted as the language quotes."""
    return translate("refusal", "\u201c{text}\u201d").format(text=shortened(text))
