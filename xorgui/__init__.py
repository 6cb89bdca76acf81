"""xorgui: watch a small network learn a logic gate.

Importing the package first chooses reproducible numerics, before any of its
modules loads torch (see `xorgui.core.reproducible`).
"""

from __future__ import annotations

from xorgui.core.reproducible import use_reproducible_kernels

use_reproducible_kernels()
