"""The learner's note above the surface: what this setup can learn, how the run
is going, and when it has stopped, why, and what to do next."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from xorgui.core.data.features import FEATURE_LABELS, uses_only_the_point
from xorgui.core.outcome import (
    CONSTANT,
    LINEARLY_INSEPARABLE,
    UNDECIDED_MARGIN,
    Verdict,
    cannot_learn,
    verdict,
)
from xorgui.core.session.run_session import RunState
from xorgui.visuals.gate_words import gate_label
from xorgui.visuals.hidden_space.plot import input_label
from xorgui.visuals.setup_text import format_share

if TYPE_CHECKING:
    from xorgui.core.config import TrainConfig
    from xorgui.core.snapshot import Snapshot


# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def config_note(config: TrainConfig) -> str:
    """One sentence for a learner about what this setup can and cannot learn."""
    gate = gate_label(config.gate)
    if not uses_only_the_point(config.features):
        return translate(
            "RunNote",
            "The inputs are {features}: a non-linear feature such as x1·x2 bends "
            "the boundary, so even one linear layer can draw a curve.",
        ).format(features=", ".join(FEATURE_LABELS[f] for f in config.features))
    if config.data not in ("corners", "clouds"):
        return translate(
            "RunNote",
            "{count} points, {test} of them held out as test points (hollow): "
            "the network learns from the others; the test points show how well "
            "it does on points it never saw.",
        ).format(count=config.point_count, test=config.test_count)
    if config.gate in LINEARLY_INSEPARABLE:
        if not config.hidden:
            return translate(
                "RunNote",
                "No hidden layer: one linear layer draws a single straight line, "
                "and no straight line separates {gate} - it cannot be solved.",
            ).format(gate=gate)
        if config.activation == "identity":
            return translate(
                "RunNote",
                "identity: stacked linear layers collapse into one linear layer - "
                "{gate} cannot be solved.",
            ).format(gate=gate)
        if config.gate == "xor":
            return translate(
                "RunNote",
                "XOR is 1 when exactly one input is 1. No straight line separates "
                "the 1s from the 0s: the hidden layer has to bend the surface.",
            )
        return translate(
            "RunNote",
            "XNOR is 1 when both inputs are equal. No straight line separates "
            "the 1s from the 0s: the hidden layer has to bend the surface.",
        )
    if config.gate in CONSTANT:
        return translate(
            "RunNote",
            "{gate} gives the same output for every input: no line is needed, "
            "the output unit's bias alone learns it.",
        ).format(gate=gate)
    return translate(
        "RunNote",
        "{gate} can be separated by one straight line: even a network without "
        "a hidden layer learns it.",
    ).format(gate=gate)


def run_note(
    state: RunState,
    snapshot: Snapshot | None,
    config: TrainConfig,
    solved_epoch: int | None,
    failure: str | None,
) -> tuple[str, str]:
    """The note's text and its kind ("info", "good" or "bad")."""
    if failure is not None and state is RunState.FAILED:
        return failure, "bad"
    if snapshot is None:
        return config_note(config), "info"
    if snapshot.divergence is not None:
        return divergence_note(snapshot), "bad"
    if solved_epoch is not None and snapshot.solved:
        solved = (
            translate(
                "RunNote",
                "Solved: all four outputs are on the right side of 0.5 "
                "from epoch {epoch:,} on. {note}",
            )
            if snapshot.config.data == "corners"
            else translate(
                "RunNote",
                "Solved: every training point is right from epoch {epoch:,} on. {note}",
            )
        )
        return solved.format(
            epoch=solved_epoch, note=config_note(snapshot.config)
        ), "good"
    if snapshot.looking_back:
        return look_back_note(snapshot), "info"
    if state is RunState.FINISHED:
        return unsolved_note(snapshot), "bad"
    return config_note(snapshot.config), "info"


def look_back_note(snapshot: Snapshot) -> str:
    """The views show an earlier epoch: which, and how to go on."""
    return translate(
        "RunNote",
        "Looking back at epoch {epoch:,}, as the model was then. Play goes on "
        "from epoch {latest:,}; Timeline > Train on from here goes on from this "
        "one instead. {note}",
    ).format(
        epoch=snapshot.epoch,
        latest=snapshot.tip_epoch,
        note=config_note(snapshot.config),
    )


def divergence_note(snapshot: Snapshot) -> str:
    """Where training blew up, in the status bar's epoch numbers, and the way out."""
    assert snapshot.divergence is not None
    value = snapshot.divergence.value
    return translate(
        "RunNote",
        "Training diverged at epoch {epoch:,}: its update made the loss {kind}, "
        "so the model from before that update (the last with a finite loss) is "
        "shown. Lower the learning rate (now {lr:g}), then press Start again (Space) "
        "to train again from the seed's initial weights.",
    ).format(
        epoch=snapshot.epoch,
        kind="NaN" if math.isnan(value) else translate("RunNote", "infinite"),
        lr=snapshot.config.lr,
    )


def unsolved_note(snapshot: Snapshot) -> str:
    """Why a finished run did not solve its gate, and what could."""
    config = snapshot.config
    gate = gate_label(config.gate)
    if cannot_learn(config):
        return translate(
            "RunNote",
            "Finished without solving {gate}, as expected: {reason} Add a hidden "
            "layer with a non-linear activation (sigmoid, tanh or ReLU) to solve it.",
        ).format(gate=gate, reason=config_note(config))
    if config.data != "corners":
        return _many_points_unsolved(snapshot)
    verdicts = [
        verdict(float(output), float(target))
        for output, target in zip(snapshot.predictions, snapshot.targets, strict=True)
    ]
    sentences = [
        translate(
            "RunNote",
            "Finished {epochs:,} epochs without solving {gate} (loss {loss:.4f}): "
            "{right} of 4 outputs are right, {wrong} wrong and {undecided} "
            "undecided (within {margin:g} of 0.5).",
        ).format(
            epochs=snapshot.epoch,
            gate=gate,
            loss=snapshot.loss,
            right=verdicts.count(Verdict.RIGHT),
            wrong=verdicts.count(Verdict.WRONG),
            undecided=verdicts.count(Verdict.UNDECIDED),
            margin=UNDECIDED_MARGIN,
        )
    ]
    undecided = [
        input_label(index)
        for index, seen in enumerate(verdicts)
        if seen is Verdict.UNDECIDED
    ]
    if len(undecided) == len(verdicts):
        sentences.append(
            translate(
                "RunNote",
                "All four sit at 0.5: this start is stuck on the plateau of "
                "answering 0.5 everywhere.",
            )
        )
    else:
        if undecided:
            sentences.append(
                translate("RunNote", "Undecided: {inputs}.").format(
                    inputs=", ".join(undecided)
                )
            )
        sentences.append(_trend(snapshot))
    sentences = [sentence for sentence in sentences if sentence]
    sentences.append(
        translate(
            "RunNote",
            "Try more epochs (raise the epoch budget, then Continue), another seed "
            "(Random), or Training > Sweep seeds to see how often this setup "
            "learns {gate}.",
        ).format(gate=gate)
    )
    return " ".join(sentences)


def _many_points_unsolved(snapshot: Snapshot) -> str:
    """A finished run on a data set with some training points still wrong:
    how many are right, training and test, and what to try."""
    test = snapshot.test_accuracy
    sentences = [
        translate(
            "RunNote",
            "Finished {epochs:,} epochs with {train} of the training points right "
            "(loss {loss:.4f}).",
        ).format(
            epochs=snapshot.epoch,
            train=format_share(snapshot.accuracy),
            loss=snapshot.loss,
        ),
        ""
        if test is None
        else translate("RunNote", "Test points right: {test}.").format(
            test=format_share(test)
        ),
        _trend(snapshot),
        translate(
            "RunNote",
            "Try more epochs (raise the epoch budget, then Continue), a wider "
            "network, or other input features.",
        ),
    ]
    return " ".join(sentence for sentence in sentences if sentence)


def _trend(snapshot: Snapshot) -> str:
    """How the loss moved over the run's last tenth ("" without a record)."""
    epochs, losses = snapshot.history_epochs, snapshot.history_losses
    since = snapshot.epoch - max(1, snapshot.epoch // 10)
    earlier = losses[epochs <= since]
    if len(earlier) == 0:
        return ""
    return translate(
        "RunNote",
        "Over the last {span:,} epochs the loss went from {before:.4f} to {after:.4f}.",
    ).format(
        span=snapshot.epoch - int(epochs[epochs <= since][-1]),
        before=float(earlier[-1]),
        after=snapshot.loss,
    )
