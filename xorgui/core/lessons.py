"""The article's argument as seven lessons, and two beyond it (input features,
overfitting): what each one sets up and which check tells whether what it
announces happened.

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
ONE_LAYER_XOR = ARTICLE.with_changes(hidden=(), epochs=5000)
"""Lesson 3's setup: no hidden layer, so no line, however trained, separates XOR."""
PRODUCT_FEATURE = ("x1", "x2", "x1x2")
"""The inputs of lesson 8's second step: x1 * x2 is 1 only at (1,1), which is
what one line cannot tell apart from (0,1) and (1,0)."""
NOISY_CIRCLE = ARTICLE.with_changes(
    data="circle",
    points=40,
    noise=0.1,
    test_share=0.5,
    hidden=(16, 16),
    activation="tanh",
    optimizer="adam",
    lr=0.03,
    epochs=3000,
)
"""Lesson 9: a wide network, few noisy points, half of them held out for testing."""
L2 = 0.002
"""Lesson 9's second step: the L2 rate that keeps the test loss near its lowest."""


@dataclass(frozen=True, slots=True)
class Lesson:
    """One step: its setup, its check (a name in lesson_checks.CHECKS), the
    optional view (a dock's name) it is about, whether it opens the sweep, and
    the step that follows it (`then`: one setting changed, its own button)."""

    key: str
    config: TrainConfig
    check: str
    view: str | None = None
    sweep: bool = False
    then: Lesson | None = None

    @property
    def steps(self) -> tuple[Lesson, ...]:
        """This step and those after it."""
        return (self,) if self.then is None else (self, *self.then.steps)


LESSONS: tuple[Lesson, ...] = (
    Lesson("and", ARTICLE.with_changes(gate="and", hidden=(), epochs=2000), "solves",
           view="plane"),
    Lesson("or", ARTICLE.with_changes(gate="or", hidden=(), epochs=2000), "solves",
           view="plane"),
    Lesson("xor-one-layer", ONE_LAYER_XOR, "stays_at_chance", view="plane"),
    Lesson("identity", ARTICLE.with_changes(hidden=(2, 2), activation="identity",
           epochs=5000), "stays_at_chance", view="collapse"),
    Lesson("sigmoid", ARTICLE, "plateau_then_drop"),
    Lesson("sixteen", ARTICLE.with_changes(hidden=(16,)), "solves_faster"),
    Lesson("sweep", ARTICLE, "seed_fails", sweep=True),
    Lesson("features", ONE_LAYER_XOR, "stays_at_chance", view="plane",
           then=Lesson("product-feature",
                       ONE_LAYER_XOR.with_changes(features=PRODUCT_FEATURE),
                       "solves", view="plane")),
    Lesson("overfitting", NOISY_CIRCLE, "overfits", view="plane",
           then=Lesson("l2", NOISY_CIRCLE.with_changes(l2=L2), "test_loss_holds",
                       view="plane")),
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

    lessons: dict[str, LessonText]  # by step
    running: str
    other_setup: str


def load_texts(path: Path) -> LessonTexts:
    """Read `path`; every step of LESSONS must have all its words."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        lessons = {
            step.key: LessonText(**data["lessons"][step.key])
            for lesson in LESSONS
            for step in lesson.steps
        }
        return LessonTexts(lessons, str(data["running"]), str(data["other_setup"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise LessonFileError(f"{path}: {exc}") from None
