"""The atlas in words: its axes' names, a cell's values on hover, and the note
that reads the picture ("with 16 hidden units 100% of seeds learn XOR, median
320 epochs; with 2, 83%"), all through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xorgui.core.atlas import CellSummary
from xorgui.core.atlas_reading import AtlasReading, RowReading


def _tr(text: str) -> str:
    return QCoreApplication.translate("atlas", text)


def axis_title(name: str) -> str:
    """What an axis varies, as a label: "learning rate", "hidden width"."""
    titles = {
        "lr": _tr("learning rate"),
        "hidden": _tr("hidden width"),
        "depth": _tr("hidden layers"),
        "momentum": _tr("momentum"),
        "optimizer": _tr("optimizer"),
        "activation": _tr("activation"),
    }
    return titles[name]


def setting_text(name: str, value: str) -> str:
    """One setting in words: "16 hidden units", "learning rate 0.193"."""
    texts = {
        "lr": _tr("learning rate {value}"),
        "hidden": _tr("{value} hidden units"),
        "depth": _tr("{value} hidden layers"),
        "momentum": _tr("momentum {value}"),
        "optimizer": _tr("optimizer {value}"),
        "activation": _tr("{value} activations"),
    }
    return texts[name].format(value=value)


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
        return _tr("{where}: not trained yet").format(where=where)
    text = _tr("{where}: {solved} of {seeds} seeds solved ({share:.0%})").format(
        where=where, solved=summary.solved, seeds=summary.seeds, share=summary.share
    )
    if summary.median is None:
        return text + _tr("; none solved within the budget")
    text += _tr(
        "; epochs to solve: median {median:,.0f}, 90th percentile {p90:,.0f}"
    ).format(median=summary.median, p90=summary.p90)
    if summary.too_few:
        text += _tr(" (too few solved to tell: grey on the right)")
    return text


def note_text(reading: AtlasReading | None) -> str:
    """The picture in plain words, most capable value of the axis read first."""
    if reading is None:
        return _tr("The note reads the picture once the first cells are trained.")
    first, *rest = reading.rows
    sentence = _tr("With {setting}, {share:.0%} of seeds learn {gate}").format(
        setting=setting_text(reading.axis.name, first.value),
        share=first.share,
        gate=reading.gate.upper(),
    )
    sentence += _best_at(reading, first)
    parts = [sentence]
    for row in rest:
        parts.append(
            _tr("with {value}, {share:.0%}").format(value=row.value, share=row.share)
            + _best_at(reading, row)
        )
    text = "; ".join(parts) + "."
    if len(reading.other.values) > 1:
        text += " " + _tr("Each at its best {other}.").format(
            other=axis_title(reading.other.name)
        )
    if not reading.finished:
        text = _tr("So far: ") + text
    return text


def _best_at(reading: AtlasReading, row: RowReading) -> str:
    """ " (learning rate 1.39, median 320 epochs)", or "" where none solved."""
    if row.share == 0:
        return ""
    at = setting_text(reading.other.name, row.other)
    if row.median is None:
        return _tr(" ({setting})").format(setting=at)
    return _tr(" ({setting}, median {median:,.0f} epochs)").format(
        setting=at, median=row.median
    )
