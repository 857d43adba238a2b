"""Paragraphs wherever text stands: body blocks joined across a page, and the lines of prose
in table cells, as Word breaks them or as a PDF cell's short lines and list labels show.

Each document is built block by block as a parser hands it over, with invented wording.
"""

from collections.abc import Sequence

from extractor.extract.paragraphs import (
    Paragraph,
    body_paragraphs,
    cell_lines,
    cell_paragraphs,
    is_prose,
    prose_cells,
)
from extractor.model import Block, BlockKind, CharBox, Document, RawBlock, RawCell
from tests.extract.phenomena import built, table_block

_SIZE = 10.0  # an ideograph's width and height in the PDF cells below


def _tables(document: Document) -> list[Block]:
    return [b for b in document.blocks if b.kind is BlockKind.table]


def _lines(document: Document, block: Block) -> list[list[str]]:
    return [[document.text[s:e] for s, e in cell_lines(document, block, c)] for c in block.cells]


def _boxes(lines: list[str]) -> list[CharBox | None]:
    """Boxes of each line's characters from the cell's left edge, one line under another."""
    boxes: list[CharBox | None] = []
    for row, line in enumerate(lines):
        top = row * 12.0
        boxes += [(i * _SIZE, top, (i + 1) * _SIZE, top + _SIZE) for i in range(len(line))]
        boxes.append(None)  # the line break
    return boxes[:-1]


def _pdf_cell(lines: list[str], right: float | None = 100.0) -> Document:
    """A PDF table of one cell ``right`` wide (no box when None) holding ``lines``."""
    box = None if right is None else (0.0, 0.0, right, 12.0 * len(lines))
    cell = RawCell(row=0, col=0, text="\n".join(lines), box=box, boxes=_boxes(lines))
    return built(RawBlock(BlockKind.table, "", 1, cells=[cell], rows=1, cols=1), format="pdf")


def _pdf_lines(lines: list[str], right: float | None = 100.0) -> list[str]:
    document = _pdf_cell(lines, right)
    (block,) = _tables(document)
    ((*found,),) = _lines(document, block)
    return found


# Word cells: each line break the writer typed starts a line


def test_a_word_cell_breaks_where_its_writer_broke_it_even_after_one_character() -> None:
    document = built(table_block([("一\n二三四五六七八九，十。",)]), format="docx")
    (block,) = _tables(document)
    assert _lines(document, block) == [["一", "二三四五六七八九，十。"]]


def test_the_last_cell_of_the_document_is_broken_too() -> None:
    document = built(table_block([("目标", "甲乙丙丁，戊己。\n庚辛壬癸，子丑。")]), format="docx")
    (block,) = _tables(document)
    assert _lines(document, block) == [["目标"], ["甲乙丙丁，戊己。", "庚辛壬癸，子丑。"]]


def test_an_empty_cell_has_no_lines() -> None:
    document = built(table_block([("目标", "")]), format="docx")
    (block,) = _tables(document)
    assert _lines(document, block) == [["目标"], []]


# PDF cells: a line break is the cell's width, unless the line stops short or a label follows


def test_a_pdf_line_that_stops_short_ends_its_paragraph() -> None:
    lines = ["一二三四五六七八九十", "甲乙。", "丙丁戊己庚辛壬癸子丑"]
    assert _pdf_lines(lines) == ["一二三四五六七八九十甲乙。", "丙丁戊己庚辛壬癸子丑"]


def test_a_pdf_line_four_characters_short_still_runs_on() -> None:
    # the line ends at 60 in a cell 100 wide: a gap of exactly four characters is a wrap
    lines = ["一二三四五六七八九十", "甲乙丙丁戊。", "丙丁戊己庚辛壬癸子丑"]
    assert _pdf_lines(lines) == ["".join(lines)]


def test_the_gap_is_measured_from_the_line_s_last_character() -> None:
    # 35 short of a cell 95 wide by its last character (45 by the one before): a wrap
    lines = ["一二三四五六七八九", "甲乙丙丁戊。", "丙丁戊己庚辛壬癸子"]
    assert _pdf_lines(lines, right=95.0) == ["".join(lines)]


def test_a_line_ending_in_a_figure_runs_on_whatever_its_gap() -> None:
    # a Latin word or a figure wraps whole, leaving a gap that is no paragraph's end
    lines = ["一二三四五六七八九十", "甲乙丙7", "戊己庚辛壬癸子丑寅卯"]
    assert _pdf_lines(lines) == ["".join(lines)]


def test_a_cell_without_a_box_breaks_before_a_list_label_only() -> None:
    lines = ["1.甲方案完成建设。", "2.乙方案完成建设。", "丙方案完成建设。"]
    assert _pdf_lines(lines, right=None) == [
        "1.甲方案完成建设。",
        "2.乙方案完成建设。丙方案完成建设。",
    ]


# Which cells are prose, and the label each stands under


def test_eight_characters_with_a_clause_mark_are_prose() -> None:
    assert is_prose("一二三四五六七，")
    assert not is_prose("一二三四五六，")
    assert not is_prose("一二三四五六七八")


def test_a_prose_cell_stands_under_the_last_label_of_its_row() -> None:
    rows = [
        ("", "甲乙丙丁戊己，庚辛。"),
        ("目标", "", "甲乙丙丁戊己，庚辛。"),
        ("效果", "短", "甲乙丙丁戊己，庚辛。"),
    ]
    cells = [RawCell(row=r, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)]
    raw = RawBlock(BlockKind.table, "", 1, cells=cells, rows=3, cols=3)
    (block,) = _tables(built(raw, format="docx"))
    found = [
        (cell.row, None if label is None else label.text) for cell, label in prose_cells(block)
    ]
    assert found == [(0, None), (1, "目标"), (2, "短")]


def test_cells_read_as_values_are_passed_over() -> None:
    document = built(
        table_block([("目标", "甲乙丙丁戊己，庚辛。"), ("效果", "壬癸子丑寅卯，辰巳。")])
    )
    (block,) = _tables(document)
    skip = frozenset({(block.index, 0, 1)})
    assert [p.text(document) for p in cell_paragraphs(document, skip)] == ["壬癸子丑寅卯，辰巳。"]


def test_a_table_without_cells_has_no_paragraphs() -> None:
    empty = RawBlock(BlockKind.table, "", 1, cells=[], rows=0, cols=0)
    assert cell_paragraphs(built(empty)) == []


# A cell cut by a page break: its two halves are one paragraph


def _continued_form(*between: RawBlock, second: Sequence[tuple[str, ...]] = ()) -> Document:
    first = table_block([("基本情况", "短"), ("目标", "甲乙丙丁戊己，庚辛壬癸")], page=1)
    rest = second or [
        ("", "子丑寅卯，辰巳午未。\n申酉戌亥，完。"),
        ("措施", "天地玄黄，宇宙洪荒。"),
    ]
    return built(first, *between, table_block(rest, page=2), format="docx")


def test_a_cell_cut_by_a_page_is_one_paragraph_with_its_label() -> None:
    document = _continued_form()
    first, second = _tables(document)
    found = cell_paragraphs(document)
    assert [p.text(document) for p in found] == [
        "甲乙丙丁戊己，庚辛壬癸子丑寅卯，辰巳午未。",
        "申酉戌亥，完。",
        "天地玄黄，宇宙洪荒。",
    ]
    joined = found[0]
    assert joined.blocks == (first, second)
    assert joined.in_cell
    assert joined.heading == "目标"
    assert len(joined.pieces) == 2
    assert [p.heading for p in found[1:]] == [None, "措施"]


def test_page_furniture_between_the_halves_does_not_part_them() -> None:
    header = RawBlock(BlockKind.furniture, "澧川市申报材料", 2)
    document = _continued_form(header)
    texts = [p.text(document) for p in cell_paragraphs(document)]
    assert texts[0] == "甲乙丙丁戊己，庚辛壬癸子丑寅卯，辰巳午未。"


def test_a_paragraph_between_two_tables_parts_them() -> None:
    between = RawBlock(BlockKind.paragraph, "附表说明。", 1)
    document = _continued_form(between)
    texts = [p.text(document) for p in cell_paragraphs(document)]
    assert texts[:2] == ["甲乙丙丁戊己，庚辛壬癸", "子丑寅卯，辰巳午未。"]


def test_a_next_table_whose_first_row_has_a_label_is_a_table_of_its_own() -> None:
    document = _continued_form(
        second=[("措施", "子丑寅卯，辰巳午未。"), ("其他", "天地玄黄，宇宙。")]
    )
    texts = [p.text(document) for p in cell_paragraphs(document)]
    assert texts == ["甲乙丙丁戊己，庚辛壬癸", "子丑寅卯，辰巳午未。", "天地玄黄，宇宙。"]


def test_a_next_table_of_other_columns_is_a_table_of_its_own() -> None:
    document = _continued_form(second=[("", "子丑寅卯，辰巳午未。", "")])
    texts = [p.text(document) for p in cell_paragraphs(document)]
    assert texts == ["甲乙丙丁戊己，庚辛壬癸", "子丑寅卯，辰巳午未。"]


def test_only_the_last_row_of_a_page_goes_on_in_the_nexttable_block() -> None:
    first = table_block([("目标", "甲乙丙丁戊己，庚辛。"), ("措施", "短")], page=1)
    document = built(first, table_block([("", "子丑寅卯，辰巳午未。")], page=2))
    texts = [p.text(document) for p in cell_paragraphs(document)]
    assert texts == ["甲乙丙丁戊己，庚辛。", "子丑寅卯，辰巳午未。"]


def test_only_the_first_row_of_the_next_table_goes_on() -> None:
    rows = [("", "子丑寅卯，辰巳午未。"), ("", "天地玄黄，宇宙洪荒。")]
    document = _continued_form(second=rows)
    texts = [p.text(document) for p in cell_paragraphs(document)]
    assert texts == ["甲乙丙丁戊己，庚辛壬癸子丑寅卯，辰巳午未。", "天地玄黄，宇宙洪荒。"]


def test_a_cell_cut_twice_goes_on_over_three_pages() -> None:
    first = table_block([("目标", "甲乙丙丁戊己，庚辛")], page=1)
    middle = table_block([("", "壬癸子丑，寅卯辰巳")], page=2)
    last = table_block([("", "午未申酉，戌亥。")], page=3)
    document = built(first, middle, last)
    (paragraph,) = cell_paragraphs(document)
    assert paragraph.text(document) == "甲乙丙丁戊己，庚辛壬癸子丑，寅卯辰巳午未申酉，戌亥。"
    assert len(paragraph.blocks) == 3


def test_a_cell_cut_twice_beside_another_prose_cell_goes_on_in_its_own_column() -> None:
    first = table_block([("目标", "短", "甲乙丙丁戊己，庚辛")], page=1)
    middle = table_block([("", "天地玄黄，宇宙洪荒。", "壬癸子丑，寅卯辰巳")], page=2)
    last = table_block([("", "", "午未申酉，戌亥。")], page=3)
    document = built(first, middle, last)
    texts = [p.text(document) for p in cell_paragraphs(document)]
    assert texts == ["甲乙丙丁戊己，庚辛壬癸子丑，寅卯辰巳午未申酉，戌亥。", "天地玄黄，宇宙洪荒。"]


def test_a_cell_of_two_lines_cut_by_a_page_goes_on_from_its_last_line() -> None:
    first = table_block([("目标", "甲乙丙丁，戊己。\n庚辛壬癸，子丑")], page=1)
    document = built(first, table_block([("", "寅卯辰巳，午未。")], page=2), format="docx")
    texts = [p.text(document) for p in cell_paragraphs(document)]
    assert texts == ["甲乙丙丁，戊己。", "庚辛壬癸，子丑寅卯辰巳，午未。"]


# Body paragraphs: a block marked as going on joins the one before it


def _marked(document: Document, index: int) -> Document:
    blocks = list(document.blocks)
    blocks[index] = blocks[index].model_copy(update={"continues": True})
    return document.model_copy(update={"blocks": tuple(blocks)})


def _body(*raws: RawBlock, going_on: int) -> list[list[int]]:
    document = _marked(built(*raws), going_on)
    return [[b.index for b in p.blocks] for p in body_paragraphs(document)]


def _paragraph(text: str, page: int = 1) -> RawBlock:
    return RawBlock(BlockKind.paragraph, text, page)


def test_a_block_going_on_joins_the_one_before() -> None:
    assert _body(_paragraph("甲乙丙丁，"), _paragraph("戊己庚辛。", 2), going_on=1) == [[0, 1]]


def test_furniture_between_does_not_part_a_block_going_on() -> None:
    furniture = RawBlock(BlockKind.furniture, "第 1 页", 1)
    blocks = (_paragraph("甲乙丙丁，"), furniture, _paragraph("戊己庚辛。", 2))
    assert _body(*blocks, going_on=2) == [[0, 2]]


def test_a_table_between_parts_a_block_going_on_and_the_rest_is_read() -> None:
    table = table_block([("指标", "数值")])
    blocks = (_paragraph("甲乙丙丁，"), table, _paragraph("戊己庚辛。"), _paragraph("壬癸子丑。"))
    assert _body(*blocks, going_on=2) == [[0], [2], [3]]


# Offsets inside a paragraph of several pieces


def test_offsets_run_on_from_piece_to_piece() -> None:
    document = built(_paragraph("一二三四五六七八九十"), _paragraph("甲乙丙丁戊己庚辛壬癸"))
    first, second = document.blocks
    start = second.span.start
    paragraph = Paragraph((first, second), ((3, 8), (start, start + 5)))
    assert [paragraph.absolute(i) for i in (0, 4, 5, 9)] == [3, 7, start, start + 4]
    assert paragraph.absolute(12) == start + 5 + 2  # past its end: on from its last piece
    assert paragraph.block_at(4) is first
    assert paragraph.block_at(5) is second


def test_a_piece_before_the_first_block_is_that_block_s() -> None:
    document = built(_paragraph("一二三四五六七八九十"), _paragraph("甲乙丙丁戊己庚辛壬癸"))
    second = document.blocks[1]
    assert Paragraph((second,), ((0, 3),)).block_at(0) is second
