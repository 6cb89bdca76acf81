"""The suite's order: slow tests spread evenly through it.

pytest-xdist's worksteal first cuts the collection into one contiguous share
per worker, and an idle worker steals the back half of a busy one's queue.
Slow tests placed first all land in the first worker's share, at the front,
where no one steals them: they would run one after another on one core.
Spread evenly, every share holds its part of them, whatever the worker count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")


def spread_slow(items: Sequence[Item], is_slow: Callable[[Item], bool]) -> list[Item]:
    """`items` with the slow ones at evenly spaced places, each group's own
    order kept: the k-th of s slow tests goes where k/s of the way lies."""
    slow = [item for item in items if is_slow(item)]
    fast = [item for item in items if not is_slow(item)]
    if not slow:
        return list(items)
    ordered: list[Item] = []
    total = len(items)
    for index, item in enumerate(slow):
        # The fast tests that come before the slow one at k/s of the way.
        before = round(index * total / len(slow)) - len(ordered)
        ordered.extend(fast[: max(0, before)])
        fast = fast[max(0, before) :]
        ordered.append(item)
    return ordered + fast
