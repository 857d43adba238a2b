"""Tables typed into plain text: rows of cells split by ｜ bars, tabs or runs of spaces.

Offices paste a 主要指标 table into a .txt file either with bars (序号｜指标｜2023年现状) or
with cells set apart by two or more spaces. Cells are not padded to columns, so columns are
counted, not measured: a row that starts flush left fills the columns from the left (its last
cell spans the rest, as a merged 目标值 title does); a row that starts indented fills them from
the right (the second header line under 目标值, or a row whose group cell is the one above).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.model import BlockKind, RawBlock, RawCell

_BARS = re.compile(r"\s*[｜|]\s*")
_GAPS = re.compile(r"\t+|\s{2,}|\u3000+")
_MIN_CELLS = 3  # a row of a table has at least this many cells, or continues one indented
_MIN_ROWS = 2


@dataclass(frozen=True, slots=True)
class _Row:
    cells: tuple[str, ...]
    indented: bool
    barred: bool


def _row(line: str) -> _Row | None:
    """The cells of a line that reads as a table row, or None."""
    stripped = line.rstrip()
    if not stripped.strip():
        return None
    indented = stripped[:1].isspace()
    barred = "｜" in stripped or stripped.count("|") >= 2
    splitter = _BARS if barred else _GAPS
    cells = tuple(c for c in (part.strip() for part in splitter.split(stripped.strip())) if c)
    if len(cells) >= _MIN_CELLS or (indented and len(cells) >= 2):
        return _Row(cells, indented, barred)
    return None


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
            full = sum(1 for r in rows if r is not None and len(r.cells) >= _MIN_CELLS)
            if full >= _MIN_ROWS:
                runs.append((start, index))
            start, style = None, None
            if row is not None:
                start, style = index, row.barred
    return runs


def table_block(lines: list[str], page: int | None) -> RawBlock:
    """The table of a run of row lines, cells placed by counting from the left or the right."""
    rows = [row for row in (_row(line) for line in lines) if row is not None]
    width = max(len(row.cells) for row in rows)
    cells: list[RawCell] = []
    for number, row in enumerate(rows):
        first = width - len(row.cells) if row.indented else 0
        for offset, text in enumerate(row.cells):
            col = first + offset
            is_last = offset == len(row.cells) - 1
            span = width - col if is_last and not row.indented else 1
            cells.append(RawCell(row=number, col=col, text=text, col_span=span))
    return RawBlock(BlockKind.table, "", page, cells=cells, rows=len(rows), cols=width)
