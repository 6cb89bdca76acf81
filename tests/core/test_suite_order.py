"""The suite spreads its slow tests over the workers' shares under worksteal."""

from __future__ import annotations

import pytest
from slow_spread import spread_slow


def _shares(order: list[str], workers: int) -> list[list[str]]:
    """The contiguous shares worksteal first hands the workers."""
    size = len(order) / workers
    return [order[round(k * size) : round((k + 1) * size)] for k in range(workers)]


@pytest.mark.parametrize("workers", [2, 3, 4])
@pytest.mark.parametrize("slow_at", [[0, 1, 2, 3], [30, 31, 32, 33, 34, 35], [5, 39]])
def test_each_worker_share_holds_its_part_of_the_slow_tests(
    workers: int, slow_at: list[int]
) -> None:
    names = [f"slow{i}" if i in slow_at else f"fast{i}" for i in range(40)]
    order = spread_slow(names, lambda name: name.startswith("slow"))
    assert sorted(order) == sorted(names)
    # Each group keeps its own order.
    assert [n for n in order if n.startswith("slow")] == [
        n for n in names if n.startswith("slow")
    ]
    counts = [
        sum(n.startswith("slow") for n in share) for share in _shares(order, workers)
    ]
    assert max(counts) - min(counts) <= 1, counts
