"""Shared helpers of the phenomenon tests: a text written to a file, parsed, its claims."""

from pathlib import Path

from extractor.extract.claims import find_claims
from extractor.extract.lists import find_lists
from extractor.model import Document, PredictedClaim
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
