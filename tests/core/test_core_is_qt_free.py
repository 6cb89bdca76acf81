"""The core never imports Qt: it must run where no display or Qt exists."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = [
    "xorgui.core.config",
    "xorgui.core.gates",
    "xorgui.core.model",
    "xorgui.core.engine",
    "xorgui.core.training",
    "xorgui.core.grid",
    "xorgui.core.snapshot",
    "xorgui.core.history",
    "xorgui.core.sweep",
    "xorgui.core.export",
    "xorgui.core.reference",
    "xorgui.core.outcome",
    "xorgui.core.session",
    "xorgui.core.job_results",
]


def test_core_loads_no_pyside6_module() -> None:
    script = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in CORE_MODULES)
        + "from xorgui.core.training import Trainer\n"
        "Trainer().train(10)\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
