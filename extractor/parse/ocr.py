"""Optical character recognition of a page image, as blocks with character boxes.

PP-OCR (``ocr_ppocr``) is the engine for Chinese pages; Tesseract (``ocr_tesseract``) may be
chosen instead (EXTRACTOR_OCR_ENGINE=tesseract). Each engine reads regions: paragraphs of
lines of words with boxes, and tables it found in the layout; this module turns them into
blocks: numbered lines cut into their own blocks, tables into table blocks with cells, no
space beside a CJK character, one box per character in PDF points.
"""

from __future__ import annotations

from statistics import fmean
from types import ModuleType
from typing import TYPE_CHECKING

from extractor.language import _
from extractor.model import BlockKind, CharBox, Origin, RawBlock, RawCell
from extractor.parse import ocr_ppocr, ocr_tesseract
from extractor.parse.aligned import union
from extractor.parse.headings import numbering
from extractor.parse.ocr_lines import Grid, Line, OcrError, Word, is_wide
from extractor.settings import Limits

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = ["OcrError", "low_confidence", "ocr_available", "ocr_confidence", "ocr_page"]

# The engines by their EXTRACTOR_OCR_ENGINE name: each has problem(limits) and
# read(image, page, limits) -> regions (paragraphs of lines, and tables).
ENGINES: dict[str, ModuleType] = {"ppocr": ocr_ppocr, "tesseract": ocr_tesseract}
# A heading line ending this many line heights short of its paragraph's right edge is a
# line of its own, not the first line of a wrapped numbered paragraph.
_SHORT_LINE_HEIGHTS = 1.5
# Below this mean confidence a page's OCR text is flagged for a reader to check: PP-OCR reads
# a clean scan at 0.95 or more, a blurred or speckled one lower.
LOW_OCR_CONFIDENCE = 0.8


def ocr_available(limits: Limits) -> str | None:
    """None if pages can be OCRed, else the reason to show in place of OCR text."""
    if not limits.ocr:
        return _("OCR is switched off (EXTRACTOR_OCR=0)")
    problem: str | None = ENGINES[limits.ocr_engine].problem(limits)
    return problem


def _split(lines: list[Line]) -> list[list[Line]]:
    """Cut a paragraph at numbered lines; a short heading line stands alone."""
    right = max(line.box[2] for line in lines)
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        found = numbering(line.text)
        if found is not None or not current:
            current = []
            groups.append(current)
        current.append(line)
        x1, top, bottom = line.box[2], line.box[1], line.box[3]
        is_short = right - x1 > _SHORT_LINE_HEIGHTS * (bottom - top)
        if found is not None and found.kind is BlockKind.heading and is_short:
            current = []
    return groups


def _scaled(box: CharBox, scale: float) -> CharBox:
    return (box[0] / scale, box[1] / scale, box[2] / scale, box[3] / scale)


def _char_boxes(word: Word, scale: float) -> list[CharBox | None]:
    """One box per character in PDF points: as the engine placed it, else the word's box cut
    into equal slices."""
    if word.chars is not None and len(word.chars) == len(word.text):
        return [_scaled(box, scale) for box in word.chars]
    x0, top, x1, bottom = word.box
    step = (x1 - x0) / len(word.text)
    return [
        _scaled((x0 + step * i, top, x0 + step * (i + 1), bottom), scale)
        for i in range(len(word.text))
    ]


def _text(lines: list[Line], scale: float) -> tuple[str, list[CharBox | None]]:
    """Lines joined by newlines; no space beside a CJK character (engines insert them), but
    one between two text lines that stand apart on the same row."""
    parts: list[str] = []
    boxes: list[CharBox | None] = []
    for number, line in enumerate(lines):
        if number:
            parts.append("\n")
            boxes.append(None)
        for index, word in enumerate(line.words):
            previous = line.words[index - 1].text[-1] if index else ""
            if previous and (word.apart or not (is_wide(previous) or is_wide(word.text[0]))):
                parts.append(" ")
                boxes.append(None)
            parts.append(word.text)
            boxes.extend(_char_boxes(word, scale))
    return "".join(parts), boxes


def _block(lines: list[Line], page: int, scale: float) -> RawBlock:
    text, boxes = _text(lines, scale)
    words = [word for line in lines for word in line.words]
    found = numbering(text.replace("\n", ""))
    return RawBlock(
        kind=BlockKind.paragraph if found is None else found.kind,
        text=text,
        page=page,
        box=_scaled(union(word.box for word in words), scale),
        boxes=boxes,
        level=None if found is None else found.level,
        label=None if found is None else found.label,
        origin=Origin.ocr,
        confidence=_confidence(words),
    )


def _confidence(words: list[Word]) -> float | None:
    """The mean of the words' confidences (0-1), those the engine gave."""
    confs = [word.conf for word in words if word.conf >= 0]
    return fmean(confs) / 100 if confs else None


def _table(grid: Grid, page: int, scale: float) -> RawBlock:
    """A table found in the layout of the page's lines, as the PDF parser gives its tables."""
    cells: list[RawCell] = []
    for row, col, lines in grid.cells:
        text, boxes = _text(lines, scale)
        box = _scaled(union(line.box for line in lines), scale)
        cells.append(RawCell(row=row, col=col, text=text, box=box, boxes=boxes))
    words = [word for _, _, lines in grid.cells for line in lines for word in line.words]
    return RawBlock(
        kind=BlockKind.table,
        text="",
        page=page,
        box=_scaled(union(word.box for word in words), scale),
        origin=Origin.ocr,
        confidence=_confidence(words),
        cells=cells,
        rows=grid.rows,
        cols=grid.cols,
    )


def ocr_confidence(blocks: list[RawBlock]) -> float | None:
    """The page's confidence: its blocks' confidences weighted by their characters."""
    weighted = [
        (b.confidence, len(b.text) or sum(len(c.text) for c in b.cells))
        for b in blocks
        if b.confidence is not None
    ]
    total = sum(chars for _, chars in weighted)
    return sum(c * chars for c, chars in weighted) / total if total else None


def low_confidence(blocks: list[RawBlock]) -> float | None:
    """The confidence of what one page or picture read, when it is low enough that a reader
    should check its figures against the image; else None."""
    confidence = ocr_confidence(blocks)
    return confidence if confidence is not None and confidence < LOW_OCR_CONFIDENCE else None


def ocr_page(image: Image, page: int, scale: float, limits: Limits) -> list[RawBlock]:
    """Blocks the chosen engine reads on one page image, for pages without a usable text layer.

    Args:
        image: the rendered page.
        page: its 1-based number, copied onto every block.
        scale: image pixels per PDF point (300 dpi is 300 / 72), to put boxes in points.
        limits: the engine, its language and the time allowed.
    """
    if scale <= 0:
        raise ValueError(f"scale must be positive, got {scale}")
    problem = ocr_available(limits)
    if problem is not None:
        raise OcrError(problem, page)
    try:
        regions = ENGINES[limits.ocr_engine].read(image, page, limits)
    except MemoryError as err:  # the page is flagged; the document's other pages are read
        detail = f": {err}" if str(err) else ""
        raise OcrError(
            _("not enough memory within the cap of {limit:,} MB (EXTRACTOR_MEMORY_MB)").format(
                limit=limits.memory_mb
            )
            + detail,
            page,
        ) from err
    blocks: list[RawBlock] = []
    for region in regions:
        if isinstance(region, Grid):
            blocks.append(_table(region, page, scale))
        else:
            blocks.extend(_block(lines, page, scale) for lines in _split(region))
    return blocks
