"""Running headers, footers and page numbers on OCR'd pages: the first and last line of each
block the engine read are offered to furniture detection like a text layer's lines, and those
found to be furniture are cut off their blocks."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from extractor.model import BlockKind, CharBox, FurnitureRole, RawBlock
from extractor.parse.aligned import union
from extractor.parse.headings import numbering
from extractor.parse.layout import Line


@dataclass(frozen=True, slots=True)
class EdgeLine:
    """The first or last line of an OCR'd block."""

    block: int
    first: bool
    line: Line


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for index, char in enumerate(text):
        if char == "\n":
            spans.append((start, index))
            start = index + 1
    spans.append((start, len(text)))
    return spans


def _box(boxes: list[CharBox | None]) -> CharBox | None:
    placed = [box for box in boxes if box is not None]
    return union(placed) if placed else None


def _line(block: RawBlock, start: int, end: int) -> Line | None:
    boxes = (block.boxes or [])[start:end]
    box = _box(boxes)
    if box is None or not block.text[start:end].strip():
        return None
    return Line([], box[0], box[1], box[2], box[3], block.text[start:end], list(boxes))


def edge_lines(blocks: list[RawBlock]) -> list[EdgeLine]:
    """The first and the last line of every OCR'd text block (a one-line block once)."""
    found: list[EdgeLine] = []
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.table or block.boxes is None:
            continue
        spans = _line_spans(block.text)
        ends = [(True, spans[0])] + ([(False, spans[-1])] if len(spans) > 1 else [])
        for first, (start, end) in ends:
            line = _line(block, start, end)
            if line is not None:
                found.append(EdgeLine(index, first, line))
    return found


def _furniture(line: Line, block: RawBlock, role: FurnitureRole) -> RawBlock:
    return RawBlock(
        kind=BlockKind.furniture,
        text=line.text,
        page=block.page,
        box=line.bbox,
        boxes=list(line.boxes),
        origin=block.origin,
        confidence=block.confidence,
        role=role,
    )


def _rest(block: RawBlock, first: bool, last: bool) -> RawBlock | None:
    """The block without its first and/or last line, or None when nothing is left."""
    spans = _line_spans(block.text)
    kept = spans[1 if first else 0 : len(spans) - 1 if last else len(spans)]
    if not kept:
        return None
    start, end = kept[0][0], kept[-1][1]
    boxes = (block.boxes or [])[start:end]
    text = block.text[start:end]
    if not text.strip():
        return None
    found = numbering(text.replace("\n", ""))  # what opens the block now: (三)强化安全保障
    return dataclasses.replace(
        block,
        kind=BlockKind.paragraph if found is None else found.kind,
        text=text,
        boxes=boxes,
        box=_box(boxes) or block.box,
        level=None if found is None else found.level,
        label=None if found is None else found.label,
    )


def set_apart(
    blocks: list[RawBlock], edges: list[EdgeLine], roles: dict[int, FurnitureRole]
) -> list[RawBlock]:
    """The page's OCR'd blocks with the edge lines found to be furniture (``roles``, keyed by
    their index in ``edges``) cut off: the body in its order, then the furniture."""
    cut: dict[int, dict[bool, FurnitureRole]] = {}
    for index, role in roles.items():
        edge = edges[index]
        cut.setdefault(edge.block, {})[edge.first] = role
    body: list[RawBlock] = []
    furniture: list[RawBlock] = []
    for index, block in enumerate(blocks):
        sides = cut.get(index)
        if not sides:
            body.append(block)
            continue
        for edge in (e for e in edges if e.block == index and e.first in sides):
            furniture.append(_furniture(edge.line, block, sides[edge.first]))
        one_line = "\n" not in block.text
        rest = None if one_line else _rest(block, True in sides, False in sides)
        if rest is not None:
            body.append(rest)
    return body + furniture
