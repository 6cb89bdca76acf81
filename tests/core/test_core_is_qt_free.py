"""The core never imports Qt: it must run where no display or Qt exists."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = [
    "xorgui.config",
    "xorgui.gates",
    "xorgui.model",
    "xorgui.engine",
    "xorgui.training",
    "xorgui.grid",
    "xorgui.snapshot",
    "xorgui.history",
    "xorgui.sweep",
    "xorgui.export",
    "xorgui.reference",
    "xorgui.outcome",
]


def test_core_loads_no_pyside6_module() -> None:
    script = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in CORE_MODULES)
        + "from xorgui.training import Trainer\n"
        "Trainer().train(10)\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
