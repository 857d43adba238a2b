from pathlib import Path

import docx
import pdfplumber
import pytest

from extractor.errors import CorruptDocument, EncryptedDocument, TooLargeDocument
from extractor.model import BlockKind, Document, Origin, RawBlock, Span
from extractor.normalise import OffsetMap, normalise_text
from extractor.pipeline import parse_in_process
from extractor.settings import Limits
from tests.conftest import FixturePdfs
from tests.fixtures.build import FIXTURES, docx_to_pdf
from tests.fixtures.prose import DOCX_TABLE, TABLE_ROWS
from tests.offsets import assert_offsets_exact

NO_OCR = Limits(ocr=False)


def _norm(text: str) -> str:
    return normalise_text(text)[0]


def body_paragraphs(document: Document) -> list[str]:
    """Body text blocks in reading order, a block that continues the previous one joined to it."""
    out: list[str] = []
    for block in document.blocks:
        if block.kind in (BlockKind.furniture, BlockKind.table):
            continue
        text = document.text[block.span.start : block.span.end]
        if block.continues and out:
            out[-1] += text
        else:
            out.append(text)
    return out


def furniture(document: Document) -> list[str]:
    blocks = [b for b in document.blocks if b.kind is BlockKind.furniture]
    return [document.text[b.span.start : b.span.end] for b in blocks]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("simple", id="paragraph-across-page-break"),
        pytest.param("headers_footers", id="running-header-footer"),
        pytest.param("two_columns", id="two-columns"),
        pytest.param("fake_bold", id="fake-bold"),
        pytest.param("shifted_digits", id="shifted-baseline-digits"),
        pytest.param("sparse_pdfplumber", id="pdfplumber-sees-few-chars"),
        pytest.param("from_docx", id="libreoffice-from-docx"),
        pytest.param("ruled_table", id="text-around-table"),
    ],
)
def test_body_text_in_reading_order(fixture_pdfs: FixturePdfs, name: str) -> None:
    document = parse_in_process(fixture_pdfs.get(name), NO_OCR)
    assert body_paragraphs(document) == [_norm(p) for p in FIXTURES[name].expected]
    assert document.page_count == FIXTURES[name].pages
    assert document.warnings == ()
    assert_offsets_exact(document, boxes=True)


@pytest.mark.parametrize("name", ["headers_footers", "sparse_pdfplumber", "from_docx"])
def test_furniture_is_set_apart_and_never_in_the_body(fixture_pdfs: FixturePdfs, name: str) -> None:
    document = parse_in_process(fixture_pdfs.get(name), NO_OCR)
    expected = sorted(_norm(text) for text in FIXTURES[name].furniture)
    assert sorted(set(furniture(document))) == sorted(set(expected))
    body = "\n".join(body_paragraphs(document))
    for text in expected:
        assert text not in body


def test_sentence_cut_by_page_foot_is_rejoined_without_furniture(fixture_pdfs: FixturePdfs) -> None:
    document = parse_in_process(fixture_pdfs.get("headers_footers"), NO_OCR)
    assert any(block.continues for block in document.blocks)


def test_pdfplumber_blind_page_is_read_from_pdfium(fixture_pdfs: FixturePdfs) -> None:
    path = fixture_pdfs.get("sparse_pdfplumber")
    with pdfplumber.open(path) as pdf:
        seen_by_pdfplumber = len(pdf.pages[1].chars)
    document = parse_in_process(path, NO_OCR)
    page_two = [b for b in document.blocks if b.page == 2 and b.kind is not BlockKind.furniture]
    read = sum(b.span.end - b.span.start for b in page_two)
    assert seen_by_pdfplumber < 30
    assert read > 2 * seen_by_pdfplumber


def test_ruled_table_is_one_table_with_merged_cells_once(fixture_pdfs: FixturePdfs) -> None:
    document = parse_in_process(fixture_pdfs.get("ruled_table"), NO_OCR)
    tables = [b for b in document.blocks if b.kind is BlockKind.table]
    assert len(tables) == 1
    table = tables[0]
    assert (table.rows, table.cols) == (5, 4)
    grid = [[cell.text if cell else "" for cell in row] for row in table.cell_grid()]
    assert grid == [[_norm(text) for text in row] for row in TABLE_ROWS]
    merged = [cell for cell in table.cells if cell.row_span > 1]
    assert [(c.row, c.col, c.row_span) for c in merged] == [(1, 0, 2), (3, 0, 2)]
    paragraphs = "\n".join(body_paragraphs(document))
    assert "网络基础设施" not in paragraphs
    assert "12000" not in paragraphs
    assert_offsets_exact(document, boxes=True)


def test_docx_table_through_libreoffice_keeps_its_merge(fixture_pdfs: FixturePdfs) -> None:
    document = parse_in_process(fixture_pdfs.get("from_docx"), NO_OCR)
    table = next(b for b in document.blocks if b.kind is BlockKind.table)
    assert (table.rows, table.cols) == (len(DOCX_TABLE), 3)
    last = [cell for cell in table.cells if cell.row == len(DOCX_TABLE) - 1]
    assert [(c.text, c.col_span) for c in last] == [("数据来源", 1), (_norm(DOCX_TABLE[-1][1]), 2)]
    assert table.cell_grid()[2][2] is not None
    assert table.cell_grid()[2][2].text == "50"  # type: ignore[union-attr]


def test_image_only_page_is_ocred_with_confidence_and_boxes(fixture_pdfs: FixturePdfs) -> None:
    document = parse_in_process(fixture_pdfs.get("image_only_page"), Limits())
    ocr = [b for b in document.blocks if b.origin is Origin.ocr]
    assert ocr
    assert {b.page for b in ocr} == {2}
    assert all(b.confidence is not None and 0 < b.confidence <= 1 for b in ocr)
    text = "".join(document.text[b.span.start : b.span.end] for b in ocr)
    assert "5G基站12000个" in text
    assert [(w.code, w.page) for w in document.warnings] == [("ocr", 2)]
    start = document.text.index("12000")
    boxes = OffsetMap(document).highlight(Span(start=start, end=start + 5))
    assert len(boxes) == 1
    assert boxes[0][0] == 2


def test_image_only_page_without_ocr_is_flagged_not_dropped(fixture_pdfs: FixturePdfs) -> None:
    document = parse_in_process(fixture_pdfs.get("image_only_page"), NO_OCR)
    assert [(w.code, w.page) for w in document.warnings] == [("no_text_layer", 2)]
    assert {b.page for b in document.blocks} == {1, 3}


def test_font_without_tounicode_is_ocred(fixture_pdfs: FixturePdfs) -> None:
    document = parse_in_process(fixture_pdfs.get("no_tounicode"), Limits())
    assert [(w.code, w.page) for w in document.warnings] == [("ocr", 1)]
    page_one = "".join(
        document.text[b.span.start : b.span.end] for b in document.blocks if b.page == 1
    )
    assert "5G" in page_one
    assert "\ufffd" not in page_one
    page_two = [document.text[b.span.start : b.span.end] for b in document.blocks if b.page == 2]
    assert page_two == [_norm(p) for p in FIXTURES["no_tounicode"].expected]


def test_font_without_tounicode_is_flagged_when_ocr_is_off(fixture_pdfs: FixturePdfs) -> None:
    document = parse_in_process(fixture_pdfs.get("no_tounicode"), NO_OCR)
    assert [(w.code, w.page) for w in document.warnings] == [("bad_glyphs", 1)]


def test_shifted_digits_highlight_on_one_line(fixture_pdfs: FixturePdfs) -> None:
    document = parse_in_process(fixture_pdfs.get("shifted_digits"), NO_OCR)
    start = document.text.index("36.8")
    regions = OffsetMap(document).highlight(Span(start=start - 2, end=start + 5))
    assert len(regions) == 1


@pytest.mark.parametrize(
    ("name", "error"),
    [
        pytest.param("encrypted", EncryptedDocument, id="user-password"),
        pytest.param("truncated", CorruptDocument, id="truncated"),
        pytest.param("corrupt", CorruptDocument, id="corrupt"),
    ],
)
def test_unreadable_pdf_is_a_typed_error(
    fixture_pdfs: FixturePdfs, name: str, error: type[Exception]
) -> None:
    path = fixture_pdfs.get(name)
    with pytest.raises(error) as caught:
        parse_in_process(path, NO_OCR)
    assert path.name in str(caught.value)


def test_owner_password_only_is_readable(fixture_pdfs: FixturePdfs) -> None:
    document = parse_in_process(fixture_pdfs.get("owner_only_encrypted"), NO_OCR)
    assert body_paragraphs(document) == [_norm(p) for p in FIXTURES["simple"].expected]


def test_page_limit(fixture_pdfs: FixturePdfs) -> None:
    with pytest.raises(TooLargeDocument, match="2 pages"):
        parse_in_process(fixture_pdfs.get("simple"), Limits(max_pages=1, ocr=False))


def test_blank_page_is_named_in_the_warnings(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "blank.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.drawString(72, 700, "5G base stations: 12000")
    pdf.showPage()
    pdf.showPage()
    pdf.save()
    document = parse_in_process(path, NO_OCR)
    assert [(w.code, w.page) for w in document.warnings] == [("blank_page", 2)]


def test_a_table_inside_a_form_cell_keeps_its_own_grid(tmp_path: Path) -> None:
    """A 申报表 printed to PDF whose cell holds a year table: the inner table is a table of its
    own (its glyphs are not the outer cell's prose), so its columns can be read by year."""
    word = docx.Document()
    form = word.add_table(rows=1, cols=2)
    form.style = "Table Grid"
    form.cell(0, 0).text = "分年度目标"
    cell = form.cell(0, 1)
    cell.text = "澧川市先导区建设分年度目标"
    inner = cell.add_table(rows=2, cols=4)
    inner.style = "Table Grid"
    for col, text in enumerate(["指标", "2024年（现状）", "2025年", "2026年"]):
        inner.cell(0, col).text = text
    for col, text in enumerate(["5G基站数（个）", "15100", "19000", "22000"]):
        inner.cell(1, col).text = text
    cell.add_paragraph("预期效果：带动相关投资超过60亿元。")
    source = tmp_path / "form.docx"
    word.save(str(source))
    document = parse_in_process(docx_to_pdf(source, tmp_path / "form.pdf"), NO_OCR)
    tables = [b for b in document.blocks if b.kind is BlockKind.table]
    grids = [[[c.text if c else "" for c in row] for row in t.cell_grid()] for t in tables]
    assert ["5G基站数(个)", "15100", "19000", "22000"] in [row for g in grids for row in g]
    outer = next(g for g in grids if g[0][0] == "分年度目标")
    assert "19000" not in outer[0][1]
    assert "预期效果" in outer[0][1]


@pytest.mark.parametrize(("confidence", "flagged"), [(0.55, True), (0.93, False)])
def test_a_page_read_with_low_ocr_confidence_is_flagged(
    fixture_pdfs: FixturePdfs, confidence: float, flagged: bool
) -> None:
    import pypdfium2 as pdfium

    from extractor.parse.pdf_page import PageReader

    block = RawBlock(
        kind=BlockKind.paragraph,
        text="全市累计建成5G基站12000个。",
        page=2,
        origin=Origin.ocr,
        confidence=confidence,
    )
    path = fixture_pdfs.get("image_only_page")
    pdf = pdfium.PdfDocument(str(path))
    try:
        content = PageReader(pdf, str(path), _Reads([block])).read(1)
    finally:
        pdf.close()
    codes = [(w.code, w.page) for w in content.warnings]
    assert codes == [("ocr", 2), ("ocr_low_confidence", 2)] if flagged else [("ocr", 2)]
    if flagged:
        assert f"{confidence:.2f}" in content.warnings[-1].message


def test_ocr_renders_at_300_dpi_and_a_huge_page_at_5000_px_on_its_longer_side() -> None:
    from extractor.parse.pdf import ocr_scale

    assert ocr_scale(595.3, 841.9) == pytest.approx(300 / 72)  # A4
    assert ocr_scale(841.9, 1190.6) == pytest.approx(300 / 72)  # A3 just fits: 4961 px
    assert ocr_scale(14400, 14400) * 14400 == pytest.approx(5000)  # 200 × 200 inches
    assert ocr_scale(14400, 600) * 14400 == pytest.approx(5000)  # a long strip


def test_a_huge_scanned_page_is_read_with_boxes_in_its_own_points(tmp_path: Path) -> None:
    # four A4 pages' area each way; at 300 dpi its image would be 140 million pixels
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from tests.fixtures.build import _scan
    from tests.fixtures.prose import SCANNED_LINES

    width, height = 595.3 * 4, 841.9 * 4
    path = tmp_path / "poster.pdf"
    canvas = Canvas(str(path), pagesize=(width, height))
    canvas.drawImage(ImageReader(_scan(SCANNED_LINES)), 0, 0, width, height)
    canvas.save()
    document = parse_in_process(path, Limits())
    start = document.text.index("12000")
    boxes = OffsetMap(document).highlight(Span(start=start, end=start + 5))
    assert len(boxes) == 1
    page, box = boxes[0]
    # the scan's second line starts 570 px down at 300 px of its 2480 (0.96 pt per pixel here):
    # its 12000 stands about 1390-1500 pt from the left, 550 pt from the top
    assert page == 1
    assert 1300 < box.x0 < 1600
    assert 500 < box.top < 650


class _Reads:
    """A page OCR that reads the same blocks on every page."""

    def __init__(self, blocks: list[RawBlock]) -> None:
        self.blocks = blocks

    def available(self) -> bool:
        return True

    def __call__(self, page: object, number: int) -> tuple[list[RawBlock], str | None]:
        return self.blocks, None


def _type3_pdf(path: Path, glyph_names: bytes) -> Path:
    """One page showing (abc) in a Type3 font with no ToUnicode, its codes 97-99 named by
    ``glyph_names`` in the font's Differences; each glyph a filled square."""
    from tests.pdf_bytes import pdf_bytes

    square = b"100 0 0 0 100 100 d1 0 0 100 100 re f"
    content = b"BT /F1 12 Tf 72 700 Td (abc) Tj ET"
    procs = b" ".join(b"%s 6 0 R" % name for name in glyph_names.split())
    font = (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 100 100]"
        b" /FontMatrix [0.01 0 0 0.01 0 0] /CharProcs << %s >>"
        b" /Encoding << /Type /Encoding /Differences [97 %s] >>"
        b" /FirstChar 97 /LastChar 99 /Widths [100 100 100] >>" % (procs, glyph_names)
    )
    path.write_bytes(
        pdf_bytes(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
                b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
                font,
                b"<< /Length %d >>\nstream\n%s\nendstream" % (len(square), square),
            ]
        )
    )
    return path


def test_a_type3_font_without_a_unicode_mapping_is_flagged_not_read_as_letters(
    tmp_path: Path,
) -> None:
    """pdfium and pdfminer both read its codes as 'abc'; only the font says they mean nothing."""
    unmapped = parse_in_process(_type3_pdf(tmp_path / "g.pdf", b"/g0 /g1 /g2"), NO_OCR)
    assert [(w.code, w.page) for w in unmapped.warnings] == [("bad_glyphs", 1)]
    assert "Type3" in unmapped.warnings[0].message
    ocred = parse_in_process(_type3_pdf(tmp_path / "o.pdf", b"/g0 /g1 /g2"), Limits())
    assert [(w.code, w.page) for w in ocred.warnings] == [("ocr", 1)]
    assert "abc" not in ocred.text  # read from the page's image, not from the codes
    named = parse_in_process(_type3_pdf(tmp_path / "n.pdf", b"/a /b /c"), NO_OCR)
    assert not named.warnings
    assert named.text == "abc"
