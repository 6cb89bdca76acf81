"""The article's argument as seven lessons: what each one sets up and which
check tells whether what it announces happened.

The words (title, explanation, what to look for, the verdicts) live per
language in ``resources/lessons/<code>.json``; this module holds what is not
words, and reads those files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from xorgui.core.config import TrainConfig

ARTICLE = TrainConfig()
SWEEP_SEEDS = range(0, 100)
"""The seeds lesson 7 sweeps: enough to find the ones that fail, in seconds."""


@dataclass(frozen=True, slots=True)
class Lesson:
    """One step: its setup, its check (a name in lesson_checks.CHECKS), the
    optional view (a dock's name) it is about, and whether it opens the sweep."""

    key: str
    config: TrainConfig
    check: str
    view: str | None = None
    sweep: bool = False


LESSONS: tuple[Lesson, ...] = (
    Lesson("and", ARTICLE.with_changes(gate="and", hidden=(), epochs=2000), "solves",
           view="plane"),
    Lesson("or", ARTICLE.with_changes(gate="or", hidden=(), epochs=2000), "solves",
           view="plane"),
    Lesson("xor-one-layer", ARTICLE.with_changes(hidden=(), epochs=5000),
           "stays_at_chance", view="plane"),
    Lesson("identity", ARTICLE.with_changes(hidden=(2, 2), activation="identity",
           epochs=5000), "stays_at_chance", view="collapse"),
    Lesson("sigmoid", ARTICLE, "plateau_then_drop"),
    Lesson("sixteen", ARTICLE.with_changes(hidden=(16,)), "solves_faster"),
    Lesson("sweep", ARTICLE, "seed_fails", sweep=True),
)  # fmt: skip


class LessonFileError(ValueError):
    """A lessons file is missing or malformed; str() says which and why."""


@dataclass(frozen=True, slots=True)
class LessonText:
    """A lesson's words in one language; the verdicts take {epoch}, {loss},
    {min_loss}, {solved_epoch} and {seed}."""

    title: str
    text: str
    look_for: str
    expected: str
    unexpected: str


@dataclass(frozen=True, slots=True)
class LessonTexts:
    """Every lesson's words, and the two verdicts all lessons share."""

    lessons: dict[str, LessonText]
    running: str
    other_setup: str


def load_texts(path: Path) -> LessonTexts:
    """Read `path`; every lesson of LESSONS must have all its words."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        lessons = {
            lesson.key: LessonText(**data["lessons"][lesson.key]) for lesson in LESSONS
        }
        return LessonTexts(lessons, str(data["running"]), str(data["other_setup"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise LessonFileError(f"{path}: {exc}") from None
