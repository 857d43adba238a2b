"""Scanned copies of labelled PDFs: image-only pages of the original's sizes, the original's gold
under the copy's name, the same bytes from the same seed, and a source kind of their own."""

import json
from pathlib import Path

import pypdfium2 as pdfium

from corpus.scan import ROOT, scanned_copy
from evaluation.score import source_kind

SOURCE = ROOT / "test" / "app054.pdf"


def _pages(path: Path) -> list[tuple[tuple[float, float], int]]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [(page.get_size(), page.get_textpage().count_chars()) for page in pdf]
    finally:
        pdf.close()


def test_a_scanned_copy_keeps_the_pages_and_the_gold(tmp_path: Path) -> None:
    path = scanned_copy(SOURCE, tmp_path, 100, 7)
    original, copy = _pages(SOURCE), _pages(path)
    assert [size for size, _ in copy] == [size for size, _ in original]
    assert all(chars > 0 for _, chars in original)
    assert all(chars == 0 for _, chars in copy)
    gold = json.loads((tmp_path / "app054-scan100.gold.json").read_text(encoding="utf-8"))
    before = json.loads(SOURCE.with_name("app054.gold.json").read_text(encoding="utf-8"))
    assert gold["document"] == "app054-scan100.pdf"
    assert gold["claims"] == before["claims"]
    assert gold["prescreen"] == before["prescreen"]


def test_the_same_seed_gives_the_same_bytes_another_seed_other_pages(tmp_path: Path) -> None:
    first, second, other = (tmp_path / name for name in ("a", "b", "c"))
    for folder in (first, second, other):
        folder.mkdir()
    a = scanned_copy(SOURCE, first, 100, 7).read_bytes()
    assert scanned_copy(SOURCE, second, 100, 7).read_bytes() == a
    assert scanned_copy(SOURCE, other, 100, 8).read_bytes() != a


def test_a_whole_scan_is_its_own_source_kind(tmp_path: Path) -> None:
    assert source_kind(SOURCE) == "pdf"
    assert source_kind(scanned_copy(SOURCE, tmp_path, 100, 7)) == "pdf-scan"
    assert source_kind(ROOT / "test" / "app061.pdf") == "pdf-ocr"  # one scanned page annexed
