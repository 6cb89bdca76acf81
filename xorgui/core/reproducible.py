"""Same numbers on every computer: MKL's reproducible kernels, set before torch loads.

MKL picks its matrix-multiply kernels by CPU (AVX2, AVX-512, AMX), and they
round differently. The XOR plateau is chaotic enough to amplify that: on an
AVX-512 machine epoch 12200's loss was 0.49944061 instead of the article's
0.499449, and a diverging run became inf instead of NaN. MKL's conditional
numerical reproducibility (``MKL_CBWR=COMPATIBLE``) runs the same code path on
every x86-64 CPU, at no measurable cost for these tiny matrices (`xorgui bench`
prints the cost). MKL reads the variable at its first call, so it is set when
the `xorgui` package is imported, before any of its modules imports torch:
every entry point (main.py, the `xorgui` script, ``python -m xorgui``, the
tests) imports the package first.

A value the user set explicitly is kept: ``MKL_CBWR`` is MKL's own documented
switch, so whoever sets it chose a code path on purpose (the bench sets
``AUTO`` to measure what the reproducible one costs); only then may the numbers
differ from one computer to the next.
"""

from __future__ import annotations

import os

MKL_MODE_VARIABLE = "MKL_CBWR"
REPRODUCIBLE_MKL_MODE = "COMPATIBLE"
FASTEST_MKL_MODE = "AUTO"


def use_reproducible_kernels() -> None:
    """Ask MKL for its CPU-independent kernels, unless the user chose a mode."""
    if not os.environ.get(MKL_MODE_VARIABLE):
        os.environ[MKL_MODE_VARIABLE] = REPRODUCIBLE_MKL_MODE


def mkl_mode() -> str:
    """The MKL code-path mode in effect for this process (as MKL_CBWR gives it)."""
    return os.environ.get(MKL_MODE_VARIABLE) or FASTEST_MKL_MODE
