"""Shared builder: blocks -> DOCX (python-docx), optional PDF (LibreOffice), gold/v1 JSON.

A document is a list of blocks:
  ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text) ("pc", text centered)
  ("pr", text right-aligned) ("table", caption, header_rows, body_rows, col_widths_cm) ("note", text small)
  ("pagebreak",)
Gold claims are written by hand in each doc script; the target cells of each indicator table are
generated from the same table data with indicator_claims(), so table and gold cannot disagree.
For a PDF, write_gold() finds each claim's page by searching its quote (or, for a table cell, the
row's unit and values) in the pdfplumber text of each page.
"""
from __future__ import annotations

import json
import re
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent

FONTSETS = {
    "gov": {"body": "仿宋_GB2312", "h1": "黑体", "h2": "楷体_GB2312", "title": "方正小标宋简体", "table": "仿宋_GB2312"},
    "noto": {"body": "Noto Serif CJK SC", "h1": "Noto Sans CJK SC", "h2": "Noto Serif CJK SC",
             "title": "Noto Sans CJK SC", "table": "Noto Serif CJK SC"},
}


def _font(run, name, size, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def _para(doc, text, font, size, align=None, indent=True, bold=False, spacing=28, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _font(p.add_run(text), font, size, bold)
    return p


def _cell_border(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def build_docx(blocks, path: Path, fontset="gov", size=16, spacing=28, table_size=10.5, meta=None):
    f = FONTSETS[fontset]
    doc = Document()
    cp = doc.core_properties
    meta = meta or {}
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    cp.title = meta.get("title", "")
    cp.comments = ""
    if "date" in meta:
        import datetime as _dt
        d = _dt.datetime.fromisoformat(meta["date"])
        cp.created = d
        cp.modified = d
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    # page number in footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)
    _font(run, f["body"], 12)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            _para(doc, b[1], f["title"], 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
        elif kind == "subtitle":
            _para(doc, b[1], f["h2"], size, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=spacing, after=12)
        elif kind == "h1":
            _para(doc, b[1], f["h1"], size, indent=True, spacing=spacing)
        elif kind == "h2":
            _para(doc, b[1], f["h2"], size, indent=True, spacing=spacing, bold=True)
        elif kind == "p":
            _para(doc, b[1], f["body"], size, spacing=spacing)
        elif kind == "pc":
            _para(doc, b[1], f["body"], size, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=spacing)
        elif kind == "pr":
            _para(doc, b[1], f["body"], size, WD_ALIGN_PARAGRAPH.RIGHT, indent=False, spacing=spacing)
        elif kind == "note":
            _para(doc, b[1], f["table"], table_size, indent=False, spacing=table_size * 1.6)
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "table":
            caption, header_rows, body, widths = b[1], b[2], b[3], b[4]
            if caption:
                cp = _para(doc, caption, f["h1"], table_size + 3, WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                           spacing=(table_size + 3) * 1.7, before=6)
                cp.paragraph_format.keep_with_next = True
            ncol = len(header_rows[0])
            t = doc.add_table(rows=0, cols=ncol)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            _cell_border(t)
            t.autofit = False
            grid = t._tbl.tblGrid
            for ci, gc in enumerate(grid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[ci] / 2.54 * 1440)))
            for ri, row in enumerate(list(header_rows) + list(body)):
                cells = t.add_row().cells
                for ci, val in enumerate(row):
                    cell = cells[ci]
                    cell.width = Cm(widths[ci])
                    par = cell.paragraphs[0]
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    par.paragraph_format.line_spacing = Pt(table_size * 1.45)
                    _font(par.add_run(str(val)), f["table"], table_size, bold=ri < len(header_rows))
                    if ri < len(header_rows) + 1:
                        par.paragraph_format.keep_with_next = True
                if ri < len(header_rows):
                    trPr = t.rows[ri]._tr.get_or_add_trPr()
                    th = OxmlElement("w:tblHeader")
                    th.set(qn("w:val"), "true")
                    trPr.append(th)
            # merge identical vertical cells in first column (level column) when flagged
            if len(b) > 5 and b[5].get("merge_first"):
                rows = t.rows
                start = len(header_rows)
                i = start
                while i < len(rows):
                    j = i
                    while j + 1 < len(rows) and (list(header_rows) + list(body))[j + 1][0] == (list(header_rows) + list(body))[i][0]:
                        j += 1
                    if j > i:
                        top = rows[i].cells[0]
                        txt = top.text
                        merged = top.merge(rows[j].cells[0])
                        for par in merged.paragraphs[1:]:
                            par._element.getparent().remove(par._element)
                        merged.paragraphs[0].runs[0].text = txt
                        for r in merged.paragraphs[0].runs[1:]:
                            r.text = ""
                    i = j + 1
            _para(doc, "", f["body"], 6, indent=False, spacing=8)
        else:
            raise ValueError(kind)
    doc.save(str(path))


def to_pdf(docx_path: Path, pdf_path: Path, date: str | None = None):
    """LibreOffice conversion; the PDF's creation/modification dates are set to `date` (ISO)
    so that the metadata does not carry the build machine's clock."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
                       check=True, capture_output=True)
        produced = Path(tmp) / (docx_path.stem + ".pdf")
        if not date:
            pdf_path.write_bytes(produced.read_bytes())
            return
        from pypdf import PdfReader, PdfWriter
        reader = PdfReader(str(produced))
        writer = PdfWriter(clone_from=reader)
        stamp = "D:" + date.replace("-", "").replace("T", "").replace(":", "") + "+08'00'"
        meta = dict(reader.metadata or {})
        meta["/CreationDate"] = stamp
        meta["/ModDate"] = stamp
        writer.add_metadata(meta)
        with open(pdf_path, "wb") as fh:
            writer.write(fh)


_SPACE = re.compile(r"\s+")


def pdf_pages(pdf_path: Path):
    import pdfplumber
    with pdfplumber.open(str(pdf_path)) as pdf:
        return [_SPACE.sub("", p.extract_text() or "") for p in pdf.pages]


def write_gold(stem, source_name, city, claims, lists, prescreen, note=None, pdf_path=None):
    out_claims = []
    pages = pdf_pages(pdf_path) if pdf_path else None
    for c in claims:
        c = dict(c)
        anchor = c.pop("anchor", None)
        if pages is not None and "page" not in c:
            q = _SPACE.sub("", c["quote"])
            hits = [i + 1 for i, t in enumerate(pages) if q in t]
            if not hits and anchor:
                hits = [i + 1 for i, t in enumerate(pages) if all(_SPACE.sub("", a) in t for a in anchor)]
            if not hits:
                joined = "".join(pages)
                pos = joined.find(q)
                if pos >= 0:
                    acc = 0
                    for t in pages:
                        if acc + len(t) > pos:
                            break
                        acc += len(t)
                    cut = acc + len(t) - pos
                    print(f"  straddles a page break after {q[:cut]!r} | {q[cut:]!r}")
            if len(hits) != 1:
                raise SystemExit(f"{stem}: page for {c['field']} {c['value']} {c['quote']!r}: {hits}")
            c["page"] = hits[0]
        out_claims.append(c)
    gold = {"schema": "gold/v1", "document": source_name, "framework": "miit-2023", "city": city}
    if note and pdf_path:
        note += (" Page: a figure stated both in prose and in a table carries the page of the quoted (prose) "
                 "occurrence; table-only cells carry the page of their table row.")
    if note:
        gold["note"] = note
    gold["claims"] = out_claims
    gold["lists"] = lists
    gold["prescreen"] = prescreen
    (OUT / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold


def indicator_claims(body, status_cols, label_idx, unit_idx, fields, start_col):
    """Generate claims for an indicator table.
    body: body rows (lists of str). status_cols: list of (header text, status, year) for columns
    from start_col onward. fields: row label -> field name (rows not in fields are not claims).
    The unit column gives the multiplier (万个/万人 -> 10000, 亿元 -> 1e8)."""
    mult = {"个": 1, "家": 1, "项": 1, "人": 1, "万个": 10000, "万人": 10000, "亿元": 100000000,
            "万元": 10000, "万家": 10000, "件": 1, "个/万人": 1, "站/万人": 1}
    claims = []
    for row in body:
        label = row[label_idx]
        if label not in fields:
            continue
        field = fields[label]
        unit = row[unit_idx]
        m = mult[unit]
        for k, (head, status, year) in enumerate(status_cols):
            cell = row[start_col + k]
            num = re.sub(r"[^\d.]", "", cell)
            if not num:
                continue
            value = float(num) * m
            value = int(round(value)) if abs(value - round(value)) < 1e-6 else round(value, 4)
            c = {"field": field, "value": value, "status": status, "year": year}
            if cell.startswith("≥") or cell.startswith(">"):
                c["qualifier"] = "at_least" if cell.startswith("≥") else "over"
            c["quote"] = f"{label}：{cell}（{head}）"
            c["anchor"] = [unit + "".join(row[start_col - 1:])]
            claims.append(c)
    return claims
