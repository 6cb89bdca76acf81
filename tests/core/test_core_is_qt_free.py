"""The core never imports Qt: it must run where no display or Qt exists."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE_MODULES = [
    "xorgui.core.config",
    "xorgui.core.gates",
    "xorgui.core.training.model",
    "xorgui.core.training.engine",
    "xorgui.core.training.trainer",
    "xorgui.core.grid",
    "xorgui.core.snapshot",
    "xorgui.core.training.history",
    "xorgui.core.sweep.run",
    "xorgui.core.export",
    "xorgui.core.files",
    "xorgui.core.model_file",
    "xorgui.core.training.reference",
    "xorgui.core.outcome",
    "xorgui.core.session.run_session",
    "xorgui.core.job_results",
    "xorgui.core.hidden_space",
    "xorgui.core.unit_surface",
    "xorgui.core.atlas.axes",
    "xorgui.core.atlas.grid",
    "xorgui.core.atlas.run",
    "xorgui.core.atlas.reading",
]


def loaded_after(script: str, packages: tuple[str, ...]) -> list[str]:
    """The modules of `packages` that a fresh interpreter has loaded after
    running `script`."""
    report = (
        "\nimport sys\n"
        f"print(','.join(m for m in sys.modules if m.split('.')[0] in {packages!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script + report],
        capture_output=True,
        text=True,
        check=True,
    )
    return [name for name in result.stdout.strip().split(",") if name]


def test_core_loads_no_pyside6_module() -> None:
    script = (
        "".join(f"import {name}\n" for name in CORE_MODULES)
        + "from xorgui.core.training.trainer import Trainer\n"
        "Trainer().train(10)"
    )
    assert loaded_after(script, ("PySide6", "shiboken6")) == []


def test_writing_the_windows_files_loads_no_torch(tmp_path: Path) -> None:
    """The window saves configurations, images and CSVs on the GUI thread:
    that must not load torch (seconds) there. Only the model file needs it."""
    script = (
        "from xorgui.core.config import TrainConfig\n"
        "from xorgui.core.export import export_name, save_config, save_loss_csv\n"
        "from xorgui.core.files import write_bytes\n"
        "config = TrainConfig()\n"
        f"folder = {str(tmp_path)!r}\n"
        "save_config(f'{folder}/' + export_name(config, 'config', 'json'), config)\n"
        "save_loss_csv(f'{folder}/loss.csv', [0, 100], [0.75, 0.5])\n"
        "write_bytes(f'{folder}/image.png', b'png')"
    )
    assert loaded_after(script, ("torch",)) == []
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "image.png",
        "loss.csv",
        "xor-2-2-1-seed42-config.json",
    ]
