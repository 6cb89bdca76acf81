"""A person's data points from a CSV file: read when right, and each problem
refused with its own sentence naming the line."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from xorgui.core.config import MAX_POINTS, MIN_POINTS, TrainConfig
from xorgui.core.data.csv_file import read_points_csv
from xorgui.core.data.given import given_points, with_point, without_nearest
from xorgui.core.data.sets import data_set
from xorgui.core.refusal import Refusal

CORNERS = "0,0,0\n0,1,1\n1,0,1\n1,1,0\n"


def written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "points.csv"
    path.write_text(text, encoding="utf-8")
    return path


def refusal(tmp_path: Path, text: str) -> str:
    with pytest.raises(Refusal) as caught:
        read_points_csv(written(tmp_path, text))
    message = str(caught.value)
    assert message.count(".") >= 1 and message.endswith("."), message
    return message.replace(str(tmp_path / "points.csv"), "FILE")


def test_the_four_corners_are_read_as_given_points(tmp_path: Path) -> None:
    points = read_points_csv(written(tmp_path, CORNERS))
    assert points == ((0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0))
    config = TrainConfig(data="given", given=points)
    assert data_set(config).points.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]


def test_a_header_quotes_blank_lines_and_a_byte_order_mark_are_allowed(
    tmp_path: Path,
) -> None:
    text = (
        '\ufeffX1, x2 ,Label\r\n\r\n"0.25","0.5",1\r\n0,0,0\r\n1,1,0\r\n.5,1e-1,1\r\n'
    )
    assert read_points_csv(written(tmp_path, text)) == (
        (0.25, 0.5, 1.0),
        (0.0, 0.0, 0.0),
        (1.0, 1.0, 0.0),
        (0.5, 0.1, 1.0),
    )


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "0;0;0\n",
            "FILE is not a CSV file of points: line 1 has no commas (each line "
            "holds x1,x2,label).",
        ),
        (
            "x1,x2,label\n0,0\n",
            "FILE, line 2: 2 values where a point has 3 (x1,x2,label).",
        ),
        (
            'x1,x2,label\n"0.5,0.5,1\n0,0,0\n',
            "FILE, line 3: its quotation marks do not pair up.",
        ),
        (
            "," * 99 + "\n",
            "FILE, line 1: 100 values where a point has 3 (x1,x2,label).",
        ),
        ("0,0,0,1\n", "FILE, line 1: 4 values where a point has 3 (x1,x2,label)."),
        (
            "a,b,c\n" + CORNERS,
            "FILE, line 1: neither a point nor the header x1,x2,label.",
        ),
        (CORNERS + "0.5,half,1\n", "FILE, line 5, column 2: 'half' is not a number."),
        (CORNERS + "0.5,0.5,nan\n", "FILE, line 5, column 3: 'nan' is not a number."),
        (CORNERS + "1_0,0,1\n", "FILE, line 5, column 1: '1_0' is not a number."),
        (
            CORNERS + "1.5,0,1\n",
            "FILE, line 5, column 1: '1.5' is outside the square; x1 and x2 are "
            "from 0 to 1.",
        ),
        (
            CORNERS + "0,-0.1,1\n",
            "FILE, line 5, column 2: '-0.1' is outside the square; x1 and x2 are "
            "from 0 to 1.",
        ),
        (
            CORNERS + "0.5,0.5,0.7\n",
            "FILE, line 5: the label '0.7' is neither 0 nor 1 (the two classes).",
        ),
        (
            "x1,x2,label\n0,0,0\n1,1,1\n",
            "FILE holds 2 points; a data set needs at least 4.",
        ),
        (
            "0.5,0.5,1\n" * (MAX_POINTS + 1),
            f"FILE holds more than {MAX_POINTS} points, more than a data set holds.",
        ),
        (
            "x1,x2,label\n",
            f"FILE holds 0 points; a data set needs at least {MIN_POINTS}.",
        ),
    ],
)
def test_each_problem_has_its_own_sentence(
    tmp_path: Path, text: str, sentence: str
) -> None:
    assert refusal(tmp_path, text) == sentence


def test_a_file_that_is_no_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "points.csv"
    path.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(Refusal, match="is not a UTF-8 text file"):
        read_points_csv(path)


def test_the_most_points_are_read(tmp_path: Path) -> None:
    assert len(read_points_csv(written(tmp_path, "0.5,0.5,1\n" * MAX_POINTS))) == (
        MAX_POINTS
    )


def test_drawing_starts_from_the_points_shown_as_classes() -> None:
    config = TrainConfig(data="bump", points=20, data_seed=3)
    points = given_points(config)
    heights = data_set(config).targets[:, 0]
    assert [label for _, _, label in points] == [float(h > 0.5) for h in heights]
    positions = np.array([p[:2] for p in points])
    assert np.abs(positions - data_set(config).points).max() <= 5e-5


def test_a_click_adds_a_point_inside_the_square_and_removes_the_nearest() -> None:
    points = given_points(TrainConfig())
    added = with_point(points, 1.2, 0.3, 1.0)
    assert added[-1] == (1.0, 0.3, 1.0)
    assert without_nearest(added, 0.9, 0.31, reach=0.2) == points
    assert without_nearest(added, 0.5, 0.5, reach=0.2) == added  # none near
    assert without_nearest(points, 0.0, 0.0, reach=0.2) == points  # MIN_POINTS
