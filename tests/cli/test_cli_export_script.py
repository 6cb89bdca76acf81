"""`train --export-script FILE.py`: the run's setup as the article's PyTorch
program, written atomically; a file that cannot be written fails before
training."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from xorgui.core.config import TrainConfig
from xorgui.core.script.pytorch import pytorch_script

from .conftest import Run

Cli = Callable[..., Run]


def test_train_writes_the_runs_script(cli: Cli, tmp_path: Path) -> None:
    run = cli(
        "train",
        *("--gate", "and", "--hidden", "4", "--epochs", "300"),
        *("--export-script", "and.py"),
        cwd=tmp_path,
    )
    assert run.code == 0, run.stderr
    script = (tmp_path / "and.py").read_text(encoding="utf-8")
    assert script == pytorch_script(TrainConfig(gate="and", hidden=(4,), epochs=300))
    assert "# labels (targets) AND\n" in script
    assert "for epoch in range(300):\n" in script
    assert sorted(p.name for p in tmp_path.iterdir()) == ["and.py"]


def test_a_configured_data_set_is_in_the_script(cli: Cli, tmp_path: Path) -> None:
    config = TrainConfig(
        data="circle", points=100, noise=0.1, test_share=0.3, batch_size=8, epochs=20
    )
    (tmp_path / "circle.json").write_text(config.to_json(), encoding="utf-8")
    run = cli(
        "train",
        *("--config", "circle.json", "--json", "--export-script", "circle.py"),
        cwd=tmp_path,
    )
    assert run.code == 0, run.stderr
    script = (tmp_path / "circle.py").read_text(encoding="utf-8")
    assert script == pytorch_script(config)
    compile(script, "circle.py", "exec")


def test_an_unwritable_script_fails_before_training(cli: Cli, tmp_path: Path) -> None:
    # Hours of training if the check came after it.
    run = cli(
        "train",
        *("--epochs", "100000000", "--export-script", "missing/run.py"),
        cwd=tmp_path,
        timeout=60,
    )
    assert run.code == 1
    assert run.error_line() == (
        f"xorgui train: error: --export-script: cannot write {tmp_path}/missing/"
        f"run.py: the folder {tmp_path}/missing does not exist"
    )
    assert list(tmp_path.iterdir()) == []


def test_the_script_is_not_another_outputs_file(cli: Cli, tmp_path: Path) -> None:
    run = cli(
        "train",
        *("--save-config", "same.py", "--export-script", "same.py"),
        cwd=tmp_path,
        timeout=30,
    )
    assert run.code == 2
    assert "--export-script: 'same.py' is also the --save-config file" in (
        run.error_line()
    )
