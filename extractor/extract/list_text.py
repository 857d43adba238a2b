"""Body text as the list rules read it: paragraphs without whitespace, each character's offset
kept, running headers the parser missed left out, and numbered runs with their caption."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from extractor.extract.list_patterns import items
from extractor.extract.paragraphs import cell_lines, prose_cells
from extractor.model import Block, BlockKind, Cell, Document, FurnitureRole
from extractor.parse.formats import by_name

_BODY = (BlockKind.paragraph, BlockKind.list_item, BlockKind.heading)
_SIMILAR = 0.9  # the scorer's list similarity: a heading this close is the same title
_HEADER_CHARS = 6  # running headers shorter than this are not looked for in body text
_LISTED_LINE_CHARS = 80  # a line of a list written without labels, this long at most
_CAPTION_LINES = 3  # heading lines above a numbered run that form its caption (附件1 / …清单)


@dataclass(frozen=True, slots=True)
class Unit:
    """A body paragraph (blocks joined where one runs on) without whitespace, with offsets."""

    text: str
    offsets: tuple[int, ...]
    kind: BlockKind
    numbered: bool
    caption: str  # for a numbered item, the unnumbered heading lines above its run
    row: bool = False  # a table row of a list (企业名称 | 项目名称 | 入选类别)


@cache
def _unkept() -> re.Pattern[str]:
    """Spaces and punctuation of the Basic Multilingual Plane, as one character class."""
    dropped = (chr(i) for i in range(0x10000) if not 0xD800 <= i < 0xE000)
    chars = "".join(c for c in dropped if c.isspace() or unicodedata.category(c)[0] in "PZ")
    return re.compile(f"[{re.escape(chars)}]")


def key(name: str) -> str:
    """A name as lists compare it: normalised, without spaces or punctuation (as the scorer)."""
    return _unkept().sub("", unicodedata.normalize("NFKC", name))


def similar(a: str, b: str) -> bool:
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= _SIMILAR


def _running_headers(document: Document) -> set[str]:
    """Running headers and footers, keyed: a body block that reads as one is furniture the
    parser missed (an OCR page)."""
    found = {
        key(document.text[b.span.start : b.span.end])
        for b in document.blocks
        if b.kind is BlockKind.furniture and b.role is not FurnitureRole.page_number
    }
    return {h for h in found if len(h) >= _HEADER_CHARS}


def _stretches(
    document: Document, skip: frozenset[tuple[int, int, int]]
) -> list[tuple[int, int, BlockKind, bool, bool]]:
    """(start, end, kind, runs on, in a cell) of every stretch of running text in reading
    order: body blocks, and in a table each prose cell's lines (as its writer broke them),
    after its row's label as a heading; ``skip`` holds the value cells, read as figures."""
    found: list[tuple[int, int, BlockKind, bool, bool]] = []
    for block in document.blocks:
        if block.kind in _BODY:
            found.append((block.span.start, block.span.end, block.kind, block.continues, False))
        if block.kind is not BlockKind.table:
            continue
        said: Cell | None = None  # a row's label is read once, before its first prose cell
        for cell, label in prose_cells(block, skip):
            if cell.span is None:
                continue
            if label is not None and label is not said:
                found.append(
                    (*_span_of(document, label.text, cell), BlockKind.heading, False, True)
                )
                said = label
            found.extend(
                (start, end, BlockKind.paragraph, False, True)
                for start, end in cell_lines(document, block, cell)
            )
    return found


def _span_of(document: Document, label: str, cell: Cell) -> tuple[int, int]:
    """The span of a row's label, the nearest text before ``cell`` that reads ``label``."""
    assert cell.span is not None
    start = document.text.rfind(label, 0, cell.span.start)  # the label's cell is before it
    return start, start + len(label)


def units(document: Document, skip: frozenset[tuple[int, int, int]]) -> list[Unit]:
    """Body paragraphs in reading order without whitespace.

    A block joins the one before it where it runs on: so marked by the parser, or in a PDF a
    paragraph after one that ends mid-sentence (a line the layout split off). Furniture and
    value cells (``skip``) are left out; the prose lines of a form's cells are read like
    paragraphs.
    """
    headers, label = _running_headers(document), items().label.pattern
    pdf = by_name(document.format).laid_out  # TXT and DOCX paragraphs are the writer's own
    pieces: list[tuple[str, list[int], BlockKind]] = []
    for start, end, kind, continues, in_cell in _stretches(document, skip):
        keep = [i for i in range(start, end) if not document.text[i].isspace()]
        chars, places = "".join(document.text[i] for i in keep), keep
        flat = key(chars)
        if not flat or any(similar(flat, h) for h in headers if abs(len(flat) - len(h)) < 5):
            continue
        last = pieces[-1] if pieces else None
        wrapped = pdf and not in_cell and last and last[2] is kind is BlockKind.paragraph
        wrapped = wrapped and not label.match(chars)
        if last and (continues or (wrapped and last[0][-1] not in items().sentence_breaks)):
            pieces[-1] = (last[0] + chars, last[1] + places, last[2])
        else:
            pieces.append((chars, places, kind))
    found: list[Unit] = []
    caption: list[str] = []  # unnumbered heading lines in a row: 附件1 / …项 / 目清单
    for text, offsets, kind in pieces:
        previous = found[-1] if found else None
        numbered = bool(label.match(text)) or _listed_line(text, previous)
        joined = "".join(caption[-_CAPTION_LINES:]) if numbered else ""
        found.append(Unit(text, tuple(offsets), kind, numbered, joined))
        if not numbered:
            heading = kind is BlockKind.heading
            more = heading and previous and previous.kind is kind and not previous.numbered
            caption = [*caption, text] if more else [text]
    return found


def _listed_line(text: str, previous: Unit | None) -> bool:
    """A short line ending with ；or 。 in a run of such lines under one that ends with ：
    (…称号情况： / 国家产融合作试点城市； / …): an item of a list written without labels."""
    if previous is None or len(text) > _LISTED_LINE_CHARS or text[-1] not in "；;。":
        return False
    return previous.text[-1] in "：:" or (previous.numbered and previous.text[-1] in "；;")


def sentences(text: str, breaks: str = "") -> Iterator[tuple[int, int]]:
    for match in re.finditer(f"[^{re.escape(items().sentence_breaks + breaks)}]+", text):
        yield match.span()


def list_run(document: Document, blocks: Iterable[Block]) -> list[str]:
    """The texts of ``blocks``, in the order given, while each is a list item or starts with a
    list label (a short numbered line may read as a heading: (1)国家…), up to the first that
    is neither."""
    run = []
    for block in blocks:
        text = document.text[block.span.start : block.span.end]
        if block.kind is not BlockKind.list_item and not items().label.pattern.match(text):
            break
        run.append(text)
    return run
