"""A finished sweep in words: its setup, how many seeds solved the gate, how
long they took, and how many never did; and the seed most worth watching."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from xorgui.visuals.gate_words import gate_label
from xorgui.visuals.setup_text import setup_text

if TYPE_CHECKING:
    from xorgui.core.sweep.result import SweepResult


# lupdate finds the calls by this name, with the context written out at each.
translate = QCoreApplication.translate


def result_summary(result: SweepResult) -> str:
    """A few lines of rich text for the dialog's summary."""
    budget = result.config.epochs
    lines = [
        translate(
            "SweepDialog", "<b>Results for {setup}, seeds {first} to {last}.</b>"
        ).format(
            setup=setup_text(result.config),
            first=result.seeds[0],
            last=result.seeds[-1],
        ),
        translate(
            "SweepDialog",
            "Solved {gate} by {solved:,} of {count:,} seeds ({rate:.1%}).",
        ).format(
            gate=gate_label(result.config.gate),
            solved=int(result.solved.sum()),
            count=len(result.seeds),
            rate=result.success_rate,
        ),
    ]
    percentiles = result.solve_percentiles()
    if percentiles is not None:
        lines.append(
            translate(
                "SweepDialog",
                "Epochs to solve: median {median:,.0f}, 90th percentile {p90:,.0f}.",
            ).format(median=percentiles[0], p90=percentiles[1])
        )
    unsolved = int((~result.solved).sum())
    if unsolved:
        lines.append(
            translate(
                "SweepDialog",
                "Not solved within the {budget:,}-epoch budget: {n:,} seeds "
                "(listed below: click one to watch it).",
            ).format(budget=budget, n=unsolved)
        )
    else:
        lines.append(
            translate(
                "SweepDialog",
                "Every seed solved it within the {budget:,}-epoch budget.",
            ).format(budget=budget)
        )
    return "<br>".join(lines)


def seed_to_watch(result: SweepResult) -> int:
    """The first seed that did not solve the gate, or else the slowest one."""
    unsolved = np.flatnonzero(~result.solved)
    if unsolved.size:
        return int(result.seeds[unsolved[0]])
    return int(result.seeds[int(np.argmax(result.epochs_to_solve))])
