"""Tables typed into plain text: rows of cells split by ｜ bars, tabs or runs of spaces.

Offices paste a 主要指标 table into a .txt file with bars (序号｜指标｜2023年现状), tabs, or
cells set apart by two or more spaces. Cells are not padded to columns, so columns are counted,
not measured: each separator moves one column on, and an empty cell (a group cell merged with
the one above, the blank corner under a two-line header) is an extra separator.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from extractor.model import BlockKind, RawBlock, RawCell

_BARS = re.compile(r"[｜|]")
_SPACES = re.compile(r" {2,}|\u3000+")
_MIN_CELLS = 3  # a row of a table has at least this many cells, or continues one indented
_MIN_BARRED_CELLS = 2  # …or this many set between typed bars (| 指标 | 数值 |)
_MIN_ROWS = 2
# A cell of a space-set row, and how far (display columns) it may start from its header's.
_CELL = re.compile(r"\S+(?: \S+)*")
_SLACK = 1


@dataclass(frozen=True, slots=True)
class _Row:
    """A row's cells as (column, text); empty cells hold their column and are left out."""

    cells: tuple[tuple[int, str], ...]
    width: int
    indented: bool
    barred: bool


def _split(line: str) -> tuple[list[str], bool]:
    """Cells of a line, empty ones kept in place: bars and tabs mark every cell; among spaces,
    two set cells apart and every further two hold an empty cell (``2    每万人…``)."""
    if "｜" in line or line.count("|") >= 2:
        return _BARS.split(line.strip().strip("｜|")), True
    if "\t" in line:
        return line.rstrip().split("\t"), False
    body = line.rstrip()
    position = len(body) - len(body.lstrip(" \u3000"))
    parts = [""] * (position // 2)
    for gap in _SPACES.finditer(body, position):
        parts.append(body[position : gap.start()])
        parts.extend([""] * (len(gap.group(0)) // 2 - 1))
        position = gap.end()
    parts.append(body[position:])
    return parts, False


def _row(line: str) -> _Row | None:
    """The cells of a line that reads as a table row, or None."""
    if not line.strip():
        return None
    parts, barred = _split(line)
    cells = tuple((col, text.strip()) for col, text in enumerate(parts) if text.strip())
    indented = bool(cells) and cells[0][0] > 0
    if len(cells) >= _least(barred) or (indented and len(cells) >= 2):
        return _Row(cells, len(parts), indented, barred)
    return None


def _least(barred: bool) -> int:
    """Cells a full row holds: two between typed bars say a table, two set apart by spaces or
    a tab may be a line of prose with a gap."""
    return _MIN_BARRED_CELLS if barred else _MIN_CELLS


def table_runs(lines: list[str]) -> list[tuple[int, int]]:
    """Half-open line ranges that hold a table: enough consecutive rows of one style."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    style: bool | None = None
    for index, line in enumerate([*lines, ""]):
        row = _row(line)
        if row is not None and (start is None or row.barred == style):
            if start is None:
                start, style = index, row.barred
            continue
        if start is not None:
            rows = [_row(text) for text in lines[start:index]]
            full = sum(1 for r in rows if r is not None and len(r.cells) >= _least(r.barred))
            if full >= _MIN_ROWS:
                runs.append((start, index))
            start, style = None, None
            if row is not None:
                start, style = index, row.barred
    return runs


def display_width(text: str) -> int:
    """Display width, wide (CJK) characters two columns, as an editor aligns them."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _starts(line: str) -> list[tuple[int, str]]:
    """(display column, text) of each cell of a line set apart by runs of spaces."""
    found: list[tuple[int, str]] = []
    for match in _CELL.finditer(line.rstrip()):
        found.append((display_width(line[: match.start()]), match.group(0)))
    return found


def _aligned(lines: list[str]) -> list[list[tuple[int, str]]] | None:
    """A table padded to columns (its cells start under its header's): each row's cells with
    their column, measured; None when the rows are not aligned so (cells are then counted)."""
    rows = [_starts(line) for line in lines if line.strip() and "\t" not in line]
    if len(rows) < _MIN_ROWS or _BARS.search("".join(lines)):
        return None
    header = [start for start, _ in max(rows[:2], key=len)]
    if len(header) < _MIN_CELLS:
        return None
    placed: list[list[tuple[int, str]]] = []
    for row in rows:
        columns = [
            next((i for i, h in enumerate(header) if abs(h - start) <= _SLACK), -1)
            for start, _ in row
        ]
        if -1 in columns or len(set(columns)) != len(columns):
            return None
        placed.append([(col, text) for col, (_, text) in zip(columns, row, strict=True)])
    return placed


def table_block(lines: list[str], page: int | None) -> RawBlock:
    """The table of a run of row lines; a short row's last cell spans the columns it lacks,
    as a merged title (目标值 over 2025年目标 and 2027年目标) does. A table padded to columns
    (every cell under its header's) is read by position."""
    aligned = _aligned(lines)
    if aligned is not None:
        width = max(col for row in aligned for col, _ in row) + 1
        placed = [
            RawCell(row=number, col=col, text=text)
            for number, row in enumerate(aligned)
            for col, text in row
        ]
        return RawBlock(BlockKind.table, "", page, cells=placed, rows=len(aligned), cols=width)
    rows = [row for row in (_row(line) for line in lines) if row is not None]
    width = max(row.width for row in rows)
    cells: list[RawCell] = []
    for number, row in enumerate(rows):
        for position, (col, text) in enumerate(row.cells):
            is_last = position == len(row.cells) - 1
            span = width - col if is_last and row.width < width else 1
            cells.append(RawCell(row=number, col=col, text=text, col_span=span))
    return RawBlock(BlockKind.table, "", page, cells=cells, rows=len(rows), cols=width)
