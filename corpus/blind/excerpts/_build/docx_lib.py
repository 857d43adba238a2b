"""Small helpers for building the blind-excerpt DOCX files with python-docx."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _set_font(run, size=None, bold=False):
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def _para(container, text, bold=False, align=None, size=None, first=False):
    p = container.paragraphs[0] if first else container.add_paragraph()
    run = p.add_run(text)
    _set_font(run, size=size, bold=bold)
    if align:
        p.alignment = ALIGN[align]
    return p


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_table(doc, spec):
    rows = spec["rows"]
    ncols = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    # merge first, then fill the top-left cell of each merged region
    covered = set()
    for (r1, c1), (r2, c2) in spec.get("merges", []):
        table.cell(r1, c1).merge(table.cell(r2, c2))
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    bold_rows = set(spec.get("bold_rows", [0] if spec.get("header", True) else []))
    for ri, row in enumerate(rows):
        for ci in range(ncols):
            if (ri, ci) in covered:
                continue
            val = row[ci] if ci < len(row) else ""
            cell = table.cell(ri, ci)
            paras = val if isinstance(val, list) else [val]
            for k, text in enumerate(paras):
                _para(cell, text, bold=(ri in bold_rows), size=10.5, first=(k == 0))
    if spec.get("header", True):
        _repeat_header(table.rows[0])
    return table


def build(path, blocks):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    style.font.size = Pt(12)
    for block in blocks:
        kind = block[0]
        if kind == "p":
            opts = block[2] if len(block) > 2 else {}
            _para(doc, block[1], bold=opts.get("bold", False), align=opts.get("align"),
                  size=opts.get("size"))
        elif kind == "h":
            _para(doc, block[1], bold=True, align="center", size=16)
        elif kind == "table":
            add_table(doc, block[1])
        else:
            raise ValueError(kind)
    doc.save(path)
