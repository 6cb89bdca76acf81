"""`xorgui train` end to end: the article's run, its files, and how it fails."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import torch

from xorgui.core.config import TrainConfig
from xorgui.core.gates import inputs
from xorgui.core.training.reference import reference_losses
from xorgui.core.training.trainer import Trainer

from .conftest import REPO, Run

Cli = Callable[..., Run]
# Training that would take hours: a check that must come first keeps it from starting.
ENDLESS = ("--epochs", "100000000")


def truth_table(stdout: str) -> list[list[str]]:
    """The printed rows: x1, x2, target, output, mark."""
    return [line.split() for line in stdout.splitlines() if line.endswith(("✓", "✗"))]


def read_loss_csv(path: Path) -> list[tuple[int, str]]:
    header, *rows = path.read_text(encoding="utf-8").splitlines()
    assert header == "epoch,loss"
    return [(int(epoch), loss) for epoch, loss in (row.split(",") for row in rows)]


def test_default_train_reproduces_the_article(cli: Cli, tmp_path: Path) -> None:
    csv = tmp_path / "loss.csv"
    run = cli("train", "--print-log", "--loss-csv", str(csv))

    assert run.code == 0, run.stderr
    assert run.stderr == ""  # no progress bar: stderr is not a terminal
    lines = run.stdout.splitlines()
    assert (
        "config: xor 2-2-1 sigmoid, sgd lr 0.1, bce loss, 20000 epochs, seed 42"
        in lines
    )
    # The article's own log format, every 100 epochs, and what it printed:
    # the spec, which the reproducible kernels make hold on every machine.
    assert "epoch: 0 loss: 0.748230" in lines
    assert "epoch: 12200 loss: 0.499449" in lines
    assert "epoch: 19900 loss: 0.014981" in lines
    assert sum(line.startswith("epoch: ") for line in lines) == 200
    table = truth_table(run.stdout)
    assert [row[:3] for row in table] == [
        ["0", "0", "0"],
        ["0", "1", "1"],
        ["1", "0", "1"],
        ["1", "1", "0"],
    ]
    assert [row[4] for row in table] == ["✓"] * 4
    outputs = [float(row[3]) for row in table]
    assert outputs[0] < 0.05 and outputs[3] < 0.05
    assert outputs[1] > 0.95 and outputs[2] > 0.95
    trainer = Trainer(TrainConfig())
    engine = trainer.train(20000)
    assert lines[-1] == f"XOR solved from epoch {trainer.solved_epoch}"
    assert "after 20000 epochs" in run.stdout and "epochs/s" in run.stdout

    rows = read_loss_csv(csv)
    assert [epoch for epoch, _ in rows] == list(range(0, 20000, 100))
    # Every loss as float32 holds it, to the digit: 9 significant digits.
    assert [loss for _, loss in rows] == [f"{float(v):.9g}" for v in engine[::100]]


def test_loss_csv_holds_every_nth_epoch_of_the_run(cli: Cli, tmp_path: Path) -> None:
    config = TrainConfig(hidden=(3,), activation="tanh", epochs=250)
    run = cli(
        "train",
        *("--hidden", "3", "--activation", "tanh", "--epochs", "250"),
        *("--log-every", "7", "--loss-csv", "relative.csv"),
        cwd=tmp_path,
    )
    assert run.code == 0, run.stderr
    rows = read_loss_csv(tmp_path / "relative.csv")
    assert [epoch for epoch, _ in rows] == list(range(0, 250, 7))
    expected = reference_losses(config)
    for epoch, loss in rows:
        assert float(loss) == pytest.approx(float(expected[epoch]), rel=1e-6)


def test_saved_model_loads_back_and_predicts_like_the_trainer(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "model.pt"
    run = cli(
        "train",
        *("--hidden", "4,3", "--activation", "tanh", "--seed", "3", "--epochs", "600"),
        *("--save-model", str(path)),
    )
    assert run.code == 0, run.stderr

    checkpoint = torch.load(path)
    config = TrainConfig.from_dict(checkpoint["config"])
    assert config == TrainConfig(hidden=(4, 3), activation="tanh", seed=3, epochs=600)
    # Loaded as a reader of the file would, without the project's build_model:
    # Linear 2-4, Tanh, Linear 4-3, Tanh, Linear 3-1, Sigmoid, keys 0, 2, 4.
    model = torch.nn.Sequential(
        torch.nn.Linear(2, 4),
        torch.nn.Tanh(),
        torch.nn.Linear(4, 3),
        torch.nn.Tanh(),
        torch.nn.Linear(3, 1),
        torch.nn.Sigmoid(),
    )
    model.load_state_dict(checkpoint["state_dict"])  # strict: every key, shape
    with torch.no_grad():
        loaded = model(torch.from_numpy(inputs())).reshape(4).numpy()
    trainer = Trainer(config)
    trainer.train(600)
    np.testing.assert_allclose(loaded, trainer.predictions(), atol=1e-6)
    printed = [float(row[3]) for row in truth_table(run.stdout)]
    np.testing.assert_allclose(printed, loaded, atol=5e-5)


def test_saved_config_reproduces_the_same_run(cli: Cli, tmp_path: Path) -> None:
    config_file, first_csv, second_csv = (
        tmp_path / "run.json",
        tmp_path / "first.csv",
        tmp_path / "second.csv",
    )
    first = cli(
        "train",
        *("--hidden", "3", "--lr", "0.5", "--seed", "7", "--epochs", "300"),
        *("--log-every", "10", "--save-config", str(config_file)),
        *("--loss-csv", str(first_csv)),
    )
    assert first.code == 0, first.stderr
    saved = TrainConfig.load(config_file)
    assert saved == TrainConfig(hidden=(3,), lr=0.5, seed=7, epochs=300)

    second = cli(
        "train",
        *("--config", str(config_file), "--log-every", "10"),
        *("--loss-csv", str(second_csv)),
    )
    assert second.code == 0, second.stderr
    assert second_csv.read_text() == first_csv.read_text()
    assert second.stdout.splitlines()[0] == first.stdout.splitlines()[0]


def test_options_given_override_the_config_file(cli: Cli, tmp_path: Path) -> None:
    config_file, effective = tmp_path / "base.json", tmp_path / "effective.json"
    base = TrainConfig(gate="or", hidden=(3,), lr=0.5, seed=7, epochs=300)
    config_file.write_text(base.to_json(), encoding="utf-8")
    run = cli(
        "train",
        *("--config", str(config_file), "--seed", "8", "--epochs", "100"),
        *("--save-config", str(effective)),
    )
    assert run.code == 0, run.stderr
    assert TrainConfig.load(effective) == base.with_changes(seed=8, epochs=100)
    assert run.stdout.startswith("config: or 2-3-1 sigmoid, sgd lr 0.5, bce loss, 100")
    assert "seed 8" in run.stdout.splitlines()[0]


def test_train_without_surface_png_never_loads_qt() -> None:
    script = (
        "import sys\n"
        "from xorgui.headless.cli import main\n"
        "code = main(['train', '--epochs', '50'])\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        capture_output=True,
        encoding="utf-8",
        check=True,
    )
    assert result.stdout.splitlines()[-1] == "[]"


def test_help_lists_the_options(cli: Cli) -> None:
    run = cli("train", "--help")
    assert run.code == 0
    for option in ("--hidden", "--loss-csv", "--save-model", "--surface-png", "--grid"):
        assert option in run.stdout


DIVERGING = TrainConfig(
    output_activation="linear", loss="mse", activation="identity", lr=10.0
)
DIVERGING_ARGS = (
    *("--output-activation", "linear", "--loss", "mse"),
    *("--activation", "identity", "--lr", "10"),
)


def first_non_finite_loss(config: TrainConfig) -> tuple[int, str]:
    """Where the article's loop on this machine diverges, and to what (the
    kernels' rounding decides between NaN and inf)."""
    losses = reference_losses(config, epochs=100)
    epoch = int(np.flatnonzero(~np.isfinite(losses))[0])
    return epoch, "NaN" if np.isnan(losses[epoch]) else "inf"


def test_a_diverging_run_exits_1_with_the_epoch_and_advice(
    cli: Cli, tmp_path: Path
) -> None:
    csv_path = tmp_path / "loss.csv"
    run = cli(
        "train",
        *DIVERGING_ARGS,
        *("--log-every", "1", "--loss-csv", str(csv_path)),
        timeout=60,
    )
    epoch, kind = first_non_finite_loss(DIVERGING)
    assert run.code == 1
    assert run.error_line() == (
        f"xorgui train: error: diverged at epoch {epoch} (loss became {kind}) - "
        "try a smaller learning rate"
    )
    # The losses up to the last finite model are still written.
    rows = csv_path.read_text().splitlines()
    assert rows[0] == "epoch,loss"
    assert [int(r.split(",")[0]) for r in rows[1:]] == list(range(epoch - 1))


BAD_ARGUMENTS = [
    (["--lr", "abc"], "--lr: 'abc' is not a number"),
    (["--lr", "0"], "--lr: 0.0 is not allowed; expected a number from 1e-06 to 10"),
    (["--lr", "nan"], "--lr: nan is not allowed"),
    (["--lr"], "--lr: expected one argument"),
    (["--momentum", "1"], "--momentum: 1.0 is not allowed; expected a number from 0"),
    (["--hidden", "2,,3"], "--hidden: '2,,3' is not allowed; expected comma-separated"),
    (["--hidden", "-1"], "--hidden: '-1' is not allowed"),
    (["--hidden", "²"], "--hidden: '²' is not allowed; expected comma-separated"),
    (["--hidden", "0,2"], "--hidden: '0,2' is not allowed; expected 0 to 4 hidden"),
    (
        ["--hidden", "65"],
        "--hidden: '65' is not allowed; expected 0 to 4 hidden layers",
    ),
    (["--hidden", "2,2,2,2,2"], "--hidden: '2,2,2,2,2' is not allowed"),
    (["--gate", "xand"], "--gate: 'xand' is not allowed; expected one of and, or, xor"),
    (["--activation", "softmax"], "--activation: 'softmax' is not allowed"),
    (["--optimizer", "rmsprop"], "--optimizer: 'rmsprop' is not allowed; expected one"),
    (["--loss", "hinge"], "--loss: 'hinge' is not allowed; expected one of bce, mse"),
    (
        ["--output-activation", "relu"],
        "--output-activation: 'relu' is not allowed; expected one of sigmoid, linear",
    ),
    (
        ["--output-activation", "linear"],
        "--loss: 'bce' is not allowed; expected mse with a linear output",
    ),
    (["--seed", "-1"], "--seed: -1 is not allowed; expected a whole number from 0 to"),
    (["--seed", "4.5"], "--seed: '4.5' is not a whole number"),
    (["--epochs", "0"], "--epochs: 0 is not allowed; expected a whole number from 1"),
    (["--log-every", "0"], "--log-every: 0 is not allowed; expected a whole number"),
    (
        ["--grid", "1"],
        "--grid: 1 is not allowed; expected a whole number from 2 to 512",
    ),
    (["--grid", "513"], "--grid: 513 is not allowed"),
    (["--json", "--print-log"], "--print-log: not allowed with argument --json"),
    (["--bogus"], "unrecognized arguments: --bogus"),
    (["--los", "bce"], "unrecognized arguments: --los"),
    (
        ["--loss-csv", "same.csv", "--save-config", "same.csv"],
        "--save-config: 'same.csv' is also the --loss-csv file",
    ),
    (
        [*ENDLESS, "--log-every", "1", "--loss-csv", "out.csv"],
        "--log-every: 1 would log 100,000,000 epochs; use at least 10",
    ),
]


@pytest.mark.parametrize(("args", "message"), BAD_ARGUMENTS)
def test_bad_arguments_exit_2_with_one_line(
    cli: Cli, tmp_path: Path, args: list[str], message: str
) -> None:
    run = cli("train", *args, cwd=tmp_path, timeout=30)
    assert run.code == 2
    line = run.error_line()
    assert line.startswith("xorgui train: error: ")
    assert message in line
    assert run.stdout == ""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "--config: {path} does not exist."),
        ("{not json", "--config: {path} is not a configuration: it is not valid JSON"),
        ('{"version": 1, "lr": -1}', "--config {path}: lr: -1 is not allowed"),
        ('{"version": 1, "colour": "red"}', "--config {path}: colour: 'red'"),
        ("[2, 2]", "--config {path}: config: a list is not allowed"),
    ],
    ids=["missing", "not-json", "bad-value", "unknown-key", "not-an-object"],
)
def test_bad_config_files_exit_2_naming_the_file(
    cli: Cli, tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "config.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    run = cli("train", "--config", str(path), *ENDLESS, timeout=30)
    assert run.code == 2
    assert message.format(path=path) in run.error_line()


# Tests run as root, for whom permission bits do not stop a write; these are
# places where no user, root included, can create a file.
UNWRITABLE = {
    "missing-folder": ("missing/out.dat", "the folder {tmp}/missing does not exist"),
    "under-a-file": ("a-file.txt/out.dat", "{tmp}/a-file.txt is a file, not a folder"),
    "a-folder": ("a-folder", "cannot write {tmp}/a-folder: it is a folder, not a file"),
    "proc": ("/proc/out.dat", "no file can be created in /proc"),
}


@pytest.mark.parametrize("option", ["--loss-csv", "--save-model", "--save-config"])
@pytest.mark.parametrize("where", list(UNWRITABLE))
def test_unwritable_outputs_fail_before_training(
    cli: Cli, tmp_path: Path, option: str, where: str
) -> None:
    if where == "proc" and not os.path.isdir("/proc/self"):
        pytest.skip("no /proc here")
    (tmp_path / "a-file.txt").write_text("keep", encoding="utf-8")
    (tmp_path / "a-folder").mkdir()
    path, message = UNWRITABLE[where]
    # Hours of training if the check came after it.
    run = cli("train", *ENDLESS, option, path, cwd=tmp_path, timeout=60)
    assert run.code == 1
    line = run.error_line()
    assert line.startswith(f"xorgui train: error: {option}: cannot write ")
    assert message.format(tmp=tmp_path) in line
    assert (tmp_path / "a-file.txt").read_text(encoding="utf-8") == "keep"


def test_a_failed_run_leaves_existing_outputs_untouched(
    cli: Cli, tmp_path: Path
) -> None:
    kept = tmp_path / "loss.csv"
    kept.write_text("epoch,loss\n0,1\n", encoding="utf-8")
    run = cli(
        "train",
        *("--epochs", "100", "--loss-csv", str(kept)),
        *("--save-model", str(tmp_path / "missing" / "model.pt")),
    )
    assert run.code == 1
    assert "does not exist" in run.error_line()
    assert kept.read_text(encoding="utf-8") == "epoch,loss\n0,1\n"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_surface_png_without_any_opengl_fails_in_one_line(
    cli: Cli, tmp_path: Path
) -> None:
    pytest.importorskip("xorgui.headless.render")
    image, csv = tmp_path / "surface.png", tmp_path / "loss.csv"
    image.write_bytes(b"an older picture")
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["PATH"] = str(Path(sys.executable).parent)  # and no Xvfb to draw on
    run = cli(
        "train",
        *("--epochs", "100", "--surface-png", str(image), "--loss-csv", str(csv)),
        env=env,
    )
    assert run.code == 1
    assert "OpenGL" in run.error_line()
    assert image.read_bytes() == b"an older picture"
    assert len(truth_table(run.stdout)) == 4  # the result is still reported
    assert read_loss_csv(csv)[0][0] == 0  # and the other outputs are written


def test_surface_png_renders_the_trained_surface(cli: Cli, tmp_path: Path) -> None:
    pytest.importorskip("xorgui.headless.render")
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs an X display (pytest-xvfb provides one)")
    image = tmp_path / "surface.png"
    run = cli("train", "--epochs", "2000", "--grid", "40", "--surface-png", str(image))
    assert run.code == 0, run.stderr
    assert png_size(image) == (800, 600)
