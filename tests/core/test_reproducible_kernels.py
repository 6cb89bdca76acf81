"""Same numbers whatever kernels the CPU would pick: the kernel matrix.

MKL and ATen choose their kernels by CPU; `MKL_ENABLE_INSTRUCTIONS` and
`ATEN_CPU_CAPABILITY` make one machine take the paths other CPUs take. Every
path must give this process's numbers, bit for bit: the losses of the
article's run (20,000 epochs, through the XOR plateau that amplifies any
rounding difference), of a few other setups, of a diverging run and of a
small sweep. Run directly, this file prints those numbers as JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from xorgui.core.config import TrainConfig
from xorgui.core.reproducible import MKL_MODE_VARIABLE, REPRODUCIBLE_MKL_MODE
from xorgui.core.sweep.run import run_sweep
from xorgui.core.training.trainer import Trainer

REPO = Path(__file__).resolve().parents[2]
RUNS = {
    "article": TrainConfig(),
    "tanh": TrainConfig(activation="tanh", epochs=3000),
    "relu": TrainConfig(activation="relu", hidden=(4,), epochs=3000),
    "2-16-1": TrainConfig(hidden=(16,), epochs=3000),
    "adam": TrainConfig(optimizer="adam", lr=0.01, epochs=3000),
    "diverging": TrainConfig(
        output_activation="linear", loss="mse", activation="identity", lr=10.0
    ),
}
SWEEP = TrainConfig(epochs=1500, lr=1.0), range(16)


def cpu_flags() -> set[str]:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return set()
    return {
        flag
        for line in text.splitlines()
        if line.startswith("flags")
        for flag in line.partition(":")[2].split()
    }


HAS_AVX512 = "avx512f" in cpu_flags()
NO_AVX512 = "this CPU has no AVX-512 (no avx512f in /proc/cpuinfo)"
PATHS = [
    pytest.param({"MKL_ENABLE_INSTRUCTIONS": "AVX2"}, id="mkl-avx2"),
    pytest.param(
        {"MKL_ENABLE_INSTRUCTIONS": "AVX512"},
        id="mkl-avx512",
        marks=pytest.mark.skipif(not HAS_AVX512, reason=NO_AVX512),
    ),
    pytest.param({"ATEN_CPU_CAPABILITY": "avx2"}, id="aten-avx2"),
    pytest.param(
        {"ATEN_CPU_CAPABILITY": "avx512"},
        id="aten-avx512",
        marks=pytest.mark.skipif(not HAS_AVX512, reason=NO_AVX512),
    ),
]


def kernel_results() -> dict[str, Any]:
    """Every number the matrix compares, as exact text (losses as float32 hex)."""
    results: dict[str, Any] = {}
    for name, config in RUNS.items():
        trainer = Trainer(config)
        losses = trainer.train(config.epochs)
        divergence = trainer.divergence
        results[name] = {
            "losses": losses.tobytes().hex(),
            "solved_epoch": trainer.solved_epoch,
            "divergence": None if divergence is None else divergence.message,
        }
    config, seeds = SWEEP
    sweep = run_sweep(config, seeds)
    results["sweep"] = {
        "final_loss": sweep.final_loss.tobytes().hex(),
        "epochs_to_solve": sweep.epochs_to_solve.tolist(),
    }
    return results


@pytest.fixture(scope="module")
def in_process() -> dict[str, Any]:
    return kernel_results()


@pytest.mark.slow  # a 20,000-epoch run in two processes: some seconds
@pytest.mark.parametrize("path", PATHS)
def test_every_kernel_path_gives_this_process_numbers(
    in_process: dict[str, Any], path: dict[str, str]
) -> None:
    env = {**os.environ, **path, "PYTHONPATH": str(REPO)}
    env.pop(MKL_MODE_VARIABLE, None)  # the mode xorgui chooses by itself
    result = subprocess.run(
        [sys.executable, __file__],
        cwd=REPO,
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == in_process
    # The article's numbers are on the run compared, and the run diverges.
    assert in_process["article"]["solved_epoch"] is not None
    assert in_process["diverging"]["divergence"] is not None


def mkl_mode_after_import(value: str | None) -> str:
    """MKL_CBWR as a fresh process sees it once it has imported xorgui."""
    env = {k: v for k, v in os.environ.items() if k != MKL_MODE_VARIABLE}
    if value is not None:
        env[MKL_MODE_VARIABLE] = value
    result = subprocess.run(
        [sys.executable, "-c", "import os, xorgui; print(os.environ['MKL_CBWR'])"],
        cwd=REPO,
        env={**env, "PYTHONPATH": str(REPO)},
        capture_output=True,
        encoding="utf-8",
        check=True,
    )
    return result.stdout.strip()


def test_importing_xorgui_chooses_reproducible_mkl_kernels() -> None:
    assert mkl_mode_after_import(None) == REPRODUCIBLE_MKL_MODE
    assert mkl_mode_after_import("") == REPRODUCIBLE_MKL_MODE


def test_a_mode_the_user_set_is_kept() -> None:
    assert mkl_mode_after_import("AUTO") == "AUTO"


if __name__ == "__main__":
    print(json.dumps(kernel_results()))
