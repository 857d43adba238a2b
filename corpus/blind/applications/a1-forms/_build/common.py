"""Shared builder for the a1-forms blind set: one 申报表 (form table) per application.

Each application module defines APP = {...} (see build_all.py). This module turns it into a
DOCX with python-docx (5-column form table, merged label cells, Table Grid borders, nested
tables inside narrative cells) and, for PDF applications, converts it with LibreOffice.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

LIMITS = {"basic": 1500, "nondev": 1500, "build": 2000, "goals": 1500}
LABELS = {
    "basic": "申报城市基本情况",
    "nondev": "申报先导区不可偏离条件说明",
    "build": "先导区试点建设内容",
    "goals": "先导区试点目标及预期效果",
}


def _set_font(run, east: str, size: float, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)
    fonts.set(qn("w:ascii"), "Times New Roman")
    fonts.set(qn("w:hAnsi"), "Times New Roman")


def _para_fmt(par, indent: bool = True, align=None, before: float = 0, after: float = 0,
              line: float | None = None) -> None:
    fmt = par.paragraph_format
    if indent:
        fmt.first_line_indent = Pt(24)
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if line:
        fmt.line_spacing = Pt(line)
    if align is not None:
        par.alignment = align


def _write(par, text: str, east: str, size: float, bold: bool = False) -> None:
    run = par.add_run(text)
    _set_font(run, east, size, bold)


def _cell_text(cell, text: str, east: str, size: float, bold: bool = False,
               align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    par = cell.paragraphs[0]
    _para_fmt(par, indent=False, align=align)
    _write(par, text, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _set_width(cell, cm: float) -> None:
    cell.width = Cm(cm)


def _set_grid(table, widths_cm: list[float]) -> None:
    """Fixed layout with explicit grid columns, so Word and LibreOffice agree on widths."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for col, cm in zip(grid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(cm * 567)))
    tblpr = tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    for row in table.rows:
        for c, cell in enumerate(row.cells):
            if c < len(widths_cm):
                cell.width = Cm(widths_cm[c])


def _nested_table(cell, rows: list[list[str]], east: str, widths: list[float] | None) -> None:
    table = cell.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        _set_grid(table, widths)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            tc = table.cell(r, c)
            _cell_text(tc, text, east, 9.5, bold=(r == 0))
    # python-docx leaves no paragraph after a nested table; a cell must end with one
    cell.add_paragraph()


def _fill_blocks(cell, blocks: list, east: str, size: float) -> None:
    first = True
    for block in blocks:
        if isinstance(block, dict):
            if block.get("caption"):
                par = cell.paragraphs[0] if first else cell.add_paragraph()
                _para_fmt(par, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=3)
                _write(par, block["caption"], east, size - 1, bold=True)
                first = False
            _nested_table(cell, block["rows"], east, block.get("widths"))
            first = False
            continue
        bold = block.startswith("#")
        text = block.lstrip("#")
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        _para_fmt(par, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=20)
        _write(par, text, east, size, bold=bold)
        first = False


def _add_page_number(section, east: str) -> None:
    footer = section.footer
    par = footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _write(par, "— ", east, 10.5)
    run = par.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._element.append(el)
    _set_font(run, east, 10.5)
    _write(par, " —", east, 10.5)


def section_chars(blocks: list) -> int:
    """Characters of a section as Word counts them roughly (no whitespace)."""
    total = 0
    for block in blocks:
        if isinstance(block, dict):
            total += sum(len(re.sub(r"\s", "", t)) for row in block["rows"] for t in row)
            total += len(block.get("caption", ""))
        else:
            total += len(re.sub(r"\s", "", block.lstrip("#")))
    return total


def build_docx(app: dict, out: Path, east: str, title_font: str) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(2.6), Cm(2.4)
    _add_page_number(sec, east)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr()
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        normal.element.rPr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)

    if app.get("pre_title"):
        par = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
        _para_fmt(par, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
        _write(par, app["pre_title"], "黑体" if east != "Noto Serif CJK SC" else "Noto Sans CJK SC", 14)
    par = doc.add_paragraph()
    _para_fmt(par, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=12)
    _write(par, "“5G+工业互联网”融合应用先导区申报表", title_font, 18, bold=True)

    contacts = app["contacts"]  # list of (group label, name, title, phone, email)
    nrows = 1 + 2 * len(contacts) + 4 + 1 + 3
    table = doc.add_table(rows=nrows, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [2.6, 2.1, 4.9, 1.6, 4.8]
    _set_grid(table, widths)
    size = app.get("size", 12)

    # row 0: 申报城市
    lab = table.cell(0, 0).merge(table.cell(0, 1))
    _cell_text(lab, "申报城市", east, 12, bold=True)
    val = table.cell(0, 2).merge(table.cell(0, 4))
    _cell_text(val, app["city"], east, 12)
    r = 1
    for group, name, title, phone, email in contacts:
        g = table.cell(r, 0).merge(table.cell(r + 1, 0))
        _cell_text(g, group, east, 10.5, bold=True)
        _cell_text(table.cell(r, 1), "负责人" if "联系人" not in group else "联系人", east, 10.5)
        _cell_text(table.cell(r, 2), name, east, 10.5)
        _cell_text(table.cell(r, 3), "职务", east, 10.5)
        _cell_text(table.cell(r, 4), title, east, 10.5)
        _cell_text(table.cell(r + 1, 1), "联系电话", east, 10.5)
        _cell_text(table.cell(r + 1, 2), phone, east, 10.5)
        _cell_text(table.cell(r + 1, 3), "邮箱", east, 10.5)
        _cell_text(table.cell(r + 1, 4), email, east, 10.5)
        r += 2
    for key in ("basic", "nondev", "build", "goals"):
        lab = table.cell(r, 0).merge(table.cell(r, 1))
        _cell_text(lab, LABELS[key], east, 12, bold=True)
        body = table.cell(r, 2).merge(table.cell(r, 4))
        blocks = list(app["sections"][key])
        if app.get("keep_prompts") and key in app.get("prompts", {}):
            blocks = ["（" + app["prompts"][key] + "）", *blocks]
        _fill_blocks(body, blocks, east, size)
        r += 1
    # commitment
    lab = table.cell(r, 0).merge(table.cell(r, 1))
    _cell_text(lab, "申报书真实性承诺", east, 12, bold=True)
    body = table.cell(r, 2).merge(table.cell(r, 4))
    _fill_blocks(body, [app["commitment"]], east, size)
    for text, align in (("", None), (app["seal_line"], WD_ALIGN_PARAGRAPH.LEFT),
                        (app["date"], WD_ALIGN_PARAGRAPH.RIGHT)):
        par = body.add_paragraph()
        _para_fmt(par, indent=False, align=align, before=4)
        _write(par, text, east, size)
    r += 1
    for label, text, seal, date in app["opinions"]:
        lab = table.cell(r, 0).merge(table.cell(r, 1))
        _cell_text(lab, label, east, 10.5, bold=True)
        body = table.cell(r, 2).merge(table.cell(r, 4))
        _fill_blocks(body, [text], east, size)
        for t, align in (("", None), (seal, WD_ALIGN_PARAGRAPH.LEFT),
                         (date, WD_ALIGN_PARAGRAPH.RIGHT)):
            par = body.add_paragraph()
            _para_fmt(par, indent=False, align=align, before=4)
            _write(par, t, east, size)
        r += 1

    if app.get("annex"):
        par = doc.add_paragraph()
        par.add_run().add_break(__import__("docx").enum.text.WD_BREAK.PAGE)
        for block in app["annex"]:
            if isinstance(block, dict):
                if block.get("caption"):
                    par = doc.add_paragraph()
                    _para_fmt(par, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
                    _write(par, block["caption"], east, 12, bold=True)
                t = doc.add_table(rows=len(block["rows"]), cols=len(block["rows"][0]))
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                if block.get("widths"):
                    _set_grid(t, block["widths"])
                for ri, row in enumerate(block["rows"]):
                    for ci, text in enumerate(row):
                        cell = t.cell(ri, ci)
                        _cell_text(cell, text, east, 10.5, bold=(ri == 0))
                doc.add_paragraph()
                continue
            if block.startswith("!"):  # centred title
                par = doc.add_paragraph()
                _para_fmt(par, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
                _write(par, block[1:], title_font, 16, bold=True)
                continue
            if block.startswith(">"):  # right aligned (落款)
                par = doc.add_paragraph()
                _para_fmt(par, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
                _write(par, block[1:], east, 14)
                continue
            bold = block.startswith("#")
            par = doc.add_paragraph()
            _para_fmt(par, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=24)
            _write(par, block.lstrip("#"), "黑体" if bold and east != "Noto Serif CJK SC"
                   else east, 14, bold=bold and east == "Noto Serif CJK SC")
    doc.save(str(out))


def to_pdf(docx_path: Path, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
            check=True, capture_output=True,
        )
        shutil.copy(Path(tmp) / (docx_path.stem + ".pdf"), out_pdf)


_SPACE = re.compile(r"\s+")


def pdf_pages(pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        return [_SPACE.sub("", p.extract_text() or "") for p in doc.pages]


def write_gold(app: dict, source_name: str, out: Path, pages: list[str] | None) -> list[str]:
    problems = []
    claims = []
    for c in app["claims"]:
        claim = {k: c[k] for k in ("field", "value", "status", "year")}
        if c.get("qualifier", "exact") != "exact":
            claim["qualifier"] = c["qualifier"]
        if pages is not None:
            probes = [_SPACE.sub("", c["quote"])]
            if c.get("find"):
                probes.insert(0, _SPACE.sub("", c["find"]))
            found = None
            for probe in probes:
                hits = [i + 1 for i, t in enumerate(pages) if probe in t]
                if hits:
                    if len(hits) > 1 and not c.get("page_pick"):
                        problems.append(f"{c['field']} {c['value']}: probe on pages {hits}")
                    found = hits[c.get("page_pick", 1) - 1] if len(hits) >= c.get("page_pick", 1) else hits[0]
                    break
            if found is None:
                problems.append(f"{c['field']} {c['value']}: not found in PDF: {probes}")
                found = 0
            claim["page"] = found
        claim["quote"] = c["quote"]
        if c.get("note"):
            claim["note"] = c["note"]
        claims.append(claim)
    gold = {
        "schema": "gold/v1",
        "document": source_name,
        "framework": "miit-2023",
        "city": app["city"],
        "document_date": app["document_date"],
        "claims": claims,
        "lists": {k: v for k, v in app["lists"].items() if v},
        "prescreen": app["prescreen"],
    }
    if app.get("notes"):
        gold["note"] = app["notes"]
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return problems


def C(field: str, value, status: str, year, quote: str, qualifier: str = "exact",
      find: str | None = None, note: str | None = None) -> dict:
    """One gold claim (find: a verbatim probe used only to locate the PDF page)."""
    claim = {"field": field, "value": value, "status": status, "year": year, "quote": quote,
             "qualifier": qualifier}
    if find:
        claim["find"] = find
    if note:
        claim["note"] = note
    return claim


PROMPTS = {
    "basic": "简述基本情况，包括但不限于：1.申报城市行政区划、经济等基本情况，以及有利于开展“5G+工业互联网”应用和产业条件的城市条件。2.“5G+工业互联网”应用发展情况、产业基础情况、配套服务情况、相关政策环境情况等。1500字以内",
    "nondev": "说明申报城市“5G+工业互联网”融合应用先导区试点评审指标中不可偏离条件的符合性情况，包括但不限于：1.专项政策制定及实施情况。2.5G网络覆盖及每万人拥有基站数。3.“5G+工业互联网”典型应用场景情况。4.工业和信息化部2023年及以前工业互联网试点示范（5G工厂方向）或5G工厂名录情况。5.具备全国性示范能力的部级及以上相关称号情况。6.无重大网络安全事件，未出现提供虚拟材料等情况。1500字以内",
    "build": "简述申报城市对标《“5G+工业互联网”融合应用先导区试点建设指南》有关要求的建设实施方案，包括但不限于在加大政策支持力度、夯实基础设施建设、推进融合应用创新、培育壮大产业生态、强化公共服务能力等方面的实施举措、实施路径、工作任务、推进机制等。2000字以内",
    "goals": "简述申报城市对标《“5G+工业互联网”融合应用先导区试点建设指南》有关目标要求，明确先导区建设工作的总体绩效目标及分年度分项目标，确保目标可考核，1500字以内",
}

COMMITMENT = "我市申报的所有材料均真实完整，符合国家有关法律法规及相关产业政策要求，如有不实，愿承担相应责任。"
