"""PDF submissions: pdfium's text layer in reading order, ruled tables, furniture set apart."""

from __future__ import annotations

import logging
import mmap
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.errors import CorruptDocument, EmptyDocument, EncryptedDocument, TooLargeDocument
from extractor.language import _
from extractor.model import (
    BlockKind,
    FurnitureRole,
    ParsedDocument,
    RawBlock,
    RawCell,
    SourceFormat,
    Warning,
)
from extractor.parse import aligned
from extractor.parse.furniture import PageLines, find_furniture
from extractor.parse.headings import numbering
from extractor.parse.layout import (
    BBox,
    Line,
    body_height,
    gap_limit,
    reading_order,
    starts_paragraph,
)
from extractor.parse.ocr_furniture import edge_lines, set_apart
from extractor.parse.pdf_page import UNREADABLE_PAGE, PageContent, PageReader
from extractor.parse.pdf_tables import TableContent
from extractor.parse.sniff import SourceFile
from extractor.settings import Limits

if TYPE_CHECKING:
    import pypdfium2 as pdfium

log = logging.getLogger(__name__)
_HEADING_SIZE = 1.12  # a line this much taller than body text is a heading
_HEADING_CHARS = 60
_OCR_SCALE = 300 / 72  # render scanned pages at 300 dpi
# ... unless the page's longer side would then exceed this (an A3 page at 300 dpi is 4961 px)
_OCR_MAX_SIDE_PX = 5000
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page\b")
_CATALOG = re.compile(rb"/Type\s*/Catalog\b")
OcrFunction = Callable[[Any, int], tuple[list[RawBlock], str | None]]


def _text_block(lines: list[Line], page: int, body: float) -> RawBlock:
    """One paragraph: its lines joined by newlines, a box per character (None on the joins)."""
    parts: list[str] = []
    boxes: list[BBox | None] = []
    for line in lines:
        if parts:
            parts.append("\n")
            boxes.append(None)
        parts.append(line.text)
        boxes.extend(line.boxes)
    text = "".join(parts)
    found = numbering(text)
    kind, level, label = BlockKind.paragraph, None, None
    if found is not None:
        kind, level, label = found.kind, found.level, found.label
    tall = lines[0].size >= _HEADING_SIZE * body
    if tall and len(lines) <= 2 and len(text) <= _HEADING_CHARS:
        kind, level = BlockKind.heading, level or 1
    return RawBlock(
        kind=kind,
        text=text,
        page=page,
        box=aligned.union(line.bbox for line in lines),
        boxes=boxes,
        level=level,
        label=label,
    )


def _table_block(table: TableContent, page: int) -> RawBlock:
    cells: list[RawCell] = []
    for cell, lines in zip(table.area.cells, table.cells, strict=True):
        text = "\n".join(line.text for line in lines)
        boxes: list[BBox | None] = []
        for number, line in enumerate(lines):
            if number:
                boxes.append(None)
            boxes.extend(line.boxes)
        cells.append(
            RawCell(cell.row, cell.col, text, cell.row_span, cell.col_span, cell.bbox, boxes)
        )
    area = table.area
    return RawBlock(
        kind=BlockKind.table,
        text="",
        page=page,
        box=area.bbox,
        cells=cells,
        rows=area.rows,
        cols=area.cols,
    )


def _page_blocks(content: PageContent, furniture: dict[int, FurnitureRole]) -> list[RawBlock]:
    """Body blocks of one page in reading order, then its furniture."""
    lines = [line for i, line in enumerate(content.lines) if i not in furniture]
    items: list[Line | TableContent] = [*lines, *content.tables]
    boxes = [item.bbox if isinstance(item, Line) else item.area.bbox for item in items]
    body = body_height(lines)
    limit = gap_limit(sorted(lines, key=lambda line: (line.x0 // 50, line.top)))
    blocks: list[RawBlock] = list(content.ocr_blocks)
    paragraph: list[Line] = []
    previous_right = 0.0
    for index, right in reading_order(boxes, body):
        item = items[index]
        if isinstance(item, TableContent):
            if paragraph:
                blocks.append(_text_block(paragraph, content.number, body))
                paragraph = []
            blocks.append(_table_block(item, content.number))
            continue
        opens = not paragraph or starts_paragraph(paragraph[-1], item, previous_right, limit)
        if opens or numbering(item.text) is not None:
            if paragraph:
                blocks.append(_text_block(paragraph, content.number, body))
            paragraph = []
        paragraph.append(item)
        previous_right = right
    if paragraph:
        blocks.append(_text_block(paragraph, content.number, body))
    for index, role in sorted(furniture.items()):
        line = content.lines[index]
        blocks.append(
            RawBlock(
                kind=BlockKind.furniture,
                text=line.text,
                page=content.number,
                box=line.bbox,
                boxes=list(line.boxes),
                role=role,
            )
        )
    return blocks


def _open(source: SourceFile) -> pdfium.PdfDocument:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(str(source.read_from))
    except pdfium.PdfiumError as err:
        code = raw.FPDF_GetLastError()
        if code == raw.FPDF_ERR_PASSWORD:
            raise EncryptedDocument(
                source.path,
                _("the PDF is protected by a password"),
                _("ask for an unprotected copy"),
            ) from err
        if code != raw.FPDF_ERR_PASSWORD and _whole_without_pages(source.read_from):
            # pdfium refuses a document whose page tree holds no page, and its last-error code
            # is then whatever an earlier call left (it sets none): judge by the bytes instead
            raise EmptyDocument(source.path, _("the PDF has no pages")) from err
        raise CorruptDocument(
            source.path, _("the PDF cannot be opened: it is damaged or not a PDF")
        ) from err


def _whole_without_pages(path: Path) -> bool:
    """A file that ends as a PDF ends (%%EOF: not cut short) and has a catalog, yet names no
    page object at all (objects in compressed streams are missed: such a file stays corrupt)."""
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        if not data[-1024:].rstrip().endswith(b"%%EOF") or _CATALOG.search(data) is None:
            return False
        return _PAGE_OBJECT.search(data) is None


def _loads(pdf: pdfium.PdfDocument, index: int) -> bool:
    import pypdfium2 as pdfium

    try:
        pdf[index].close()
    except pdfium.PdfiumError:
        return False
    return True


def ocr_scale(width: float, height: float) -> float:
    """Pixels per point to render a page of ``width`` × ``height`` points for OCR: 300 dpi, less
    for a page so large (a poster, a drawing, a page set to 200 × 200 inches) that its longer side
    would exceed 5000 px, which would hold gigabytes to read text the detector looks at 2000 px
    wide anyway."""
    return min(_OCR_SCALE, _OCR_MAX_SIDE_PX / max(width, height, 1.0))


class LazyOcr:
    """The page OCR, its engine started the first time a page needs it: a PDF with a text
    layer on every page never loads PP-OCR (0.8 s a document, most of a text PDF's parse)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.problem: str | None = None
        self._run: OcrFunction | None = None
        self._tried = False

    def available(self) -> bool:
        """Whether pages can be OCRed; the first call starts the engine (or finds why not)."""
        if not self._tried:
            self._tried = True
            self._run, self.problem = _ocr_function(self.limits)
        return self._run is not None

    def __call__(self, page: pdfium.PdfPage, number: int) -> tuple[list[RawBlock], str | None]:
        if not self.available() or self._run is None:
            return [], self.problem
        return self._run(page, number)


def _ocr_function(limits: Limits) -> tuple[OcrFunction | None, str | None]:
    """A page OCR callable if the OCR engine can run, else why not."""
    if not limits.ocr:
        return None, "OCR is switched off (EXTRACTOR_OCR=0)"
    from extractor.parse.ocr import OcrError, ocr_available, ocr_page

    problem = ocr_available(limits)
    if problem is not None:
        return None, problem

    def run(page: pdfium.PdfPage, number: int) -> tuple[list[RawBlock], str | None]:
        scale = ocr_scale(*page.get_size())
        image = page.render(scale=scale, grayscale=True).to_pil()
        try:
            return ocr_page(image, number, scale, limits), None
        except OcrError as err:
            return [], err.reason

    return run, None


def parse_pdf(source: SourceFile, limits: Limits) -> ParsedDocument:
    """Read every page; no page is dropped: each one yields blocks or a warning."""
    pdf = _open(source)
    try:
        count = declared = len(pdf)
        if count == 0:
            raise EmptyDocument(source.path, _("the PDF has no pages"))
        if count > limits.max_pages and not _loads(pdf, limits.max_pages):
            # pdfium trusts the page tree's /Count; a damaged one may claim pages it lacks
            count = limits.max_pages
        elif count > limits.max_pages:
            raise TooLargeDocument(
                source.path,
                _("{pages} pages is over the limit of {limit}").format(
                    pages=count, limit=limits.max_pages
                ),
                "EXTRACTOR_MAX_PAGES",
            )
        ocr = LazyOcr(limits)
        reader = PageReader(pdf, str(source.read_from), ocr)
        try:
            pages = [reader.read(index) for index in range(count)]
        finally:
            reader.close()
    finally:
        pdf.close()
    if count < declared:  # the pages past the last that loads were never there
        while pages and any(w.code == UNREADABLE_PAGE for w in pages[-1].warnings):
            pages.pop()
    if all(any(w.code == UNREADABLE_PAGE for w in page.warnings) for page in pages):
        raise CorruptDocument(source.path, _("no page of the PDF can be loaded"))
    # an OCR'd page offers its blocks' first and last lines (a page without a text layer)
    edges = [[] if page.lines else edge_lines(page.ocr_blocks) for page in pages]
    furniture = find_furniture(
        [
            PageLines(page.height, page.lines or [e.line for e in edge])
            for page, edge in zip(pages, edges, strict=True)
        ]
    )
    blocks: list[RawBlock] = []
    warnings: list[Warning] = []
    for page, roles, edge in zip(pages, furniture, edges, strict=True):
        if edge:
            page.ocr_blocks, roles = set_apart(page.ocr_blocks, edge, roles), {}
        blocks.extend(_page_blocks(page, roles))
        warnings.extend(page.warnings)
    if len(pages) < declared:
        message = _("the page tree declares {declared:,} pages but holds {pages:,}").format(
            declared=declared, pages=len(pages)
        )
        warnings.append(Warning(code="page_count", message=message))
    if ocr.problem and any(w.code in ("no_text_layer", "bad_glyphs") for w in warnings):
        log.warning("%s: %s", source.path.name, ocr.problem)
    if not any(block.text.strip() or block.cells for block in blocks) and all(
        w.code == "blank_page" for w in warnings
    ):
        problem = _("the PDF holds no text: every page is blank") if warnings else None
        raise EmptyDocument(source.path, problem or _("the PDF holds no text"))

    return ParsedDocument(
        source=str(source.path),
        sha256=source.sha256,
        format=SourceFormat.pdf,
        page_count=len(pages),
        blocks=blocks,
        warnings=warnings,
    )
