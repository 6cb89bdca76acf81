"""File > Export as PyTorch script: the script reads like the article's, has
only the parts its setup needs, makes the app's data bit for bit, and, run
with plain python and torch, prints the losses the app computes."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from xorgui.core.config import DATA_SETS, FEATURES, GIVEN, TrainConfig
from xorgui.core.data.feature_inputs import feature_inputs
from xorgui.core.data.sets import data_set
from xorgui.core.files import ExportError
from xorgui.core.script.pytorch import print_every, pytorch_script, save_pytorch_script
from xorgui.core.training.reference import reference_run
from xorgui.core.training.trainer import Trainer

GIVEN_POINTS = tuple(
    (float(x1), float(x2), float(x1 > x2))
    for x1, x2 in np.random.default_rng(5).uniform(0.0, 1.0, (30, 2))
)
OPTIONS = {
    "default": {},
    "features": {"features": ("x1", "x2", "x1x2", "sinx1")},
    "every feature": {"features": FEATURES},
    "test share": {"test_share": 0.25},
    "mini-batches": {"batch_size": 16},
    "l1": {"l1": 0.001},
    "l2": {"l2": 0.01},
    "both penalties": {"l1": 0.001, "l2": 0.01},
    "adam": {"optimizer": "adam", "lr": 0.01},
    "momentum": {"momentum": 0.9},
    "linear output": {"output_activation": "linear", "loss": "mse"},
    "no hidden layer": {"hidden": ()},
    "deep relu": {"hidden": (8, 4), "activation": "relu"},
    "short run": {"epochs": 7},
    "everything": {
        "test_share": 0.3,
        "batch_size": 10,
        "l1": 0.0001,
        "l2": 0.001,
        "features": ("x1", "x2", "x1sq", "sinx2"),
        "optimizer": "adam",
        "lr": 0.01,
    },
}
ARTICLE_PRINTS = (
    "epoch: 0 loss: 0.748230",
    "epoch: 12200 loss: 0.499449",
    "epoch: 19900 loss: 0.014981",
)
"""Lines the article's script prints with its defaults (test_reproduction's)."""


def config_of(data: str, **options: object) -> TrainConfig:
    given = GIVEN_POINTS if data == GIVEN else ()
    return TrainConfig(data=data, given=given, noise=0.1, points=60, **options)


def test_the_default_script_is_the_articles() -> None:
    script = pytorch_script(TrainConfig())
    in_order = [
        "import torch\nimport torch.nn as nn\nimport numpy as np\n"
        "import matplotlib.pyplot as plt\n",
        "seed = 42\ntorch.manual_seed(seed)\nnp.random.seed(seed)\n",
        "X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])\n",
        "y = torch.tensor([[0.0], [1.0], [1.0], [0.0]])\n",
        "model = nn.Sequential(\n    nn.Linear(2, 2),\n    nn.Sigmoid(),\n"
        "    nn.Linear(2, 1),\n    nn.Sigmoid()\n)\n",
        "model.train()\nloss_fn = nn.BCELoss()\n"
        "optimizer = torch.optim.SGD(params=model.parameters(), lr=0.1)\n"
        "losses = []\nfor epoch in range(20000):\n",
        "    t_p = model(X)\n",
        "    loss = loss_fn(t_p, y)\n    loss.backward()\n",
        "    optimizer.step()\n",
        "    if epoch % 100 == 0:\n",
        '        print("epoch: %d loss: %f" % (epoch, loss.item()))\n',
        "    losses.append(loss.item())\n",
        'plt.plot(losses)\nplt.xlabel("Epoch")\nplt.ylabel("Loss")\n'
        'plt.title("Training Loss for XOR Problem")\n',
        "model.eval()\n",
        "X_grid, Y_grid = np.meshgrid(x1_range, x2_range)\n",
        "ax.plot_surface(X_grid, Y_grid, Z, cmap='viridis')\n",
        "ax.set_title('XOR Problem output', fontsize=14)\nax.set_zlim(0, 1)\n",
    ]
    at = 0
    for part in in_order:
        found = script.find(part, at)
        assert found >= 0, f"not found in order: {part!r}"
        at = found + len(part)
    for needless in ("features", "X_test", "randperm", "penalized", "rng", "points"):
        assert needless not in script


@pytest.mark.parametrize("data", DATA_SETS)
@pytest.mark.parametrize("option", OPTIONS)
def test_every_setup_gives_a_python_script_with_only_the_parts_it_needs(
    data: str, option: str
) -> None:
    config = config_of(data, **OPTIONS[option])
    script = pytorch_script(config)
    compile(script, "exported.py", "exec")
    names = {
        node.id for node in ast.walk(ast.parse(script)) if isinstance(node, ast.Name)
    }
    assert {"X", "y", "model", "loss_fn", "optimizer", "losses"} <= names
    assert ("X_test" in names) == bool(config.test_count)
    assert ("features" in names) == (config.features != ("x1", "x2"))
    assert ("shuffle" in names) == bool(config.batch_size)
    assert ("weights" in names) == bool(config.l1 or config.l2)
    assert ("rng" in names) == (
        config.data not in ("corners", GIVEN) or bool(config.test_count)
    )
    assert ("momentum=" in script) == bool(config.momentum)
    assert ("torch.optim.Adam(" in script) == (config.optimizer == "adam")
    assert ("nn.MSELoss()" in script) == (config.loss == "mse")
    assert script.count("nn.Linear(") == len(config.hidden) + 1


@pytest.mark.parametrize("data", DATA_SETS)
@pytest.mark.parametrize("test_share", [0.0, 0.3])
@pytest.mark.parametrize("features", [("x1", "x2"), FEATURES, ("x2", "sinx1")])
def test_the_scripts_data_are_the_apps_bit_for_bit(
    data: str, test_share: float, features: tuple[str, ...]
) -> None:
    """The script's data section, run as it is, makes the float32 inputs and
    targets the app trains (and tests) on."""
    config = config_of(data, test_share=test_share, features=features, data_seed=9)
    data_part = pytorch_script(config).split("\nmodel = nn.Sequential(")[0]
    made: dict[str, object] = {}
    exec(compile(data_part, "exported.py", "exec"), made)  # noqa: S102
    points = data_set(config)
    expected = {
        "X": feature_inputs(torch.tensor(points.train_points), features),
        "y": torch.tensor(points.train_targets),
    }
    if config.test_count:
        expected["X_test"] = feature_inputs(torch.tensor(points.test_points), features)
        expected["y_test"] = torch.tensor(points.test_targets)
    else:
        assert "X_test" not in made
    for name, tensor in expected.items():
        got = made[name]
        assert isinstance(got, torch.Tensor) and got.dtype == torch.float32, name
        assert torch.equal(got, tensor), name


def test_drawn_points_are_written_out() -> None:
    script = pytorch_script(config_of(GIVEN))
    x1, x2, label = GIVEN_POINTS[7]
    assert f"[{x1!r}, {x2!r}]" in script
    assert "default_rng" not in script
    assert all(len(line) <= 88 for line in script.splitlines() if "[" in line)


@pytest.mark.parametrize(
    ("epochs", "every"),
    [(20000, 100), (100_000, 100), (1_000_000, 1000), (1000, 10), (200, 10), (50, 1)],
)
def test_the_loop_prints_every_100_epochs_unless_too_many_or_few(
    epochs: int, every: int
) -> None:
    assert print_every(epochs) == every


def test_saving_is_atomic_and_refuses_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "xor.py"
    save_pytorch_script(path, TrainConfig())
    assert path.read_text(encoding="utf-8") == pytorch_script(TrainConfig())
    with pytest.raises(ExportError, match="it is a folder"):
        save_pytorch_script(tmp_path, TrainConfig())
    assert sorted(os.listdir(tmp_path)) == ["xor.py"]


def run_script(config: TrainConfig, folder: Path) -> list[str]:
    """Write the script, run it with plain python as a learner does (no
    xorgui, its MKL setting left to the script, no display), and return its
    printed lines; its two figures must be saved beside it."""
    path = folder / "exported.py"
    save_pytorch_script(path, config)
    env = {k: v for k, v in os.environ.items() if k not in ("MKL_CBWR", "DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-I", str(path)],
        cwd=folder,
        env={**env, "MPLBACKEND": "Agg"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr, done.stderr
    pictures = sorted(p.name for p in folder.glob("*.png"))
    assert len(pictures) == 2, pictures
    for picture in folder.glob("*.png"):
        assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return done.stdout.splitlines()


def printed(epoch: int, loss: float, test_loss: float | None = None) -> str:
    """A line as the script prints it (its own % formatting)."""
    if test_loss is None:
        return "epoch: %d loss: %f" % (epoch, loss)  # noqa: UP031
    return "epoch: %d loss: %f test loss: %f" % (epoch, loss, test_loss)  # noqa: UP031


def reference_prints(config: TrainConfig) -> list[str]:
    """What the app's reference loop computes, printed as the script prints."""
    run = reference_run(config)
    return [
        printed(e, run.losses[e], run.test_losses[e] if config.test_count else None)
        for e in range(0, config.epochs, print_every(config.epochs))
    ]


def trainer_prints(config: TrainConfig) -> list[str]:
    """The training losses the app's engine logs, printed the same way."""
    trainer = Trainer(config, log_every=print_every(config.epochs))
    trainer.train(config.epochs)
    history = trainer.history
    return [
        printed(e, loss) for e, loss in zip(history.epochs, history.losses, strict=True)
    ]


@pytest.mark.slow  # plain python: torch and matplotlib load, 20,000 epochs
def test_the_default_script_prints_the_articles_losses(tmp_path: Path) -> None:
    config = TrainConfig()
    lines = run_script(config, tmp_path)
    assert lines == reference_prints(config) == trainer_prints(config)
    assert set(ARTICLE_PRINTS) <= set(lines)


SETUPS = {
    "circle, test share": TrainConfig(
        data="circle", noise=0.1, points=200, test_share=0.3, epochs=300
    ),
    "mini-batches, l2, adam": TrainConfig(
        data="moons",
        points=120,
        noise=0.05,
        test_share=0.25,
        batch_size=16,
        l2=0.001,
        hidden=(8,),
        optimizer="adam",
        lr=0.01,
        epochs=200,
    ),
    "no hidden layer, x1x2": TrainConfig(
        hidden=(), features=("x1", "x2", "x1x2"), epochs=3000
    ),
    "bump, linear output, momentum, l1": TrainConfig(
        data="bump",
        points=80,
        hidden=(6,),
        activation="tanh",
        output_activation="linear",
        loss="mse",
        momentum=0.9,
        l1=0.001,
        epochs=300,
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("setup", SETUPS)
def test_the_script_prints_the_apps_losses(setup: str, tmp_path: Path) -> None:
    config = SETUPS[setup]
    lines = run_script(config, tmp_path)
    assert lines == reference_prints(config)
    if not (config.batch_size or config.l1 or config.l2):
        training = [line.split(" test loss:")[0] for line in lines]
        assert training == trainer_prints(config)


ARTICLE_COMMENTS = {
    "data": "データ",
    "labels (targets)": "ラベル（正解）",
    "loss and backpropagation": "損失計算と逆伝播",
    "SGD update": "SGD 法による更新",
    "print the loss every {every} epochs": "{every} エポックごとに損失の値を表示",
    "the model in evaluation mode": "モデルを評価モードに設定",
    "data: {count} points of the {name} set, drawn from their own seed": (
        "データ（{name} のデータセットから {count} 個の点を、データ専用のシードで作る）"
    ),
}
"""Comments of the article's script (in Japanese), as a translation gives them."""


def without_comments(script: str) -> list[str]:
    return [line for line in script.splitlines() if not line.lstrip().startswith("#")]


@pytest.mark.parametrize("option", ["default", "everything"])
def test_the_window_writes_the_comments_in_its_language(option: str) -> None:
    config = config_of("spiral" if option == "everything" else "corners")
    config = config.with_changes(**OPTIONS[option])
    translated = pytorch_script(config, lambda text: ARTICLE_COMMENTS.get(text, text))
    english = pytorch_script(config)
    assert translated != english
    assert without_comments(translated) == without_comments(english)
    compile(translated, "exported.py", "exec")
    if option == "default":
        for comment in ARTICLE_COMMENTS.values():
            if "{" not in comment:
                assert f"# {comment}\n" in translated or f"# {comment} " in translated
        assert "    # 100 エポックごとに損失の値を表示\n" in translated
        assert "# ラベル（正解） XOR\n" in translated
    else:
        assert "# データ（spiral のデータセットから 60 個の点を" in translated
