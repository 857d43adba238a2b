"""A total closing an enumeration of titles: 以上合计6项。, 共计5项。, a table's row 合计 | 7项.

The total names no field; what it closes does. After at least two ministerial titles (and no
lesser one: a provincial or an alliance's title would make the total no count of ministerial
ones) it is the national_titles count, achieved as of the document's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, PositiveInt

from extractor.extract import context
from extractor.extract.list_patterns import lesser_wording, title_matcher
from extractor.extract.list_text import list_run
from extractor.extract.patterns import fields
from extractor.model import (
    Block,
    BlockKind,
    Cell,
    Document,
    Evidence,
    PredictedClaim,
    Qualifier,
    Span,
    Status,
)
from extractor.model.pattern_files import load_cached

_FIELD = "national_titles"
_QUOTE_CHARS = 60


class _TotalsFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    sentence: str
    label: str
    count: str
    min_titles: PositiveInt
    items_before: PositiveInt


@dataclass(frozen=True, slots=True)
class _Cues:
    sentence: re.Pattern[str]
    label: re.Pattern[str]
    count: re.Pattern[str]
    min_titles: int
    items_before: int


@cache
def _cues() -> _Cues:
    data = load_cached("claims/totals.yaml", _TotalsFile)
    return _Cues(
        re.compile(data.sentence),
        re.compile(data.label),
        re.compile(data.count),
        data.min_titles,
        data.items_before,
    )


def _closes_titles(text: str) -> bool:
    """Whether ``text`` names enough ministerial titles and no lesser one."""
    matcher = title_matcher()
    named = [
        c
        for m in matcher.pattern.finditer(text)
        if (c := matcher.category(m.group(0))) is not None and c.is_ministerial and c.listed
    ]
    return len(named) >= _cues().min_titles and lesser_wording(text) is None


def _before(document: Document, blocks: list[Block], at: int, start: int) -> str:
    """What a total at ``start`` in ``blocks[at]`` closes: its block up to it, and the list
    items right before that block."""
    earlier = list_run(document, reversed(blocks[max(0, at - _cues().items_before) : at]))
    return "\n".join([*reversed(earlier), document.text[blocks[at].span.start : start]])


def _row_total(block: Block, cell: Cell) -> tuple[int, int] | None:
    """Where the count of a table's total row stands (合计 | 7项), if ``cell`` holds one: a
    count whose row's last filled cell before it is a total's label."""
    counted = _cues().count.match(cell.text)
    if counted is None or cell.span is None:
        return None
    row = [c for c in block.cells if c.row == cell.row and c.col < cell.col and c.text]
    if not row or _cues().label.match(row[-1].text) is None:
        return None
    return cell.span.start + counted.start(1), cell.span.start + counted.end(1)


def _claim(
    document: Document, block: Block, figure: tuple[int, int], year: int | None
) -> PredictedClaim:
    """The count of titles a total at ``figure`` (start, end in Document.text) states."""
    start, end = figure
    spec = next(f.spec for f in fields() if f.spec.field == _FIELD)
    quote = document.text[max(block.span.start, end - _QUOTE_CHARS) : end + 2]
    span = Span(start=start, end=end)
    page = document.page_at(start, block)
    evidence = Evidence(page=page, block=block.index, span=span, quote=quote)
    return PredictedClaim(
        field=_FIELD,
        value=float(document.text[start:end]),
        unit=spec.canonical_unit,
        status=Status.actual,
        year=year,
        qualifier=Qualifier.exact,
        page=page,
        confidence=context.confidence("total", block.origin),
        pattern_id=f"{_FIELD}/total",
        evidence=(evidence,),
    )


def title_totals(document: Document, year: int | None) -> list[PredictedClaim]:
    """The totals of titles in a document's paragraphs and tables, as of ``year``."""
    cues, found = _cues(), list[PredictedClaim]()
    blocks = [b for b in document.blocks if b.kind is not BlockKind.furniture]
    for at, block in enumerate(blocks):
        text = document.text[block.span.start : block.span.end]
        if block.kind is BlockKind.table:
            for cell in block.cells:
                figure = _row_total(block, cell)
                if figure is not None and _closes_titles(text):
                    found.append(_claim(document, block, figure, year))
                if cell.span is not None:  # a form's narrative cell: …（5）…。共计5项。
                    for total in cues.sentence.finditer(cell.text):
                        figure = (cell.span.start + total.start(1), cell.span.start + total.end(1))
                        if _closes_titles(cell.text[: total.start(1)]):
                            found.append(_claim(document, block, figure, year))
            continue
        for total in cues.sentence.finditer(text):
            figure = (block.span.start + total.start(1), block.span.start + total.end(1))
            if _closes_titles(_before(document, blocks, at, figure[0])):
                found.append(_claim(document, block, figure, year))
    return found
