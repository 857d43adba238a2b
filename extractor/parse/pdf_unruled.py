"""Tables a text layer draws without rules: runs of glyphs lined up in columns, row after row.

A multi-year indicator table printed without borders reaches the text layer as runs of glyphs
a wide gap separates (layout.find_lines cuts a line there). Rows of three or more such runs,
close below one another, whose runs fall into as many columns as the widest row has and whose
rows mostly hold figures, are a table: the same table model a ruled one gives, so the table
reader (row label, year columns, unit column) reads it. Two columns of prose, a form's label and
value, or a heading beside a date are no table.
"""

from __future__ import annotations

from extractor.parse import aligned
from extractor.parse.layout import SPACE_GAP, Line, find_lines
from extractor.parse.pdf_tables import TableArea, TableCell, TableContent

_MIN_ROWS = 3  # a header and two rows of figures
_MIN_COLUMNS = 3  # a label and two figures (two columns are prose side by side, or a form)
_MIN_PIECES = 2  # a row with one run is prose or a title: it ends the table
_ROW_GAP = 2.5  # rows further apart than this many line heights are not one table

Row = list[tuple[aligned.Box, Line]]


def _close(above: Row, row: Row) -> bool:
    """Whether ``row`` follows ``above`` as the next row of one table."""
    bottom = max(box[3] for box, _ in above)
    top = min(box[1] for box, _ in row)
    height = min(line.height for _, line in (*above, *row))
    return top - bottom <= _ROW_GAP * height


def _cut(line: Line, starts: list[tuple[float, float]]) -> list[Line]:
    """A line cut between two of its glyphs where a column starts (at a space: glyphs set
    close are one word)."""
    boxes = [(g.x0, g.top, g.x1, g.bottom) for g in line.glyphs]
    parts = aligned.cut(boxes, starts, SPACE_GAP)
    if len(parts) == 1:
        return [line]
    return [piece for part in parts for piece in find_lines([line.glyphs[i] for i in part])]


def _split(run: list[Row]) -> list[Row]:
    """The run with each line running over the start of its other rows' columns cut there."""
    return [
        [
            (piece.bbox, piece)
            for _, line in row
            for piece in _cut(line, aligned.starts_beside(run, index))
        ]
        for index, row in enumerate(run)
    ]


def _table(run: list[Row]) -> TableContent | None:
    """The run as a table, or None when its runs do not line up or its rows hold no figures."""
    run = _split(run)
    spans = aligned.columns(run)
    widest = max(len(row) for row in run)
    figures = sum(any(c.isdigit() for _, line in row for c in line.text) for row in run)
    if len(spans) < _MIN_COLUMNS or len(spans) != widest or figures * 2 < len(run):
        return None
    if not aligned.one_per_column(run, spans):
        return None
    cells: list[TableCell] = []
    lines: list[list[Line]] = []
    for number, row in enumerate(run):
        for box, line in row:
            cells.append(TableCell(number, aligned.column_of(box, spans), 1, 1, box))
            lines.append([line])
    bbox = aligned.union(box for row in run for box, _ in row)
    return TableContent(TableArea(bbox, len(run), len(spans), cells), lines)


def unruled_tables(lines: list[Line]) -> tuple[list[Line], list[TableContent]]:
    """The page's lines without those of its unruled tables, and those tables."""
    rows = aligned.rows([(line.bbox, line) for line in lines])
    taken: set[int] = set()
    tables: list[TableContent] = []
    index = 0
    while index < len(rows):
        end = index
        while end < len(rows) and len(rows[end]) >= _MIN_PIECES:
            if end > index and not _close(rows[end - 1], rows[end]):
                break
            end += 1
        run = rows[index:end]
        table = _table(run) if len(run) >= _MIN_ROWS else None
        if table is not None:
            tables.append(table)
            taken.update(id(line) for row in run for _, line in row)
        index = max(end, index + 1)
    return [line for line in lines if id(line) not in taken], tables
