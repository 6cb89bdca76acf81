"""The truth table's summary of many points: per split and class, how many
there are and how many the model gets right."""

from __future__ import annotations

import numpy as np

from xorgui.core.config import TrainConfig
from xorgui.core.data.sets import data_set
from xorgui.core.data.summary import point_groups
from xorgui.core.training.trainer import Trainer


def test_the_groups_count_every_point_once_and_agree_with_the_accuracy() -> None:
    config = TrainConfig(data="circle", points=200, noise=0.1, test_share=0.3)
    trainer = Trainer(config)
    trainer.train(300)
    snapshot = trainer.snapshot()
    groups = point_groups(config, snapshot.predictions)
    assert [(g.test, g.target) for g in groups] == [
        (False, 0.0),
        (False, 1.0),
        (True, 0.0),
        (True, 1.0),
    ]
    data = data_set(config)
    assert sum(g.count for g in groups if not g.test) == (~data.test).sum() == 140
    assert sum(g.count for g in groups if g.test) == data.test.sum() == 60
    train_right = sum(g.right for g in groups if not g.test)
    test_right = sum(g.right for g in groups if g.test)
    assert train_right / 140 == snapshot.accuracy
    assert test_right / 60 == snapshot.test_accuracy
    ones = int((data.targets[~data.test] > 0.5).sum())
    assert groups[1].count == ones


def test_a_regression_set_has_one_group_per_split() -> None:
    config = TrainConfig(data="bump", points=50, test_share=0.2)
    outputs = data_set(config).targets.reshape(-1) + 0.05  # within the tolerance
    outputs[:5] += 1.0  # five points far off
    groups = point_groups(config, outputs)
    assert [(g.test, g.target, g.count) for g in groups] == [
        (False, None, 40),
        (True, None, 10),
    ]
    assert sum(g.right for g in groups) == 45
    np.testing.assert_allclose(sum(g.share * g.count for g in groups), 45)
