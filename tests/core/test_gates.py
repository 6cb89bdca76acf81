"""Any two-input function: named by its 4 target bits, the six gates by name,
one canonical form in the configuration, trained and swept like a named gate."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from xorgui.core.config import ConfigError, TrainConfig
from xorgui.core.gates import (
    GATES,
    INPUTS,
    all_gates,
    describe_gate,
    flip_target,
    gate_bits,
    gate_label,
    normalise_gate,
    targets,
)
from xorgui.core.outcome import cannot_learn
from xorgui.core.sweep.run import run_sweep
from xorgui.core.training.trainer import Trainer


def test_the_sixteen_functions_are_every_target_column_once() -> None:
    gates = all_gates()
    assert len(gates) == 16
    columns = {tuple(targets(gate)) for gate in gates}
    assert columns == set(itertools.product((0.0, 1.0), repeat=4))
    assert set(GATES) < set(gates)
    for gate in gates:
        assert normalise_gate(gate_bits(gate)) == gate


@pytest.mark.parametrize(
    ("given", "canonical"),
    [("0110", "xor"), ("XOR", "xor"), ("Nand", "nand"), ("1001", "xnor"),
     ("1011", "1011"), ("0000", "0000")],
)  # fmt: skip
def test_a_gate_by_name_or_bits_has_one_canonical_form(
    given: str, canonical: str
) -> None:
    assert normalise_gate(given) == canonical
    assert TrainConfig(gate=given) == TrainConfig(gate=canonical)
    assert TrainConfig(gate=given).to_dict()["gate"] == canonical


def test_the_bits_follow_the_articles_input_order() -> None:
    assert INPUTS == ((0, 0), (0, 1), (1, 0), (1, 1))
    assert gate_bits("xor") == "0110" and gate_bits("and") == "0001"
    x1_only = [float(x1) for x1, _ in INPUTS]
    assert targets("0011").tolist() == x1_only
    assert targets("1011").tolist() == [1, 0, 1, 1]


def test_names_say_the_bits_and_the_usual_name() -> None:
    assert describe_gate("xor") == "0110 = XOR"
    assert describe_gate("1011") == "1011 = x1 OR NOT x2"
    assert describe_gate("1111") == "1111 = TRUE"
    assert gate_label("xor") == "XOR"
    assert gate_label("0101") == "0101 (x2)"
    assert all(describe_gate(gate) for gate in all_gates())


def test_flipping_a_target_changes_that_row_only() -> None:
    assert flip_target("xor", 3) == "or"
    assert flip_target("xnor", 2) == "1011"
    for gate, row in itertools.product(all_gates(), range(4)):
        flipped = flip_target(gate, row)
        changed = targets(gate) != targets(flipped)
        assert changed.tolist() == [index == row for index in range(4)]
        assert flip_target(flipped, row) == gate


@pytest.mark.parametrize("bad", ["xand", "01101", "0120", "", "1O11", 6, None])
def test_anything_else_is_a_readable_config_error(bad: object) -> None:
    with pytest.raises(ConfigError) as caught:
        TrainConfig(gate=bad)  # type: ignore[arg-type]
    assert caught.value.field == "gate"
    assert "4 target bits" in str(caught.value)


def test_a_config_file_keeps_a_custom_function_and_old_files_load() -> None:
    custom = TrainConfig(gate="1011", hidden=(3,))
    assert TrainConfig.from_json(custom.to_json()) == custom
    old = TrainConfig.from_json('{"version": 1, "gate": "nor"}')
    assert old.gate == "nor" and old == TrainConfig(gate="1000")


def _separable(gate: str) -> bool:
    """Some line w1*x1 + w2*x2 + b = 0 puts the 1s above it and the 0s below."""
    points = np.array(INPUTS)
    wanted = targets(gate) > 0.5
    weights = np.arange(-2, 2.5, 0.5)
    for w1, w2, b in itertools.product(weights, repeat=3):
        if np.array_equal(points @ (w1, w2) + b > 0, wanted):
            return True
    return False


@pytest.mark.parametrize("gate", all_gates())
def test_only_the_functions_no_line_separates_cannot_be_learned(gate: str) -> None:
    linear = TrainConfig(gate=gate, hidden=())
    assert cannot_learn(linear) == (not _separable(gate))
    assert not cannot_learn(TrainConfig(gate=gate))


def test_a_custom_function_is_learned_and_swept_like_a_named_gate() -> None:
    config = TrainConfig(gate="1011", hidden=(), lr=1.0, epochs=1500)
    seeds = range(3, 7)
    result = run_sweep(config, seeds)
    for index, seed in enumerate(seeds):
        trainer = Trainer(config.with_changes(seed=seed))
        trainer.train(config.epochs)
        snapshot = trainer.snapshot()
        assert snapshot.solved and snapshot.targets.tolist() == [1, 0, 1, 1]
        assert result.epochs_to_solve[index] == trainer.solved_epoch
