"""Figures in tables: the field from the row's label, status and year from the column header.

A plan's indicator table reads by time: `2023年（现状）| 2024年 | 2025年 | 2026年` has one
as-of column and, after it, the years still to come, which are targets even where no header
says 目标. A `单位` column gives the unit of its row; a caption row (表1 …) or a month in a
header (2024年9月（现状）) does not make the table unreadable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.extract import context
from extractor.extract.cues import cues
from extractor.extract.numbers import find_figures, multipliers
from extractor.extract.paragraphs import is_prose
from extractor.extract.patterns import CompiledField, field_for
from extractor.extract.segment import words_around
from extractor.extract.years import DocumentYears, year_in
from extractor.model import Block, BlockKind, Cell, Document, Evidence, PredictedClaim, Span, Status

_UNIT_IN_LABEL = re.compile(r"\(([^()]{1,6})(?:\)|$)")  # normalised: （万人） is (万人)


@dataclass(frozen=True, slots=True)
class Column:
    """What a value column holds: achieved or target figures, of which year, under which title."""

    status: Status
    year: int | None
    title: str


def _unit_factor(unit: str, spec: CompiledField) -> float | None:
    """Scale of a unit written apart from the figure (万人, 亿元, 个/万人); None if the unit is
    not one the field counts in (%, 人次 for a count of enterprises)."""
    unit = cues().unit_per.split(unit, maxsplit=1)[0].strip()
    if not unit:
        return 1.0
    if unit in spec.spec.units:
        return spec.spec.units[unit]
    for scale, factor in multipliers().items():
        if unit.startswith(scale) and unit[len(scale) :] in spec.spec.units:
            return factor * spec.spec.units[unit[len(scale) :]]
    if cues().not_count_after.search(unit):
        return None
    return 1.0 if not any(u in unit for u in spec.spec.units) else None


def _factor(label: str, unit: str, spec: CompiledField) -> float | None:
    """Scale from the row's unit cell, else from the unit in its label (常住人口（万人））."""
    if unit:
        return _unit_factor(unit, spec)
    found = _UNIT_IN_LABEL.search(label)
    return 1.0 if found is None else _unit_factor(found.group(1), spec)


def _explicit(header: str) -> Status | None:
    """The status a column title states in words: 目标 / 预期, or 现状 / 基期 / 实际."""
    found = cues()
    if found.column_target.search(header):
        return Status.target
    if found.column_actual.search(header):
        return Status.actual
    return None


def _is_timed(header: str) -> bool:
    """Whether a column title names a time or a status: it holds values. A cell of prose in
    a header row (a form's narrative: 2023年5月，市政府办公室印发…) titles no column."""
    if is_prose(header):
        return False
    return _explicit(header) is not None or year_in(header) is not None


def _is_caption(row: list[Cell | None]) -> bool:
    """A row above the header with one text across it: 表1 主要指标, 单位：万个."""
    texts = {cell.text for cell in row if cell is not None and cell.text}
    return len(texts) <= 1 and not any(_is_timed(text) for text in texts)


def _is_header_row(row: list[Cell | None]) -> bool:
    """A row of column titles: no figure in it but years, months and levels (一级指标), and
    some title that names a time or a status (2023年现状, 目标值). A row of label text only
    is a label cut by a page."""
    texts = [cell.text for cell in row if cell is not None and cell.text]
    for text in texts:
        for figure in find_figures(text):
            if not context.is_not_count(text[figure.end :]) and not cues().year.fullmatch(
                text[figure.start : figure.end]
            ):
                return False
    return any(_is_timed(text) for text in texts)


def _headers(block: Block, first: int, rows: int) -> dict[int, str]:
    """Each column's title, read down the header rows; a merged title heads every column."""
    headers: dict[int, str] = {}
    for cell in sorted(block.cells, key=lambda c: (c.row, c.col)):
        if first <= cell.row < rows:
            for col in range(cell.col, cell.col + cell.col_span):
                headers[col] = headers.get(col, "") + cell.text
    return headers


def _header_rows(grid: list[list[Cell | None]]) -> tuple[int, int]:
    """(first, end) of the header rows, after any caption rows above them."""
    first = 0
    while first < len(grid) - 1 and _is_caption(grid[first]) and not _is_header_row(grid[first]):
        first += 1
    rows = first
    while rows < len(grid) and _is_header_row(grid[rows]):
        rows += 1
    return (first, rows) if rows > first else (0, 0)


_MONTH = re.compile(r"年\s*([0-9]{1,2})\s*月")  # a column dated to its month: 2025年6月底


def columns(headers: dict[int, str], years: DocumentYears | None = None) -> dict[int, Column]:
    """The value columns of a table and what each holds.

    A title that says 目标 or 现状 decides. A title with only a year is a target when it stands
    after the as-of column (2023年（现状）| 2024年 | …); with no as-of column, when its year is
    not before the document's date (or is after its as-of year), so 2023年 | 2024年 | 2025年 in
    a plan dated 2024 has one achieved column, and a column dated to its month is achieved when
    that month is past (2025年6月底 in a text dated 2025年9月); with nothing to date the table
    by, its first year is its as-of year and the later ones are targets.
    """
    timed = {
        col: (_explicit(text), year_in(text), text)
        for col, text in headers.items()
        if not is_prose(text)
    }
    timed = {col: found for col, found in timed.items() if found[0] or found[1] is not None}
    as_of = max((c for c, (stated, _, _) in timed.items() if stated is Status.actual), default=-1)
    dated = years.dated if years is not None else None
    achieved = years.actual if years is not None else None
    first = min((c for c, (_, year, _) in timed.items() if year is not None), default=-1)
    found: dict[int, Column] = {}
    for col, (stated, year, title) in sorted(timed.items()):
        if stated is not None:
            status = stated
        elif as_of >= 0:
            status = Status.target if col > as_of else Status.actual
        elif dated is not None and year is not None:
            month = _MONTH.search(title)
            date = years.date if years is not None else None
            if month is not None and date is not None:  # 2025年6月底 in a text of 2025年9月
                later = date.is_after(year, int(month.group(1)))
            else:
                later = year >= dated
            status = Status.target if later else Status.actual
        elif achieved is not None and year is not None:
            status = Status.target if year > achieved else Status.actual
        else:
            status = Status.actual if col == first else Status.target
        found[col] = Column(status, year, title)
    return found


@dataclass(frozen=True, slots=True)
class _Table:
    """A table as read across pages: its column titles and its data rows, each cell with the
    block (page) it stands in."""

    document: Document
    headers: dict[int, str]
    rows: list[list[tuple[Cell, Block]]]


def _is_fragment(row: list[tuple[Cell, Block]], values: set[int]) -> bool:
    """The rest of a row cut by a page break: label text, and nothing in a value column."""
    return bool(row) and not any(cell.col in values and cell.text for cell, _ in row)


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
        first, header_rows = _header_rows(grid)
        rows = [[(c, block) for c in row if c is not None] for row in grid[header_rows:]]
        continues = last is not None and max(last.headers) + 1 == block.cols  # headed
        if last is not None and not header_rows and continues:
            values = {c for c, text in last.headers.items() if _is_timed(text)}
            if rows and last.rows and _is_fragment(rows[0], values):
                last.rows[-1].extend(rows.pop(0))
            last.rows.extend(rows)
            continue
        last = _Table(document, _headers(block, first, header_rows), rows) if header_rows else None
        if last is not None:
            tables.append(last)
    return tables


def _role_columns(headers: dict[int, str]) -> tuple[int | None, set[int]]:
    """The unit column (单位) and the columns that are neither label nor value (序号)."""
    found = cues()
    unit = next((c for c, text in headers.items() if found.unit_column.fullmatch(text)), None)
    skipped = {c for c, text in headers.items() if found.serial_column.fullmatch(text)}
    return unit, skipped | ({unit} if unit is not None else set())


def table_claims(table: _Table, years: DocumentYears | None = None) -> list[PredictedClaim]:
    """Claims in one table: each numeric cell under a value column of a labelled row."""
    values = columns(table.headers, years)
    unit_col, skipped = _role_columns(table.headers)
    claims: list[PredictedClaim] = []
    for row in table.rows:
        label = "".join(c.text for c, _ in row if c.col not in values and c.col not in skipped)
        unit = "".join(c.text for c, _ in row if c.col == unit_col)
        match = field_for(label)
        if match is None:
            continue
        factor = _factor(label, unit, match.field)
        if factor is None:
            continue
        for cell, block in row:
            if cell.col in values:
                where = (table.document, block)
                column = _row_column(values[cell.col], label, cell.text)
                claim = _cell_claim(
                    cell, column, label, match.field, match.trigger_id, factor, where
                )
                if claim is not None:
                    claims.append(claim)
    return claims


def _row_column(column: Column, label: str, cell: str) -> Column:
    """A row or a cell whose own words say it is a goal (每万人拥有5G基站数（目标值）, a remark
    cell 目标值, a value 35（预计）) holds a target under any column: an achieved column's
    figure there is a goal, of the year the row or cell names if it names one."""
    words = f"{label} {cell}"
    if column.status is Status.actual and _explicit(words) is Status.target:
        return Column(Status.target, year_in(words, Status.target), column.title)
    return column


_DASHES = frozenset({"一"})  # a value cell's dash as OCR reads it (—, －)


def _cell_claim(
    cell: Cell,
    column: Column,
    label: str,
    compiled: CompiledField,
    trigger_id: str,
    factor: float,
    where: tuple[Document, Block],
) -> PredictedClaim | None:
    """The claim of one cell under a value column: exactly one figure that is a count. A cell
    holding only 一 holds a dash (—, read by OCR or typed as 一), not the count one."""
    if cell.text.strip() in _DASHES:
        return None
    figures = find_figures(cell.text)
    if cell.span is None or len(figures) != 1 or context.is_not_count(cell.text[figures[0].end :]):
        return None
    figure = figures[0]
    start = cell.span.start + figure.start
    document, block = where
    page = document.page_at(start, block)  # a cell may run on onto the next page
    around = words_around(cell.text, figure.start, figure.end)
    qualifier, inclusive = context.bounded(*around, figure.bound)
    return PredictedClaim(
        field=compiled.spec.field,
        value=figure.value * factor,
        unit=compiled.spec.canonical_unit,
        status=column.status,
        year=column.year,
        qualifier=qualifier,
        inclusive=inclusive,
        page=page,
        confidence=context.confidence("table", block.origin),
        pattern_id=f"{trigger_id}@table",
        evidence=(
            Evidence(
                page=page,
                block=block.index,
                span=Span(start=start, end=cell.span.start + figure.end),
                quote=f"{label}: {cell.text} ({column.title})",
            ),
        ),
    )


def value_cells(document: Document) -> frozenset[tuple[int, int, int]]:
    """(block, row, column) of every cell under a 现状 / 目标 / year column: read here as a
    value, never again as prose."""
    return frozenset(
        (block.index, cell.row, cell.col)
        for table in _tables(document)
        for row in table.rows
        for cell, block in row
        if _is_timed(table.headers.get(cell.col, ""))
    )


def all_table_claims(
    document: Document, years: DocumentYears | None = None
) -> list[PredictedClaim]:
    """Claims of every table in the document; ``years`` (the document's date and as-of year)
    tells the achieved columns from the targets where the titles give only years."""
    return [claim for table in _tables(document) for claim in table_claims(table, years)]
