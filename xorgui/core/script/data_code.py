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

LINE_WIDTH = 88
"""Long lists of numbers wrap within this many characters."""

_DRAWN: dict[str, str] = {
    "clouds": """\
# clouds hugging the four corners, each point labelled as {gate} labels its corner
corner = np.arange(n) % 4
corners = np.array({corners})[corner]
spread = np.abs(rng.normal(0.0, 0.15, (n, 2)))
points = corners + (1.0 - 2.0 * corners) * spread
labels = np.array({labels})[corner]""",
    "circle": """\
# a disc (label 1) inside a ring (label 0)
labels = (np.arange(n) < n // 2) * 1.0
radius = np.where(labels == 1.0, rng.uniform(0.0, 0.2, n), rng.uniform(0.3, 0.45, n))
angle = rng.uniform(0.0, 2.0 * np.pi, n)
points = np.stack(
    [0.5 + radius * np.cos(angle), 0.5 + radius * np.sin(angle)], axis=1
)""",
    "gaussians": """\
# two round clouds: label 0 low on the diagonal, label 1 high
labels = (np.arange(n) >= n // 2) * 1.0
centres = np.where(labels[:, None] == 1.0, 0.7, 0.3)
points = centres + rng.normal(0.0, 0.1, (n, 2))""",
    "spiral": """\
# two spiral arms (labels 0 and 1) winding out from the centre
labels = (np.arange(n) >= n // 2) * 1.0
along = rng.uniform(0.0, 1.0, n)
angle = 1.75 * 2.0 * np.pi * along + np.pi * labels
radius = 0.45 * along
points = np.stack(
    [0.5 + radius * np.cos(angle), 0.5 + radius * np.sin(angle)], axis=1
)""",
    "moons": """\
# two interleaved half circles (labels 0 and 1)
labels = (np.arange(n) >= n // 2) * 1.0
t = rng.uniform(0.0, np.pi, n)
moon_x = np.where(labels == 1.0, 1.0 - np.cos(t), np.cos(t))
moon_y = np.where(labels == 1.0, 0.5 - np.sin(t), np.sin(t))
points = np.stack(
    [0.05 + 0.3 * (moon_x + 1.0), 0.5 + 0.3 * (moon_y - 0.25)], axis=1
)""",
}
"""How each classification set draws its points and labels (`sets.py`)."""

_HEIGHTS: dict[str, tuple[str, str]] = {
    "plane": ("a tilted plane", "(x1 + x2) / 2.0"),
    "bump": (
        "a bump in the middle",
        "np.exp(-((x1 - 0.5) ** 2 + (x2 - 0.5) ** 2) / (2.0 * 0.15**2))",
    ),
    "saddle": ("a saddle", "0.5 - 2.0 * (x1 - 0.5) * (x2 - 0.5)"),
}
"""Each regression set's surface, in words and as numpy (`sets.py`)."""

NOISE_LINE = """\
# noise moves each point a little (it stays in the square)
points = np.clip(points + rng.normal(0.0, 1.0, points.shape) * noise, 0.0, 1.0)"""


def target_name(config: TrainConfig) -> str:
    """What the script calls the targets: heights to fit, or class labels."""
    return "heights" if config.data in REGRESSION else "labels"


def data_code(config: TrainConfig) -> str:
    """The lines that make `X` and `y` (and `X_test`, `y_test` when some
    points are held out) from the run's data set."""
    if config.data in ("corners", GIVEN) and not config.test_count:
        return _literal(config)
    return f"{_drawn(config)}\n\n{_tensors(config)}"


def _literal(config: TrainConfig) -> str:
    """The article's way: every point and label written out."""
    points, labels, what = _written(config)
    return (
        f"# data{what}\n"
        f"X = torch.tensor({_numbers('X = torch.tensor(', points)})\n"
        f"# labels (targets){_labels_note(config)}\n"
        f"y = torch.tensor({_numbers('y = torch.tensor(', [[v] for v in labels])})"
    )


def _written(config: TrainConfig) -> tuple[list[list[float]], list[float], str]:
    """The points and labels of the corners or of the given points, and
    what they are in words."""
    if config.data == GIVEN:
        points = [[x1, x2] for x1, x2, _ in config.given]
        labels = [label for _, _, label in config.given]
        return points, labels, f": the {len(points)} points given"
    return [list(p) for p in INPUTS], [float(v) for v in targets(config.gate)], ""


def _labels_note(config: TrainConfig) -> str:
    return f" {gate_label(config.gate)}" if config.data == "corners" else ""


def _drawn(config: TrainConfig) -> str:
    """Numpy arrays `points` (N, 2) and the targets (N,), in float64 as
    `sets.py` computes them."""
    if config.data in ("corners", GIVEN):
        points, labels, what = _written(config)
        return (
            f"# data{what}\n"
            f"points = np.array({_numbers('points = np.array(', points)})\n"
            f"# labels (targets){_labels_note(config)}\n"
            f"labels = np.array({_numbers('labels = np.array(', labels)})\n"
            "# the test points are drawn from the data's own seed\n"
            f"data_seed = {config.data_seed}\n"
            "rng = np.random.default_rng(data_seed)"
        )
    kind = "heights to fit" if config.data in REGRESSION else "two classes"
    head = (
        f"# data: {config.points} points of the {config.data} set ({kind}),\n"
        f"# drawn from their own seed\n"
        f"data_seed = {config.data_seed}\n"
        f"n = {config.points}\n"
        f"noise = {config.noise!r}\n"
        f"rng = np.random.default_rng(data_seed)\n"
    )
    if config.data in REGRESSION:
        words, formula = _HEIGHTS[config.data]
        return head + (
            "points = rng.uniform(0.0, 1.0, (n, 2))\n"
            "x1, x2 = points[:, 0], points[:, 1]\n"
            f"# each point's height on {words}, with noise (kept from 0 to 1)\n"
            f"heights = {formula}\n"
            "heights = np.clip(heights + rng.normal(0.0, 1.0, n) * noise, 0.0, 1.0)"
        )
    drawn = _DRAWN[config.data].format(
        gate=gate_label(config.gate),
        corners=[list(p) for p in INPUTS],
        labels=[float(v) for v in targets(config.gate)],
    )
    return f"{head}{drawn}\n{NOISE_LINE}"


def _tensors(config: TrainConfig) -> str:
    """Torch's float32 tensors from the numpy arrays, the test points apart."""
    name = target_name(config)
    if not config.test_count:
        return (
            "X = torch.tensor(points, dtype=torch.float32)\n"
            f"y = torch.tensor({name}, dtype=torch.float32).reshape(-1, 1)"
        )
    return (
        f"# hold out {config.test_count} of the {config.point_count} points "
        "for testing (never trained on)\n"
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
