"""Running text wherever it stands: body paragraphs, and the prose lines inside table cells.

The official 申报表 is a form: a label cell (申报城市基本情况) beside a cell holding pages of
narrative, numbered lists and titles. That narrative is read like any paragraph, line by line
as its writer broke it, with its provenance in the table block.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from extractor.extract.cues import cues
from extractor.model import Block, BlockKind, Cell, Document, Evidence, Span
from extractor.parse.formats import by_name
from extractor.parse.headings import numbering

_PROSE_CELL_CHARS = 8  # a cell this short is a label or a value, never a statement
_SHORT_LINE_CHARS = 4  # a PDF line ending this many characters short of its cell ends there


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Stretches of Document.text that read as one paragraph: body blocks cut by a page,
    column or layout break, or one line of prose in a table cell (with its continuation in
    the same cell of the table's next page). ``pieces`` are the stretches, in order."""

    blocks: tuple[Block, ...]
    pieces: tuple[tuple[int, int], ...]
    in_cell: bool = False
    heading: str | None = None  # a cell's row label (目标及预期效果), else the block's heading

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    @property
    def section(self) -> str | None:
        """What the paragraph stands under: a cell's row label, else its block's heading."""
        return self.heading if self.heading is not None else self.blocks[0].heading

    def text(self, document: Document) -> str:
        """The paragraph's text: its pieces joined."""
        return "".join(document.text[start:end] for start, end in self.pieces)

    def absolute(self, offset: int) -> int:
        """The Document.text offset of the paragraph's character ``offset``."""
        for start, end in self.pieces:
            if offset < end - start:
                return start + offset
            offset -= end - start
        return self.end + offset

    def block_at(self, offset: int) -> Block:
        """The block holding the paragraph's character ``offset``."""
        where = self.absolute(offset)
        found = self.blocks[0]
        for block in self.blocks:
            if block.span.start <= where:
                found = block
        return found

    def evidence(self, document: Document, start: int, end: int, quote: str) -> Evidence:
        """Evidence for ``[start, end)`` of the paragraph's text, on the block it falls in and
        the page its first character prints on."""
        block = self.block_at(start)
        span = Span(start=self.absolute(start), end=self.absolute(max(start, end - 1)) + 1)
        page = document.page_at(span.start, block)
        return Evidence(page=page, block=block.index, span=span, quote=quote)


def body_paragraphs(document: Document) -> list[Paragraph]:
    """Body text blocks grouped into paragraphs (tables and furniture are read elsewhere)."""
    kinds = (BlockKind.paragraph, BlockKind.list_item, BlockKind.heading)
    groups: list[list[Block]] = []
    previous: Block | None = None
    for block in document.blocks:
        if block.kind not in kinds:
            if block.kind is not BlockKind.furniture:
                previous = None
            continue
        if block.continues and previous is not None and groups:
            groups[-1].append(block)
        else:
            groups.append([block])
        previous = block
    return [Paragraph(tuple(g), ((g[0].span.start, g[-1].span.end),)) for g in groups]


def is_prose(text: str) -> bool:
    """Whether a cell's text says something (a clause, a list item) rather than naming a row
    or holding a value."""
    if len(text) < _PROSE_CELL_CHARS:
        return False
    return any(mark in text for mark in cues().data.clause_breaks if not mark.isspace())


def _short_line(document: Document, cell: Cell, position: int) -> bool:
    """Whether the PDF line before ``position`` stops well short of its cell's right edge, as
    the last line of a paragraph does (a wrapped line fills the cell)."""
    if cell.box is None or len(document.char_boxes) <= position:
        return False
    last = document.char_boxes[position - 1]
    if last is None or document.text[position - 1].isascii():
        return False  # a Latin word or a figure (37.2个) wraps whole, leaving a gap
    size = max(last[3] - last[1], 1.0)  # an ideograph is as wide as it is tall
    return cell.box.x1 - last[2] > _SHORT_LINE_CHARS * size


def _breaks_line(document: Document, block: Block, cell: Cell, position: int) -> bool:
    """Whether the writer broke a cell's text before ``position``: a paragraph of a Word or
    text cell; in a PDF cell before a list label or after a line that stops short, since
    its other line breaks are the cell's width."""
    before, here = document.raw_offsets[position - 1], document.raw_offsets[position]
    if before < 0 or here < 0 or "\n" not in block.raw[before + 1 : here]:
        return False
    if not by_name(document.format).laid_out:
        return True
    labelled = numbering(document.text[position : position + 40]) is not None
    return labelled or _short_line(document, cell, position)


def cell_lines(document: Document, block: Block, cell: Cell) -> list[tuple[int, int]]:
    """The lines of a cell's text as its writer broke them, as spans of Document.text."""
    if cell.span is None or cell.span.end <= cell.span.start:
        return []
    start, end = cell.span.start, cell.span.end
    if len(document.raw_offsets) < end:
        return [(start, end)]
    cuts = [p for p in range(start + 1, end) if _breaks_line(document, block, cell, p)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def prose_cells(
    block: Block, skip: frozenset[tuple[int, int, int]] = frozenset()
) -> Iterator[tuple[Cell, Cell | None]]:
    """Each prose cell of a table row by row, with the label cell before it in its row (the
    last short cell with text: 目标及预期效果), or None; cells in ``skip`` (read as values)
    are passed over."""
    label: Cell | None = None
    for cell in sorted(block.cells, key=lambda c: (c.row, c.col)):
        if cell.col == 0:
            label = None
        if (block.index, cell.row, cell.col) in skip:
            continue
        if not is_prose(cell.text):
            label = cell if cell.text else label
            continue
        yield cell, label


def _continued(previous: Block | None, block: Block) -> bool:
    """Whether a table block goes on with the previous one, cut by a page: the same columns,
    nothing but furniture between, and no label in its first row's label cells."""
    if previous is None or previous.kind is not BlockKind.table or previous.cols != block.cols:
        return False
    first = [c for c in block.cells if c.row == 0]
    prose = [c for c in first if is_prose(c.text)]
    return bool(prose) and all(not c.text for c in first if c.col < prose[0].col)


def cell_paragraphs(
    document: Document, skip: frozenset[tuple[int, int, int]] = frozenset()
) -> list[Paragraph]:
    """Each line of prose in a table cell as a paragraph; ``skip`` holds the (block, row,
    column) of cells the table reader has read as values. A cell cut by a page break goes on
    in the first row of the next page's table: its two halves are one paragraph there."""
    found: list[Paragraph] = []
    previous: Block | None = None
    tails: dict[int, int] = {}  # column → index in found of the last line of the last row
    for block in document.blocks:
        if block.kind is BlockKind.furniture:
            continue
        if block.kind is not BlockKind.table:
            previous, tails = None, {}
            continue
        carried = tails if _continued(previous, block) else {}
        last_row = max((c.row for c in block.cells), default=0)
        tails = {}
        for cell, label in prose_cells(block, skip):
            heading = label.text if label is not None else None
            lines = [
                Paragraph((block,), ((start, end),), in_cell=True, heading=heading)
                for start, end in cell_lines(document, block, cell)
            ]
            at = carried.get(cell.col) if cell.row == 0 else None
            if at is not None and lines:
                head = found[at]
                found[at] = Paragraph(
                    (*head.blocks, block), head.pieces + lines[0].pieces, True, head.heading
                )
                lines = lines[1:]
            found.extend(lines)
            if cell.row == last_row and (lines or at is not None):
                tails[cell.col] = len(found) - 1 if lines else at  # type: ignore[assignment]
        previous = block
    return found
