"""One PDF page read into lines and tables, with fallbacks for a missing or broken text layer."""

from __future__ import annotations

import ctypes
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from extractor.language import _
from extractor.model import RawBlock, Warning
from extractor.parse.glyphs import Glyph, bad_share, pdfium_glyphs, plumber_glyphs
from extractor.parse.layout import BBox, Line, find_lines
from extractor.parse.ocr import low_confidence
from extractor.parse.pdf_tables import TableArea, TableContent, TooManyObjects, find_tables
from extractor.parse.pdf_unruled import unruled_tables

if TYPE_CHECKING:
    import pypdfium2 as pdfium

log = logging.getLogger(__name__)
UNREADABLE_PAGE = "unreadable_page"
_BAD_SHARE = 0.05  # more unknown glyphs than this and the text layer is not trusted
_FEW_GLYPHS = 20  # a scanned page may still carry a typed page number
_SCAN_SHARE = 0.5
# pdfium's text page is quadratic in overlapping text objects (measured: 30,000 take 7 s,
# 100,000 take 170 s); a real page draws a few thousand at most.
_MAX_TEXT_OBJECTS = 20_000
_SAMPLED = 50_000
TOO_MANY_OBJECTS = "too_many_objects"


@dataclass(slots=True)
class PageContent:
    """What one page holds before reading order: text lines, tables, or OCR blocks."""

    number: int
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[TableContent] = field(default_factory=list)
    ocr_blocks: list[RawBlock] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


def _inside(glyph: Glyph, box: BBox) -> bool:
    x = (glyph.x0 + glyph.x1) / 2
    return box[0] <= x <= box[2] and box[1] <= glyph.middle <= box[3]


def _size(box: tuple[float, float, float, float]) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _split_tables(
    glyphs: list[Glyph], areas: list[TableArea]
) -> tuple[list[Glyph], list[TableContent]]:
    """Give each glyph to the table cell it sits in; the rest stay body text. A table drawn
    inside another's cell (a form's cell holding a year table) takes its own glyphs: the
    smallest table around a glyph is asked first."""
    buckets: list[list[list[Glyph]]] = [[[] for _ in area.cells] for area in areas]
    body: list[Glyph] = []
    innermost = sorted(range(len(areas)), key=lambda t: _size(areas[t].bbox))
    for glyph in glyphs:
        for t in innermost:
            area = areas[t]
            if _inside(glyph, area.bbox):
                cell = next(
                    (c for c, cell in enumerate(area.cells) if _inside(glyph, cell.bbox)), None
                )
                if cell is not None:
                    buckets[t][cell].append(glyph)
                    break
        else:
            body.append(glyph)
    tables = [
        TableContent(
            area, [sorted(find_lines(cell), key=lambda line: (line.top, line.x0)) for cell in cells]
        )
        for area, cells in zip(areas, buckets, strict=True)
    ]
    return body, tables


def _has_objects(page: pdfium.PdfPage) -> bool:
    import pypdfium2.raw as raw

    return int(raw.FPDFPage_CountObjects(page.raw)) > 0


def _text_objects(page: pdfium.PdfPage) -> int:
    """About how many text objects the page draws directly; counted only on pages with very
    many objects, from a sample of at most _SAMPLED of them (walking two million takes 4 s).
    """
    import pypdfium2.raw as raw

    count = int(raw.FPDFPage_CountObjects(page.raw))
    if count <= _MAX_TEXT_OBJECTS:
        return count
    step = max(1, count // _SAMPLED)
    get, kind, text = raw.FPDFPage_GetObject, raw.FPDFPageObj_GetType, raw.FPDF_PAGEOBJ_TEXT
    return step * sum(1 for i in range(0, count, step) if kind(get(page.raw, i)) == text)


def _nameless_font(page: pdfium.PdfPage) -> bool:
    """Whether the page draws text in a font with no name: a Type3 font (its glyphs drawn by
    the PDF itself, every other font kind names its BaseFont). Without a ToUnicode map pdfium
    reads such text as the raw codes, Latin letters that look like text."""
    import pypdfium2.raw as raw

    get, kind, text = raw.FPDFPage_GetObject, raw.FPDFPageObj_GetType, raw.FPDF_PAGEOBJ_TEXT
    seen: set[int] = set()
    for index in range(int(raw.FPDFPage_CountObjects(page.raw))):
        found = get(page.raw, index)
        if kind(found) != text:
            continue
        font = raw.FPDFTextObj_GetFont(found)
        address = ctypes.cast(font, ctypes.c_void_p).value or 0
        if not address or address in seen:
            continue
        seen.add(address)
        if raw.FPDFFont_GetBaseFontName(font, None, 0) <= 1:  # the length holds the NUL
            return True
    return False


def _image_share(page: pdfium.PdfPage) -> float:
    """Share of the page covered by its largest image: near 1 for a scanned page."""
    import pypdfium2.raw as raw

    area = page.get_width() * page.get_height()
    best = 0.0
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        best = max(best, (right - left) * (top - bottom) / area if area else 0.0)
    return min(best, 1.0)


class PageOcr(Protocol):
    """What reads a page's image (extractor.parse.pdf.LazyOcr): whether it can (asked only when
    a page needs it, so the engine starts then), and the page's blocks or why it could not."""

    def available(self) -> bool: ...

    def __call__(self, page: pdfium.PdfPage, number: int) -> tuple[list[RawBlock], str | None]: ...


class PageReader:
    """Reads pages of one open PDF; opens pdfplumber only if some page needs a second reading."""

    def __init__(self, pdf: pdfium.PdfDocument, path: str, ocr: PageOcr | None) -> None:
        self.pdf, self.path, self.ocr = pdf, path, ocr
        self._plumber: Any = None
        self._plumber_failed = False

    def close(self) -> None:
        if self._plumber is not None:
            try:
                self._plumber.close()
            except Exception:  # close() builds every page again, the damaged ones too
                self._plumber.stream.close()

    def _second_reading(self, index: int) -> list[Glyph]:
        """pdfplumber's glyphs of the page; none when pdfminer cannot read what pdfium did.

        pdfminer fails on damage in a zoo of ways (its own exceptions, TypeError, KeyError…);
        this is only the fallback reader, so any failure leaves the page to OCR or a warning.
        """
        import pdfplumber

        if self._plumber_failed:
            return []
        try:
            if self._plumber is None:
                self._plumber = pdfplumber.open(self.path)
            page = self._plumber.pages[index]  # builds every page: fails for all or none
        except Exception as err:
            log.debug("%s: pdfplumber cannot open the PDF: %r", self.path, err)
            self._plumber_failed = True
            return []
        try:
            return plumber_glyphs(page)
        except Exception as err:
            log.debug("%s: pdfplumber cannot read page %d: %r", self.path, index + 1, err)
            return []

    def _unmapped_type3(self, index: int) -> bool:
        """Whether the page's resources hold a Type3 font whose text cannot be known: no
        ToUnicode map, and codes left bare or named by glyph names no glyph list knows
        (/g12, /C0)."""
        from extractor.parse.type3 import unmapped_type3

        if not self._second_reading(index):  # opens pdfplumber; nothing to read, nothing to say
            return False
        assert self._plumber is not None
        try:
            return unmapped_type3(self._plumber.pages[index].page_obj.resources)
        except Exception as err:  # pdfminer's zoo of failures on damaged resources
            log.debug("%s: page %d's fonts cannot be read: %r", self.path, index + 1, err)
            return False

    def read(self, index: int) -> PageContent:
        """Lines and tables of page ``index``; OCR or a warning where the text layer fails."""
        import pypdfium2 as pdfium

        try:
            page = self.pdf[index]
        except pdfium.PdfiumError:  # the page tree names a page pdfium cannot load
            message = _("the page cannot be loaded: the PDF is damaged")
            return PageContent(
                number=index + 1,
                height=0.0,
                warnings=[Warning(code=UNREADABLE_PAGE, message=message, page=index + 1)],
            )
        try:
            return self._read(page, index)
        finally:
            page.close()

    def _read(self, page: pdfium.PdfPage, index: int) -> PageContent:
        number = index + 1
        top = page.get_cropbox()[3]
        content = PageContent(number=number, height=page.get_height())
        texts = _text_objects(page)
        if texts > _MAX_TEXT_OBJECTS:
            message = _(
                "the page draws {count:,} text objects, more than {limit:,}: its text is not read"
            ).format(count=texts, limit=_MAX_TEXT_OBJECTS)
            content.warnings.append(Warning(code=TOO_MANY_OBJECTS, message=message, page=number))
            return content
        textpage = page.get_textpage()
        try:
            glyphs = pdfium_glyphs(textpage, top)
        finally:
            textpage.close()
        if not glyphs or bad_share(glyphs) > _BAD_SHARE:
            glyphs = self._rescue(page, index, glyphs, content)
        elif _nameless_font(page) and self._unmapped_type3(index):
            # pdfium (and pdfminer) give the codes of an unmapped Type3 font as letters
            reason = _("the page draws text in a Type3 font without a Unicode mapping")
            if self._ocr(page, content, reason, "bad_glyphs"):
                glyphs = []
        elif len(glyphs) < _FEW_GLYPHS and _image_share(page) > _SCAN_SHARE:
            reason = _("the page is a scanned image with little text")
            self._ocr(page, content, reason, "no_text_layer")
        if content.ocr_blocks and not glyphs:
            return content
        try:
            areas = find_tables(page, top)
        except TooManyObjects as err:
            areas = []
            message = _("{reason}: tables are not looked for").format(reason=err)
            content.warnings.append(Warning(code=TOO_MANY_OBJECTS, message=message, page=number))
        body, content.tables = _split_tables(glyphs, areas)
        content.lines, unruled = unruled_tables(find_lines(body))
        content.tables += unruled
        return content

    def _rescue(
        self, page: pdfium.PdfPage, index: int, glyphs: list[Glyph], content: PageContent
    ) -> list[Glyph]:
        """A page pdfium reads as empty or as unknown glyphs: pdfplumber, then OCR, then flag."""
        number = content.number
        if not glyphs and not _has_objects(page):
            content.warnings.append(
                Warning(code="blank_page", message=_("the page is blank"), page=number)
            )
            return []
        other = self._second_reading(index)
        if other and bad_share(other) <= _BAD_SHARE:
            if not glyphs:
                message = _("pdfium found no text on the page; its text comes from pdfplumber")
                content.warnings.append(
                    Warning(code="second_reading", message=message, page=number)
                )
            return other
        if glyphs:
            reason = _("the page has glyphs without a Unicode mapping")
            found = self._ocr(page, content, reason, "bad_glyphs")
        else:
            found = self._ocr(page, content, _("the page has no text layer"), "no_text_layer")
        if found:
            return []
        return glyphs

    def _ocr(self, page: pdfium.PdfPage, content: PageContent, reason: str, code: str) -> bool:
        """OCR the page into ``content``; otherwise record why the page could not be read."""
        number = content.number
        if self.ocr is not None and self.ocr.available():
            blocks, problem = self.ocr(page, number)
            if problem is None:
                content.ocr_blocks = blocks
                message = _("{reason}; its text comes from OCR").format(reason=reason)
                content.warnings.append(Warning(code="ocr", message=message, page=number))
                confidence = low_confidence(blocks)
                if confidence is not None:
                    message = _(
                        "the page's OCR confidence is low ({confidence:.2f}):"
                        " check its figures against the page"
                    ).format(confidence=confidence)
                    content.warnings.append(
                        Warning(code="ocr_low_confidence", message=message, page=number)
                    )
                return True
            reason = _("{reason}; OCR failed: {problem}").format(reason=reason, problem=problem)
        else:
            reason = _("{reason}; OCR is not available").format(reason=reason)
        content.warnings.append(Warning(code=code, message=reason, page=number))

        return False
