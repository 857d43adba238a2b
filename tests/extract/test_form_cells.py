"""The narrative inside a 申报表's form cells is read like paragraphs, in DOCX and in PDF."""

import pytest

from extractor.extract.claims import find_claims
from extractor.extract.lists import find_lists
from extractor.match.frameworks import load_framework
from extractor.model import (
    BlockKind,
    Document,
    ParsedDocument,
    RawBlock,
    RawCell,
    SourceFormat,
    Verdict,
)
from extractor.normalise import build_document
from extractor.pipeline import parse_in_process, predict
from extractor.prescreen.verdicts import prescreen
from extractor.settings import Limits
from tests.extract.phenomena import simple
from tests.fixtures.build import docx_to_pdf
from tests.fixtures.form import write_form


@pytest.fixture(scope="module", params=["docx", "pdf"])
def form(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Document:
    folder = tmp_path_factory.mktemp("form")
    path = write_form(folder / "form.docx")
    if request.param == "pdf":
        path = docx_to_pdf(path, folder / "form.pdf")
    return parse_in_process(path, Limits(ocr=False))


def test_claims_in_form_cells_are_found(form: Document) -> None:
    assert simple(find_claims(form)) == {
        ("bs_total", 14600, "actual", 2023),
        ("bs_per_10k", 37.2, "actual", 2023),
        ("above_scale_enterprises", 1482, "actual", 2023),
        ("little_giants", 17, "actual", 2023),
        ("national_titles", 6, "actual", 2023),
        ("bs_total", 22000, "target", 2026),
    }


def test_a_claim_in_a_cell_points_into_its_table_with_page_and_span(form: Document) -> None:
    (density,) = [c for c in find_claims(form) if c.field == "bs_per_10k"]
    (evidence,) = density.evidence
    block = form.blocks[evidence.block]
    assert block.kind is BlockKind.table
    assert form.text[evidence.span.start : evidence.span.end] == "37.2"
    assert block.span.start <= evidence.span.start < block.span.end
    assert evidence.page == 1


def test_lists_in_form_cells_are_found_line_by_line(form: Document) -> None:
    lists = {key: [item.name for item in found] for key, found in find_lists(form).items()}
    assert lists["national_titles"] == [
        "澧川重工集团有限公司智能制造示范工厂",
        "澧川电子股份有限公司工业互联网试点示范项目",
    ]
    assert lists["policy_documents"] == ["澧川市“5G+工业互联网”融合发展三年行动计划(2023—2025年)"]


def test_declarations_in_form_cells_decide_the_incident_condition(form: Document) -> None:
    prediction = predict(form, "miit-2023")
    verdicts = {v.key: v.verdict for v in prescreen(form, prediction, load_framework("miit-2023"))}
    assert verdicts["no_major_incident"] is Verdict.passed
    assert verdicts["bs_density"] is Verdict.passed


def _table(page: int, label: str, text: str) -> RawBlock:
    cells = [RawCell(row=0, col=0, text=label), RawCell(row=0, col=1, text=text)]
    return RawBlock(BlockKind.table, "", page, cells=cells, rows=1, cols=2)


def test_a_cell_cut_by_a_page_break_is_read_whole() -> None:
    # a PDF form: the 目标 cell runs from page 1 onto page 2, where the label cell is empty
    parsed = ParsedDocument(
        source="form.pdf",
        sha256="0" * 64,
        format=SourceFormat.pdf,
        page_count=2,
        blocks=[
            _table(1, "目标及预期效果", "分年度目标：\n2.2026年底：5G基站达到3.8万个；具备10个以"),
            _table(2, "", "上典型应用场景的工厂达到10家；入选5G工厂名录项目不少于5个。"),
        ],
    )
    document = build_document(parsed)
    claims = find_claims(document)
    assert simple(claims) == {
        ("bs_total", 38000, "target", 2026),
        ("scenario_factories", 10, "target", 2026),
        ("directory_5g_factories", 5, "target", 2026),
    }
    (directory,) = [c for c in claims if c.field == "directory_5g_factories"]
    assert directory.evidence[0].page == 2
    span = directory.evidence[0].span
    assert document.text[span.start : span.end] == "5"


def test_a_form_whose_first_rows_hold_dated_prose_has_no_value_columns() -> None:
    # a 申报表 without a header row: its first cells read as column titles, and a date that
    # opens a cell (2023年5月，市政府印发…) is neither a column's year nor the document's date
    rows = [
        ("申报城市基本情况", "澧川市是重要的装备制造基地，已形成专用车、阀门等特色产业集群。"),
        ("专项政策制定及实施情况", "2023年5月，市政府办公室印发《澧川市推进5G发展实施方案》。"),
        ("5G网络覆盖情况", "截至2024年6月，全市累计建成5G基站6520个，每万人拥有5G基站数28.3个。"),
        ("典型应用场景情况", "我市暂未开展具备10个以上典型应用场景工厂的统计核验工作。"),
    ]
    cells = [RawCell(row=r, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)]
    table = RawBlock(BlockKind.table, "", 1, cells=cells, rows=len(rows), cols=2)
    signed = RawBlock(BlockKind.paragraph, "澧川市人民政府\n2024年9月27日", 1)
    parsed = ParsedDocument(
        source="form.docx",
        sha256="0" * 64,
        format=SourceFormat.docx,
        page_count=1,
        blocks=[table, signed],
    )
    assert simple(find_claims(build_document(parsed))) == {
        ("bs_total", 6520, "actual", 2024),
        ("bs_per_10k", 28.3, "actual", 2024),
    }
