"""Figures in tables: the field from the row's label, status and year from the column header."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.extract import context
from extractor.extract.numbers import find_figures, multipliers
from extractor.extract.patterns import CompiledField, cues, field_for
from extractor.extract.segment import words_around
from extractor.extract.years import year_in
from extractor.model import Block, BlockKind, Cell, Document, Evidence, PredictedClaim, Span, Status

_UNIT_IN_LABEL = re.compile(r"\(([^()]{1,6})(?:\)|$)")  # normalised: （万人） is (万人)


def _factor(label: str, spec: CompiledField) -> float | None:
    """Scale from the unit in the label, e.g. 常住人口（万人） → 10000; None if it does not fit."""
    found = _UNIT_IN_LABEL.search(label)
    if found is None:
        return 1.0
    unit = found.group(1)
    for scale, factor in multipliers().items():
        if unit.startswith(scale) and unit[1:] in spec.spec.units:
            return factor * spec.spec.units[unit[1:]]
    if unit in spec.spec.units:
        return spec.spec.units[unit]
    return 1.0 if not any(u in unit for u in spec.spec.units) else None


def _column_status(header: str) -> tuple[Status, int | None] | None:
    data = cues()
    year = year_in(header)
    if data.target.search(header):
        return Status.target, year
    if data.actual.search(header) or year is not None:
        return Status.actual, year
    return None


def _is_header_row(row: list[Cell | None]) -> bool:
    """A row of column titles: no figure in it but years, and some title that names a year
    or a status (2023年现状, 目标值). A row of label text only is a label cut by a page."""
    texts = [cell.text for cell in row if cell is not None and cell.text]
    for text in texts:
        for figure in find_figures(text):
            if not cues().year.fullmatch(text[figure.start : figure.end]):
                return False
    return any(_column_status(text) is not None for text in texts)


def _headers(block: Block, rows: int) -> dict[int, str]:
    """Each column's title, read down the header rows; a merged title heads every column."""
    headers: dict[int, str] = {}
    for cell in sorted(block.cells, key=lambda c: (c.row, c.col)):
        if cell.row < rows:
            for col in range(cell.col, cell.col + cell.col_span):
                headers[col] = headers.get(col, "") + cell.text
    return headers


def _header_rows(grid: list[list[Cell | None]]) -> int:
    rows = 0
    while rows < len(grid) and _is_header_row(grid[rows]):
        rows += 1
    return rows


@dataclass(frozen=True, slots=True)
class _Table:
    """A table as read across pages: its column titles and its data rows, each cell with the
    block (page) it stands in."""

    headers: dict[int, str]
    rows: list[list[tuple[Cell, Block]]]


def _is_fragment(row: list[tuple[Cell, Block]], columns: set[int]) -> bool:
    """The rest of a row cut by a page break: label text, and nothing in a value column."""
    return bool(row) and not any(cell.col in columns and cell.text for cell, _ in row)


def _tables(document: Document) -> list[_Table]:
    """Tables in reading order; a table continued on the next page (no header rows of its own,
    the same columns, only furniture between) is one table, and a row it cut is rejoined."""
    tables: list[_Table] = []
    last: _Table | None = None
    for block in document.blocks:
        if block.kind is BlockKind.furniture:
            continue
        if block.kind is not BlockKind.table:
            last = None
            continue
        grid = block.cell_grid()
        header_rows = _header_rows(grid)
        rows = [[(c, block) for c in row if c is not None] for row in grid[header_rows:]]
        continues = last is not None and max(last.headers, default=-1) + 1 == block.cols
        if last is not None and not header_rows and continues:
            columns = {c for c, text in last.headers.items() if _column_status(text)}
            if rows and last.rows and _is_fragment(rows[0], columns):
                last.rows[-1].extend(rows.pop(0))
            last.rows.extend(rows)
            continue
        last = _Table(_headers(block, header_rows), rows) if header_rows else None
        if last is not None:
            tables.append(last)
    return tables


def table_claims(table: _Table) -> list[PredictedClaim]:
    """Claims in one table: each numeric cell under a 现状 / 目标 column of a labelled row."""
    headers = table.headers
    columns = {col: found for col, text in headers.items() if (found := _column_status(text))}
    claims: list[PredictedClaim] = []
    for row in table.rows:
        label = "".join(cell.text for cell, _ in row if cell.col not in columns)
        match = field_for(label)
        if match is None:
            continue
        factor = _factor(label, match.field)
        if factor is None:
            continue
        for cell, block in row:
            if cell.col in columns:
                column = (*columns[cell.col], headers[cell.col])
                claim = _cell_claim(
                    cell, column, label, match.field, match.trigger_id, factor, block
                )
                if claim is not None:
                    claims.append(claim)
    return claims


def _cell_claim(
    cell: Cell,
    column: tuple[Status, int | None, str],
    label: str,
    compiled: CompiledField,
    trigger_id: str,
    factor: float,
    block: Block,
) -> PredictedClaim | None:
    """The claim of one cell under a value column: exactly one figure that is a count."""
    figures = find_figures(cell.text)
    if cell.span is None or len(figures) != 1 or context.is_not_count(cell.text[figures[0].end :]):
        return None
    figure = figures[0]
    status, year, column_name = column
    start = cell.span.start + figure.start
    return PredictedClaim(
        field=compiled.spec.field,
        value=figure.value * factor,
        unit=compiled.spec.canonical_unit,
        status=status,
        year=year,
        qualifier=context.qualifier(
            *words_around(cell.text, figure.start, figure.end), figure.more
        ),
        page=block.page,
        confidence=context.confidence("table", block.origin),
        pattern_id=f"{trigger_id}@table",
        evidence=(
            Evidence(
                page=block.page,
                block=block.index,
                span=Span(start=start, end=cell.span.start + figure.end),
                quote=f"{label}: {cell.text} ({column_name})",
            ),
        ),
    )


def value_cells(document: Document) -> frozenset[tuple[int, int, int]]:
    """(block, row, column) of every cell under a 现状 / 目标 column: read here as a value,
    never again as prose."""
    return frozenset(
        (block.index, cell.row, cell.col)
        for table in _tables(document)
        for row in table.rows
        for cell, block in row
        if _column_status(table.headers.get(cell.col, ""))
    )


def all_table_claims(document: Document) -> list[PredictedClaim]:
    """Claims of every table in the document."""
    return [claim for table in _tables(document) for claim in table_claims(table)]
