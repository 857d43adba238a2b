"""Writing a Document as .docx with python-docx: styles, merged-cell tables, page-number footer."""

from __future__ import annotations

import random
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx import Document as new_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from corpus.blocks import Block, Document

FONTS = ("Noto Serif CJK SC", "Noto Sans CJK SC")


def _font(style: Any, name: str, size: float, bold: bool = False) -> None:
    style.font.name = name
    style.font.size = Pt(size)
    style.font.bold = bold
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _field(paragraph: Any, instruction: str) -> None:
    """A PAGE or NUMPAGES field, which LibreOffice fills in when it lays out the pages."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _footer(paragraph: Any, pattern: str) -> None:
    """Footer text like 第 {p} 页 共 {t} 页 with fields in place of {p} and {t}."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rest = pattern
    while rest:
        positions = [(rest.find(k), k) for k in ("{p}", "{t}") if k in rest]
        if not positions:
            paragraph.add_run(rest)
            break
        index, key = min(positions)
        if index:
            paragraph.add_run(rest[:index])
        _field(paragraph, "PAGE" if key == "{p}" else "NUMPAGES")
        rest = rest[index + 3 :]


def _table(document: Any, block: Block) -> None:
    columns = max(len(row) for row in block.rows)
    table = document.add_table(rows=len(block.rows), cols=columns)
    table.style = "Table Grid"
    for row, values in zip(table.rows, block.rows, strict=True):
        for cell, value in zip(row.cells, values, strict=False):
            cell.text = value
    for r1, c1, r2, c2 in block.merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))


def _fix_zip_dates(path: Path) -> None:
    """Rewrite the archive with fixed entry dates; python-docx stamps the current time."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED  # ZipInfo defaults to stored
            archive.writestr(info, data)


def write_docx(document: Document, path: Path, rng: random.Random) -> None:
    """Write the .docx; fonts, sizes and heading style vary by document."""
    out = new_docx()
    out.core_properties.created = datetime(2024, 1, 1, tzinfo=UTC)
    out.core_properties.modified = datetime(2024, 1, 1, tzinfo=UTC)
    out.core_properties.author = ""
    body_font, heading_font = rng.choice(FONTS), rng.choice(FONTS)
    size = rng.choice([10.5, 12, 12, 14])
    _font(out.styles["Normal"], body_font, size)
    for level, bump in ((1, 4), (2, 2)):
        _font(out.styles[f"Heading {level}"], heading_font, size + bump, bold=True)
        out.styles[f"Heading {level}"].font.color.rgb = None
    real_headings = rng.random() < 0.6
    section = out.sections[0]
    section.header.paragraphs[0].text = document.header
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _footer(section.footer.paragraphs[0], document.footer)
    for block in document.blocks:
        _block(out, block, size, real_headings)
    out.save(str(path))
    _fix_zip_dates(path)


def _block(out: Any, block: Block, size: float, real_headings: bool) -> None:
    kind = block.kind
    if kind == "pagebreak":
        out.add_page_break()
    elif kind == "table":
        _table(out, block)
    elif kind in ("heading", "subheading") and real_headings:
        out.add_heading(block.text, level=1 if kind == "heading" else 2)
    else:
        paragraph = out.add_paragraph()
        run = paragraph.add_run(block.text)
        if kind == "title":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.font.size, run.font.bold = Pt(size + 6), True
        elif kind in ("heading", "subheading"):
            run.font.bold = True
        elif kind == "right":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "caption":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "para":
            paragraph.paragraph_format.first_line_indent = Pt(2 * size)
