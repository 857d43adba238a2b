"""Table rows that list items: a row of an annex table (序号 | 企业名称 | 称号 | 认定部门 | 年份)
read as one list unit, under the table's caption, so the list rules find its title, 5G factory
or policy document as they would in a numbered list."""

from __future__ import annotations

import re

from extractor.extract.list_patterns import (
    factory_matcher,
    factory_patterns,
    items,
    policies,
    title_matcher,
)
from extractor.extract.list_text import Unit
from extractor.extract.paragraphs import is_prose
from extractor.model import Block, BlockKind, Cell, Document

_CAPTION_CHARS = 80  # of the text before a table, what may caption it


def _flat(text: str) -> str:
    """``text`` without whitespace: a PDF or OCR line breaks inside a name (5 G工厂名录)."""
    return "".join(text.split())


def _names_a_list(text: str) -> bool:
    """Whether a sentence speaks of a list: the 5G工厂名录, a title, policy documents."""
    flat = _flat(text)
    counted = any(
        factory_matcher().term[m.group(0)].counts is True
        for m in factory_matcher().pattern.finditer(flat)
    )
    return counted or bool(title_matcher().pattern.search(flat))


def _is_listed(text: str) -> bool:
    """Whether a cell names an item a list may hold: a title, a 《document》 or a 5G factory."""
    flat = _flat(text)
    if title_matcher().pattern.search(flat) or policies().title.pattern.search(flat):
        return True
    named = factory_patterns().enterprise_project.pattern.match(flat)
    return named is not None and bool(factory_patterns().project.pattern.search(named["project"]))


def _caption(document: Document, block: Block) -> str:
    """What heads a table: for a table nested in a form cell, the sentence of that cell that
    points to it (详见下表); else the text just before it (附件3 5G工厂名录入选项目)."""
    if block.parent is not None:
        parent = document.blocks[block.parent]
        text = document.text[parent.span.start : parent.span.end]
        sentences = re.split(f"[{re.escape(items().sentence_breaks)}]", text)
        pointing = [s for s in sentences if items().table_reference.pattern.search(s)]
        # a form cell may point to several tables: the one naming a list is this one's
        listing = [s for s in pointing if _names_a_list(s)]
        return "".join((listing or pointing)[-1:]).strip()[-_CAPTION_CHARS:]
    before = [b for b in document.blocks[: block.index] if b.kind is not BlockKind.furniture]
    if not before or before[-1].kind is BlockKind.table:
        return ""
    last = before[-1]
    return document.text[last.span.start : last.span.end].strip()[-_CAPTION_CHARS:]


def _joined(cells: list[Cell]) -> tuple[str, list[int]]:
    """A row's cells as one text with offsets: a holder's cell runs into the title after it
    (X有限公司 + 智能制造示范工厂), other cells are set apart by commas, so a project written
    apart from its enterprise (企业名称 | 项目名称) is its own cell, the entry as written."""
    entity, comma = items().entity.pattern, items().clause_breaks[0]
    chars: list[str] = []
    places: list[int] = []
    for number, cell in enumerate(cells):
        assert cell.span is not None
        if number:
            previous = _flat(cells[number - 1].text)
            holder = entity.search(previous) and not _is_listed(previous)
            holder = holder and not factory_patterns().project.pattern.search(previous)
            if not (holder and _is_listed(cell.text)):
                chars.append(comma)
                places.append(cell.span.start)
        for offset, char in enumerate(cell.text):
            if not char.isspace():
                chars.append(char)
                places.append(cell.span.start + offset)
    return "".join(chars), places


def row_units(document: Document, skip: frozenset[tuple[int, int, int]]) -> list[Unit]:
    """Every table row that names a listed item, as a numbered unit under the table's caption
    and its header row; ``skip`` are the value cells of indicator tables."""
    found: list[Unit] = []
    for block in document.blocks:
        if block.kind is not BlockKind.table:
            continue
        grid = block.cell_grid()
        caption: str | None = None
        first = [c for c in (grid[0] if grid else []) if c is not None]
        header = "" if any(_is_listed(c.text) for c in first) else "".join(c.text for c in first)
        for row in grid:
            cells = [
                c
                for c in row
                if c is not None and c.span is not None and c.text.strip()
                if (block.index, c.row, c.col) not in skip
            ]
            if not any(_is_listed(c.text) and not is_prose(c.text) for c in cells):
                continue  # a form's narrative cells are read as paragraphs, not as items
            if caption is None:
                caption = _caption(document, block)
            kept = [c for c in cells if not items().row_skip.pattern.match(c.text)]
            text, places = _joined(kept)
            unit = Unit(text, tuple(places), BlockKind.list_item, True, caption + header, row=True)
            found.append(unit)
    return found
