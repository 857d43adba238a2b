"""Body text as the list rules read it, one rule at a time: whitespace dropped, running headers
left out, a PDF line split off its paragraph joined back, numbered runs with their caption,
lines of a list written without labels, a form's row labels.

Blocks written for these tests (invented 澧川市), built as a parser would hand them over.
"""

from extractor.extract.list_text import Unit, units
from extractor.model import BlockKind, Document, FurnitureRole, RawBlock, RawCell
from tests.extract.phenomena import built

HEADER = "澧川市“5G+工业互联网”融合应用先导区申报书正文部分"  # 24 characters keyed


def _units(*blocks: RawBlock, format: str = "pdf") -> list[Unit]:
    return units(built(*blocks, format=format), frozenset())


def _texts(*blocks: RawBlock, format: str = "pdf") -> list[str]:
    return [unit.text for unit in _units(*blocks, format=format)]


def _paragraph(text: str, page: int = 1) -> RawBlock:
    return RawBlock(BlockKind.paragraph, text, page)


def test_whitespace_is_dropped() -> None:
    block = _paragraph(
        "全市 5G network 覆盖：\n1.国家产融合作试点城市\n2. 国家新型\n工业化产业示范基地"
    )
    expected = "全市5Gnetwork覆盖：1.国家产融合作试点城市2.国家新型工业化产业示范基地"
    assert _texts(block) == [expected]


def test_a_running_header_read_as_body_is_left_out() -> None:
    header = RawBlock(BlockKind.furniture, HEADER, 1, role=FurnitureRole.header)
    number = RawBlock(BlockKind.furniture, "第 1 页 共 2 页", 1, role=FurnitureRole.page_number)
    body = [
        _paragraph("一、总体情况。"),
        _paragraph(HEADER, 2),  # an OCR page's header the parser took for body text
        _paragraph(HEADER + "建设情况好。", 2),  # five characters more: a sentence of its own
        _paragraph("第 1 页 共 2 页", 2),
        _paragraph("二、建设成效。", 2),
    ]
    assert _texts(header, number, *body) == [
        "一、总体情况。",
        "澧川市“5G+工业互联网”融合应用先导区申报书正文部分建设情况好。",
        "第1页共2页",
        "二、建设成效。",
    ]


def test_a_header_of_the_shortest_length_looked_for() -> None:
    header = RawBlock(BlockKind.furniture, "澧川市工信局", 1, role=FurnitureRole.header)
    body = [
        _paragraph("一、总体情况。"),
        _paragraph("澧川市工信局", 2),
        _paragraph("二、成效。", 2),
    ]
    assert _texts(header, *body) == ["一、总体情况。", "二、成效。"]


def test_a_pdf_line_split_off_mid_sentence_joins_its_paragraph() -> None:
    blocks = [
        _paragraph("全市获得国家产融合作试点城市、国家新型工业化"),
        _paragraph("产业示范基地等称号。"),
        _paragraph("1.澧川重工有限公司5G工厂"),
        _paragraph("另有12家企业获评省级称号。"),
        RawBlock(BlockKind.heading, "二、建设成效", 1),
    ]
    assert _texts(*blocks) == [
        "全市获得国家产融合作试点城市、国家新型工业化产业示范基地等称号。",
        "1.澧川重工有限公司5G工厂另有12家企业获评省级称号。",
        "二、建设成效",
    ]
    assert _texts(*blocks[:2], format="txt") == [
        "全市获得国家产融合作试点城市、国家新型工业化",
        "产业示范基地等称号。",
    ]


def test_a_numbered_run_takes_the_heading_lines_above_it_as_its_caption() -> None:
    blocks = [
        _paragraph("全市情况如下。"),
        RawBlock(BlockKind.heading, "附件1", 1),
        RawBlock(BlockKind.heading, "5G工厂名录", 1),
        RawBlock(BlockKind.heading, "入选项目清单", 1),
        RawBlock(BlockKind.heading, "(2024年)", 1),
        _paragraph("1.澧川重工有限公司5G工厂；"),
        _paragraph("说明：以上均为2024年入选"),
        _paragraph("2.澄江精密有限公司5G车间。"),
    ]
    found = [(u.text, u.kind, u.numbered, u.caption) for u in _units(*blocks, format="txt")]
    assert found == [
        ("全市情况如下。", BlockKind.paragraph, False, ""),
        ("附件1", BlockKind.heading, False, ""),
        ("5G工厂名录", BlockKind.heading, False, ""),
        ("入选项目清单", BlockKind.heading, False, ""),
        ("(2024年)", BlockKind.heading, False, ""),
        ("1.澧川重工有限公司5G工厂；", BlockKind.paragraph, True, "5G工厂名录入选项目清单(2024年)"),
        ("说明：以上均为2024年入选", BlockKind.paragraph, False, ""),
        ("2.澄江精密有限公司5G车间。", BlockKind.paragraph, True, "说明：以上均为2024年入选"),
    ]


def test_a_caption_is_the_heading_lines_right_above_or_the_paragraph() -> None:
    blocks = [
        RawBlock(BlockKind.heading, "全市概况", 1),
        RawBlock(BlockKind.heading, "一、总体情况", 1),
        RawBlock(BlockKind.heading, "附件", 1),
        _paragraph("1.澧川重工有限公司5G工厂；"),
        _paragraph("全市情况如下"),
        RawBlock(BlockKind.heading, "5G工厂名录", 1),
        _paragraph("2.澄江精密有限公司5G车间；"),
        _paragraph("说明甲"),
        _paragraph("说明乙"),
        _paragraph("3.澧川电子有限公司5G车间。"),
    ]
    captions = [u.caption for u in _units(*blocks, format="txt") if u.text[0] in "123"]
    assert captions == ["附件", "5G工厂名录", "说明乙"]


def test_pdf_headings_stay_apart() -> None:
    blocks = [RawBlock(BlockKind.heading, "附件1", 1), RawBlock(BlockKind.heading, "5G工厂名录", 1)]
    assert _texts(*blocks) == ["附件1", "5G工厂名录"]


def test_short_lines_under_a_colon_are_a_list_written_without_labels() -> None:
    lines = ["全市获得部级称号如下：", "国家产融合作试点城市；", "国家新型工业化产业示范基地。"]
    long_line = "澧川重工有限公司" * 10 + "。"  # 81 characters: a paragraph, not a line of a list
    edge = "澧川重工有限公司" * 9 + "工厂示范项目等。"  # 80 characters: still a line
    blocks = [_paragraph(line) for line in [*lines, "全市还有：", long_line, "称号：", edge]]
    numbered = [(u.text[:4], u.numbered) for u in _units(*blocks, format="txt")]
    assert numbered == [
        ("全市获得", False),
        ("国家产融", True),
        ("国家新型", True),
        ("全市还有", False),
        ("澧川重工", False),
        ("称号：", False),
        ("澧川重工", True),
    ]


def test_a_line_ending_a_sentence_after_an_unnumbered_one_is_no_item() -> None:
    blocks = [_paragraph("全市推进工作；"), _paragraph("国家产融合作试点城市；")]
    assert [u.numbered for u in _units(*blocks, format="txt")] == [False, False]


def test_a_form_s_row_label_is_read_once_before_its_prose_cells() -> None:
    prose = "全市获得国家产融合作试点城市等称号，具体如下。"
    cells = [
        RawCell(row=0, col=0, text="全国性示范"),
        RawCell(row=0, col=1, text=prose),
        RawCell(row=0, col=2, text="另有国家新型工业化产业示范基地一个，成效明显。"),
        RawCell(row=1, col=0, text=""),
        RawCell(row=1, col=1, text="澧川重工有限公司获评智能制造示范工厂，成效明显。"),
    ]
    table = RawBlock(BlockKind.table, "", 1, cells=cells, rows=2, cols=3)
    document = built(_paragraph("全国性示范情况。"), table, format="docx")
    found = units(document, frozenset())
    assert [(u.text, u.kind) for u in found] == [
        ("全国性示范情况。", BlockKind.paragraph),
        ("全国性示范", BlockKind.heading),
        (prose, BlockKind.paragraph),
        ("另有国家新型工业化产业示范基地一个，成效明显。", BlockKind.paragraph),
        ("澧川重工有限公司获评智能制造示范工厂，成效明显。", BlockKind.paragraph),
    ]
    label = found[1]  # the label's offsets are its cell's, not the paragraph's before the table
    assert document.text[label.offsets[0] : label.offsets[-1] + 1] == "全国性示范"
    assert label.offsets[0] > found[0].offsets[-1]


def _form(first: bool) -> tuple[Document, list[Unit], list[Unit]]:
    """A form whose row label also opens a paragraph after it; the form first or second."""
    cells = [
        RawCell(row=0, col=0, text="全国性示范"),
        RawCell(row=0, col=1, text="全市获得国家产融合作试点城市等称号，成效明显。"),
        RawCell(row=1, col=0, text="建设成效"),
        RawCell(row=1, col=1, text="全市建成5G基站1200个，覆盖全部园区。"),
    ]
    table = RawBlock(BlockKind.table, "", 1, cells=cells, rows=2, cols=2)
    after = _paragraph("全国性示范情况另见附件。")
    blocks = [table, after] if first else [_paragraph("总体情况。"), table, after]
    document = built(*blocks, format="docx")
    index = 0 if first else 1
    return document, units(document, frozenset()), units(document, frozenset({(index, 1, 1)}))


def test_a_row_label_points_at_its_own_cell() -> None:
    for first in (True, False):
        document, found, _ = _form(first)
        label = next(u for u in found if u.text == "全国性示范")
        cell = document.blocks[0 if first else 1].cells[0]
        assert cell.span is not None
        assert label.offsets == tuple(range(cell.span.start, cell.span.end))


def test_a_value_cell_is_not_read_as_prose() -> None:
    _, found, skipping = _form(first=True)
    assert "建设成效" in [u.text for u in found]
    assert [u.text for u in skipping if "基站" in u.text or u.text == "建设成效"] == []
