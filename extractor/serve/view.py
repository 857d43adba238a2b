"""What the page shows of a document: its blocks' text, its pages' sizes, evidence rectangles.

Built once when a submission is processed (in its worker), so that loading the page never
parses again. The text is the normalised text the evidence spans point into, so the page can
mark a span by offsets alone; PDF evidence also gets one rectangle per line, from the
characters' boxes. Page images are rendered in a worker too, within a pixel budget: pdfium
runs only in worker processes, never on the server's threads.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from extractor.bounded import run_bounded
from extractor.language import _
from extractor.model import Document, Evidence
from extractor.parse.formats import PDF, by_name
from extractor.settings import Limits

_LINE_GAP = 0.5  # a character more than half a line below the last one starts a new line
RENDER_SCALE = 1.5  # 108 dpi: sharp enough to read beside the panel, ~100 KB a page
# A page image holds at most this many pixels (an A4 page at 108 dpi has 1.1 million): a
# 686-byte PDF may declare a page of 20000 × 20000 pt, which at 108 dpi is a 3.6 GB image;
# such a page is rendered smaller, the boxes over it are placed in proportion.
MAX_PAGE_PIXELS = 16_000_000


class PageView(BaseModel):
    """One PDF page's size in points (pdfplumber's top-left origin), for scaling boxes."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    number: int
    width: float
    height: float


class BlockView(BaseModel):
    """One block as the page renders it; ``start``/``end`` are its span in the document."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    index: int
    kind: str
    page: int | None = None
    start: int
    end: int
    text: str
    ocr: bool = False


class Rect(BaseModel):
    """A rectangle to highlight on a PDF page, in points."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    page: int
    x0: float
    top: float
    x1: float
    bottom: float


class LineView(BaseModel):
    """One printed line: the document-text span its characters cover, its box on the page
    (points) and where each of its characters begins (``lefts[i]`` for offset ``start + i``);
    find-in-document outlines a hit on the page image from these."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    page: int
    start: int
    end: int
    x0: float
    top: float
    x1: float
    bottom: float
    lefts: tuple[float, ...] = ()


class DocumentView(BaseModel):
    """The document as the page shows it, and the warnings a reviewer should see."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    format: str
    page_count: int
    pages: tuple[PageView, ...] = ()
    blocks: tuple[BlockView, ...] = ()
    lines: tuple[LineView, ...] = ()
    warnings: tuple[str, ...] = Field(default=(), description="e.g. a page without text")


def page_sizes(path: Path) -> tuple[PageView, ...]:
    """Each page's size; pypdfium2 reads it without laying out any text (in the worker)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return tuple(
            PageView(number=i + 1, width=pdf[i].get_width(), height=pdf[i].get_height())
            for i in range(len(pdf))
        )
    finally:
        pdf.close()


def render_scale(width: float, height: float) -> float:
    """Pixels per point for a page of ``width`` × ``height`` points: RENDER_SCALE, less for a
    page so large that the image would pass MAX_PAGE_PIXELS."""
    return min(RENDER_SCALE, math.sqrt(MAX_PAGE_PIXELS / max(width * height, 1.0)))


def render_page(path: Path, limits: Limits, *, number: int, target: Path) -> Path:
    """Render page ``number`` to ``target`` as a PNG (written whole, then renamed): a job for
    ``run_bounded``."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[number - 1]
        image = page.render(scale=render_scale(*page.get_size())).to_pil()
    finally:
        pdf.close()
    partial_file = target.with_name(f".{target.name}.{os.getpid()}")
    image.save(partial_file, format="PNG", optimize=False)
    partial_file.replace(target)
    return target


def page_image(path: Path, number: int, cache: Path, limits: Limits | None = None) -> Path:
    """A PNG of one page, rendered once in a worker with the per-document limits and kept in
    ``cache``; a page that cannot be rendered within them raises the DocumentError."""
    target = cache / f"{number}.png"
    if target.exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    job = partial(render_page, number=number, target=target)
    return run_bounded(job, path, limits or Limits.from_env())


def document_view(document: Document, path: Path, printed: Path | None = None) -> DocumentView:
    """The view of a parsed document; page sizes are read from the PDF at ``path``, or from a
    DOCX's print by LibreOffice at ``printed`` (none if it could not be printed)."""
    blocks = tuple(
        BlockView(
            index=block.index,
            kind=block.kind.value,
            page=block.page,
            start=block.span.start,
            end=block.span.end,
            text=document.text[block.span.start : block.span.end],
            ocr=block.origin.value == "ocr",
        )
        for block in document.blocks
    )
    pages: tuple[PageView, ...] = ()
    if document.format == PDF.name:  # its own pages
        pages = page_sizes(path)
    elif by_name(document.format).printed and printed is not None and printed.is_file():
        pages = page_sizes(printed)
    warnings = tuple(
        _("p.{page}: {message}").format(page=w.page, message=w.message) if w.page else w.message
        for w in document.warnings
    )
    return DocumentView(
        format=document.format,
        page_count=document.page_count,
        pages=pages,
        blocks=blocks,
        warnings=warnings,
        lines=text_lines(document) if pages else (),
    )


@dataclass(slots=True)
class _Run:
    """Characters printed on one line: their page, span, box and each one's left edge."""

    page: int
    start: int
    end: int
    box: list[float]  # x0, top, x1, bottom
    lefts: list[float]


def _printed_lines(
    document: Document, offsets: range, page_of: Callable[[int], int | None]
) -> list[_Run]:
    """The characters at ``offsets`` grouped into printed lines: a character on another page,
    more than half a line below the last one, or left of it, starts a new line. A character
    without a box or a page (a space the normalising put in) leaves the last line as it is
    and begins where its last character ended."""
    runs: list[_Run] = []
    for offset in offsets:
        box, page = document.char_boxes[offset], page_of(offset)
        last = runs[-1] if runs else None
        if box is None or page is None:
            if last is not None:
                last.lefts.append(last.box[2])
            continue
        x0, top, x1, bottom = box
        if (
            last is not None
            and last.page == page
            and abs(top - last.box[1]) <= _LINE_GAP * (bottom - top)
            and x0 >= last.box[0]
        ):
            last.box[1:] = [min(last.box[1], top), max(last.box[2], x1), max(last.box[3], bottom)]
            last.lefts.append(x0)
            last.end = offset + 1
        else:
            runs.append(_Run(page, offset, offset + 1, [x0, top, x1, bottom], [x0]))
    return runs


def text_lines(document: Document) -> tuple[LineView, ...]:
    """The printed lines of every block, from its characters' boxes and pages (a DOCX's
    paragraph may print on two)."""
    if not document.char_boxes:
        return ()
    return tuple(
        LineView(
            page=run.page,
            start=run.start,
            end=run.end,
            x0=run.box[0],
            top=run.box[1],
            x1=run.box[2],
            bottom=run.box[3],
            lefts=tuple(round(x, 1) for x in run.lefts[: run.end - run.start]),
        )
        for block in document.blocks
        for run in _printed_lines(
            document,
            range(block.span.start, min(block.span.end, len(document.char_boxes))),
            partial(document.page_at, block=block),
        )
    )


def evidence_rects(document: Document, evidence: Evidence) -> tuple[Rect, ...]:
    """One rectangle per line the evidence's characters cover, on the page each prints on (a
    PDF, or a DOCX's print; else none)."""
    if not document.char_boxes or evidence.page is None:
        return ()
    span = range(evidence.span.start, min(evidence.span.end, len(document.char_boxes)))
    pages = document.char_pages or (evidence.page,) * len(document.char_boxes)
    return tuple(
        Rect(page=run.page, x0=run.box[0], top=run.box[1], x1=run.box[2], bottom=run.box[3])
        for run in _printed_lines(document, span, pages.__getitem__)
    )
