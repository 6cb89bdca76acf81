"""The atlas in words: its axes' names and values, a cell's values on hover,
the note that reads the picture ("with 16 hidden units 100% of seeds learn
XOR, median 320 epochs; with 2, 83%") and what is wrong with an axis a person
typed, all through Qt's translation (the core gives facts and keys)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xorgui.core.atlas.axes import EXAMPLES, AxisError
from xorgui.core.atlas.grid import CellSummary
from xorgui.core.atlas.reading import AtlasReading, RowReading
from xorgui.core.config import (
    MAX_HIDDEN_LAYERS,
    MAX_LR,
    MAX_MOMENTUM,
    MAX_NOISE,
    MAX_PENALTY,
    MAX_POINTS,
    MAX_WIDTH,
    MIN_LR,
    MIN_WIDTH,
)
from xorgui.visuals.setup_text import activation_names, optimizer_names

# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def axis_title(name: str) -> str:
    """What an axis varies, as a label: "learning rate", "hidden width"."""
    titles = {
        "lr": translate("atlas", "learning rate"),
        "hidden": translate("atlas", "hidden width"),
        "depth": translate("atlas", "hidden layers"),
        "momentum": translate("atlas", "momentum"),
        "optimizer": translate("atlas", "optimizer"),
        "activation": translate("atlas", "activation"),
        "noise": translate("atlas", "noise"),
        "batch_size": translate("atlas", "batch size"),
        "features": translate("atlas", "input features"),
        "l1": translate("atlas", "L1 rate"),
        "l2": translate("atlas", "L2 rate"),
    }
    return titles[name]


def value_text(name: str, value: str) -> str:
    """A value of axis `name` as the controls name it: numbers as they are,
    an optimizer or an activation by its name in the interface's language,
    batch size 0 as the whole training set."""
    names = {
        "optimizer": optimizer_names(),
        "activation": activation_names(),
        "batch_size": {"0": translate("atlas", "full batch")},
    }
    return names.get(name, {}).get(value, value)


def setting_text(name: str, value: str) -> str:
    """One setting in words: "16 hidden units", "learning rate 0.193"."""
    texts = {
        "lr": translate("atlas", "learning rate {value}"),
        "hidden": translate("atlas", "{value} hidden units"),
        "depth": translate("atlas", "{value} hidden layers"),
        "momentum": translate("atlas", "momentum {value}"),
        "optimizer": translate("atlas", "optimizer {value}"),
        "activation": translate("atlas", "{value} activations"),
        "noise": translate("atlas", "noise {value}"),
        "batch_size": translate("atlas", "batch size {value}"),
        "features": translate("atlas", "features {value}"),
        "l1": translate("atlas", "L1 rate {value}"),
        "l2": translate("atlas", "L2 rate {value}"),
    }
    return texts[name].format(value=value_text(name, value))


def epochs_text(epochs: float) -> str:
    """A number of epochs in at most four characters: 930, 1.2k, 18k."""
    if epochs < 1000:
        return f"{epochs:.0f}"
    if epochs < 9950:
        return f"{epochs / 1000:.1f}k"
    return f"{epochs / 1000:.0f}k"


def cell_text(where: str, summary: CellSummary | None) -> str:
    """A cell's values as hovering shows them."""
    if summary is None:
        return translate("atlas", "{where}: not trained yet").format(where=where)
    text = translate(
        "atlas", "{where}: {solved} of {seeds} seeds solved ({share:.0%})"
    ).format(
        where=where, solved=summary.solved, seeds=summary.seeds, share=summary.share
    )
    if summary.median is None:
        return text + translate("atlas", "; none solved within the budget")
    text += translate(
        "atlas", "; epochs to solve: median {median:,.0f}, 90th percentile {p90:,.0f}"
    ).format(median=summary.median, p90=summary.p90)
    if summary.too_few:
        text += translate("atlas", " (too few solved to tell: grey on the right)")
    return text


def note_text(reading: AtlasReading | None) -> str:
    """The picture in plain words, most capable value of the axis read first."""
    if reading is None:
        return translate(
            "atlas", "The note reads the picture once the first cells are trained."
        )
    first, *rest = reading.rows
    text = translate(
        "atlas", "With {setting}, {share:.0%} of seeds learn {gate}"
    ).format(
        setting=setting_text(reading.axis.name, first.value),
        share=first.share,
        gate=reading.gate.upper(),
    ) + _best_at(reading, first)
    for row in rest:
        later = translate("atlas", "with {value}, {share:.0%}").format(
            value=value_text(reading.axis.name, row.value), share=row.share
        ) + _best_at(reading, row)
        text = translate("atlas", "{earlier}; {later}").format(
            earlier=text, later=later
        )
    text = translate("atlas", "{reading}.").format(reading=text)
    if len(reading.other.values) > 1:
        text = translate("atlas", "{reading} Each at its best {other}.").format(
            reading=text, other=axis_title(reading.other.name)
        )
    if not reading.finished:
        text = translate("atlas", "So far: {reading}").format(reading=text)
    return text


def _best_at(reading: AtlasReading, row: RowReading) -> str:
    """ " (learning rate 1.39, median 320 epochs)", or "" where none solved."""
    if row.share == 0:
        return ""
    at = setting_text(reading.other.name, row.other)
    if row.median is None:
        return translate("atlas", " ({setting})").format(setting=at)
    return translate("atlas", " ({setting}, median {median:,.0f} epochs)").format(
        setting=at, median=row.median
    )


def axis_error_text(error: AxisError, side: str) -> str:
    """What is wrong with the axis typed on `side` ("Across"), and what it
    takes, in the interface's language."""
    if error.reason == "same_axis":
        return translate(
            "atlas", "Both axes vary {setting}: choose another setting for one of them."
        ).format(setting=axis_title(error.name))
    if error.reason == "not_axis":
        return translate("atlas", "{side}: not a setting an atlas can vary.").format(
            side=side
        )
    where = translate("atlas", "{side} ({setting})").format(
        side=side, setting=axis_title(error.name)
    )
    if error.reason == "too_many":
        return translate(
            "atlas", "{where}: {count} values; an axis takes {most} at most."
        ).format(where=where, **error.details)
    if error.reason == "repeated":
        return translate(
            "atlas", "{where}: a value is given twice; give each value once."
        ).format(where=where)
    if error.reason == "refused":
        return translate("atlas", "{where}: {value} is not allowed; {allowed}.").format(
            where=where, value=error.details["value"], allowed=_allowed(error.name)
        )
    first, *others = EXAMPLES[error.name]
    examples = first
    for other in others:
        examples = translate("atlas", "{first} or {second}").format(
            first=examples, second=other
        )
    return translate(
        "atlas", "{where}: \u201c{values}\u201d cannot be read; for example {examples}."
    ).format(where=where, values=error.values, examples=examples)


def _allowed(name: str) -> str:
    """The values axis `name` takes, in words."""
    ranges: dict[str, tuple[str, float]] = {
        "lr": (
            translate("atlas", "a learning rate is from {low:g} to {high:g}"),
            MAX_LR,
        ),
        "momentum": (
            translate("atlas", "a momentum is from 0 to {high:g}"),
            MAX_MOMENTUM,
        ),
        "hidden": (
            translate("atlas", "a width is from {low} to {high} units"),
            MAX_WIDTH,
        ),
        "depth": (
            translate("atlas", "from 0 to {high} hidden layers"),
            MAX_HIDDEN_LAYERS,
        ),
        "noise": (translate("atlas", "a noise is from 0 to {high:g}"), MAX_NOISE),
        "batch_size": (
            translate("atlas", "a batch size is from 0 (full batch) to {high}"),
            MAX_POINTS,
        ),
        "l1": (translate("atlas", "a rate is from 0 to {high:g}"), MAX_PENALTY),
        "l2": (translate("atlas", "a rate is from 0 to {high:g}"), MAX_PENALTY),
    }
    if name not in ranges:
        return translate("atlas", "one of {choices}").format(choices=EXAMPLES[name][0])
    words, high = ranges[name]
    low = MIN_LR if name == "lr" else MIN_WIDTH
    return words.format(low=low, high=high)
