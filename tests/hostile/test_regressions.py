"""One test per bug the hostile run found, each on the smallest file that showed it."""

from __future__ import annotations

import json
import os
import time
import zipfile
from pathlib import Path

import pytest

from extractor.batch import reportable, run_batch
from extractor.errors import (
    CorruptDocument,
    EmptyDocument,
    TooLargeDocument,
    WrongTypeDocument,
    shown_name,
)
from extractor.parse.sniff import sniff
from extractor.pipeline import parse_document, parse_in_process
from extractor.report import write_report
from extractor.settings import Limits
from tests.hostile.corpus import (
    _CATALOG,
    _LINE,
    GOOD_TEXT,
    SAMPLES,
    _document_xml,
    _docx,
    _member,
    _one_page,
    _pages_pdf,
    _paragraphs,
    _pdf,
    _repeated_zlib,
    _zip,
)


@pytest.fixture(autouse=True)
def _messages_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read what the messages say, in English, the language they are written in;
    tests/test_language.py checks that readers see them in Chinese by default."""
    monkeypatch.setenv("EXTRACTOR_LANG", "en")


NO_OCR = Limits(ocr=False)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("cut", [30, 5000, 20000, -1])
def test_a_truncated_docx_is_corrupt_not_wrong_type(tmp_path: Path, cut: int) -> None:
    data = (SAMPLES / "sample-application.docx").read_bytes()
    path = _write(tmp_path / "cut.docx", data[:cut])
    with pytest.raises(CorruptDocument, match=r"cut\.docx: not a readable ZIP archive"):
        parse_in_process(path, NO_OCR)


def test_a_zip_with_word_parts_but_no_body_is_corrupt(tmp_path: Path) -> None:
    package = _zip([_member("[Content_Types].xml", b"<Types/>"), _member("word/documenu.xml", b"")])
    path = _write(tmp_path / "flipped-name.docx", package)
    with pytest.raises(CorruptDocument, match=r"no word/document\.xml"):
        parse_in_process(path, NO_OCR)


def test_an_excel_file_named_docx_is_still_wrong_type(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.docx", _zip([_member("xl/workbook.xml", b"<x/>")]))
    with pytest.raises(WrongTypeDocument, match="Excel"):
        sniff(path, NO_OCR)


def test_a_size_field_no_deflate_could_produce_is_corrupt_not_a_zip_bomb(tmp_path: Path) -> None:
    """A bit flip in a declared size made a 6 kB part claim 1 GB: it read as a zip bomb."""
    path = _write(tmp_path / "flipped.docx", _docx(_document_xml(_paragraphs(GOOD_TEXT))))
    data = bytearray(path.read_bytes())
    entry = data.rindex(b"word/document.xml") - 46  # its central directory record
    assert data[entry : entry + 4] == b"PK\x01\x02"
    data[entry + 27] ^= 0x40  # the high byte of the member's uncompressed size
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size > 1 << 30
    with pytest.raises(CorruptDocument, match="directory is damaged"):
        parse_in_process(path, NO_OCR)


def test_a_real_zip_bomb_is_still_too_large(tmp_path: Path) -> None:
    bomb = _zip(
        [_member("[Content_Types].xml", b"<Types/>"), _member("word/document.xml", b"<x/>")]
    )
    path = _write(tmp_path / "ok.docx", bomb)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/zeros.bin", bytes(24 << 20))
    with pytest.raises(TooLargeDocument, match="zip bomb"):
        parse_in_process(path, NO_OCR)


def test_a_docx_declaring_a_dtd_is_corrupt_and_nothing_is_fetched(tmp_path: Path) -> None:
    probe = tmp_path / "secret.txt"
    probe.write_text("秘密内容", encoding="utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{probe.as_uri()}">]>'
    xml = _document_xml("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>" + _paragraphs(GOOD_TEXT), doctype)
    path = _write(tmp_path / "xxe.docx", _docx(xml))
    with pytest.raises(CorruptDocument, match=r"word/document\.xml declares a DTD") as caught:
        parse_in_process(path, NO_OCR)
    assert "秘密" not in str(caught.value)


def test_a_pdf_of_blank_pages_is_empty(tmp_path: Path) -> None:
    path = _write(tmp_path / "blank.pdf", _one_page(b""))
    with pytest.raises(EmptyDocument, match="every page is blank"):
        parse_in_process(path, NO_OCR)


@pytest.mark.parametrize(
    "pages",
    [b"<< /Type /Pages /Kids [] /Count 0 >>", None],
    ids=["empty-page-tree", "no-page-tree"],
)
def test_a_pdf_without_pages_is_empty_not_corrupt(tmp_path: Path, pages: bytes | None) -> None:
    objects = [_CATALOG, pages] if pages else [b"<< /Type /Catalog >>"]
    path = _write(tmp_path / "none.pdf", _pdf(objects))
    with pytest.raises(EmptyDocument, match="no pages"):
        parse_in_process(path, NO_OCR)


def test_a_page_tree_that_claims_too_many_pages_is_read(tmp_path: Path) -> None:
    """/Count 5000 over one page read as 5,000 pages, over the limit of 1,000."""
    path = _write(tmp_path / "count.pdf", _one_page(_LINE).replace(b"/Count 1", b"/Count 5000"))
    document = parse_in_process(path, NO_OCR)
    assert document.page_count == 1
    assert "5G base stations: 12000" in document.text
    assert [w.code for w in document.warnings] == ["page_count"]


def test_a_real_page_count_over_the_limit_is_still_too_large(tmp_path: Path) -> None:
    path = _write(tmp_path / "many.pdf", _pages_pdf(12))
    with pytest.raises(TooLargeDocument, match="12 pages"):
        parse_in_process(path, Limits(ocr=False, max_pages=10))


@pytest.mark.timeout(60)
def test_a_decompression_bomb_that_crashes_pdfium_is_too_large(tmp_path: Path) -> None:
    """pdfium aborts (SIGABRT) when inflating past the cap: that read as a corrupt file."""
    content = _repeated_zlib(b" " * (1 << 20), 1024)  # 1 GiB of spaces in 1 MB
    path = _write(
        tmp_path / "bomb.pdf", _one_page(content, content_entries=b"/Filter /FlateDecode")
    )
    with pytest.raises(TooLargeDocument, match=r"bomb\.pdf: the reader crashed \(SIGABRT\)"):
        parse_document(path, Limits(ocr=False, memory_mb=768, timeout_s=50))


def _timed(path: Path) -> tuple[float, list[str]]:
    started = time.perf_counter()
    document = parse_in_process(path, NO_OCR)
    return time.perf_counter() - started, [w.code for w in document.warnings]


@pytest.mark.timeout(60)
def test_a_page_of_overlapping_text_objects_is_flagged_not_hung(tmp_path: Path) -> None:
    """pdfium's text page is quadratic in them: 100,000 took 170 s, a million never ended."""
    chars = b"".join(
        b"BT /F1 4 Tf %d %d Td (%d) Tj ET\n" % (10 + i % 570, 10 + (i // 570) % 820, i % 10)
        for i in range(60_000)
    )
    seconds, codes = _timed(_write(tmp_path / "chars.pdf", _one_page(chars)))
    assert codes == ["too_many_objects"]
    assert seconds < 10


@pytest.mark.timeout(60)
def test_a_page_of_very_many_strokes_is_read_without_its_tables(tmp_path: Path) -> None:
    """Walking two million path objects for table rules took a minute."""
    strokes = b"".join(
        b"%d %d m %d %d l S\n" % (i % 500, i % 800, i % 500 + 5, i % 800 + 3)
        for i in range(150_000)
    )
    seconds, codes = _timed(_write(tmp_path / "strokes.pdf", _one_page(_LINE + strokes)))
    assert codes == ["too_many_objects"]
    assert seconds < 10


@pytest.mark.timeout(60)
def test_a_dense_rule_grid_is_read_without_its_tables(tmp_path: Path) -> None:
    """pdfplumber's cell finder is quadratic in crossings: a 250 x 250 grid took 3 minutes."""
    rules = b"".join(b"5 %d m 1250 %d l S\n" % (5 + i * 5, 5 + i * 5) for i in range(250))
    rules += b"".join(b"%d 5 m %d 1250 l S\n" % (5 + i * 5, 5 + i * 5) for i in range(250))
    path = _write(tmp_path / "grid.pdf", _one_page(_LINE + rules, media=b"0 0 1255 1255"))
    started = time.perf_counter()
    document = parse_in_process(path, NO_OCR)
    assert time.perf_counter() - started < 10
    assert [w.code for w in document.warnings] == ["too_many_objects"]
    assert "62,500 rule crossings" in document.warnings[0].message
    assert "5G base stations" in document.text


def test_a_table_of_a_few_thousand_crossings_is_still_found(tmp_path: Path) -> None:
    rules = b"".join(b"50 %d m 545 %d l S\n" % (50 + i * 12, 50 + i * 12) for i in range(60))
    rules += b"".join(b"%d 50 m %d 758 l S\n" % (50 + i * 45, 50 + i * 45) for i in range(12))
    document = parse_in_process(_write(tmp_path / "table.pdf", _one_page(_LINE + rules)), NO_OCR)
    assert any(block.cells for block in document.blocks)
    assert document.warnings == ()


def test_a_file_name_that_is_not_utf8_does_not_break_the_reports(tmp_path: Path) -> None:
    """Every report writer died with UnicodeEncodeError on the name's lone surrogates."""
    root = tmp_path / "in"
    root.mkdir()
    latin = root / os.fsdecode(b"caf\xe9.txt")
    latin.write_text(GOOD_TEXT, encoding="utf-8")
    broken = root / os.fsdecode(b"bad-\xff.pdf")
    broken.write_bytes(b"%PDF-1.7\n broken")
    report = run_batch(root, "miit-2023", workers=1)
    for name in ("r.json", "r.html", "r.xlsx"):
        write_report(report, tmp_path / name)
    rows = {row["document"]: row for row in json.loads((tmp_path / "r.json").read_text())}
    assert rows["caf\\xe9.txt"]["prescreen"]["bs_density"] == "pass"
    assert rows["bad-\\xff.pdf"]["error"].startswith("bad-\\xff.pdf: ")
    assert reportable(str(latin)) == str(root / "caf\\xe9.txt")


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("a\nerror[ok]: x.pdf", "a\\x0aerror[ok]: x.pdf"),
        ("\x1b[31mred.pdf", "\\x1b[31mred.pdf"),
        ("report\u202efdp.txt", "report\\u202efdp.txt"),
        ("申报书（终稿）.docx", "申报书（终稿）.docx"),
    ],
)
def test_messages_spell_out_controls_in_file_names(tmp_path: Path, name: str, shown: str) -> None:
    """A name could forge an error line on stderr, drive the terminal or reverse its text."""
    assert shown_name(tmp_path / name) == shown
    assert str(CorruptDocument(tmp_path / name, "broken")) == f"{shown}: broken"


_SCANNED = Path(__file__).parents[2] / "corpus" / "scanned" / "app010-scan200.pdf"


@pytest.mark.timeout(240)
def test_a_scanned_page_short_of_memory_is_flagged_or_too_large_never_an_internal_error(
    tmp_path: Path,
) -> None:
    """In CI a second page's OCR ran out of address space under a 2 GB cap inside OpenCV (whose
    cv2.error is no MemoryError), and OpenVINO returns an empty output instead of raising: each
    read as an internal error of the whole document. Short of memory, OCR leaves the page
    flagged with the cap named, or the document is too large; which caps do which depends on
    the machine, so the test tries several."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(_SCANNED)
    one = pdfium.PdfDocument.new()
    one.import_pages(source, [0, 1])
    path = tmp_path / "scanned.pdf"
    one.save(path)
    flagged = 0
    for cap in (1000, 1200, 1400, 1600, 1800, 2048):
        try:
            document = parse_document(path, Limits(memory_mb=cap, timeout_s=120))
        except TooLargeDocument:
            continue
        for page in (1, 2):
            messages = [w.message for w in document.warnings if w.page == page]
            assert messages, f"{cap} MB: page {page} is neither OCRed nor flagged"
            flagged += any("EXTRACTOR_MEMORY_MB" in m for m in messages)
    assert flagged, "no cap left the page flagged for memory"
