"""What sets one training setup apart from another, field by field: the words a
comparison's legend is made of ("seed 7", "lr 0.5", "width 16", "Adam")."""

from __future__ import annotations

from dataclasses import dataclass

from xorgui.core.config import TrainConfig

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
)
"""The fields that make runs differ, in the order a label names them. The epoch
budget is left out: a loss curve shows how long its run went."""


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
    """
    found = []
    for field in COMPARED:
        value, other = getattr(config, field), getattr(reference, field)
        if value == other:
            continue
        if field == "hidden":
            if len(value) == len(other) and value:
                found.append(Difference("width", ",".join(map(str, value))))
            else:
                shape = config.architecture if value else ""
                found.append(Difference("hidden", shape))
        elif isinstance(value, float):
            found.append(Difference(field, f"{value:g}"))
        else:
            found.append(Difference(field, str(value)))
    return found
