"""xorgui: watch a small network learn a logic gate.

Importing the package first chooses reproducible numerics, before any of its
modules loads torch (see `xorgui.reproducible`).
"""

from __future__ import annotations

from xorgui.reproducible import use_reproducible_kernels

use_reproducible_kernels()
