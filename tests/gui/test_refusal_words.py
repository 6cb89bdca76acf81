"""A refusal from the core, worded in the window: the screen's label for a
setting (ゲート in Japanese, not `gate`), values quoted and shortened."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from xorgui.core.config import TrainConfig
from xorgui.core.refusal import Refusal
from xorgui.visuals.refusal_words import refusal_text, setting_label

pytestmark = pytest.mark.gui


def refusal_of(settings: dict) -> Refusal:
    with pytest.raises(Refusal) as caught:
        TrainConfig.from_dict({"version": 1, **settings})
    return caught.value


def test_a_setting_is_named_by_its_label_and_its_value_shortened(
    qapp: QApplication,
) -> None:
    text = refusal_text(refusal_of({"gate": "maybe" * 1000}))
    assert text.startswith("Gate: \u201cmaybemaybe")
    assert "\u2026\u201d is not allowed; expected one of AND, OR, XOR" in text
    assert len(text) < 300 and "'" not in text


def test_the_labels_follow_the_window_language(
    qapp: QApplication, japanese: None
) -> None:
    assert setting_label("gate") == "ゲート"
    assert "&" not in setting_label("lr") and "(" not in setting_label("lr")
