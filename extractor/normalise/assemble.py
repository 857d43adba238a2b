"""Turn a parser's raw blocks into the Document: normalised text, spans and the offset arrays."""

from __future__ import annotations

from extractor.model import (
    Block,
    BlockKind,
    Box,
    Cell,
    CharBox,
    Document,
    ParsedDocument,
    RawBlock,
    Span,
)
from extractor.normalise.glosses import drop_glosses
from extractor.normalise.lines import joiner, runs_on
from extractor.normalise.script import is_traditional, simplified
from extractor.normalise.spacing import squeeze
from extractor.normalise.width import fold

_NO_RAW = -1


def normalise_text(raw: str, traditional: bool = False) -> tuple[str, list[int]]:
    """Normalise one run of raw text; returns the text and, per character, its raw index.
    ``traditional``: the document is in traditional script, read as simplified."""
    chars, origin = fold(raw)
    if traditional:
        chars = list(simplified("".join(chars)))
    chars, origin = drop_glosses(chars, origin)
    return squeeze(chars, origin)


def _box(value: CharBox | None) -> Box | None:
    if value is None:
        return None
    return Box(x0=value[0], top=value[1], x1=value[2], bottom=value[3])


class _Builder:
    """Accumulates the normalised text and its per-character maps block by block."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.raw_offsets: list[int] = []
        self.boxes: list[CharBox | None] = []
        self.pages: list[int | None] = []

    def add(
        self,
        text: str,
        origin: list[int] | None,
        boxes: list[CharBox | None] | None,
        pages: list[int | None] | None = None,
    ) -> Span:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if origin is None or pages is None:
            self.pages.extend([None] * len(text))
        else:
            self.pages.extend(pages[i] if i < len(pages) else None for i in origin)
        if origin is None:
            self.raw_offsets.extend([_NO_RAW] * len(text))
            self.boxes.extend([None] * len(text))
        else:
            self.raw_offsets.extend(origin)
            if boxes is None:
                self.boxes.extend([None] * len(text))
            else:
                self.boxes.extend(boxes[i] if i < len(boxes) else None for i in origin)
        return Span(start=start, end=self.length)


def _table_block(
    index: int, raw: RawBlock, builder: _Builder, heading: str | None, traditional: bool
) -> Block:
    """Cells row by row: tab between cells, newline between rows; raw text laid out the same way."""
    start = builder.length
    raw_parts: list[str] = []
    raw_length = 0
    cells: list[Cell] = []
    ordered = sorted(raw.cells, key=lambda c: (c.row, c.col))
    previous_row: int | None = None
    for cell in ordered:
        if previous_row is not None:
            separator = "\n" if cell.row != previous_row else "\t"
            builder.add(separator, None, None)
            raw_parts.append(separator)
            raw_length += 1
        previous_row = cell.row
        text, origin = normalise_text(cell.text, traditional)
        span = builder.add(text, [raw_length + i for i in origin], None)
        if cell.boxes is not None:
            builder.boxes[span.start : span.end] = [cell.boxes[i] for i in origin]
        if cell.pages is not None:
            builder.pages[span.start : span.end] = [cell.pages[i] for i in origin]
        raw_parts.append(cell.text)
        raw_length += len(cell.text)
        cells.append(
            Cell(
                row=cell.row,
                col=cell.col,
                row_span=cell.row_span,
                col_span=cell.col_span,
                text=text,
                span=span,
                box=_box(cell.box),
            )
        )
    return Block(
        index=index,
        kind=BlockKind.table,
        raw="".join(raw_parts),
        span=Span(start=start, end=builder.length),
        page=raw.page,
        box=_box(raw.box),
        heading=heading,
        origin=raw.origin,
        confidence=raw.confidence,
        cells=tuple(cells),
        rows=raw.rows,
        cols=raw.cols,
        parent=raw.parent,
    )


def _text_block(
    index: int, raw: RawBlock, span: Span, heading: str | None, continues: bool
) -> Block:
    return Block(
        index=index,
        kind=raw.kind,
        raw=raw.text,
        span=span,
        page=raw.page,
        box=_box(raw.box),
        heading=heading,
        level=raw.level,
        label=raw.label,
        origin=raw.origin,
        confidence=raw.confidence,
        role=raw.role,
        continues=continues,
    )


def _pages_per_char(parsed: ParsedDocument) -> bool:
    """Whether the parser knows pages per character (a printed DOCX), not only per block."""
    return any(
        b.pages is not None or any(c.pages is not None for c in b.cells) for b in parsed.blocks
    )


def build_document(parsed: ParsedDocument) -> Document:
    """Normalise every block; body text first in reading order, page furniture after it.

    Furniture goes after the body so a running header can never land inside a sentence,
    yet it still has a span and stays visible to a reviewer.
    """
    builder = _Builder()
    blocks: dict[int, Block] = {}
    heading: str | None = None
    previous: tuple[RawBlock, str] | None = None
    traditional = is_traditional(
        [b.text for b in parsed.blocks] + [c.text for b in parsed.blocks for c in b.cells]
    )
    body = [(i, b) for i, b in enumerate(parsed.blocks) if b.kind is not BlockKind.furniture]
    furniture = [(i, b) for i, b in enumerate(parsed.blocks) if b.kind is BlockKind.furniture]
    for position, (index, raw) in enumerate(body + furniture):
        if raw.kind is BlockKind.table:
            if builder.length:
                builder.add("\n", None, None)
            blocks[index] = _table_block(index, raw, builder, heading, traditional)
            previous = None
            continue
        text, origin = normalise_text(raw.text, traditional)
        continues = previous is not None and runs_on(previous[0], previous[1], raw)
        if builder.length:
            separator = joiner(previous[1] if previous else "", text, continues)
            if position == len(body):
                separator = "\n\n"  # body / furniture boundary
            builder.add(separator, None, None)
        span = builder.add(text, origin, raw.boxes, raw.pages)
        blocks[index] = _text_block(index, raw, span, heading, continues)
        if raw.kind is BlockKind.heading:
            heading = text
        previous = (raw, text)
    return Document.model_construct(
        source=parsed.source,
        sha256=parsed.sha256,
        format=parsed.format,
        page_count=parsed.page_count,
        blocks=tuple(blocks[i] for i in range(len(parsed.blocks))),
        text="".join(builder.parts),
        warnings=tuple(parsed.warnings),
        raw_offsets=tuple(builder.raw_offsets),
        char_boxes=tuple(builder.boxes),
        char_pages=tuple(builder.pages) if _pages_per_char(parsed) else (),
        traditional=traditional,
    )
