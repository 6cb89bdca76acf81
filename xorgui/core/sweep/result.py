"""What a sweep found, seed by seed: a plain record, no torch."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from xorgui.core.config import TrainConfig


@dataclass(frozen=True, slots=True)
class SweepResult:
    """Per-seed outcome of a sweep; arrays are aligned with `seeds`."""

    config: TrainConfig
    seeds: np.ndarray
    final_loss: np.ndarray
    solved: np.ndarray
    epochs_to_solve: np.ndarray  # -1 where the gate was never solved for good

    @property
    def success_rate(self) -> float:
        return float(self.solved.mean()) if len(self.seeds) else 0.0

    def csv(self) -> str:
        """One row per seed; solved is 1 or 0, epochs_to_solve empty if never."""
        rows = ["seed,final_loss,solved,epochs_to_solve"]
        for seed, loss, solved, epochs in zip(
            self.seeds,
            self.final_loss,
            self.solved,
            self.epochs_to_solve,
            strict=True,
        ):
            rows.append(
                f"{seed},{loss:.9g},{int(solved)},{epochs if epochs >= 0 else ''}"
            )
        return "\n".join(rows) + "\n"

    def solve_percentiles(self) -> tuple[float, float] | None:
        """Median and 90th percentile of epochs_to_solve over solved seeds."""
        reached = self.epochs_to_solve[self.epochs_to_solve >= 0]
        if not reached.size:
            return None
        median, p90 = np.percentile(reached, [50, 90])
        return float(median), float(p90)
