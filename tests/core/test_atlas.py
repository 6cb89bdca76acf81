"""The atlas: axis specifications, its passes and cells, and that every cell is
the sweep of its setup."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from xorgui.core.atlas.axes import Axis, AxisError, parse_axis
from xorgui.core.atlas.grid import (
    AtlasCancelled,
    AtlasGrid,
    AtlasSpec,
    CellSummary,
    spread_order,
    typical_seed,
)
from xorgui.core.atlas.reading import read_atlas
from xorgui.core.atlas.run import run_atlas
from xorgui.core.config import TrainConfig
from xorgui.core.sweep.run import SweepResult, run_sweep


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("lr=0.01:10:8log", (0.01, 0.0268, 0.072, 0.193, 0.518, 1.39, 3.73, 10.0)),
        ("lr=0.01:10:4log", (0.01, 0.1, 1.0, 10.0)),
        ("LR = 0.03, 0.1", (0.03, 0.1)),
        ("hidden=1,2,3,4,8,16", (1, 2, 3, 4, 8, 16)),
        ("hidden=1:4", (1, 2, 3, 4)),
        ("depth=0:4", (0, 1, 2, 3, 4)),
        ("momentum=0,0.5,0.9", (0.0, 0.5, 0.9)),
        ("momentum=0:0.9:4", (0.0, 0.3, 0.6, 0.9)),
        ("optimizer=sgd,Adam", ("sgd", "adam")),
        (
            "activation=sigmoid,tanh,relu,identity",
            ("sigmoid", "tanh", "relu", "identity"),
        ),
        ("noise=0,0.1,0.2", (0.0, 0.1, 0.2)),
        ("noise=0:0.3:4", (0.0, 0.1, 0.2, 0.3)),
        ("batch_size=0,1,8", (0, 1, 8)),
        ("features=x1+x2, x2+x1+X1X2", ("x1+x2", "x1+x2+x1x2")),
        ("l1=0,0.01", (0.0, 0.01)),
        ("l2=0.0001:0.1:4log", (0.0001, 0.001, 0.01, 0.1)),
    ],
)
def test_good_axis_specifications(text: str, values: tuple[object, ...]) -> None:
    axis = parse_axis(text)
    assert axis.values == values
    assert parse_axis(axis.spec()) == axis  # what it prints can be typed back


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("lr", "not an axis; expected NAME=VALUES"),
        ("width=1,2", "not an axis"),
        ("lr=0.01:10", "expected lr=0.01:10:8log"),
        ("lr=0:10:8log", "expected lr=0.01:10:8log"),
        ("lr=10:0.01:8log", "expected lr="),
        ("lr=0.01:10:1log", "expected lr="),
        ("lr=0.1,fast", "expected lr="),
        ("lr=0.1,20", "20 is not allowed; expected a number from 1e-06 to 10"),
        ("hidden=0,2", "0 is not allowed; expected 0 to 4 hidden layers"),
        ("hidden=1.5", "expected hidden="),
        ("hidden=1:2:3", "expected hidden="),
        ("depth=0:5", "5 is not allowed"),
        ("momentum=0,1", "1 is not allowed; expected a number from 0 to 0.99"),
        ("optimizer=sgd,rmsprop", "rmsprop is not allowed; expected one of sgd, adam"),
        ("activation=", "expected activation="),
        ("hidden=2,2", "repeats a value"),
        ("hidden=1:40", "an axis takes 32 at most"),
        ("noise=0,0.6", "0.6 is not allowed; expected a number from 0 to 0.5"),
        ("batch_size=0.5", "expected batch_size=0,1,2,8,32"),
        ("features=x1+x3", "expected features=x1+x2,x1+x2+x1x2"),
        ("features=x1+x2,", "expected features="),
        ("features=x1+x2,x2+x1", "repeats a value"),
        ("l2=0,2", "2 is not allowed; expected a number from 0 to 1"),
    ],
)
def test_bad_axis_specifications_are_one_line(text: str, says: str) -> None:
    with pytest.raises(AxisError) as caught:
        parse_axis(text)
    message = str(caught.value)
    assert says in message
    assert "\n" not in message


def test_both_axes_must_differ() -> None:
    with pytest.raises(AxisError, match="both axes vary lr"):
        AtlasSpec(TrainConfig(), parse_axis("lr=0.1,1"), parse_axis("lr=1,2"), range(3))


def test_cell_setups_combine_width_depth_and_the_base() -> None:
    base = TrainConfig(hidden=(3, 3), optimizer="adam", epochs=50)
    spec = AtlasSpec(base, parse_axis("depth=0:2"), parse_axis("hidden=1,8"), range(2))
    assert spec.config((0, 1)).hidden == ()
    assert spec.config((1, 1)).hidden == (8,)
    assert spec.config((2, 0)).hidden == (1, 1)
    assert spec.config((2, 0)).optimizer == "adam"  # the rest from the base
    lr = AtlasSpec(base, parse_axis("lr=0.5,1"), parse_axis("hidden=4,8"), range(2))
    assert lr.config((1, 0)) == base.with_changes(lr=1.0, hidden=(4, 4))


def test_spread_order_visits_every_cell_once_and_spreads() -> None:
    order = spread_order(8, 6)
    assert sorted(order) == [(i, j) for i in range(8) for j in range(6)]
    # The first four lie in the four quarters of the grid, two of them corners.
    assert {(i // 4, j // 3) for i, j in order[:4]} == {(0, 0), (0, 1), (1, 0), (1, 1)}
    assert order[:2] == [(0, 0), (7, 5)]
    # Halfway through, every row and every column has a cell.
    half = order[:24]
    assert {i for i, _ in half} == set(range(8))
    assert {j for _, j in half} == set(range(6))


SPEC = AtlasSpec(
    TrainConfig(epochs=1500),
    parse_axis("lr=0.3,3"),
    parse_axis("hidden=2,4"),
    range(5, 19),  # a coarse pass of 10 seeds, then 4
)


WORKING: list[float] = []
"""The progress the latest `atlas` fixture's run reported."""


@pytest.fixture(scope="module")
def atlas() -> tuple[AtlasGrid, list[AtlasGrid]]:
    # Set up again when pytest-xdist runs this module's tests apart: the
    # progress is then the new run's alone.
    WORKING.clear()
    grids: list[AtlasGrid] = []
    return run_atlas(SPEC, grids.append, working=WORKING.append), grids


def test_every_cell_is_the_sweep_of_its_setup(
    atlas: tuple[AtlasGrid, list[AtlasGrid]],
) -> None:
    grid, _ = atlas
    assert grid.finished
    for cell, result in grid.results.items():
        config = SPEC.config(cell)
        assert result.config == config
        assert list(result.seeds) == list(SPEC.seeds)
        # Each pass is exactly the sweep of its seeds...
        for seeds in SPEC.passes():
            alone = run_sweep(config, seeds)
            part = slice(seeds.start - SPEC.seeds.start, seeds.stop - SPEC.seeds.start)
            np.testing.assert_array_equal(result.final_loss[part], alone.final_loss)
            np.testing.assert_array_equal(result.solved[part], alone.solved)
            np.testing.assert_array_equal(
                result.epochs_to_solve[part], alone.epochs_to_solve
            )
        # ...and the whole the sweep of all of them, up to batched rounding.
        whole = run_sweep(config, SPEC.seeds)
        np.testing.assert_array_equal(result.solved, whole.solved)
        assert np.abs(result.final_loss - whole.final_loss).max() < 1e-4
        summary = grid.summary(cell)
        assert summary == CellSummary.of(whole)


def test_the_grid_fills_cell_by_cell_coarse_pass_first(
    atlas: tuple[AtlasGrid, list[AtlasGrid]],
) -> None:
    grid, grids = atlas
    trained = [g.seeds_trained for g in grids]
    assert trained == [10, 20, 30, 40, 44, 48, 52, 56, 56]
    assert [g.pass_index for g in grids] == [0] * 4 + [1] * 5
    assert grids[3].spec.shape == (2, 2) and len(grids[3].results) == 4
    assert not grids[-2].finished and grids[-1].finished
    assert grid.seeds_total == 56
    # Earlier grids are not changed by later cells (each holds its own copy).
    assert len(grids[0].results) == 1
    # Progress within each pass's cells as they train, never backwards, to the end.
    assert any(0 < seeds < 40 for seeds in WORKING)
    assert any(40 < seeds < 56 for seeds in WORKING)
    assert sorted(WORKING) == WORKING and WORKING[-1] == 56
    assert {40, 56} <= set(WORKING)  # each pass's end, before its last cells show


def test_a_learning_rate_line_fills_at_once_as_the_readme_says(
    atlas: tuple[AtlasGrid, list[AtlasGrid]],
) -> None:
    """Cells differing only in the learning rate train as one batch: they
    appear one right after the other, a whole line at once."""
    _, grids = atlas
    coarse = [grid for grid in grids if grid.pass_index == 0]
    appeared = [next(iter(coarse[0].results))] + [
        next(iter(set(grid.results) - set(before.results)))
        for before, grid in zip(coarse, coarse[1:], strict=False)
    ]
    widths = [j for _, j in appeared]  # the hidden axis: one batch a width
    assert widths in ([0, 0, 1, 1], [1, 1, 0, 0]), appeared
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    atlas_section = readme.split("## The atlas")[1].split("\n## ")[0]
    assert "fills a whole line at once" in " ".join(atlas_section.split())
    assert "in an order that spreads over the grid, then" not in atlas_section


def test_csv_has_one_row_per_cell(atlas: tuple[AtlasGrid, list[AtlasGrid]]) -> None:
    grid, _ = atlas
    header, *rows = grid.csv().splitlines()
    assert header == "lr,hidden,seeds,solved_share,median,p90"
    assert len(rows) == 4
    for row in rows:
        lr, hidden, seeds, share, median, p90 = row.split(",")
        i, j = SPEC.x.values.index(float(lr)), SPEC.y.values.index(int(hidden))
        summary = grid.summary((i, j))
        assert summary is not None and int(seeds) == 14
        assert float(share) == pytest.approx(summary.share, abs=1e-4)
        assert (median == "") == (summary.median is None)
        if summary.median is not None:
            assert float(median) == pytest.approx(summary.median)
            assert float(p90) == pytest.approx(summary.p90)


def test_cancel_stops_with_the_cells_done() -> None:
    cancel = threading.Event()

    def after_two(grid: AtlasGrid) -> None:
        if grid.seeds_trained >= 20:
            cancel.set()

    with pytest.raises(AtlasCancelled) as caught:
        run_atlas(SPEC, after_two, cancel)
    # Cells of one shape finish together (both learning rates of a width), so
    # the cancel lands after the batch in flight: some cells, not the pass.
    grid = caught.value.grid
    assert 2 <= len(grid.results) <= 4 and grid.pass_index <= 1
    assert not grid.finished


def test_a_trainer_may_finish_cells_in_any_order() -> None:
    """The batching point: a trainer that finishes the setups in another order
    (as one that trains several together would) gives the same atlas."""
    spec = AtlasSpec(
        TrainConfig(epochs=300),
        parse_axis("lr=1,3"),
        parse_axis("hidden=2,3"),
        range(3),
    )

    def backwards(
        configs: Sequence[TrainConfig],
        seeds: range,
        cancel: threading.Event | None,
        working: Callable[[float], None] | None,
    ) -> Iterator[tuple[int, SweepResult]]:
        for index in reversed(range(len(configs))):
            yield index, run_sweep(configs[index], seeds, cancel=cancel)

    grids: list[AtlasGrid] = []
    backwards_grid = run_atlas(spec, grids.append, trainer=backwards)
    forwards = run_atlas(spec)
    assert backwards_grid.results.keys() == forwards.results.keys()
    for cell, result in forwards.results.items():
        np.testing.assert_array_equal(
            backwards_grid.results[cell].final_loss, result.final_loss
        )
    # The first cell done is the last of the spread order: the one trained first.
    assert list(grids[0].results) == [spread_order(2, 2)[-1]]


def test_too_few_solved_hides_the_median() -> None:
    assert CellSummary(100, 19, 500.0, 900.0).too_few  # under a fifth
    assert not CellSummary(100, 20, 500.0, 900.0).too_few
    assert CellSummary(10, 2, 500.0, 900.0).too_few  # fewer than three
    assert not CellSummary(10, 3, 500.0, 900.0).too_few


def test_typical_seed_solved_in_about_the_median(
    atlas: tuple[AtlasGrid, list[AtlasGrid]],
) -> None:
    grid, _ = atlas
    for result in grid.results.values():
        seed = typical_seed(result)
        index = list(result.seeds).index(seed)
        if result.solved.any():
            reached = result.epochs_to_solve[result.solved]
            closest = np.abs(reached - np.median(reached)).min()
            assert result.solved[index]
            assert abs(result.epochs_to_solve[index] - np.median(reached)) == closest
        else:
            assert seed == result.seeds[0]


def test_the_reading_is_each_width_at_its_best_learning_rate(
    atlas: tuple[AtlasGrid, list[AtlasGrid]],
) -> None:
    grid, _ = atlas
    reading = read_atlas(grid)
    assert reading is not None
    assert reading.axis.name == "hidden" and reading.gate == "xor"
    assert [row.value for row in reading.rows] == ["4", "2"]  # widest first
    for row in reading.rows:
        j = SPEC.y.values.index(int(row.value))
        cells = [grid.summary((i, j)) for i in range(2)]
        best = max(cell.share for cell in cells if cell is not None)
        assert row.share == best
        chosen = grid.summary((SPEC.x.values.index(float(row.other)), j))
        assert chosen is not None and chosen.share == best
        assert row.median == (None if chosen.too_few else chosen.median)


def test_no_reading_before_the_first_cell() -> None:
    empty = AtlasGrid(SPEC, {}, 0, finished=False)
    assert read_atlas(empty) is None
    assert np.isnan(empty.shares()).all()


def test_an_axis_applies_to_a_setup_without_hidden_layers() -> None:
    base = TrainConfig(hidden=())
    assert Axis("hidden", (4,)).apply(base, 4).hidden == (4,)
    assert Axis("depth", (2,)).apply(base, 2).hidden == (2, 2)


def test_data_and_training_axes_set_their_setting_in_each_cell() -> None:
    base = TrainConfig(data="clouds", points=8, hidden=(3,), epochs=50)
    features = parse_axis("features=x1+x2,x1+x2+x1sq+x2sq")
    spec = AtlasSpec(base, features, parse_axis("l2=0,0.01"), range(2))
    assert spec.config((1, 1)) == base.with_changes(
        features=("x1", "x2", "x1sq", "x2sq"), l2=0.01
    )
    assert spec.config((1, 0)).architecture == "4-3-1"
    noise, batch = parse_axis("noise=0,0.3"), parse_axis("batch_size=0,2")
    assert AtlasSpec(base, noise, batch, range(2)).config((1, 1)) == base.with_changes(
        noise=0.3, batch_size=2
    )


DATA_SPEC = AtlasSpec(
    TrainConfig(data="clouds", points=8, epochs=40),
    parse_axis("noise=0,0.3"),
    parse_axis("features=x1+x2,x1+x2+x1x2"),
    range(3),
)


@pytest.fixture(scope="module")
def data_atlas() -> AtlasGrid:
    return run_atlas(DATA_SPEC)


def test_an_atlas_over_data_axes_fills_every_cell_with_its_setups_sweep(
    data_atlas: AtlasGrid,
) -> None:
    assert data_atlas.finished
    assert sorted(data_atlas.results) == [(0, 0), (0, 1), (1, 0), (1, 1)]
    for cell, result in data_atlas.results.items():
        config = DATA_SPEC.config(cell)
        assert result.config == config
        alone = run_sweep(config, DATA_SPEC.seeds)
        np.testing.assert_array_equal(result.final_loss, alone.final_loss)
    assert not np.isnan(data_atlas.shares()).any()
    reading = read_atlas(data_atlas)
    assert reading is not None and reading.axis.name == "features"
    assert [row.value for row in reading.rows] == ["x1+x2", "x1+x2+x1x2"]
    assert "noise,features,seeds" in data_atlas.csv()


def test_cells_of_other_data_or_features_train_other_networks(
    data_atlas: AtlasGrid,
) -> None:
    losses = {cell: r.final_loss for cell, r in data_atlas.results.items()}
    assert not np.array_equal(losses[(0, 0)], losses[(1, 0)])  # noise
    assert not np.array_equal(losses[(0, 0)], losses[(0, 1)])  # features
