"""Word (DOCX) submissions: the body XML read in order into raw blocks, tables and furniture."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from extractor.errors import CorruptDocument, EmptyDocument, TooLargeDocument
from extractor.language import N_, _
from extractor.model import (
    BlockKind,
    FurnitureRole,
    ParsedDocument,
    RawBlock,
    RawCell,
    SourceFormat,
    Warning,
)
from extractor.parse.docx_package import check_archive, open_package, related_xml
from extractor.parse.docx_pages import printed_pages
from extractor.parse.docx_pictures import PictureReader
from extractor.parse.docx_styles import (
    MC,
    Element,
    Formatting,
    ParagraphStyle,
    W,
    as_int,
    describe,
    find_in,
    page_number_max_letters,
    switch,
    val,
)
from extractor.parse.sniff import SourceFile
from extractor.settings import Limits

if TYPE_CHECKING:
    from docx.parts.document import DocumentPart

_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
# A picture: DrawingML's blip (r:embed) or a legacy VML image (r:id).
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
_MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
_P, _TBL, _TR, _TC, _T, _BR = (W + n for n in ("p", "tbl", "tr", "tc", "t", "br"))
_PPR, _SECT_PR, _TC_PR = W + "pPr", W + "sectPr", W + "tcPr"
_TXBX, _RENDERED = W + "txbxContent", W + "lastRenderedPageBreak"
_ALT, _CHOICE, _FALLBACK = (MC + n for n in ("AlternateContent", "Choice", "Fallback"))
_DELETED = frozenset(W + n for n in ("del", "moveFrom"))
# Properties, tracked deletions, field codes and ruby annotations carry no displayed text.
_SKIPPED = _DELETED | {
    W + n for n in ("pPr", "rPr", "instrText", "delText", "delInstrText", "sdtPr", "sdtEndPr", "rt")
}
_WRAPPERS = frozenset(W + n for n in ("sdt", "sdtContent", "customXml"))
_CHARS = {W + "tab": "\t", W + "ptab": "\t", W + "cr": "\n", W + "noBreakHyphen": "-"}
_REFERENCES = {
    W + "headerReference": FurnitureRole.header,
    W + "footerReference": FurnitureRole.footer,
}
# Word's own limit on a table's columns: no cell spans more, no row skips more. A hostile
# gridSpan or gridBefore of 10**9 would otherwise make a grid of a billion columns.
_MAX_COLUMNS = 63
_PAGE_FIELD = re.compile(r"\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b", re.IGNORECASE)
_NOT_LETTERS = re.compile(r"[\d\W_]+")
_NEXT_SECTION = etree.XPath(
    "following::w:sectPr[not(parent::w:sectPrChange)][1]", namespaces={"w": W[1:-1]}
)


def _branch(alternate: Element) -> Element | None:
    """The one branch of mc:AlternateContent to read: Choice and Fallback hold the same content."""
    return next((c for c in alternate if c.tag in (_CHOICE, _FALLBACK)), None)


def _children(element: Element, tag: str) -> Iterator[Element]:
    """Children with ``tag``, looking through content controls and custom XML wrappers."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _merge(tcpr: Element | None, tag: str) -> str | None:
    """A cell's w:vMerge / w:hMerge: ``restart``, ``continue`` (the default) or None."""
    found = find_in(tcpr, tag)
    return None if found is None else val(found) or "continue"


def _ends_page(ppr: Element | None) -> bool:
    """Whether a paragraph ends a section and the next section starts on a new page.

    A section's own w:type says how it starts, so the break after this paragraph is decided
    by the next w:sectPr in the body, not by the one in this paragraph.
    """
    section = find_in(ppr, _SECT_PR)
    if section is None:
        return False
    following = _NEXT_SECTION(section)
    return not following or val(following[0].find(W + "type")) != "continuous"


@dataclass(slots=True)
class _Reading:
    """One paragraph as read: its text pieces, the text boxes and pictures it anchors, and its
    list label."""

    page: int
    parts: list[str] = field(default_factory=list)
    boxes: list[Element] = field(default_factory=list)
    pictures: list[str] = field(default_factory=list)  # relationship ids, in order
    has_text: bool = False
    label: tuple[str, int] | None = None

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Walker:
    """Reads one part's block-level XML in order into raw blocks, counting pages as it goes."""

    def __init__(self, formatting: Formatting, pictures: PictureReader | None = None) -> None:
        self.formatting = formatting
        self.pictures = pictures
        self.blocks: list[RawBlock] = []
        self.page = 1
        self.after_break = False  # an explicit break, no text since: Word's marker follows
        self.notes: set[str] = set()

    def container(self, element: Element) -> None:
        """Read the paragraphs and tables of a body, cell, text box or content control."""
        for child in element:
            if child.tag == _P:
                self.paragraph(child)
            elif child.tag == _TBL:
                self.table(child, None)
            elif child.tag in _WRAPPERS:
                self.container(child)
            elif child.tag == _ALT and (branch := _branch(child)) is not None:
                self.container(branch)
            elif child.tag == W + "altChunk":
                self.notes.add("docx-alt-chunk")

    def paragraph(self, p: Element) -> None:
        """One paragraph block, then the text boxes it anchors as blocks of their own."""
        ppr = p.find(_PPR)
        style = self.formatting.style_of(ppr)
        reading = self.read_paragraph(p, ppr, style)
        text = reading.text
        if text.strip():
            kind, level, label = describe(text, style, ppr, reading.label)
            block = RawBlock(kind=kind, text=text, page=reading.page, level=level, label=label)
            self.blocks.append(block)
        for box in reading.boxes:
            self.container(box)
        self._pictures([(picture, reading.page) for picture in reading.pictures])

    def _pictures(self, pictures: list[tuple[str, int]]) -> None:
        """OCR blocks of the pictures anchored here, in order (none in headers and footers: a
        logo there is not the document's text)."""
        if self.pictures is not None:
            for picture, page in pictures:
                self.blocks.extend(self.pictures.read(picture, page))

    def read_paragraph(self, p: Element, ppr: Element | None, style: ParagraphStyle) -> _Reading:
        """Text, page and label of a paragraph; list counters advance even when it is empty."""
        before = switch(ppr, W + "pageBreakBefore")
        if style.break_before if before is None else before:
            self._advance(None, rendered=False)
        reading = _Reading(page=self.page)
        self._read(p, reading)
        reading.label = self.formatting.label(ppr, style)
        if _ends_page(ppr):
            self._advance(None, rendered=False)
        return reading

    def _advance(self, reading: _Reading | None, rendered: bool) -> None:
        """Count a page break; Word's rendered marker right after an explicit break is the same."""
        if rendered and self.after_break:
            self.after_break = False
            return
        self.page += 1
        self.after_break = not rendered
        if reading is not None and not reading.has_text:
            reading.page = self.page

    def _read(self, element: Element, reading: _Reading) -> None:
        """Displayed text in document order; text boxes are set aside, deletions skipped."""
        for child in element:
            tag = child.tag
            if tag in (_T, _MATH_T):
                text = child.text or ""
                reading.parts.append(text)
                if text.strip():
                    reading.has_text, self.after_break = True, False
            elif tag in _SKIPPED:
                if tag in _DELETED:
                    self.notes.add("docx-tracked-deletions")
            elif tag in _CHARS:
                reading.parts.append(_CHARS[tag])
            elif tag == _BR:
                if child.get(W + "type") == "page":
                    self._advance(reading, rendered=False)
                else:
                    reading.parts.append("\n")
            elif tag == _RENDERED:
                self._advance(reading, rendered=True)
            elif tag == _TXBX:
                reading.boxes.append(child)
            elif tag in (_BLIP, _VML_IMAGE):
                picture = child.get(_R_EMBED if tag == _BLIP else _R_ID)
                if picture:
                    reading.pictures.append(picture)
            elif tag == _ALT and (branch := _branch(child)) is not None:
                self._read(branch, reading)
            else:
                self._read(child, reading)

    def table(self, tbl: Element, parent: int | None) -> None:
        """A table block on its grid, then its nested tables and text boxes after it."""
        found = _Found([], [], [], [])
        cells, rows, width = self._grid(tbl, found)
        if not rows:  # every row was a tracked deletion
            return
        width = max(width, len(tbl.findall(f"{W}tblGrid/{W}gridCol")))
        page = found.pages[0] if found.pages else self.page
        self.blocks.append(
            RawBlock(BlockKind.table, "", page, cells=cells, rows=rows, cols=width, parent=parent)
        )
        index = len(self.blocks) - 1
        for inner in found.nested:
            self.table(inner, index)
        for box in found.boxes:
            self.container(box)
        self._pictures(found.pictures)

    def _grid(self, tbl: Element, found: _Found) -> tuple[list[RawCell], int, int]:
        """Cells placed on the grid; a merged cell is kept once and its spans grow."""
        cells: list[RawCell] = []
        above: dict[int, RawCell] = {}  # grid column -> cell open for a vertical merge
        row = width = 0
        for tr in _children(tbl, _TR):
            trpr = tr.find(W + "trPr")
            if any(find_in(trpr, tag) is not None for tag in _DELETED):
                self.notes.add("docx-tracked-deletions")
                continue
            col = min(max(0, as_int(val(find_in(trpr, W + "gridBefore")), 0)), _MAX_COLUMNS)
            left: RawCell | None = None
            for tc in _children(tr, _TC):
                text = self._cell_text(tc, found)
                tcpr = tc.find(_TC_PR)
                span = min(max(1, as_int(val(find_in(tcpr, W + "gridSpan")), 1)), _MAX_COLUMNS)
                vertical, horizontal = _merge(tcpr, W + "vMerge"), _merge(tcpr, W + "hMerge")
                target = left if horizontal == "continue" else None
                if target is None and vertical == "continue":
                    target = above.get(col)
                if target is None:
                    target = RawCell(row=row, col=col, text=text, col_span=span)
                    cells.append(target)
                    for covered in range(col, col + span):
                        above.pop(covered, None)
                    if vertical == "restart":
                        above[col] = target
                else:
                    if horizontal == "continue":
                        target.col_span += span
                    else:
                        target.row_span = row - target.row + 1
                    if text.strip():  # Word empties merged-away cells; keep any text left
                        target.text = f"{target.text}\n{text}" if target.text else text
                left = target
                col += span
            width = max(width, col)
            row += 1
        return cells, row, width

    def _cell_text(self, element: Element, found: _Found) -> str:
        """A cell's paragraphs joined by newlines; nested tables and text boxes go to ``found``."""
        parts: list[str] = []
        for child in element:
            if child.tag == _P:
                ppr = child.find(_PPR)
                reading = self.read_paragraph(child, ppr, self.formatting.style_of(ppr))
                found.pages.append(reading.page)
                found.boxes.extend(reading.boxes)
                found.pictures.extend((picture, reading.page) for picture in reading.pictures)
                parts.append(reading.text)
            elif child.tag == _TBL:
                found.nested.append(child)
            elif child.tag in _WRAPPERS:
                parts.append(self._cell_text(child, found))
            elif child.tag == _ALT and (branch := _branch(child)) is not None:
                parts.append(self._cell_text(branch, found))
        return "\n".join(part for part in parts if part.strip())


@dataclass(frozen=True, slots=True)
class _Found:
    """What reading a table's cells turns up besides text."""

    boxes: list[Element]
    nested: list[Element]
    pages: list[int]
    pictures: list[tuple[str, int]]  # (relationship id, page)


def _is_page_number(part: Element, text: str) -> bool:
    """A header or footer showing only a PAGE field, or only digits, is the page number."""
    letters = len(_NOT_LETTERS.sub("", text))
    has_field = (
        any(_PAGE_FIELD.match(code.text or "") for code in part.iter(W + "instrText"))
        or any(_PAGE_FIELD.match(f.get(W + "instr") or "") for f in part.iter(W + "fldSimple"))
        or next(part.iter(W + "pgNum"), None) is not None
    )
    if has_field:
        return letters <= page_number_max_letters()
    return letters == 0 and any(char.isdigit() for char in text)


def _flat_text(blocks: list[RawBlock]) -> str:
    """A header's blocks as one text; table rows on lines, cells separated by tabs."""
    lines: list[str] = []
    for block in blocks:
        if block.kind is not BlockKind.table:
            lines.append(block.text)
            continue
        for row in range(block.rows):
            cells = sorted((c for c in block.cells if c.row == row), key=lambda c: c.col)
            lines.append("\t".join(c.text for c in cells))
    return "\n".join(line for line in lines if line.strip())


def _furniture(part: DocumentPart, body: Element, formatting: Formatting) -> list[RawBlock]:
    """Headers and footers of every section in order, each distinct text once."""
    from docx.opc.part import XmlPart

    blocks: list[RawBlock] = []
    seen: set[tuple[FurnitureRole, str]] = set()
    for section in body.iter(_SECT_PR):
        if section.getparent().tag == W + "sectPrChange":  # the section as it was before an edit
            continue
        for reference in section:
            role = _REFERENCES.get(reference.tag)
            target = part.related_parts.get(reference.get(_R_ID))
            if role is None or not isinstance(target, XmlPart):
                continue
            walker = _Walker(formatting)
            walker.container(target.element)
            text = _flat_text(walker.blocks)
            if not text.strip() or (role, text) in seen:
                continue
            seen.add((role, text))
            if _is_page_number(target.element, text):
                role = FurnitureRole.page_number
            blocks.append(RawBlock(kind=BlockKind.furniture, text=text, role=role))
    return blocks


_NOTES = {
    "docx-tracked-deletions": N_("tracked deletions were skipped; tracked insertions were kept"),
    "docx-alt-chunk": N_("an embedded document (altChunk) was not read"),
}


def parse_docx(source: SourceFile, limits: Limits, keep: Path | None = None) -> ParsedDocument:
    """Read a DOCX in body order into raw blocks (safety checks before any XML is parsed), its
    pages as LibreOffice prints it (the PDF kept at ``keep``), or Word's hints if told not to."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    path = source.path
    check_archive(path, limits, source.location)
    part = open_package(path, source.location)
    body = part.element.find(W + "body")
    if body is None:
        raise CorruptDocument(
            path, _("word/document.xml has no w:body"), _("save it again as .docx")
        )
    formatting = Formatting(related_xml(part, RT.STYLES), related_xml(part, RT.NUMBERING))
    pictures = PictureReader(part, limits)
    walker = _Walker(formatting, pictures)
    walker.container(body)
    if not any(b.text.strip() or any(c.text.strip() for c in b.cells) for b in walker.blocks):
        raise EmptyDocument(
            path, _("the document body has no text"), _("if it is a scan, submit a PDF")
        )
    if walker.page > limits.max_pages:
        raise TooLargeDocument(
            path,
            _("about {pages:,} pages, over the limit of {limit:,}").format(
                pages=walker.page, limit=limits.max_pages
            ),
        )
    blocks = walker.blocks + _furniture(part, body, formatting)
    warnings = [Warning(code=code, message=_(_NOTES[code])) for code in sorted(walker.notes)]
    printed, found = printed_pages(source.read_from, limits, blocks, keep)
    return ParsedDocument(
        source=str(path),
        sha256=source.sha256,
        format=SourceFormat.docx,
        page_count=printed or walker.page,
        blocks=blocks,
        warnings=warnings + pictures.warnings() + found,
    )
