"""Shared helpers of the phenomenon tests: a text written to a file, parsed, its claims; a
claim made by hand for a rule that takes claims."""

from pathlib import Path

from extractor.extract.claims import find_claims
from extractor.extract.lists import find_lists
from extractor.model import Document, Evidence, PredictedClaim, Qualifier, Span, Status
from extractor.pipeline import parse_in_process
from extractor.settings import Limits

Simple = tuple[str, float, str, int | None]


def parse_text(tmp_path: Path, text: str, name: str = "a.txt") -> Document:
    """``text`` saved as a UTF-8 file and parsed in this process, without OCR."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_in_process(path, Limits(ocr=False))


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
