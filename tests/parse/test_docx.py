import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from extractor.errors import (
    CorruptDocument,
    DocumentError,
    EmptyDocument,
    EncryptedDocument,
    TooLargeDocument,
)
from extractor.model import BlockKind, FurnitureRole, ParsedDocument, SourceFormat
from extractor.normalise.assemble import build_document
from extractor.parse.docx import parse_docx
from extractor.parse.sniff import SourceFile, sniff
from extractor.settings import Limits
from tests.offsets import assert_offsets_exact

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
FACT = "截至2023年底，全市累计建成5G基站1.2万个。"
# This module tests reading the XML: pages here are Word's hints. The pages LibreOffice prints
# are tested in test_docx_pages.py.
HINTS_ONLY = Limits(docx_render=False)
Builder = Callable[[Any], None]


def xml(fragment: str) -> Any:
    """Parse a WordprocessingML fragment whose root element carries the namespaces as {NS}."""
    return parse_xml(fragment.replace("{NS}", NS))


def paragraph_xml(*runs: str) -> str:
    return "<w:p {NS}>" + "".join(runs) + "</w:p>"


def run_xml(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def box_xml(text: str) -> str:
    return f"<w:txbxContent><w:p>{run_xml(text)}</w:p></w:txbxContent>"


def drawing_box(text: str) -> str:
    """A DrawingML text box (Word 2010 and later) anchored in a run."""
    return (
        "<w:drawing><wp:inline><a:graphic><a:graphicData"
        ' uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{box_xml(text)}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing>"
    )


def vml_box(text: str) -> str:
    """A legacy VML text box, as Word 2003 wrote it and as the Fallback of newer files."""
    return (
        '<w:pict><v:shape id="box" type="#_x0000_t202">'
        f"<v:textbox>{box_xml(text)}</v:textbox></v:shape></w:pict>"
    )


def append_block(document: Any, element: Any) -> None:
    """Add a body-level element before the final w:sectPr, where python-docx adds paragraphs."""
    document.element.body.find(qn("w:sectPr")).addprevious(element)


def save(document: Any, tmp_path: Path, name: str = "submission.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def parse_path(path: Path, limits: Limits | None = None) -> ParsedDocument:
    return parse_docx(sniff(path, Limits()), limits or HINTS_ONLY)


def parse(build: Builder, tmp_path: Path) -> ParsedDocument:
    document = docx.Document()
    build(document)
    return parse_path(save(document, tmp_path))


def source_of(path: Path) -> SourceFile:
    """A SourceFile made by hand, for bytes that sniff() would already refuse."""
    data = path.read_bytes()
    return SourceFile(path, hashlib.sha256(data).hexdigest(), len(data), SourceFormat.docx)


def body(parsed: ParsedDocument) -> list[Any]:
    return [b for b in parsed.blocks if b.kind is not BlockKind.furniture]


def texts(parsed: ParsedDocument) -> list[str]:
    return [b.text for b in body(parsed) if b.kind is not BlockKind.table]


# --- headings, lists and numbering -----------------------------------------------------

NUMBERING = """
<w:abstractNum {NS} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
    <w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
"""


def add_numbering(document: Any) -> None:
    """A Chinese outline list (一、 / （一） / bullet) as numId 90, and numId 91 starting at 五."""
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(xml(NUMBERING))
    numbering.append(xml('<w:num {NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(
        xml(
            '<w:num {NS} w:numId="91"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
        )
    )


def numbered(document: Any, text: str, num_id: int, ilvl: int) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        xml(f'<w:numPr {{NS}}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def structured(document: Any) -> None:
    """Titles, heading styles (built-in and localised), outline levels and lists."""
    document.add_paragraph("XX市5G+工业互联网融合应用先导区建设方案", style="Title")
    document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("一、总体要求\t3", style="toc 1")
    document.add_heading("一、总体要求", 1)
    document.add_paragraph(FACT)
    document.styles.add_style("标题 2", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("（一）网络建设", style="标题 2")
    outlined = document.add_paragraph("重点任务")
    outlined._p.get_or_add_pPr().append(xml('<w:outlineLvl {NS} w:val="2"/>'))
    demoted = document.add_paragraph("正文而非标题", style="Heading 2")
    demoted._p.get_or_add_pPr().append(xml('<w:outlineLvl {NS} w:val="9"/>'))
    document.add_paragraph("（二）应用推广")
    document.add_paragraph("加快网络建设，新建5G基站5000个。", style="List Number")
    document.add_paragraph("推进应用示范。", style="List Number")
    add_numbering(document)
    numbered(document, "保障措施", 90, 0)
    numbered(document, "加强组织领导，建立工作专班。", 90, 1)
    numbered(document, "加大资金支持。", 90, 1)
    numbered(document, "实施步骤", 90, 0)
    numbered(document, "试点先行。", 90, 1)
    numbered(document, "重点企业名单见附件", 90, 2)
    numbered(document, "评估考核", 91, 0)


@pytest.fixture(scope="module")
def structured_doc(tmp_path_factory: pytest.TempPathFactory) -> ParsedDocument:
    return parse(structured, tmp_path_factory.mktemp("structured"))


@pytest.mark.parametrize(
    ("text", "kind", "level", "label"),
    [
        pytest.param(
            "XX市5G+工业互联网融合应用先导区建设方案", "heading", 1, None, id="title-style"
        ),
        pytest.param("一、总体要求\t3", "paragraph", None, None, id="contents-entry"),
        pytest.param("一、总体要求", "heading", 1, "一、", id="heading-1-typed-label"),
        pytest.param(FACT, "paragraph", None, None, id="body-text"),
        pytest.param("（一）网络建设", "heading", 2, "（一）", id="localised-style-name"),
        pytest.param("重点任务", "heading", 3, None, id="direct-outline-level"),
        pytest.param("正文而非标题", "paragraph", None, None, id="outline-level-9-is-body"),
        pytest.param("（二）应用推广", "heading", 2, "（二）", id="numbering-from-text"),
        pytest.param(
            "加快网络建设，新建5G基站5000个。", "list_item", 3, "1.", id="list-number-style"
        ),
        pytest.param("推进应用示范。", "list_item", 3, "2.", id="list-number-second"),
        pytest.param("保障措施", "heading", 1, "一、", id="chinese-counting-heading"),
        pytest.param(
            "加强组织领导，建立工作专班。", "list_item", 2, "（一）", id="chinese-paren-item"
        ),
        pytest.param("加大资金支持。", "list_item", 2, "（二）", id="counter-advances"),
        pytest.param("实施步骤", "heading", 1, "二、", id="level-0-continues"),
        pytest.param("试点先行。", "list_item", 2, "（一）", id="deeper-level-restarts"),
        pytest.param("重点企业名单见附件", "list_item", 3, "•", id="symbol-bullet"),
        pytest.param("评估考核", "heading", 1, "五、", id="start-override"),
    ],
)
def test_paragraph_kind_level_and_label(
    structured_doc: ParsedDocument, text: str, kind: str, level: int | None, label: str | None
) -> None:
    [block] = [b for b in structured_doc.blocks if b.text == text]
    assert (block.kind, block.level, block.label) == (BlockKind(kind), level, label)


def test_paragraphs_come_in_body_order(structured_doc: ParsedDocument) -> None:
    assert texts(structured_doc)[:4] == [
        "XX市5G+工业互联网融合应用先导区建设方案",
        "一、总体要求\t3",
        "一、总体要求",
        FACT,
    ]
    assert texts(structured_doc)[-1] == "评估考核"


@pytest.mark.parametrize(
    ("fmt", "lvl_text", "start", "label"),
    [
        pytest.param("chineseCounting", "%1、", 11, "十一、", id="chinese-11"),
        pytest.param("chineseCounting", "%1、", 20, "二十、", id="chinese-20"),
        pytest.param("chineseCountingThousand", "第%1章", 105, "第一百零五章", id="chinese-105"),
        pytest.param("chineseLegalSimplified", "%1、", 3, "叁、", id="legal"),
        pytest.param("ideographTraditional", "%1.", 2, "乙.", id="heavenly-stems"),
        pytest.param("decimalEnclosedCircle", "%1", 3, "③", id="circled"),
        pytest.param("upperRoman", "%1.", 4, "IV.", id="roman"),
        pytest.param("lowerLetter", "(%1)", 28, "(bb)", id="letters-wrap"),
        pytest.param("decimalFullWidth", "%1．", 12, "１２．", id="full-width"),
        pytest.param("bullet", "■", 1, "■", id="visible-bullet"),
        pytest.param("someFutureFormat", "%1)", 7, "7)", id="unknown-format-decimal"),
    ],
)
def test_list_label_formats(
    tmp_path: Path, fmt: str, lvl_text: str, start: int, label: str
) -> None:
    def build(document: Any) -> None:
        definition = (
            f'<w:abstractNum {{NS}} w:abstractNumId="80"><w:lvl w:ilvl="0">'
            f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{lvl_text}"/></w:lvl></w:abstractNum>'
        )
        numbering = document.part.numbering_part.element
        numbering.find(qn("w:num")).addprevious(xml(definition))
        numbering.append(xml('<w:num {NS} w:numId="80"><w:abstractNumId w:val="80"/></w:num>'))
        numbered(document, "推进应用示范。", 80, 0)

    [block] = parse(build, tmp_path).blocks
    assert block.label == label


# --- text inside a paragraph -------------------------------------------------------------

RUNS = paragraph_xml(
    run_xml("截至"),
    f'<w:hyperlink w:anchor="note">{run_xml("2023年")}</w:hyperlink>',
    f'<w:smartTag w:uri="urn:x" w:element="date">{run_xml("底")}</w:smartTag>',
    f'<w:sdt><w:sdtPr><w:alias w:val="地区"/></w:sdtPr><w:sdtContent>{run_xml("，全市")}'
    "</w:sdtContent></w:sdt>",
    f'<w:ins w:id="1" w:author="审核人">{run_xml("累计")}</w:ins>',
    '<w:del w:id="2" w:author="审核人"><w:r><w:delText>已经</w:delText></w:r></w:del>',
    run_xml("建成5G基站"),
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
    '<w:r><w:instrText xml:space="preserve"> MERGEFIELD 基站数 </w:instrText></w:r>',
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
    run_xml("1.2"),
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    f'<w:fldSimple w:instr=" DOCPROPERTY 单位 ">{run_xml("万个")}</w:fldSimple>',
    "<w:r><w:tab/><w:t>。</w:t><w:br/><w:t>第二行</w:t></w:r>",
)


def test_run_text_is_what_word_displays(tmp_path: Path) -> None:
    def build(document: Any) -> None:
        append_block(document, xml(RUNS))
        deleted = '<w:del w:id="3" w:author="审核人">' + run_xml("整段删除") + "</w:del>"
        append_block(document, xml(paragraph_xml(deleted)))

    parsed = parse(build, tmp_path)
    assert texts(parsed) == ["截至2023年底，全市累计建成5G基站1.2万个\t。\n第二行"]
    assert [w.code for w in parsed.warnings] == ["docx-tracked-deletions"]


# --- text boxes and content controls -------------------------------------------------------


def boxes(document: Any) -> None:
    document.add_paragraph("下列重点项目见文本框。")
    append_block(
        document,
        xml(
            paragraph_xml(run_xml("锚定段落"), f"<w:r>{drawing_box('文本框：重点项目清单')}</w:r>")
        ),
    )
    append_block(document, xml(paragraph_xml(f"<w:r>{vml_box('VML文本框：建设5G专网10个')}</w:r>")))
    alternate = (
        "<w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps">{drawing_box("两份副本的文本框")}</mc:Choice>'
        f"<mc:Fallback>{vml_box('两份副本的文本框')}</mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    append_block(document, xml(paragraph_xml(run_xml("替代内容"), alternate)))
    document.add_paragraph("文本框之后的段落。")


def test_text_boxes_follow_their_anchor_once(tmp_path: Path) -> None:
    assert texts(parse(boxes, tmp_path)) == [
        "下列重点项目见文本框。",
        "锚定段落",
        "文本框：重点项目清单",
        "VML文本框：建设5G专网10个",
        "替代内容",
        "两份副本的文本框",
        "文本框之后的段落。",
    ]


def block_sdt(document: Any) -> None:
    document.add_paragraph("控件之前")
    table = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
        f"<w:tc><w:p>{run_xml('指标')}</w:p></w:tc><w:tc><w:p>{run_xml('36.8个')}</w:p></w:tc>"
        "</w:tr></w:tbl>"
    )
    control = (
        '<w:sdt {NS}><w:sdtPr><w:alias w:val="正文"/></w:sdtPr><w:sdtContent>'
        f"<w:p>{run_xml('内容控件中的段落')}</w:p>{table}</w:sdtContent></w:sdt>"
    )
    append_block(document, xml(control))
    document.add_paragraph("控件之后")


def test_block_content_control_is_read_in_place(tmp_path: Path) -> None:
    parsed = parse(block_sdt, tmp_path)
    assert [(b.kind.value, b.text) for b in parsed.blocks] == [
        ("paragraph", "控件之前"),
        ("paragraph", "内容控件中的段落"),
        ("table", ""),
        ("paragraph", "控件之后"),
    ]
    assert [(c.row, c.col, c.text) for c in parsed.blocks[2].cells] == [
        (0, 0, "指标"),
        (0, 1, "36.8个"),
    ]


# --- tables -----------------------------------------------------------------------------------


def merged_table(document: Any) -> None:
    """A header row, a first column merged down two rows, and a note spanning the width."""
    document.add_paragraph("表1 主要指标")
    table = document.add_table(rows=4, cols=3)
    for col, text in enumerate(["指标", "2023年现状", "2026年目标"]):
        table.cell(0, col).text = text
    for row, values in ((1, ["1.2万个", "3万个"]), (2, ["20万户", "50万户"])):
        for col, text in enumerate(values, start=1):
            table.cell(row, col).text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = "网络基础"
    table.cell(3, 0).merge(table.cell(3, 2)).text = "注：数据来源于市通信管理局"
    document.add_paragraph("表后段落。")


def test_merged_cells_appear_once_with_spans(tmp_path: Path) -> None:
    parsed = parse(merged_table, tmp_path)
    [table] = [b for b in parsed.blocks if b.kind is BlockKind.table]
    assert (table.rows, table.cols) == (4, 3)
    assert [(c.row, c.col, c.text, c.row_span, c.col_span) for c in table.cells] == [
        (0, 0, "指标", 1, 1),
        (0, 1, "2023年现状", 1, 1),
        (0, 2, "2026年目标", 1, 1),
        (1, 0, "网络基础", 2, 1),
        (1, 1, "1.2万个", 1, 1),
        (1, 2, "3万个", 1, 1),
        (2, 1, "20万户", 1, 1),
        (2, 2, "50万户", 1, 1),
        (3, 0, "注：数据来源于市通信管理局", 1, 3),
    ]
    grid = build_document(parsed).blocks[1].cell_grid()
    assert grid[2][0] is None
    assert grid[1][0] is not None
    assert grid[1][0].text == "网络基础"


def test_legacy_horizontal_merge(tmp_path: Path) -> None:
    def build(document: Any) -> None:
        cells = (
            f'<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p>{run_xml("合并标题")}</w:p>'
            "</w:tc><w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>"
            f"<w:tc><w:p>{run_xml('单位')}</w:p></w:tc>"
        )
        grid = "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        append_block(document, xml(f"<w:tbl {{NS}}>{grid}<w:tr>{cells}</w:tr></w:tbl>"))

    [table] = parse(build, tmp_path).blocks
    assert [(c.col, c.text, c.col_span) for c in table.cells] == [
        (0, "合并标题", 2),
        (2, "单位", 1),
    ]
    assert table.cols == 3


def nested_tables(document: Any) -> None:
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "外层左上"
    holder = outer.cell(0, 1)
    holder.text = "外层单元格"
    inner = holder.add_table(rows=2, cols=2)
    for index, cell in enumerate(c for row in inner.rows for c in row.cells):
        cell.text = f"内层{index}"
    inner.cell(1, 1).add_table(rows=1, cols=1).cell(0, 0).text = "第三层"
    outer.cell(1, 0).text = "外层左下"
    document.add_paragraph("表后段落。")


def test_nested_tables_follow_their_parent(tmp_path: Path) -> None:
    parsed = parse(nested_tables, tmp_path)
    kinds = [(b.kind.value, b.parent) for b in parsed.blocks]
    assert kinds == [("table", None), ("table", 0), ("table", 1), ("paragraph", None)]
    outer, inner, innermost, _ = parsed.blocks
    assert [c.text for c in outer.cells] == ["外层左上", "外层单元格", "外层左下", ""]
    assert [c.text for c in inner.cells] == ["内层0", "内层1", "内层2", "内层3"]
    assert [c.text for c in innermost.cells] == ["第三层"]


# --- headers and footers ------------------------------------------------------------------------


def page_field(paragraph: Any) -> None:
    """— PAGE — with Word's complex-field runs and a cached result of 1."""
    for fragment in (
        run_xml("— "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        run_xml("1"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        run_xml(" —"),
    ):
        paragraph._p.append(xml(fragment.replace("<w:r>", "<w:r {NS}>", 1)))


def furniture(document: Any) -> None:
    """Two sections with the same header text, a first-page header and a page-number footer."""
    first = document.sections[0]
    first.header.paragraphs[0].text = "XX市5G发展规划（2024—2026年）"
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "XX市人民政府文件"
    page_field(first.footer.paragraphs[0])
    document.add_paragraph(FACT)
    second = document.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "XX市5G发展规划（2024—2026年）"
    second.footer.is_linked_to_previous = False
    second.footer.paragraphs[0].text = "联系人：市工信局 电话：12345678"
    document.add_paragraph("第二节正文。")


def test_headers_and_footers_become_furniture(tmp_path: Path) -> None:
    parsed = parse(furniture, tmp_path)
    assert [(b.role, b.text) for b in parsed.blocks if b.kind is BlockKind.furniture] == [
        (FurnitureRole.header, "XX市5G发展规划（2024—2026年）"),
        (FurnitureRole.header, "XX市人民政府文件"),
        (FurnitureRole.page_number, "— 1 —"),
        (FurnitureRole.footer, "联系人：市工信局 电话：12345678"),
    ]
    document = build_document(parsed)
    assert document.text.startswith(FACT + "\n第二节正文。\n\n")


# --- page hints ---------------------------------------------------------------------------------

RENDERED = "<w:r><w:lastRenderedPageBreak/></w:r>"


def explicit_break(document: Any) -> None:
    document.add_paragraph("第一页")
    document.add_page_break()
    document.add_paragraph("第二页")


def rendered_after_explicit(document: Any) -> None:
    document.add_paragraph("第一页")
    document.add_page_break()
    append_block(document, xml(paragraph_xml(RENDERED, run_xml("第二页"))))


def rendered_only(document: Any) -> None:
    document.add_paragraph("第一页")
    append_block(document, xml(paragraph_xml(RENDERED, run_xml("第二页"))))
    append_block(document, xml(paragraph_xml(run_xml("跨页段落"), RENDERED, run_xml("续"))))
    document.add_paragraph("第三页")


def break_before(document: Any) -> None:
    document.add_paragraph("第一页")
    document.add_paragraph("第二页").paragraph_format.page_break_before = True


def sections(document: Any) -> None:
    document.add_paragraph("第一页")
    document.add_section(WD_SECTION.CONTINUOUS)
    document.add_paragraph("仍在第一页")
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph("第二页")


@pytest.mark.parametrize(
    ("build", "pages"),
    [
        pytest.param(explicit_break, [1, 2], id="explicit-page-break"),
        pytest.param(rendered_after_explicit, [1, 2], id="rendered-marker-not-double-counted"),
        pytest.param(rendered_only, [1, 2, 2, 3], id="rendered-markers"),
        pytest.param(break_before, [1, 2], id="page-break-before"),
        pytest.param(sections, [1, 1, 2], id="section-breaks"),
    ],
)
def test_page_hints(tmp_path: Path, build: Builder, pages: list[int]) -> None:
    parsed = parse(build, tmp_path)
    assert [b.page for b in body(parsed)] == pages
    assert parsed.page_count == pages[-1]


# --- offsets through normalisation ----------------------------------------------------------


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(structured, id="structured"),
        pytest.param(boxes, id="text-boxes"),
        pytest.param(merged_table, id="merged-table"),
        pytest.param(furniture, id="furniture"),
        pytest.param(lambda d: append_block(d, xml(RUNS)), id="runs"),
    ],
)
def test_normalised_text_maps_back_to_raw(tmp_path: Path, build: Builder) -> None:
    assert_offsets_exact(build_document(parse(build, tmp_path)))


def test_documents_parse_as_docx(tmp_path: Path) -> None:
    parsed = parse(explicit_break, tmp_path)
    assert parsed.format is SourceFormat.docx
    assert parsed.sha256 == hashlib.sha256((tmp_path / "submission.docx").read_bytes()).hexdigest()
    assert parsed.source == str(tmp_path / "submission.docx")


# --- refusals -------------------------------------------------------------------------------


def write_zip(path: Path, members: dict[str, bytes | int]) -> Path:
    """A ZIP archive; an int member is that many zero bytes, streamed, never held in memory."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            if isinstance(content, bytes):
                archive.writestr(name, content)
                continue
            with archive.open(name, "w", force_zip64=True) as handle:
                for _ in range(content // (1 << 20)):
                    handle.write(bytes(1 << 20))
    return path


def minimal_docx(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph(FACT)
    return save(document, tmp_path, "valid.docx")


def with_member(tmp_path: Path, name: str, content: bytes | int) -> Path:
    """The minimal document with one member added or replaced."""
    source = minimal_docx(tmp_path)
    with zipfile.ZipFile(source) as archive:
        members: dict[str, bytes | int] = {n: archive.read(n) for n in archive.namelist()}
    members[name] = content
    return write_zip(tmp_path / "changed.docx", members)


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE w:document ['
    '<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
    + "".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">'
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "]>"
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>前&i;后</w:t></w:r></w:p></w:body></w:document>"
).encode()


def truncated(tmp_path: Path) -> Path:
    data = minimal_docx(tmp_path).read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    return path


def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "encrypted.docx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le")
    path.write_bytes(ole + bytes(1024))
    return path


def empty(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("   ")
    document.add_table(rows=2, cols=2)
    document.sections[0].header.paragraphs[0].text = "只有页眉"
    return save(document, tmp_path, "empty.docx")


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    ("make", "limits", "error", "words"),
    [
        pytest.param(
            lambda t: with_member(t, "word/media/image1.png", 8 << 20),
            Limits(max_unzipped_bytes=4 << 20),
            TooLargeDocument,
            "zip bomb",
            id="unzipped-total",
        ),
        pytest.param(
            lambda t: with_member(t, "word/media/zeros.bin", 24 << 20),
            Limits(),
            TooLargeDocument,
            "zip bomb",
            id="compression-ratio",
        ),
        pytest.param(
            minimal_docx,
            Limits(max_xml_bytes=1024),
            TooLargeDocument,
            "bytes of XML",
            id="xml-part",
        ),
        pytest.param(truncated, Limits(), CorruptDocument, "ZIP", id="truncated"),
        pytest.param(
            lambda t: write_zip(t / "other.docx", {"content.xml": b"<x/>"}),
            Limits(),
            CorruptDocument,
            "word/document.xml",
            id="no-document-part",
        ),
        pytest.param(
            lambda t: with_member(t, "word/document.xml", b"<w:document"),
            Limits(),
            CorruptDocument,
            "cannot be read",
            id="broken-xml",
        ),
        pytest.param(
            lambda t: with_member(t, "[Content_Types].xml", b"<Types/>"),
            Limits(),
            CorruptDocument,
            "cannot be read",
            id="no-content-types",
        ),
        pytest.param(encrypted, Limits(), EncryptedDocument, "password", id="encrypted"),
        pytest.param(empty, Limits(), EmptyDocument, "no text", id="no-text"),
    ],
)
def test_bad_input_is_refused_with_a_typed_error(
    tmp_path: Path,
    make: Callable[[Path], Path],
    limits: Limits,
    error: type[DocumentError],
    words: str,
) -> None:
    path = make(tmp_path)
    with pytest.raises(error, match=words) as raised:
        parse_docx(source_of(path), limits)
    assert raised.value.path == path


@pytest.mark.timeout(10)
def test_entity_bomb_is_not_expanded(tmp_path: Path) -> None:
    path = with_member(tmp_path, "word/document.xml", BILLION_LAUGHS)
    try:
        parsed = parse_docx(source_of(path), HINTS_ONLY)
    except CorruptDocument:
        return  # libxml2 refuses the entity amplification outright
    assert sum(len(b.text) for b in parsed.blocks) < 100
