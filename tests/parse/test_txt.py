import codecs
import random
from pathlib import Path

import pytest

from extractor.errors import CorruptDocument, EmptyDocument
from extractor.model import BlockKind, ParsedDocument
from extractor.normalise.assemble import build_document
from extractor.parse.sniff import sniff
from extractor.parse.txt import parse_txt
from extractor.settings import Limits
from tests.offsets import assert_offsets_exact

SIMPLIFIED = "截至2023年底，全市累计建成5G基站12000个，每万人拥有5G基站数达36.8个。"
TRADITIONAL = "截至2023年底，全市累計建成5G基站12000個，每萬人擁有5G基站數達36.8個。"
WESTERN = "Le réseau 5G de Genève compte 120 antennes, soit 36,8 pour 10 000 habitants."


def parse_bytes(tmp_path: Path, data: bytes) -> ParsedDocument:
    path = tmp_path / "submission.txt"
    path.write_bytes(data)
    return parse_txt(sniff(path, Limits()), Limits())


def parse_text(tmp_path: Path, text: str) -> ParsedDocument:
    return parse_bytes(tmp_path, text.encode("utf-8"))


@pytest.mark.parametrize(
    ("data", "expected", "note"),
    [
        pytest.param(SIMPLIFIED.encode("utf-8"), SIMPLIFIED, None, id="utf-8"),
        pytest.param(
            codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, None, id="utf-8-bom"
        ),
        pytest.param(SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "GB18030", id="gb18030"),
        pytest.param(SIMPLIFIED.encode("gbk"), SIMPLIFIED, "GB18030", id="gbk"),
        pytest.param(SIMPLIFIED.encode("gb2312"), SIMPLIFIED, "GB18030", id="gb2312"),
        pytest.param(SIMPLIFIED.encode("utf-16"), SIMPLIFIED, "UTF-16", id="utf-16-bom-native"),
        pytest.param(
            codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"),
            SIMPLIFIED,
            "UTF-16",
            id="utf-16-be-bom",
        ),
        pytest.param(TRADITIONAL.encode("big5"), TRADITIONAL, "big5", id="big5-guessed"),
        pytest.param(WESTERN.encode("cp1252"), WESTERN, "cp1252", id="latin-text-guessed"),
        pytest.param(
            SIMPLIFIED.encode("utf-8")[:-1],  # cut inside the final "。"
            SIMPLIFIED[:-1] + "\ufffd",
            "1 invalid byte",
            id="utf-8-truncated",
        ),
    ],
)
def test_decoding(tmp_path: Path, data: bytes, expected: str, note: str | None) -> None:
    parsed = parse_bytes(tmp_path, data)
    assert [block.text for block in parsed.blocks] == [expected]
    notes = [w.message for w in parsed.warnings if w.code == "encoding"]
    if note is None:
        assert notes == []
    else:
        assert len(notes) == 1
        assert note in notes[0]


def test_random_bytes_are_rejected_not_garbled(tmp_path: Path) -> None:
    # Decided behaviour: bytes no encoding reads plausibly are a corrupt document, so a
    # reviewer sees the failure instead of mojibake that silently yields no claims.
    noise = random.Random(7)
    data = bytes(noise.randrange(0x80, 0x100) for _ in range(4000))
    with pytest.raises(CorruptDocument, match="not text in UTF-8, GB18030"):
        parse_bytes(tmp_path, data)


def test_broken_utf16_is_corrupt(tmp_path: Path) -> None:
    with pytest.raises(CorruptDocument, match="UTF-16 byte-order mark"):
        parse_bytes(tmp_path, codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"d")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("\u3000\u3000\n\u3000\n".encode(), id="ideographic-spaces"),
        pytest.param(" \n\t\n".encode("utf-16"), id="utf-16-whitespace"),
        pytest.param(codecs.BOM_UTF8 + b"\x01\x02\n", id="only-control-characters"),
    ],
)
def test_whitespace_only_is_empty(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(EmptyDocument):
        parse_bytes(tmp_path, data)


def test_control_characters_are_removed_with_one_warning(tmp_path: Path) -> None:
    parsed = parse_text(tmp_path, "全市\x07累计\x1b建成\n\n5G\x1f基站")
    assert [block.text for block in parsed.blocks] == ["全市累计建成", "5G基站"]
    assert [(w.code, w.message) for w in parsed.warnings] == [
        ("control_characters", "removed 3 control character(s)")
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("第一行，\n第二行\n\n第三行", id="lf"),
        pytest.param("第一行，\r\n第二行\r\n\r\n第三行\r\n", id="crlf"),
        pytest.param("第一行，\r第二行\r\r第三行", id="cr"),
        pytest.param("第一行，\u2028第二行\u2029第三行", id="unicode-separators"),
    ],
)
def test_blank_lines_separate_paragraphs(tmp_path: Path, text: str) -> None:
    parsed = parse_text(tmp_path, text)
    assert [(b.kind, b.text) for b in parsed.blocks] == [
        (BlockKind.paragraph, "第一行，\n第二行"),
        (BlockKind.paragraph, "第三行"),
    ]
    assert parsed.page_count == 1
    assert all(block.page is None for block in parsed.blocks)


def test_numbered_lines_start_blocks_without_blank_lines(tmp_path: Path) -> None:
    text = (
        "关于加快5G发展的实施方案\n"
        "一、总体要求\n"
        "坚持统筹规划，适度超前建设。\n"
        "（一）网络建设。截至2023年底，全市累计建成5G基站12000个，\n"
        "实现城区连续覆盖。\n"
        "二、重点任务\n"
        "1. 推进共建共享\n"
    )
    parsed = parse_text(tmp_path, text)
    assert [(b.kind, b.level, b.label, b.text) for b in parsed.blocks] == [
        (BlockKind.paragraph, None, None, "关于加快5G发展的实施方案"),
        (BlockKind.heading, 1, "一、", "一、总体要求"),
        (BlockKind.paragraph, None, None, "坚持统筹规划，适度超前建设。"),
        (
            BlockKind.list_item,
            2,
            "（一）",
            "（一）网络建设。截至2023年底，全市累计建成5G基站12000个，\n实现城区连续覆盖。",
        ),
        (BlockKind.heading, 1, "二、", "二、重点任务"),
        (BlockKind.heading, 3, "1.", "1. 推进共建共享"),
    ]


def test_wrapped_numbered_paragraph_is_not_cut_after_its_first_line(tmp_path: Path) -> None:
    # A hard-wrapped file: every full line is 30 ideographs (60 columns).  The first line
    # alone would pass for a heading, but it fills the line, so the paragraph runs on.
    lines = [
        "（一）加快网络建设推进城区乡镇重点场所连续覆盖提升网络质量",
        "和用户体验推动千兆光网与五G网络协同发展打造全国领先的信息",
        "基础设施体系支撑数字经济高质量发展形成可复制可推广的经验做",
        "法。",
    ]
    parsed = parse_text(tmp_path, "\n".join(lines))
    assert [(b.kind, b.label, b.text) for b in parsed.blocks] == [
        (BlockKind.list_item, "（一）", "\n".join(lines))
    ]


def test_a_note_after_a_full_line_opens_a_paragraph_of_its_own(tmp_path: Path) -> None:
    # hard-wrapped at 30 ideographs: the item fills the line, yet the note below it is no
    # continuation of it
    lines = [
        "截至2023年底全市共有两家工厂入选工业和信息化部五G工厂名录分",
        "别为以下两家企业的工厂项目并已全部完成建设和验收具体情况如下",
        "1、澧川精工有限公司5G精密轴承全连接智能工厂项目二期扩建工程",
        "另：2023年我市另有12家企业入选省级5G全连接工厂。",
    ]
    parsed = parse_text(tmp_path, "\n".join(lines))
    assert [b.text for b in parsed.blocks] == ["\n".join(lines[:2]), lines[2], lines[3]]


def test_form_feeds_number_pages(tmp_path: Path) -> None:
    # pdftotext ends every page with \f; the empty remainder after the last one is no page
    parsed = parse_text(tmp_path, "第一页甲\n\n第一页乙\f第二页\n\f\f第四页\f")
    assert parsed.page_count == 4
    assert [(b.page, b.text) for b in parsed.blocks] == [
        (1, "第一页甲"),
        (1, "第一页乙"),
        (2, "第二页"),
        (4, "第四页"),
    ]


def test_build_document_normalises_and_maps_offsets(tmp_path: Path) -> None:
    text = (
        "一、总体要求\n全市累计建成5G基站１２０００个，\n"
        "每万人拥有5G基站数达３６．８个。\n\nSee  the  annex."
    )
    document = build_document(parse_text(tmp_path, text))
    assert document.text == (
        "一、总体要求\n全市累计建成5G基站12000个，每万人拥有5G基站数达36.8个。\nSee the annex."
    )
    kinds = [block.kind for block in document.blocks]
    assert kinds == [BlockKind.heading, BlockKind.paragraph, BlockKind.paragraph]
    assert_offsets_exact(document)


def test_an_indented_line_opens_a_paragraph(tmp_path: Path) -> None:
    text = (
        "　　截至2023年底，全市5G基站9 100个，\n实现城区连续覆盖。\n2.5G网络覆盖情况\n"
        "　　全市每万人拥有5G基站31.4个。\n    四个空格缩进的一段。"
    )
    parsed = parse_text(tmp_path, text)
    assert [b.text for b in parsed.blocks] == [
        "　　截至2023年底，全市5G基站9 100个，\n实现城区连续覆盖。",
        "2.5G网络覆盖情况",
        "　　全市每万人拥有5G基站31.4个。",
        "    四个空格缩进的一段。",
    ]


def test_each_line_of_a_file_that_is_not_wrapped_is_a_statement(tmp_path: Path) -> None:
    text = (
        "柏川市5G发展情况\n发布时间：2024-03-02\n全市累计建成5G基站12000个\n"
        "每万人拥有5G基站38.2个，\n城区连续覆盖\n规上工业企业\n1 200家，5\nG工厂3家\n"
        "2023年新增6家\n时间：2024-06-18\n3个项目入选5G工厂名录\n2024年6月8日\n5个项目\n"
    )
    parsed = parse_text(tmp_path, text)
    assert [b.text for b in parsed.blocks] == [
        "柏川市5G发展情况",
        "发布时间：2024-03-02",
        "全市累计建成5G基站12000个",
        "每万人拥有5G基站38.2个，\n城区连续覆盖",
        "规上工业企业\n1 200家，5\nG工厂3家",
        "2023年新增6家",
        "时间：2024-06-18",
        "3个项目入选5G工厂名录",
        "2024年6月8日",
        "5个项目",
    ]


def test_a_file_wrapped_at_a_number_of_characters_keeps_its_paragraphs(tmp_path: Path) -> None:
    # cut every 24 characters, digits and ideographs alike (so not at a display column); a
    # wider contact line does not hide the wrap width
    body = (
        "截至2023年底，全市累计建成5G基站12000个，每万人拥有5G基站38.2个，城区和重点园区连续覆盖。"
    )
    lines = [body[i : i + 24] for i in range(0, len(body), 24)]
    text = "\n".join(["联系电话\t0650-86715483\t邮箱\tgxj83@example.gov.cn", *lines, *lines])
    parsed = parse_text(tmp_path, text + "\n二、重点任务\n")
    assert [b.text.replace("\n", "") for b in parsed.blocks][-3:] == [body, body, "二、重点任务"]


def test_a_table_typed_with_bars_is_a_table_block(tmp_path: Path) -> None:
    text = (
        "表1 主要指标\n序号｜指标｜2023年现状\n1｜5G基站总数（个）｜9100\n"
        "2｜边缘计算节点数（个）｜—\n说明文字。"
    )
    parsed = parse_text(tmp_path, text)
    kinds = [b.kind for b in parsed.blocks]
    assert kinds == [BlockKind.paragraph, BlockKind.table, BlockKind.paragraph]
    table = parsed.blocks[1]
    assert (table.rows, table.cols) == (3, 3)
    assert [(c.row, c.col, c.text) for c in table.cells][:4] == [
        (0, 0, "序号"),
        (0, 1, "指标"),
        (0, 2, "2023年现状"),
        (1, 0, "1"),
    ]
    assert_offsets_exact(build_document(parsed))


def test_a_table_padded_to_columns_is_read_by_position(tmp_path: Path) -> None:
    # an office system pads every cell to its column with spaces, so runs of spaces differ
    lines = [
        "序号    指标名称                    单位    2024年（现状）    2025年",
        "1       5G基站数量                  个      1080              1300",
        "2       每万人拥有5G基站数量        个      45.4              54.6",
    ]
    (table,) = parse_text(tmp_path, "\n".join(lines)).blocks
    cells = {(c.row, c.col): c.text for c in table.cells}
    assert table.cols == 5
    assert cells[(1, 1)] == "5G基站数量"
    assert cells[(1, 3)] == "1080"
    assert cells[(2, 4)] == "54.6"


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        pytest.param(
            "一、基本情况\n全市5G基站1000个。\n\n— 1 —\n每万人拥有5G基站数36.8个。\n— 2 —\n附件\n",
            [1, 2, 3],
            id="footer-dashes",
        ),
        pytest.param(
            "第 1 页 共 3 页\n全市5G基站1000个。\n第 2 页 共 3 页\n每万人36.8个。\n",
            [1, 2],
            id="header-page-of",
        ),
        pytest.param("全市基站1000个。\n- 4 -\n每万人36.8个。\n- 5 -\n", [4, 5], id="from-page-4"),
        pytest.param("全市5G基站1000个。\f每万人36.8个。\f", [1, 2], id="form-feeds"),
        pytest.param("全市5G基站1000个。\n— 1 —\n每万人36.8个。\n— 3 —\n", [None], id="not-a-run"),
        pytest.param("全市5G基站1000个。\n每万人36.8个。\n", [None], id="no-marks"),
    ],
)
def test_printed_page_marks_give_the_pages(
    tmp_path: Path, text: str, pages: list[int | None]
) -> None:
    """A TXT saved from Word keeps the printed page numbers as lines (— 2 —, 第2页 共8页): a
    figure carries the page a reader finds it on; the marks are not text."""
    parsed = parse_text(tmp_path, text)
    assert sorted({b.page for b in parsed.blocks}, key=lambda p: p or 0) == pages
    if pages != [None]:
        joined = "\n".join(b.text for b in parsed.blocks)
        assert "—" not in joined
        assert "页 共" not in joined
        assert parsed.page_count == pages[-1]


def test_a_figure_after_a_page_mark_is_on_that_page(tmp_path: Path) -> None:
    from extractor.extract.claims import find_claims

    text = (
        "一、基本情况\n截至2023年底，全市累计建成5G基站1000个。\n— 1 —\n"
        "截至2023年底，每万人拥有5G基站数36.8个。\n— 2 —\n"
    )
    document = build_document(parse_text(tmp_path, text))
    pages = {c.field: c.page for c in find_claims(document)}
    assert pages["bs_total"] == 1
    assert pages["bs_per_10k"] == 2
