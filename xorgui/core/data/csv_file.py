"""A person's own data points, read from a CSV file: x1,x2,label per line.

The format, checked line by line with one sentence for each problem:
an optional header line `x1,x2,label`; then one point a line, three numbers
separated by commas (quotes and blank lines allowed, as spreadsheets write
them); x1 and x2 in [0, 1], the unit square every data set lies on; the label
0 or 1, the point's class (a given data set separates two classes, as the
points drawn in the window do); MIN_POINTS to MAX_POINTS points. The file
is read as every untrusted file is (an ordinary file, at most
MAX_POINTS_FILE bytes, UTF-8).
"""

from __future__ import annotations

import csv
import io
import os
import re

from xorgui.core.config import MAX_POINTS, MIN_POINTS
from xorgui.core.data.given import GivenPoints
from xorgui.core.limits import MAX_POINTS_FILE
from xorgui.core.refusal import Refusal, Words
from xorgui.core.untrusted import read_text

HEADER = ("x1", "x2", "label")
POINTS_KIND = Words("kind_points")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
"""A plain decimal number: no NaN, infinity or digit separators."""


def read_points_csv(path: str | os.PathLike[str]) -> GivenPoints:
    """The points of the CSV file `path`, as (x1, x2, label) tuples; every
    way the file cannot be used is a Refusal naming the line."""
    name = os.fspath(path)
    text = read_text(name, POINTS_KIND, MAX_POINTS_FILE).removeprefix("\ufeff")
    points: list[tuple[float, float, float]] = []
    rows = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for row in rows:
            if len(row) <= 1 and not "".join(row).strip():
                continue  # a blank line
            line = rows.line_num
            if len(points) == MAX_POINTS:
                raise Refusal("csv_too_many", file=name, high=MAX_POINTS)
            point = _point(name, line, row, first=not points)
            if point is not None:
                points.append(point)
    except csv.Error:
        raise Refusal("csv_quotes", file=name, line=rows.line_num) from None
    if len(points) < MIN_POINTS:
        raise Refusal("csv_too_few", file=name, count=len(points), low=MIN_POINTS)
    return tuple(points)


def _point(
    name: str, line: int, row: list[str], first: bool
) -> tuple[float, float, float] | None:
    """Line `line`'s point; None for the header (allowed on the first line)."""
    fields = [field.strip() for field in row]
    if len(fields) == 1:
        raise Refusal("csv_not_csv", file=name, line=line)
    if len(fields) != len(HEADER):
        raise Refusal("csv_columns", file=name, line=line, count=len(fields))
    if first and not any(_NUMBER.fullmatch(field) for field in fields):
        if tuple(field.lower() for field in fields) == HEADER:
            return None
        raise Refusal("csv_header", file=name, line=line)
    for column, field in enumerate(fields, start=1):
        if not _NUMBER.fullmatch(field):
            raise Refusal(
                "csv_not_number", file=name, line=line, column=column, value=field
            )
    x1, x2, label = (float(field) for field in fields)
    for column, value in ((1, x1), (2, x2)):
        if not 0.0 <= value <= 1.0:
            raise Refusal(
                "csv_outside",
                file=name,
                line=line,
                column=column,
                value=fields[column - 1],
            )
    if label not in (0.0, 1.0):
        raise Refusal("csv_label", file=name, line=line, value=fields[2])
    return x1, x2, label
