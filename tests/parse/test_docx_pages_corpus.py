"""Done when: a DOCX figure's page equals the page LibreOffice prints it on, for every DOCX in
the corpus.

Each corpus DOCX is read as the extractor reads it (printed by soffice in the parse, its PDF
kept), and every claim the extractor finds is looked for independently in that print: the
text around the claim's first character (within its paragraph or table cell), only its
letters, digits and ideographs kept, must stand in the text of the page the claim names as
pdfplumber reads it: its lines, or its characters in the order they are drawn (a table's
cells one after another; LibreOffice draws quotation marks of another font out of order).
soffice is required (CI installs it): without it no document is printed and the test fails
on the share of claims with a page.
"""

from __future__ import annotations

import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCX_FILES = sorted((ROOT / "corpus").rglob("*.docx"))
# A sought snippet: from this many characters before the claim's first one to this many
# after it (a page may end right after the figure)
_AROUND = ((0, 10), (4, 6), (8, 2), (12, 1))


@dataclass(frozen=True)
class Claimed:
    field: str
    page: int | None
    snippets: tuple[str, ...]  # around the claim's first character, in its block


@dataclass(frozen=True)
class Read:
    name: str
    claims: tuple[Claimed, ...]
    printed: tuple[str, ...]  # each printed page's lines, then its drawn characters
    warnings: tuple[str, ...]


def _squeezed(text: str) -> str:
    """Normalised as the document's text is, then only letters, digits, ideographs, . and ,"""
    from extractor.normalise.assemble import normalise_text

    return "".join(c for c in normalise_text(text)[0] if c.isalnum() or c in ".,")


def _read(path: Path) -> Read:
    """One corpus DOCX read with its print kept; the print's pages read by pdfplumber."""
    import pdfplumber

    from extractor.pipeline import parse_in_process, predict
    from extractor.settings import Limits

    with tempfile.TemporaryDirectory() as scratch:
        kept = Path(scratch, "printed.pdf")
        document = parse_in_process(path, Limits(), printed=kept)
        with pdfplumber.open(kept) as pdf:
            printed = tuple(
                _squeezed(page.extract_text() or "")
                + "\n"
                + _squeezed("".join(c["text"] for c in page.chars))
                for page in pdf.pages
            )
    claims: list[Claimed] = []
    for claim in predict(document, "miit-2023").claims:
        start = claim.evidence[0].span.start
        block = next(b for b in document.blocks if b.span.start <= start < b.span.end)
        cell = next(
            (c.span for c in block.cells if c.span and c.span.start <= start < c.span.end), None
        )
        low, high = (cell.start, cell.end) if cell else (block.span.start, block.span.end)
        snippets = tuple(
            _squeezed(document.text[start - before : min(high, start + after)])
            for before, after in _AROUND
            if start - before >= low
        )
        claims.append(Claimed(claim.field, claim.page, snippets))
    warnings = tuple(w.code for w in document.warnings)
    return Read(path.relative_to(ROOT).as_posix(), tuple(claims), printed, warnings)


@pytest.fixture(scope="module")
def corpus_read() -> list[Read]:
    """Every corpus DOCX read once, two at a time (each printing takes a few seconds)."""
    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(_read, DOCX_FILES))


def test_the_corpus_has_its_docx_files() -> None:
    assert len(DOCX_FILES) >= 51


def test_every_docx_figure_is_on_the_page_libreoffice_prints_it_on(
    corpus_read: list[Read],
) -> None:
    wrong: list[str] = []
    for read in corpus_read:
        for claim in read.claims:
            if claim.page is None:
                continue
            page = read.printed[claim.page - 1]
            if not any(s and s in page for s in claim.snippets):
                where = [n + 1 for n, text in enumerate(read.printed) if claim.snippets[0] in text]
                wrong.append(f"{read.name} {claim.field} p{claim.page} {claim.snippets} in {where}")
    assert not wrong, "\n".join(wrong)


def test_almost_every_docx_figure_has_a_page(corpus_read: list[Read]) -> None:
    """No page is better than a wrong one, but a figure without one must stay rare."""
    claims = [c for read in corpus_read for c in read.claims]
    without = [c for c in claims if c.page is None]
    assert len(claims) > 500
    assert len(without) <= 0.01 * len(claims), len(without)
