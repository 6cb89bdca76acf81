"""One thread for a single run: the same sums in the same order on every computer.

With more threads a matrix product over many points splits its sums by the
number of cores, so a run on 200 points would end a few units in the last
place apart on a 2-core and an 8-core machine, and the window (whose worker
trains on one thread) apart from `train`. The four corners are too small to
split; data sets are not. Sweeps train many models at once, not one run
exactly, and keep every thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import torch


@contextmanager
def one_thread() -> Iterator[None]:
    """Torch on one thread (in this thread) while inside, then as it was."""
    threads = torch.get_num_threads()
    if threads != 1:
        torch.set_num_threads(1)
    try:
        yield
    finally:
        if threads != 1:
            torch.set_num_threads(threads)
