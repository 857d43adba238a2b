from extractor.model import (
    BlockKind,
    FurnitureRole,
    ParsedDocument,
    RawBlock,
    RawCell,
    SourceFormat,
)
from extractor.normalise import OffsetMap, build_document
from tests.offsets import assert_offsets_exact


def _parsed(*blocks: RawBlock) -> ParsedDocument:
    return ParsedDocument("x.pdf", "0" * 64, SourceFormat.pdf, 2, list(blocks))


def test_paragraph_cut_by_page_break_is_rejoined() -> None:
    document = build_document(
        _parsed(
            RawBlock(BlockKind.paragraph, "截至2023年底，全市累计建成5G基站", page=1),
            RawBlock(BlockKind.furniture, "- 1 -", page=1, role=FurnitureRole.page_number),
            RawBlock(BlockKind.paragraph, "1.2万个。", page=2),
        )
    )
    assert document.text.startswith("截至2023年底，全市累计建成5G基站1.2万个。")
    assert document.blocks[2].continues
    assert document.text.endswith("\n\n- 1 -")


def test_paragraph_ending_a_sentence_is_not_joined() -> None:
    document = build_document(
        _parsed(
            RawBlock(BlockKind.paragraph, "第一段。", page=1),
            RawBlock(BlockKind.paragraph, "第二段。", page=2),
        )
    )
    assert document.text == "第一段。\n第二段。"
    assert not document.blocks[1].continues


def test_table_text_is_cells_by_rows_and_cells_map_back() -> None:
    cells = [
        RawCell(0, 0, "指标"),
        RawCell(0, 1, "２０２３年"),
        RawCell(1, 0, "5G基站数（个）"),
        RawCell(1, 1, "12000"),
    ]
    document = build_document(
        _parsed(RawBlock(BlockKind.table, "", page=1, cells=cells, rows=2, cols=2))
    )
    table = document.blocks[0]
    assert document.text == "指标\t2023年\n5G基站数(个)\t12000"
    assert [c.text for c in table.cells] == ["指标", "2023年", "5G基站数(个)", "12000"]
    located = OffsetMap(document).locate(document.text.index("12000"))
    assert located is not None
    assert located.cell is not None
    assert (located.cell.row, located.cell.col) == (1, 1)
    assert_offsets_exact(document)


def test_offset_map_gives_page_box_and_raw_char() -> None:
    raw = "每万人拥有５Ｇ基站数达 ３６．８ 个，"
    boxes = [(float(i), 10.0, float(i) + 1, 20.0) for i in range(len(raw))]
    document = build_document(_parsed(RawBlock(BlockKind.paragraph, raw, page=1, boxes=boxes)))
    offsets = OffsetMap(document)
    at = document.text.index("36.8")
    location = offsets.locate(at)
    assert location is not None
    assert location.page == 1
    assert location.raw_char == "３"
    assert location.box is not None
    assert location.box.x0 == raw.index("３")
    span_end = at + len("36.8")
    from extractor.model import Span

    assert offsets.raw_text(Span(start=at, end=span_end)) == "３６．８"
    assert_offsets_exact(document)
    assert document.text == "每万人拥有5G基站数达36.8个，"
