"""Build the a3-north application documents from the markup sources in src/.

Markup (one block per line):
  #T text      title (centred, large)          #S text   subtitle (centred)
  #1 text      level-1 heading                 #2 text   level-2 heading
  #C text      centred line                    #R text   right-aligned line
  #PB          page break (DOCX/PDF) / page mark (TXT)
  #TABLE       table rows follow as "| a | b | c", first row is the header; ends with #END
  #FORM        form table: "@ a | b | c | d" short row (4 cells, or "@ a | b" label + value
               spanning 3 cells); "@@ label" starts a big row whose following lines are the
               paragraphs of its value cell; ends with #ENDFORM
  % comment    ignored
  other text   body paragraph (first-line indent)

Usage: build.py STEM FORMAT [--txt-encoding utf-8|gb18030] [--txt-table tabs|spaces]
FORMAT is docx, pdf (DOCX converted by LibreOffice, only the PDF kept) or txt.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"


def parse(path: Path) -> list[tuple]:
    blocks: list[tuple] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        if not line.strip() or line.startswith("%"):
            continue
        if line == "#TABLE":
            rows = []
            while lines[i].rstrip() != "#END":
                row = lines[i].strip()
                i += 1
                if row.startswith("|"):
                    rows.append([c.strip() for c in row.strip("|").split("|")])
            i += 1
            blocks.append(("table", rows))
        elif line == "#FORM":
            rows = []
            while lines[i].rstrip() != "#ENDFORM":
                row = lines[i].rstrip()
                i += 1
                if not row.strip() or row.startswith("%"):
                    continue
                if row.startswith("@@"):
                    rows.append(["big", row[2:].strip(), []])
                elif row.startswith("@"):
                    rows.append(["short", [c.strip() for c in row[1:].split("|")]])
                else:
                    rows[-1][2].append(row.strip())
            i += 1
            blocks.append(("form", rows))
        elif line == "#PB":
            blocks.append(("pb",))
        elif line[:2] in {"#T", "#S", "#1", "#2", "#C", "#R"} and line[2:3] == " ":
            blocks.append((line[:2], line[3:].strip()))
        else:
            blocks.append(("p", line.strip()))
    return blocks


# ---------------------------------------------------------------- DOCX
def _font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(key), name)


def _para(container, text: str, *, size=14, font=SERIF, bold=False, align=None,
          indent=True, spacing=26, before=0, after=0):
    p = container.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(spacing)
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if indent:
        fmt.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    _font(p.add_run(text), font, size, bold)
    return p


def _page_number_footer(section) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("— "), SERIF, 12)
    run = p.add_run()
    _font(run, SERIF, 12)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._element.append(el)
    _font(p.add_run(" —"), SERIF, 12)


def _cell_text(cell, text: str, *, bold=False, align=None, size=10.5, indent=False):
    cell.paragraphs[0].text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = Pt(size * 1.6)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    _font(p.add_run(text), SANS if bold else SERIF, size, bold)
    return p


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def build_docx(blocks: list[tuple], target: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(2.54), Cm(2.54)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    _page_number_footer(sec)
    style = doc.styles["Normal"]
    style.font.name = SERIF
    style.element.rPr.rFonts.set(qn("w:eastAsia"), SERIF)
    for block in blocks:
        kind = block[0]
        if kind == "#T":
            _para(doc, block[1], size=20, font=SANS, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                  indent=False, spacing=34, before=6, after=6)
        elif kind == "#S":
            _para(doc, block[1], size=15, font=SERIF, align=WD_ALIGN_PARAGRAPH.CENTER,
                  indent=False, spacing=28, after=6)
        elif kind == "#1":
            _para(doc, block[1], size=14, font=SANS, bold=True, spacing=28, before=4)
        elif kind == "#2":
            _para(doc, block[1], size=14, font=SERIF, bold=True)
        elif kind == "#C":
            _para(doc, block[1], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif kind == "#R":
            _para(doc, block[1], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "p":
            _para(doc, block[1])
        elif kind == "table":
            rows = block[1]
            ncol = max(len(r) for r in rows)
            table = doc.add_table(rows=len(rows), cols=ncol)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(rows):
                for c in range(ncol):
                    text = row[c] if c < len(row) else ""
                    _cell_text(table.cell(r, c), text, bold=(r == 0),
                               align=WD_ALIGN_PARAGRAPH.CENTER if (r == 0 or len(text) <= 12) else None)
            _repeat_header(table.rows[0])
            weights = [min(max(max(len(r[c]) if c < len(r) else 0 for r in rows), 5), 20)
                       for c in range(ncol)]
            total = sum(weights)
            table.autofit = False
            for c, column in enumerate(table.columns):
                column.width = Cm(15.6 * weights[c] / total)
            for row in table.rows:
                for c, cell in enumerate(row.cells):
                    cell.width = Cm(15.6 * weights[c] / total)
            doc.add_paragraph()
        elif kind == "form":
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=4)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = (Cm(3.6), Cm(5.0), Cm(2.4), Cm(4.6))
            for r, row in enumerate(rows):
                cells = table.rows[r].cells
                for c, w in enumerate(widths):
                    cells[c].width = w
                if row[0] == "short":
                    values = row[1]
                    if len(values) == 2:
                        merged = cells[1].merge(cells[3])
                        _cell_text(cells[0], values[0], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
                        _cell_text(merged, values[1], size=12)
                    else:
                        for c in range(4):
                            _cell_text(cells[c], values[c] if c < len(values) else "",
                                       bold=(c % 2 == 0), align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
                else:
                    merged = cells[1].merge(cells[3])
                    _cell_text(cells[0], row[1], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
                    first = True
                    for text in row[2]:
                        align = None
                        if text.startswith("#R "):
                            text, align = text[3:], WD_ALIGN_PARAGRAPH.RIGHT
                        if first:
                            p = _cell_text(merged, text, size=12, indent=align is None, align=align)
                            first = False
                        else:
                            p = merged.add_paragraph()
                            p.paragraph_format.line_spacing = Pt(22)
                            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                            if align is None:
                                p.paragraph_format.first_line_indent = Pt(24)
                            else:
                                p.alignment = align
                            _font(p.add_run(text), SERIF, 12)
            doc.add_paragraph()
    doc.save(str(target))


# ---------------------------------------------------------------- TXT
def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table_lines(rows: list[list[str]], mode: str) -> list[str]:
    if mode == "tabs":
        return ["\t".join(r) for r in rows]
    ncol = max(len(r) for r in rows)
    widths = [max(_width(r[c]) if c < len(r) else 0 for r in rows) for c in range(ncol)]
    out = []
    for r in rows:
        cells = []
        for c in range(ncol):
            text = r[c] if c < len(r) else ""
            cells.append(text + " " * (widths[c] - _width(text)))
        out.append("    ".join(cells).rstrip())
    return out


def build_txt(blocks: list[tuple], target: Path, encoding: str, table_mode: str) -> None:
    lines: list[str] = []
    page = 1
    budget = 0
    page_chars = 820

    def mark() -> None:
        nonlocal page, budget
        lines.append("")
        lines.append(f"— {page} —")
        lines.append("")
        page += 1
        budget = 0

    def emit(new: list[str], cost: int) -> None:
        nonlocal budget
        if budget and budget + cost > page_chars:
            mark()
        lines.extend(new)
        budget += cost

    for block in blocks:
        kind = block[0]
        if kind in {"#T", "#S", "#C"}:
            emit([" " * 16 + block[1]], max(len(block[1]), 40))
        elif kind == "#R":
            emit([" " * 40 + block[1]], 40)
        elif kind in {"#1", "#2"}:
            emit([block[1]], max(len(block[1]), 40))
        elif kind == "pb":
            if budget:
                mark()
        elif kind == "p":
            emit(["　　" + block[1]], len(block[1]) + 20)
        elif kind == "table":
            tl = _table_lines(block[1], table_mode)
            emit([""] + tl + [""], sum(max(len(x), 30) for x in tl))
        elif kind == "form":
            for row in block[1]:
                if row[0] == "short":
                    tl = _table_lines([row[1]], table_mode)
                    emit(tl, 40)
                else:
                    emit(["", row[1]], 40)
                    for text in row[2]:
                        if text.startswith("#R "):
                            emit([" " * 40 + text[3:]], 40)
                        else:
                            emit(["　　" + text], len(text) + 20)
    if budget:
        mark()
    target.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("stem")
    ap.add_argument("format", choices=["docx", "pdf", "txt"])
    ap.add_argument("--txt-encoding", default="utf-8")
    ap.add_argument("--txt-table", default="tabs", choices=["tabs", "spaces"])
    args = ap.parse_args()
    blocks = parse(HERE / "src" / f"{args.stem}.txt")
    if args.format == "docx":
        build_docx(blocks, OUT / f"{args.stem}.docx")
    elif args.format == "pdf":
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / f"{args.stem}.docx"
            build_docx(blocks, src)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                           check=True, capture_output=True)
            shutil.copy(Path(tmp) / f"{args.stem}.pdf", OUT / f"{args.stem}.pdf")
    else:
        build_txt(blocks, OUT / f"{args.stem}.txt", args.txt_encoding, args.txt_table)
    print("built", args.stem, args.format)


if __name__ == "__main__":
    main()
