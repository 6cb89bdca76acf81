"""What sets one training setup apart from another, field by field: the words a
comparison's legend is made of ("seed 7", "lr 0.5", "width 16", "Adam")."""

from __future__ import annotations

from dataclasses import dataclass

from xorgui.core.config import GIVEN, TrainConfig

COMPARED = (
    "seed",
    "gate",
    "hidden",
    "activation",
    "output_activation",
    "optimizer",
    "lr",
    "momentum",
    "loss",
    "data",
    "points",
    "noise",
    "data_seed",
    "test_share",
    "given",
    "features",
    "batch_size",
    "l1",
    "l2",
)
"""The fields that make runs differ, in the order a label names them. The epoch
budget is left out: a loss curve shows how long its run went."""
_GENERATED = ("points", "noise", "data_seed")
"""The fields that only a generated data set uses (not the corners, not
given points)."""


@dataclass(frozen=True, slots=True)
class Difference:
    """One field in which a setup differs: `field` and its value in that setup,
    as plain text ("7", "0.5", "16", "4,4", "adam")."""

    field: str
    value: str


def config_differences(config: TrainConfig, reference: TrainConfig) -> list[Difference]:
    """The fields of `config` that differ from `reference`, in COMPARED's order.

    Hidden layers that differ in width only are named by their widths; in
    number, by the whole shape ("hidden" with "2-4-4-1", or "" for none).
    Given points are named by their number, features as "x1,x2,x1x2"; a
    data setting that `config`'s data set does not use is left out.
    """
    found = []
    for field in COMPARED:
        value, other = getattr(config, field), getattr(reference, field)
        if value == other or not _used(config, field):
            continue
        if field == "hidden":
            if len(value) == len(other) and value:
                found.append(Difference("width", ",".join(map(str, value))))
            else:
                shape = config.architecture if value else ""
                found.append(Difference("hidden", shape))
        elif field == "given":
            found.append(Difference(field, str(len(value))))
        elif field == "features":
            found.append(Difference(field, ",".join(value)))
        elif isinstance(value, float):
            found.append(Difference(field, f"{value:g}"))
        else:
            found.append(Difference(field, str(value)))
    return found


def _used(config: TrainConfig, field: str) -> bool:
    """Whether `field` shapes `config`'s run (a circle's noise does, the
    corners' does not; the gate labels only the corners and their clouds)."""
    if field == "gate":
        return config.data in ("corners", "clouds")
    if field in _GENERATED:
        return config.data not in ("corners", GIVEN)
    return field != "given" or config.data == GIVEN
