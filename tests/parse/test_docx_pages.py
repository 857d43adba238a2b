"""Pages of a DOCX from LibreOffice's print: the alignment on hand-made prints, the printing
itself with soffice (failure, timeout, a real document across pages)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import stat
import time
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from extractor.model import BlockKind, FurnitureRole, Origin, RawBlock, RawCell
from extractor.normalise.assemble import build_document
from extractor.parse import docx_render
from extractor.parse.docx_pages import (
    NOT_PLACED,
    NOT_RENDERED,
    _keys,
    _page_body,
    _running_lines,
    place_on_pages,
    printed_pages,
)
from extractor.parse.docx_render import Rendering, render
from extractor.parse.glyphs import Glyph
from extractor.pipeline import parse_in_process, predict
from extractor.settings import Limits


def printed(*pages: str) -> Rendering:
    """A print whose pages hold these characters in this order (spaces are gaps: no glyph)."""
    glyphs = [
        [Glyph(c, 10.0 * i, 20.0, 10.0 * i + 9, 30.0) for i, c in enumerate(page) if c != " "]
        for page in pages
    ]
    return Rendering(sizes=[(595.0, 842.0)] * len(pages), pages=glyphs)


def paragraph(text: str) -> RawBlock:
    return RawBlock(BlockKind.paragraph, text, page=1)


def pages_of(block: RawBlock | RawCell) -> list[int | None]:
    assert block.pages is not None
    return block.pages


FIRST = "截至2023年底，全市累计建成5G基站1.2万个，每万人拥有5G基站数达到36.8个。"
SECOND = "到2026年，力争建成5G基站1.5万个，打造5G工厂30个以上，培育工业互联网平台12个。"


def test_a_paragraph_cut_by_a_page_break_gets_both_pages() -> None:
    block = paragraph(FIRST + SECOND)
    cut = len(FIRST) + 3  # the page ends inside the second sentence
    warnings = place_on_pages([block], printed((FIRST + SECOND)[:cut], (FIRST + SECOND)[cut:]))
    assert warnings == []
    assert pages_of(block) == [1] * cut + [2] * (len(FIRST + SECOND) - cut)
    assert block.page == 1
    assert block.boxes is not None
    assert block.boxes[cut] == (0.0, 20.0, 9.0, 30.0)


def test_running_headers_and_page_numbers_in_the_print_are_skipped() -> None:
    blocks = [paragraph(FIRST), paragraph(SECOND)]
    header = "某某市5G+工业互联网融合应用先导区申报书"
    rendering = printed(f"{header}{FIRST}- 1 -", f"{header}{SECOND}- 2 -")
    assert place_on_pages(blocks, rendering) == []
    assert [set(pages_of(b)) for b in blocks] == [{1}, {2}]


def test_running_header_in_the_document_gets_no_page() -> None:
    header = RawBlock(BlockKind.furniture, "申报书", page=1, role=FurnitureRole.header)
    blocks = [paragraph(FIRST), header]
    place_on_pages(blocks, printed("申报书" + FIRST))
    assert header.page is None
    assert header.pages is None


def test_spaces_libreoffice_leaves_between_cjk_and_latin_and_full_width_forms_do_not_matter() -> (
    None
):
    block = paragraph("全市累计建成５Ｇ基站１.２万个，其中 5G 工厂三十个，2023年底前完成。")
    rendering = printed("全市累计建成 5G 基站 1.2 万个，其中5G工厂三十个，", "2023 年底前完成。")
    assert place_on_pages([block], rendering) == []
    cut = block.text.index("2023")
    pages = [page for page, char in zip(pages_of(block), block.text, strict=True) if char.isalnum()]
    before, after = (
        sum(c.isalnum() for c in part) for part in (block.text[:cut], block.text[cut:])
    )
    assert pages == [1] * before + [2] * after


def table(rows: list[list[str]]) -> RawBlock:
    cells = [RawCell(row=r, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)]
    return RawBlock(BlockKind.table, "", page=1, cells=cells, rows=len(rows), cols=len(rows[0]))


ROWS = [
    ["指标", "2023年（现状）", "2026年（目标）"],
    ["5G基站数（万个）", "1.2", "1.5"],
    ["工业互联网平台数（个）", "8", "12"],
    ["5G工厂数（个）", "17", "30"],
    ["两化融合贯标企业数（家）", "46", "80"],
]


def test_a_table_across_two_pages_with_its_header_repeated() -> None:
    block = table(ROWS)
    flat = ["".join(row) for row in ROWS]
    rendering = printed(FIRST + "".join(flat[:3]), "".join(flat[0:1] + flat[3:]))
    assert place_on_pages([paragraph(FIRST), block], rendering) == []
    page_of = {(c.row, c.col): set(pages_of(c)) for c in block.cells}
    assert page_of[(2, 2)] == {1}
    assert page_of[(3, 1)] == page_of[(4, 2)] == {2}
    assert block.page == 1


def test_a_row_cut_by_a_page_break_prints_its_cells_out_of_order() -> None:
    """LibreOffice prints the row's other cells on the first page, then the rest of its first
    cell after the page break: the cells are found where they print."""
    rows = [
        ["政府专项资金及配套资金（亿元）", "约0.89", "1.25"],
        ["引进和培育人才数（人）", "320", "500"],
    ]
    block = table(rows)
    lead = FIRST + SECOND
    rendering = printed(
        lead + "政府专项资金约0.891.25", "及配套资金（亿元）引进和培育人才数（人）320500"
    )
    assert place_on_pages([paragraph(lead), block], rendering) == []
    page_of = {(c.row, c.col): pages_of(c) for c in block.cells}
    assert set(page_of[(0, 1)]) == set(page_of[(0, 2)]) == {1}
    assert set(page_of[(1, 1)]) == {2}
    label = page_of[(0, 0)]
    assert label[:6] == [1] * 6
    assert set(label[6:]) == {2}


def test_text_the_print_does_not_hold_gets_no_page_and_a_warning() -> None:
    pictured = RawBlock(BlockKind.paragraph, "截图中的文字：新建5G基站320个", page=1)
    blocks = [paragraph(FIRST), pictured, paragraph(SECOND)]
    warnings = place_on_pages(blocks, printed(FIRST, SECOND))
    assert [w.code for w in warnings] == [NOT_PLACED]
    assert "1 of 3" in warnings[0].message
    assert pictured.page is None
    assert set(pages_of(pictured)) == {None}
    assert blocks[2].page == 2


def test_pages_reach_the_normalised_text_per_character() -> None:
    block = paragraph(FIRST + SECOND)
    place_on_pages([block], printed(FIRST, SECOND))
    document = build_document(_parsed([block]))
    at = document.text.index("1.5万个")
    assert document.page_at(at, document.blocks[0]) == 2
    assert document.page_at(document.text.index("36.8"), document.blocks[0]) == 1


def _parsed(blocks: list[RawBlock]):  # type: ignore[no-untyped-def]
    from extractor.model import ParsedDocument, SourceFormat

    return ParsedDocument("a.docx", "0" * 64, SourceFormat.docx, 2, blocks)


# --- printing with soffice ---------------------------------------------------------------


def fake_soffice(tmp_path: Path, body: str) -> str:
    script = tmp_path / "soffice"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def word_file(tmp_path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "submission.docx"
    document.save(str(path))
    return path


def test_a_failed_print_gives_no_page_and_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docx_render, "SOFFICE", fake_soffice(tmp_path, "echo broken; exit 3"))
    blocks = [paragraph(FIRST)]
    count, warnings = printed_pages(word_file(tmp_path, FIRST), Limits(), blocks)
    assert count is None
    assert blocks[0].page is None
    assert [w.code for w in warnings] == [NOT_RENDERED]
    assert "exit status 3" in warnings[0].message


def test_a_print_over_its_time_is_killed_with_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid_file = tmp_path / "child.pid"
    body = f"sleep 60 & echo $! > {pid_file}; wait"  # as soffice starts soffice.bin
    monkeypatch.setattr(docx_render, "SOFFICE", fake_soffice(tmp_path, body))
    blocks = [paragraph(FIRST)]
    started = time.monotonic()
    _, warnings = printed_pages(
        word_file(tmp_path, FIRST), Limits(docx_render_timeout_s=1.0), blocks
    )
    assert time.monotonic() - started < 30
    assert [w.code for w in warnings] == [NOT_RENDERED]
    assert "longer than 1 s" in warnings[0].message
    assert not _running(int(pid_file.read_text()))  # killed with its group


def _print_with(soffice: str, path: Path) -> None:
    docx_render.SOFFICE = soffice
    printed_pages(path, Limits(docx_render_timeout_s=300.0, timeout_s=600.0), [paragraph(FIRST)])


def test_a_print_dies_with_a_worker_killed_from_outside(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    body = f"sleep 300 & echo $! > {pid_file}; wait"  # a soffice that never ends
    soffice = fake_soffice(tmp_path, body)
    worker = multiprocessing.get_context("fork").Process(
        target=_print_with, args=(soffice, word_file(tmp_path, FIRST))
    )
    worker.start()
    deadline = time.monotonic() + 60
    while not (pid_file.exists() and pid_file.read_text().strip()):
        assert time.monotonic() < deadline, "soffice never started"
        time.sleep(0.05)
    child = int(pid_file.read_text())
    assert _running(child)
    os.kill(worker.pid or 0, signal.SIGKILL)  # not by run_bounded: nothing kills soffice's group
    worker.join()
    deadline = time.monotonic() + 30
    while _running(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(child)


def _running(pid: int) -> bool:
    """Whether a process lives (a zombie, killed and not yet reaped by init, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def test_rendering_off_keeps_the_hints_and_says_nothing(tmp_path: Path) -> None:
    blocks = [paragraph(FIRST)]
    count, warnings = printed_pages(word_file(tmp_path, FIRST), Limits(docx_render=False), blocks)
    assert (count, warnings, blocks[0].page) == (None, [], 1)


LONG = [
    f"第{n}段：截至2023年底，全市累计建成5G基站{n}{n}{n}个，培育5G工厂{n}个。" * 6
    for n in range(1, 40)
]


def test_a_real_document_across_pages_prints_where_its_figures_are_found(tmp_path: Path) -> None:
    """soffice itself: each claim's quote starts on the page it is said to be on."""
    path = word_file(tmp_path, *LONG)
    kept = tmp_path / "printed.pdf"
    document = parse_in_process(path, Limits())
    rendering = render(path, Limits(), kept)
    assert document.page_count == len(rendering.pages) > 2
    texts = [page.get_textpage().get_text_range() for page in pdfium.PdfDocument(kept)]
    texts = ["".join(t.split()) for t in texts]
    claims = predict(document, "miit-2023").claims
    assert len(claims) > 10
    for claim in claims:
        evidence = claim.evidence[0]
        start = document.text[evidence.span.start : evidence.span.start + 12]
        assert claim.page is not None
        assert start in texts[claim.page - 1], (start, claim.page)


HEADER = "肇庆市“5G+工业互联网”融合应用先导区申报材料"
FOOTER = "肇庆市工业和信息化局编制    — 1 —"


@pytest.mark.parametrize(
    ("page", "numbered", "body"),
    [
        pytest.param(f"{HEADER}{FIRST}肇庆市工业和信息化局编制—12—", False, FIRST, id="both"),
        pytest.param(f"{FIRST}—12—", True, FIRST, id="page-number-alone"),
        pytest.param(f"{FIRST}表2现状2023", False, f"{FIRST}表2现状2023", id="a-figure-ends-it"),
        pytest.param(f"2025年{FIRST}", True, f"2025年{FIRST}", id="a-year-starts-it"),
        pytest.param(f"{HEADER}{HEADER}{FIRST}", False, f"{HEADER}{FIRST}", id="title-as-header"),
        pytest.param(f"{HEADER}5G{FIRST}", True, f"5G{FIRST}", id="5g-after-the-header"),
    ],
)
def test_the_running_header_and_footer_are_set_aside(page: str, numbered: bool, body: str) -> None:
    header = RawBlock(BlockKind.furniture, HEADER, role=FurnitureRole.header)
    footer = RawBlock(BlockKind.furniture, FOOTER, role=FurnitureRole.footer)
    keys = list(_keys(page)[0])
    start, end = _page_body(keys, _running_lines([header, footer]), numbered)
    assert "".join(keys[start:end]) == _keys(body)[0]


def test_a_title_like_the_running_header_is_placed_on_its_own_page() -> None:
    """The footer ends page 1 and the header starts page 2 with the title's own words: they
    are set aside by the document's header and footer texts, so the title is not matched to
    them (it was: 肇庆市 from the footer, page 1)."""
    title = paragraph("肇庆市“5G+工业互联网”融合应用先导区试点工作方案")
    header = RawBlock(BlockKind.furniture, "肇庆市“5G+工业互联网”融合应用先导区申报材料")
    footer = RawBlock(BlockKind.furniture, "肇庆市工业和信息化局编制    — 1 —")
    header.role, footer.role = FurnitureRole.header, FurnitureRole.footer
    blocks = [paragraph(FIRST), title, paragraph(SECOND), header, footer]
    rendering = printed(
        "肇庆市“5G+工业互联网融合应用先导区申报材料”" + FIRST + "肇庆市工业和信息化局编制—1—",
        "肇庆市“5G+工业互联网融合应用先导区申报材料”肇庆市“5G+工业互联网融合应用先导区试”"
        "点工作方案" + SECOND + "肇庆市工业和信息化局编制—2—",
    )
    assert place_on_pages(blocks, rendering) == []
    assert set(pages_of(title)) == {2}


def test_libreoffice_hanging_on_a_damaged_table_leaves_the_document_readable(
    tmp_path: Path,
) -> None:
    """soffice itself: a table row with gridBefore -5 (a fuzzer's find) makes LibreOffice hang;
    the document is read all the same, without pages, and the warning says why."""
    from tests.fuzz.test_parser_regressions import _table_docx

    path = tmp_path / "grid.docx"
    path.write_bytes(_table_docx("-5", "1"))
    document = parse_in_process(path, Limits(docx_render_timeout_s=5.0))
    assert [w.code for w in document.warnings] == [NOT_RENDERED]
    assert "longer than 5 s" in document.warnings[0].message
    assert all(block.page is None for block in document.blocks)
    assert "12000" in document.text


def test_a_pictures_ocr_text_takes_the_page_of_the_text_around_it() -> None:
    """A picture's text is not text in the print: it prints where the picture stands, on the
    page of the text before and after it, or on none where those pages differ."""
    on_one = RawBlock(
        BlockKind.paragraph, "新建5G基站320个", origin=Origin.ocr, boxes=[(1, 2, 3, 4)] * 11
    )
    across = RawBlock(BlockKind.paragraph, "边缘计算节点12个", origin=Origin.ocr)
    blocks = [paragraph(FIRST), on_one, paragraph(FIRST[::-1]), across, paragraph(SECOND)]
    warnings = place_on_pages(blocks, printed(FIRST + FIRST[::-1], SECOND))
    assert on_one.page == 1
    assert set(pages_of(on_one)) == {1}
    assert on_one.boxes is None  # its boxes were in the picture's pixels
    assert across.page is None
    assert [w.code for w in warnings] == [NOT_PLACED]


def test_libreoffice_prints_within_the_workers_memory_cap(tmp_path: Path) -> None:
    """The print runs in the document's worker, under its address-space cap (RLIMIT_AS, per
    process: soffice gets a cap as large as the worker's; it needs about 512 MB)."""
    from extractor.pipeline import parse_document

    document = parse_document(word_file(tmp_path, *LONG), Limits(memory_mb=1024))
    assert document.warnings == ()
    assert document.page_count > 2
    assert {block.page for block in document.blocks} == set(range(1, document.page_count + 1))
