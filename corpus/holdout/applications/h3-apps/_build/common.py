"""Shared helpers for the h3-apps hand-written holdout applications."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent
_SPACE = re.compile(r"\s+")


def new_doc(font: str = "宋体", size: float = 12) -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for sec in doc.sections:
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.6)
        sec.top_margin = sec.bottom_margin = Cm(2.5)
    return doc


def para(doc, text: str, bold=False, size=None, align=None, indent=True, font=None):
    p = doc.add_paragraph()
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(24)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = font
        run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def cell_text(cell, lines, bold=False, size=None):
    """Fill a table cell with one paragraph per line."""
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def table(doc, rows, widths=None, style="Table Grid", header_bold=True, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    if widths:
        t.autofit = False
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    from docx.oxml import OxmlElement

    if widths:
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trPr.append(cs)
    hdr = OxmlElement("w:tblHeader")
    t.rows[0]._tr.get_or_add_trPr().append(hdr)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), str(val), bold=(header_bold and i == 0), size=size)
            if widths:
                t.cell(i, j).width = Cm(widths[j])
    return t


TMP = Path("/tmp/h3apps-build")


def to_pdf(doc, stem: str) -> Path:
    """Save the DOCX outside the corpus (so it is not taken for a source) and convert it into OUT."""
    TMP.mkdir(exist_ok=True)
    src = TMP / f"{stem}.docx"
    doc.save(src)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
        check=True, capture_output=True,
    )
    return OUT / f"{stem}.pdf"


def pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [_SPACE.sub("", p.extract_text() or "") for p in pdf.pages]


def char_count(text: str) -> int:
    return len(_SPACE.sub("", text))


def write_gold(stem: str, source: Path, gold: dict) -> None:
    """Fill PDF pages from quotes (must be unique) and write <stem>.gold.json."""
    if source.suffix == ".pdf":
        pages = pdf_pages(source)
        for c in gold["claims"]:
            q = _SPACE.sub("", c["quote"])
            hits = [i + 1 for i, t in enumerate(pages) if q in t]
            want = c.pop("_page", None)
            if want is not None:
                assert want in hits, (c, hits)
                c["page"] = want
            else:
                assert len(hits) == 1, (c["quote"], hits)
                c["page"] = hits[0]
        gold["_pages_total"] = len(pages)
    ordered = {}
    for c in gold["claims"]:
        pass
    pages_total = gold.pop("_pages_total", None)
    gold["claims"] = [
        {k: c[k] for k in ("field", "value", "status", "year", "qualifier", "page", "quote") if k in c}
        | ({"note": c["note"]} if "note" in c else {})
        for c in gold["claims"]
    ]
    if pages_total:
        gold["pages"] = pages_total
    (OUT / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def C(field, value, status, year, quote, q=None, note=None, page=None):
    d = {"field": field, "value": value, "status": status, "year": year, "quote": quote}
    if q and q != "exact":
        d["qualifier"] = q
    if note:
        d["note"] = note
    if page:
        d["_page"] = page
    return d


def render(doc, items):
    """items: (kind, payload). kinds: title, h1, h2, p, pn (no indent), right, center, table, break."""
    from docx.enum.text import WD_BREAK

    text = []
    for kind, val in items:
        if kind == "title":
            para(doc, val, bold=True, size=18, align="center", font="黑体")
        elif kind == "h1":
            para(doc, val, bold=True, size=14, indent=False, font="黑体")
        elif kind == "h2":
            para(doc, val, bold=True, indent=True, font="楷体")
        elif kind == "p":
            para(doc, val)
        elif kind == "pn":
            para(doc, val, indent=False)
        elif kind == "right":
            para(doc, val, align="right")
        elif kind == "center":
            para(doc, val, align="center")
        elif kind == "table":
            widths = None
            if isinstance(val, tuple):
                val, widths = val
            table(doc, val, size=9.5, widths=widths)
            val = ["".join(map(str, r)) for r in val]
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            val = ""
        text.append("".join(val) if isinstance(val, list) else val)
    return "".join(text)
