"""A surface read at any point of the square: what a pinned run's picture
shows at its data set's points."""

from __future__ import annotations

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.data.sets import data_set
from xorgui.core.gates import inputs
from xorgui.core.grid import grid_axis, values_at
from xorgui.core.network import forward
from xorgui.core.training.trainer import Trainer


def test_the_corners_read_the_grids_corners_exactly() -> None:
    values = np.arange(25, dtype=np.float32).reshape(5, 5)
    read = values_at(grid_axis(5), values, inputs())
    np.testing.assert_array_equal(read, values[[0, 0, -1, -1], [0, -1, 0, -1]])


def test_between_grid_points_the_value_is_interpolated() -> None:
    axis = grid_axis(3)  # 0, 0.5, 1
    values = np.array([[0.0, 1.0, 2.0], [10.0, 11.0, 12.0], [20.0, 21.0, 22.0]])
    read = values_at(axis, values, np.array([[0.25, 0.25], [0.75, 1.0], [0.5, 0.5]]))
    np.testing.assert_allclose(read, [5.5, 17.0, 11.0])


def test_a_fine_surface_read_at_the_points_is_the_model_there() -> None:
    config = TrainConfig(data="circle", features=("x1", "x2", "x1sq", "x2sq"))
    trainer = Trainer(config)
    trainer.train(500)
    snapshot = trainer.snapshot(grid=200)
    assert snapshot.surface is not None
    points = data_set(config).points
    read = values_at(snapshot.surface.axis, snapshot.surface.values, points)
    model = forward(snapshot.layers, "sigmoid", "sigmoid", points, config.features)
    np.testing.assert_allclose(read, model[-1].ravel(), atol=1e-3)
