"""The data section of an exported script: the run's points, written so that
plain numpy and torch make exactly the float32 values the app trains on.

The corners and drawn or imported points are written out as numbers; a
generated set is drawn as `core/data/sets.py` draws it (the same numpy
generator and the same operations in the same order), so the script shows
how the set is made and its points are bit for bit the app's.
"""

from __future__ import annotations

from collections.abc import Sequence

from xorgui.core.config import GIVEN, REGRESSION, TrainConfig
from xorgui.core.gates import INPUTS, gate_label, targets
from xorgui.core.script.comments import Comments

LINE_WIDTH = 88
"""Long lists of numbers wrap within this many characters."""

_AROUND_CENTRE = """\
points = np.stack(
    [0.5 + radius * np.cos(angle), 0.5 + radius * np.sin(angle)], axis=1
)"""
"""Points at `radius` and `angle` around the square's centre (`sets.py`)."""

_DRAWN: dict[str, str] = {
    "clouds": """\
{comment}
corner = np.arange(n) % 4
corners = np.array({corners})[corner]
spread = np.abs(rng.normal(0.0, 0.15, (n, 2)))
points = corners + (1.0 - 2.0 * corners) * spread
labels = np.array({labels})[corner]""",
    "circle": """\
{comment}
labels = (np.arange(n) < n // 2) * 1.0
radius = np.where(labels == 1.0, rng.uniform(0.0, 0.2, n), rng.uniform(0.3, 0.45, n))
angle = rng.uniform(0.0, 2.0 * np.pi, n)
{around_centre}""",
    "gaussians": """\
{comment}
labels = (np.arange(n) >= n // 2) * 1.0
centres = np.where(labels[:, None] == 1.0, 0.7, 0.3)
points = centres + rng.normal(0.0, 0.1, (n, 2))""",
    "spiral": """\
{comment}
labels = (np.arange(n) >= n // 2) * 1.0
along = rng.uniform(0.0, 1.0, n)
angle = 1.75 * 2.0 * np.pi * along + np.pi * labels
radius = 0.45 * along
{around_centre}""",
    "moons": """\
{comment}
labels = (np.arange(n) >= n // 2) * 1.0
t = rng.uniform(0.0, np.pi, n)
moon_x = np.where(labels == 1.0, 1.0 - np.cos(t), np.cos(t))
moon_y = np.where(labels == 1.0, 0.5 - np.sin(t), np.sin(t))
points = np.stack(
    [0.05 + 0.3 * (moon_x + 1.0), 0.5 + 0.3 * (moon_y - 0.25)], axis=1
)""",
}
"""How each classification set draws its points and labels (`sets.py`)."""

_HEIGHTS: dict[str, str] = {
    "plane": "(x1 + x2) / 2.0",
    "bump": "np.exp(-((x1 - 0.5) ** 2 + (x2 - 0.5) ** 2) / (2.0 * 0.15**2))",
    "saddle": "0.5 - 2.0 * (x1 - 0.5) * (x2 - 0.5)",
}
"""Each regression set's surface in numpy (`sets.py`)."""

NOISE_LINE = (
    "points = np.clip(points + rng.normal(0.0, 1.0, points.shape) * noise, 0.0, 1.0)"
)


def target_name(config: TrainConfig) -> str:
    """What the script calls the targets: heights to fit, or class labels."""
    return "heights" if config.data in REGRESSION else "labels"


def data_code(config: TrainConfig, comment: Comments) -> str:
    """The lines that make `X` and `y` (and `X_test`, `y_test` when some
    points are held out) from the run's data set."""
    if config.data in ("corners", GIVEN) and not config.test_count:
        return _literal(config, comment)
    return f"{_drawn(config, comment)}\n\n{_tensors(config, comment)}"


def _literal(config: TrainConfig, comment: Comments) -> str:
    """The article's way: every point and label written out."""
    points, labels = _written(config)
    return (
        f"{_what(config, comment)}\n"
        f"X = torch.tensor({_numbers('X = torch.tensor(', points)})\n"
        f"{_labels(config, comment)}\n"
        f"y = torch.tensor({_numbers('y = torch.tensor(', [[v] for v in labels])})"
    )


def _written(config: TrainConfig) -> tuple[list[list[float]], list[float]]:
    """The points and labels of the corners or of the given points."""
    if config.data == GIVEN:
        points = [[x1, x2] for x1, x2, _ in config.given]
        return points, [label for _, _, label in config.given]
    return [list(p) for p in INPUTS], [float(v) for v in targets(config.gate)]


def _what(config: TrainConfig, comment: Comments) -> str:
    if config.data == GIVEN:
        return comment("given", count=len(config.given))
    return comment("data")


def _labels(config: TrainConfig, comment: Comments) -> str:
    """The labels' comment: the gate's name after it for the corners."""
    if config.data == "corners":
        return f"{comment('labels')} {gate_label(config.gate)}"
    return comment("labels")


def _drawn(config: TrainConfig, comment: Comments) -> str:
    """Numpy arrays `points` (N, 2) and the targets (N,), in float64 as
    `sets.py` computes them."""
    if config.data in ("corners", GIVEN):
        points, labels = _written(config)
        return (
            f"{_what(config, comment)}\n"
            f"points = np.array({_numbers('points = np.array(', points)})\n"
            f"{_labels(config, comment)}\n"
            f"labels = np.array({_numbers('labels = np.array(', labels)})\n"
            f"{comment('test_seed')}\n"
            f"data_seed = {config.data_seed}\n"
            "rng = np.random.default_rng(data_seed)"
        )
    head = (
        f"{comment('drawn', count=config.points, name=config.data)}\n"
        f"data_seed = {config.data_seed}\n"
        f"n = {config.points}\n"
        f"noise = {config.noise!r}\n"
        "rng = np.random.default_rng(data_seed)\n"
    )
    if config.data in REGRESSION:
        return head + (
            "points = rng.uniform(0.0, 1.0, (n, 2))\n"
            "x1, x2 = points[:, 0], points[:, 1]\n"
            f"{comment(config.data)}\n"
            f"heights = {_HEIGHTS[config.data]}\n"
            "heights = np.clip(heights + rng.normal(0.0, 1.0, n) * noise, 0.0, 1.0)"
        )
    drawn = _DRAWN[config.data].format(
        comment=comment(config.data, gate=gate_label(config.gate)),
        around_centre=_AROUND_CENTRE,
        corners=[list(p) for p in INPUTS],
        labels=[float(v) for v in targets(config.gate)],
    )
    return f"{head}{drawn}\n{comment('noise')}\n{NOISE_LINE}"


def _tensors(config: TrainConfig, comment: Comments) -> str:
    """Torch's float32 tensors from the numpy arrays, the test points apart."""
    name = target_name(config)
    if not config.test_count:
        return (
            "X = torch.tensor(points, dtype=torch.float32)\n"
            f"y = torch.tensor({name}, dtype=torch.float32).reshape(-1, 1)"
        )
    held_out = comment("test", test=config.test_count, count=config.point_count)
    return (
        f"{held_out}\n"
        "test = np.zeros(len(points), dtype=bool)\n"
        f"test[rng.permutation(len(points))[:{config.test_count}]] = True\n"
        "X = torch.tensor(points[~test], dtype=torch.float32)\n"
        f"y = torch.tensor({name}[~test], dtype=torch.float32).reshape(-1, 1)\n"
        "X_test = torch.tensor(points[test], dtype=torch.float32)\n"
        f"y_test = torch.tensor({name}[test], dtype=torch.float32).reshape(-1, 1)"
    )


def _numbers(opening: str, values: Sequence[object]) -> str:
    """A Python list literal of `values` (numbers or lists of numbers), on
    one line when it fits after `opening`, else a few items a line."""
    items = [repr(v) for v in values]
    line = "[" + ", ".join(items) + "]"
    if len(opening) + len(line) + 1 <= LINE_WIDTH:
        return line
    rows, row = [], ""
    for item in items:
        candidate = f"{row} {item}," if row else f"{item},"
        if row and len(candidate) + 4 > LINE_WIDTH:
            rows.append(row)
            candidate = f"{item},"
        row = candidate
    rows.append(row)
    return "[\n" + "".join(f"    {r}\n" for r in rows) + "]"
