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


def test_the_data_settings_are_named_and_their_choices_worded(
    qapp: QApplication,
) -> None:
    text = refusal_text(refusal_of({"features": ["x1", "x9"]}))
    assert text.startswith("Inputs: ['x1', 'x9'] is not allowed; expected ")
    assert "x1\u00b2" in text and "x1\u00b7x2" in text and "sin x1" in text
    text = refusal_text(refusal_of({"data": "iris"}))
    assert text.startswith("Data set: \u201ciris\u201d is not allowed")
    assert "Circle, Two Gaussians, Spiral" in text and "Your own points" in text
    text = refusal_text(refusal_of({"data": "given", "given": [[0, 0, 2]] * 4}))
    assert text == (
        "Your own points: [0, 0, 2] is not allowed; expected points whose x1, "
        "x2 and label are each a number from 0 to 1."
    )
    text = refusal_text(refusal_of({"test_share": 0.9}))
    assert text == (
        "Test share: 0.9 is not allowed; expected a test share that leaves at "
        "least one point to train on."
    )


@pytest.mark.parametrize(
    "setting",
    ["data", "points", "noise", "data_seed", "test_share", "given", "features",
     "batch_size", "l1", "l2"],
)  # fmt: skip
def test_every_data_setting_has_a_label(qapp: QApplication, setting: str) -> None:
    assert not setting_label(setting).startswith("\u201c")
