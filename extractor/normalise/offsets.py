"""The map from any offset of Document.text back to its block, page, box and raw character."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from extractor.model import Block, Box, Cell, Document, Span


@dataclass(frozen=True, slots=True)
class Location:
    """Where one normalised character came from; ``raw_index`` is -1 for inserted separators."""

    offset: int
    block: Block
    cell: Cell | None
    page: int | None
    raw_index: int
    raw_char: str | None
    box: Box | None


class OffsetMap:
    """Answers "where is this?" for offsets and spans of a document's normalised text."""

    def __init__(self, document: Document) -> None:
        self.document = document
        ordered = sorted(document.blocks, key=lambda b: (b.span.start, b.span.end))
        self._blocks = [b for b in ordered if b.span.end > b.span.start]
        self._starts = [b.span.start for b in self._blocks]

    def block_at(self, offset: int) -> Block | None:
        """The block whose span holds ``offset``; None for a separator between blocks."""
        position = bisect_right(self._starts, offset) - 1
        if position < 0:
            return None
        block = self._blocks[position]
        return block if offset < block.span.end else None

    def locate(self, offset: int) -> Location | None:
        """Everything known about the character at ``offset``."""
        if not 0 <= offset < len(self.document.text):
            raise IndexError(f"offset {offset} outside text of length {len(self.document.text)}")
        block = self.block_at(offset)
        if block is None:
            return None
        cell = next(
            (c for c in block.cells if c.span and c.span.start <= offset < c.span.end), None
        )
        raw_index = self.document.raw_offsets[offset]
        raw_char = block.raw[raw_index] if 0 <= raw_index < len(block.raw) else None
        value = self.document.char_boxes[offset] if self.document.char_boxes else None
        box = Box(x0=value[0], top=value[1], x1=value[2], bottom=value[3]) if value else None
        page = self.document.page_at(offset, block)
        return Location(offset, block, cell, page, raw_index, raw_char, box)

    def blocks_of(self, span: Span) -> list[Block]:
        """The blocks a span touches, in text order (a claim may run across a page break)."""
        found: list[Block] = []
        position = max(bisect_right(self._starts, span.start) - 1, 0)
        while position < len(self._blocks) and self._blocks[position].span.start < max(
            span.end, span.start + 1
        ):
            block = self._blocks[position]
            if block.span.end > span.start:
                found.append(block)
            position += 1
        return found

    def raw_text(self, span: Span) -> str:
        """The raw characters behind a span, as the parser read them."""
        pieces: list[str] = []
        for block in self.blocks_of(span):
            indices = [
                self.document.raw_offsets[i]
                for i in range(max(span.start, block.span.start), min(span.end, block.span.end))
                if self.document.raw_offsets[i] >= 0
            ]
            if indices:
                pieces.append(block.raw[min(indices) : max(indices) + 1])
        return "".join(pieces)

    def highlight(self, span: Span) -> list[tuple[int, Box]]:
        """Boxes to draw for a span: one per page and line, merged from its characters' boxes."""
        regions: list[tuple[int, Box]] = []
        for offset in range(span.start, span.end):
            value = self.document.char_boxes[offset] if self.document.char_boxes else None
            block = self.block_at(offset)
            page = None if block is None else self.document.page_at(offset, block)
            if value is None or page is None:
                continue
            box = Box(x0=value[0], top=value[1], x1=value[2], bottom=value[3])
            if regions and regions[-1][0] == page and _same_line(regions[-1][1], box):
                regions[-1] = (page, regions[-1][1].union(box))
            else:
                regions.append((page, box))
        return regions


def _same_line(a: Box, b: Box) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap > 0.5 * min(a.bottom - a.top, b.bottom - b.top)
