"""Tables without rules: pieces of text on a page lined up in rows and columns.

Shared by OCR'd pages (text lines an engine found) and text layers (runs of glyphs a wide gap
separates). Rows are pieces on one visual line; columns are the horizontal spans of a run of
rows' pieces, overlapping spans merged.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TypeVar

Box = tuple[float, float, float, float]  # left, top, right, bottom
T = TypeVar("T")

_SAME_ROW = 0.5  # two pieces overlapping by half the lower one's height stand on one line


def union(boxes: Iterable[Box]) -> Box:
    """The smallest box holding all of ``boxes``."""
    listed = list(boxes)
    return (
        min(b[0] for b in listed),
        min(b[1] for b in listed),
        max(b[2] for b in listed),
        max(b[3] for b in listed),
    )


def same_line(a: Box, b: Box) -> bool:
    """Two boxes on one visual line: they overlap by half the lower one's height."""
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap >= _SAME_ROW * min(a[3] - a[1], b[3] - b[1])


def rows(pieces: list[tuple[Box, T]]) -> list[list[tuple[Box, T]]]:
    """Pieces grouped into rows, top to bottom, each row's pieces left to right."""
    found: list[list[tuple[Box, T]]] = []
    for box, item in sorted(pieces, key=lambda piece: (piece[0][1], piece[0][0])):
        for row in found:
            if same_line(row[-1][0], box):
                row.append((box, item))
                break
        else:
            found.append([(box, item)])
    return [sorted(row, key=lambda piece: piece[0][0]) for row in found]


def columns(run: list[list[tuple[Box, T]]]) -> list[tuple[float, float]]:
    """Column spans of a run of rows: the pieces' horizontal spans, overlapping ones merged."""
    spans = sorted((box[0], box[2]) for row in run for box, _ in row)
    merged: list[tuple[float, float]] = []
    for left, right in spans:
        if merged and left < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], right))
        else:
            merged.append((left, right))
    return merged


def column_of(box: Box, spans: list[tuple[float, float]]) -> int:
    """The column whose span holds the middle of ``box``."""
    middle = (box[0] + box[2]) / 2
    return next(i for i, (left, right) in enumerate(spans) if left <= middle <= right)


def one_per_column(run: list[list[tuple[Box, T]]], spans: list[tuple[float, float]]) -> bool:
    """Whether no row of the run puts two pieces in one column (its pieces line up)."""
    return all(len({column_of(box, spans) for box, _ in row}) == len(row) for row in run)


def starts_beside(run: list[list[tuple[Box, T]]], index: int) -> list[tuple[float, float]]:
    """Where the columns of the run's other rows start, each as (the right edge of the column
    before, its own left edge): a piece of row ``index`` running over one is two cells' text
    (a header's 2023年（现状） 2025年 set close)."""
    spans = columns([row for number, row in enumerate(run) if number != index])
    return [(right, left) for (_, right), (left, _) in itertools.pairwise(spans)]


def _starts_column(left: Box, right: Box, starts: list[tuple[float, float]]) -> bool:
    """Whether the gap between two neighbouring pieces of text (``left`` then ``right``)
    falls where a column starts: ``right`` begins past the column before, ``left`` ends
    short of the start by less than a line's height."""
    height = right[3] - right[1]
    return any(left[2] <= start + height and right[0] >= end for end, start in starts)


def cut(
    boxes: list[Box], starts: list[tuple[float, float]], gap: float | None = None
) -> list[list[int]]:
    """The indices of a piece's characters or words (``boxes``, left to right) in groups, a new
    group wherever a column of ``starts`` begins between two of them (with ``gap``, only where
    they stand more than that share of the right one's height apart)."""
    groups: list[list[int]] = []
    for index, box in enumerate(boxes):
        before = boxes[index - 1]
        apart = gap is None or box[0] - before[2] > gap * (box[3] - box[1])
        if not groups or (apart and _starts_column(before, box, starts)):
            groups.append([])
        groups[-1].append(index)
    return groups
