"""Shared helpers of the phenomenon tests: a text written to a file, parsed, its claims; a
claim made by hand for a rule that takes claims."""

from collections.abc import Sequence
from pathlib import Path

from extractor.extract.claims import find_claims
from extractor.extract.lists import find_lists
from extractor.model import (
    BlockKind,
    Document,
    Evidence,
    ParsedDocument,
    PredictedClaim,
    Qualifier,
    RawBlock,
    RawCell,
    Span,
    Status,
)
from extractor.normalise import build_document
from extractor.pipeline import parse_in_process
from extractor.settings import Limits

Simple = tuple[str, float, str, int | None]


def parse_text(tmp_path: Path, text: str, name: str = "a.txt") -> Document:
    """``text`` saved as a UTF-8 file and parsed in this process, without OCR."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_in_process(path, Limits(ocr=False))


def built(*blocks: RawBlock, format: str = "pdf") -> Document:
    """``blocks`` as a parser of ``format`` hands them over, normalised into a Document."""
    pages = max((block.page or 1 for block in blocks), default=1)
    parsed = ParsedDocument(
        source=f"a.{format}", sha256="0" * 64, format=format, page_count=pages, blocks=list(blocks)
    )
    return build_document(parsed)


def table_block(
    rows: Sequence[tuple[str, ...]], parent: int | None = None, page: int = 1
) -> RawBlock:
    """A table on ``page`` whose cells read ``rows``; ``parent``: the block it is nested in."""
    cells = [RawCell(row=r, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)]
    return RawBlock(
        BlockKind.table, "", page, cells=cells, rows=len(rows), cols=len(rows[0]), parent=parent
    )


def claims_of(tmp_path: Path, text: str) -> list[PredictedClaim]:
    """The claims found in ``text`` read as a TXT submission."""
    return find_claims(parse_text(tmp_path, text))


def simple(claims: list[PredictedClaim]) -> set[Simple]:
    """(field, value, status, year) of each claim, the four things the scorer matches on."""
    return {(c.field, c.value, c.status.value, c.year) for c in claims}


def lists_of(tmp_path: Path, text: str) -> dict[str, list[str]]:
    """The named lists found in ``text`` read as a TXT submission, item names only."""
    found = find_lists(parse_text(tmp_path, text))
    return {key: [item.name for item in items] for key, items in found.items()}


def stated(
    field: str,
    value: float,
    year: int | None = 2024,
    *,
    qualifier: Qualifier = Qualifier.exact,
    block: int = 0,
    page: int | None = None,
    confidence: float = 1.0,
) -> PredictedClaim:
    """An achieved claim as extraction would state it, its one evidence quoting field and year."""
    evidence = Evidence(page=page, block=block, span=Span(start=0, end=1), quote=f"{field} {year}")
    return PredictedClaim(
        field=field,
        value=value,
        unit="",
        status=Status.actual,
        year=year,
        qualifier=qualifier,
        page=page,
        confidence=confidence,
        evidence=(evidence,),
    )
