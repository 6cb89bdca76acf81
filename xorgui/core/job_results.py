"""What the training worker's one-off jobs (a sweep, an export) answer.

Qt-free and torch-free values, so the views that read them need neither the
worker module nor torch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xorgui.core.refusal import Refusal, Words
    from xorgui.core.session.file import SessionData
    from xorgui.core.sweep.result import SweepResult


@dataclass(frozen=True, slots=True)
class SweepOutcome:
    """How a sweep ended: its result, or an error, or neither when cancelled."""

    result: SweepResult | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ExportResult:
    """The answer to an export request: which file, and why it failed (a
    code and its values, worded by the window) if it did."""

    kind: str
    path: str
    error: Words | None


@dataclass(frozen=True, slots=True)
class SessionRead:
    """A session file read and checked: its data, or why it cannot be used."""

    path: str
    data: SessionData | None
    refusal: Refusal | None = None
