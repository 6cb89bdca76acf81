"""Weights set by hand: the trainer applies and records them, trains on from
the edited model as a fresh optimizer would, and its exports say so."""

from __future__ import annotations

import json

import numpy as np
import pytest

from xorgui.core.config import TrainConfig
from xorgui.core.export import loss_csv, save_config
from xorgui.core.hand_edit.edits import (
    HandEditError,
    ParameterRef,
    every_parameter,
    parse_value,
    unit_name,
)
from xorgui.core.hand_edit.preset import (
    PRESET_NAME,
    hand_made_xor_config,
    hand_made_xor_layers,
)
from xorgui.core.training.reference import reference_run
from xorgui.core.training.trainer import Trainer


@pytest.mark.parametrize(
    "config",
    [
        TrainConfig(),
        TrainConfig(optimizer="sgd", momentum=0.9, hidden=(3,)),
        TrainConfig(optimizer="adam", lr=0.01, hidden=(4, 2), activation="tanh"),
    ],
    ids=lambda c: c.describe(),
)
def test_training_goes_on_from_the_edit_with_a_fresh_optimizer(
    config: TrainConfig,
) -> None:
    trainer = Trainer(config)
    trainer.train(150)
    edit = trainer.set_parameter(ParameterRef(0, 1, 0), 2.5)
    assert edit is not None and edit.epoch == 150
    assert trainer.layers()[0].weight[1, 0] == 2.5
    expected = reference_run(config, 200, start=trainer.model).losses
    np.testing.assert_allclose(trainer.train(200), expected, rtol=1e-6)
    assert trainer.epoch == 350


def test_an_edit_is_recorded_and_carried_in_the_snapshot() -> None:
    trainer = Trainer()
    trainer.train(40)
    before = trainer.layers()[1].bias[0]
    trainer.set_parameter(ParameterRef(1, 0), -3.0)
    snapshot = trainer.snapshot()
    assert snapshot.layers[1].bias[0] == -3.0
    (edit,) = snapshot.edits
    assert edit.epoch == 40
    assert edit.note == (
        f"model edited by hand at epoch 40: the bias of y set to -3 (was {before:.6g})"
    )
    # The loss shown is the edited model's, and the next epoch logs it.
    loss_now = snapshot.loss
    losses = trainer.train(1)
    assert losses[0] == pytest.approx(loss_now, rel=1e-6)
    # Setting the same value again changes nothing and records nothing.
    same = float(trainer.layers()[1].bias[0])
    assert trainer.set_parameter(ParameterRef(1, 0), same) is None
    assert len(trainer.edits) == 1
    trainer.start_run()
    assert trainer.edits == [] and trainer.snapshot().edits == ()


def test_reset_brings_back_the_seeds_initial_weights() -> None:
    trainer = Trainer()
    initial = trainer.layers()
    trainer.set_parameter(ParameterRef(0, 0, 0), 7.0)
    trainer.start_run()
    for a, b in zip(initial, trainer.layers(), strict=True):
        np.testing.assert_array_equal(a.weight, b.weight)
        np.testing.assert_array_equal(a.bias, b.bias)


def test_the_hand_made_xor_solves_xor_at_epoch_zero() -> None:
    config = hand_made_xor_config(TrainConfig(gate="and", hidden=(5, 5), seed=7))
    assert config.gate == "xor" and config.hidden == (2,) and config.seed == 7
    trainer = Trainer(config)
    trainer.set_layers(hand_made_xor_layers(), PRESET_NAME)
    assert trainer.epoch == 0 and trainer.solved_epoch == 0
    np.testing.assert_allclose(trainer.predictions(), [0, 1, 1, 0], atol=5e-5)
    assert trainer.edits[0].note == (
        f"model edited by hand at epoch 0: set to the {PRESET_NAME} preset"
    )
    # Breaking the OR unit's bias breaks the gate.
    trainer.set_parameter(ParameterRef(0, 0), 10.0)
    assert trainer.solved_epoch is None


def test_an_edit_that_does_not_fit_is_refused_and_changes_nothing() -> None:
    trainer = Trainer()
    before = trainer.layers()
    for ref, value, message in [
        (ParameterRef(2, 0, 0), 1.0, "no layer 3"),
        (ParameterRef(0, 2, 0), 1.0, "no unit 3"),
        (ParameterRef(1, 0, 5), 1.0, "no input 6"),
        (ParameterRef(0, 0, 0), float("nan"), "finite"),
        (ParameterRef(0, 0, 0), 1e6, "between -1000 and 1000"),
    ]:
        with pytest.raises(HandEditError, match=message):
            trainer.set_parameter(ref, value)
    with pytest.raises(HandEditError, match="shape"):
        trainer.set_layers(Trainer(TrainConfig(hidden=(3,))).layers())
    assert trainer.edits == []
    np.testing.assert_array_equal(trainer.layers()[0].weight, before[0].weight)


def test_typed_values() -> None:
    assert parse_value(" 20 ") == 20.0
    assert parse_value("-0,5") == -0.5
    assert parse_value("\u22122e1") == -20.0
    with pytest.raises(HandEditError, match="abc is not a number"):
        parse_value("abc")
    with pytest.raises(HandEditError, match="nothing was typed"):
        parse_value("  ")


def test_names_and_order_of_parameters() -> None:
    layers = Trainer(TrainConfig(hidden=(2, 3))).layers()
    refs = list(every_parameter(layers))
    assert len(refs) == (2 * 2 + 2) + (3 * 2 + 3) + (1 * 3 + 1)
    assert refs[0] == ParameterRef(0, 0, 0) and refs[2] == ParameterRef(0, 0)
    assert unit_name(-1, 1, 3) == "x2" and unit_name(1, 2, 3) == "h2.3"
    assert unit_name(2, 0, 3) == "y"
    assert unit_name(0, 1, 2) == "h2"  # one hidden layer: h1, h2 as everywhere
    assert ParameterRef(1, 2, 0).describe(3) == "the weight h2.3 <- h1.1"


def test_exports_carry_the_notes(tmp_path) -> None:
    trainer = Trainer()
    trainer.train(10)
    trainer.set_parameter(ParameterRef(0, 0, 1), 1.5)
    trainer.train(5)
    notes = [edit.note for edit in trainer.edits]
    text = loss_csv(*trainer.loss_record(), notes)
    lines = text.splitlines()
    assert lines[0] == f"# {notes[0]}" and lines[1] == "epoch,loss"
    assert len(lines) == 2 + 16
    assert trainer.save_model()["notes"] == notes
    path = tmp_path / "config.json"
    save_config(path, trainer.config, notes)
    assert json.loads(path.read_text())["notes"] == notes
    assert TrainConfig.load(path) == trainer.config
    # Without edits the files are as before.
    assert loss_csv([0], [0.5]).splitlines()[0] == "epoch,loss"
    assert "notes" not in json.loads(TrainConfig().to_json())
