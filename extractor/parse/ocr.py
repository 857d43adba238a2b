"""Optical character recognition of a page image with Tesseract, as blocks with character boxes."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from statistics import fmean
from typing import TYPE_CHECKING, Any

from extractor.errors import ExtractorError
from extractor.model import BlockKind, CharBox, Origin, RawBlock
from extractor.parse.headings import numbering
from extractor.settings import Limits

if TYPE_CHECKING:
    from PIL.Image import Image

_WORD_LEVEL = 5  # image_to_data rows: 1 page, 2 block, 3 paragraph, 4 line, 5 word
# Tesseract reads specks and rules as lone punctuation with low confidence.
_MIN_PUNCTUATION_CONF = 30.0
# A heading line ending this many line heights short of its paragraph's right edge is a
# line of its own, not the first line of a wrapped numbered paragraph.
_SHORT_LINE_HEIGHTS = 1.5


class OcrError(ExtractorError):
    """Tesseract could not read a page; the caller records it as a page warning."""

    def __init__(self, reason: str, page: int | None = None) -> None:
        self.reason, self.page = reason, page
        where = f"page {page}: " if page is not None else ""
        super().__init__(f"{where}OCR failed: {reason}")

    def __reduce__(self) -> tuple[type[OcrError], tuple[str, int | None]]:
        # picklable across the worker-process boundary, like DocumentError
        return (type(self), (self.reason, self.page))


@dataclass(slots=True)
class _Word:
    text: str
    box: CharBox  # pixels
    conf: float  # 0-100, or -1 when Tesseract gives none


@dataclass(slots=True)
class _Line:
    words: list[_Word] = field(default_factory=list)

    @property
    def box(self) -> CharBox:
        return _union(word.box for word in self.words)

    @property
    def text(self) -> str:
        return "".join(word.text for word in self.words)


def _union(boxes: Iterable[CharBox]) -> CharBox:
    listed = list(boxes)
    return (
        min(b[0] for b in listed),
        min(b[1] for b in listed),
        max(b[2] for b in listed),
        max(b[3] for b in listed),
    )


@cache
def _probe(language: str, command: str) -> str | None:
    """Why ``command`` cannot OCR ``language``, or None; asked once per process."""
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except OSError:  # TesseractNotFoundError
        return f"the tesseract program {command!r} was not found (install tesseract-ocr)"
    missing = [name for name in language.split("+") if name not in installed]
    if missing:
        have = ", ".join(sorted(installed)) or "none"
        return f"Tesseract has no {'+'.join(missing)} language data (installed: {have})"
    return None


def ocr_available(limits: Limits) -> str | None:
    """None if pages can be OCRed, else the reason to show in place of OCR text."""
    if not limits.ocr:
        return "OCR is switched off (EXTRACTOR_OCR=0)"
    import pytesseract

    return _probe(limits.ocr_language, str(pytesseract.pytesseract.tesseract_cmd))


def _is_wide(char: str) -> bool:
    """CJK ideographs, kana, hangul and full-width punctuation."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _is_noise(word: _Word) -> bool:
    is_symbols = all(unicodedata.category(c)[0] in "PS" for c in word.text)
    return is_symbols and 0 <= word.conf < _MIN_PUNCTUATION_CONF


def _read_lines(data: dict[str, list[Any]]) -> list[list[_Line]]:
    """Words grouped into lines, lines into Tesseract's paragraphs, in reading order."""
    paragraphs: dict[tuple[int, int, int], dict[int, _Line]] = {}
    for i, level in enumerate(data["level"]):
        text = str(data["text"][i]).strip()
        if int(level) != _WORD_LEVEL or not text:
            continue
        left, top = float(data["left"][i]), float(data["top"][i])
        box = (left, top, left + float(data["width"][i]), top + float(data["height"][i]))
        word = _Word(text, box, float(data["conf"][i]))
        if _is_noise(word):
            continue
        key = (int(data["page_num"][i]), int(data["block_num"][i]), int(data["par_num"][i]))
        lines = paragraphs.setdefault(key, {})
        lines.setdefault(int(data["line_num"][i]), _Line()).words.append(word)
    return [list(lines.values()) for lines in paragraphs.values()]


def _split(lines: list[_Line]) -> list[list[_Line]]:
    """Cut Tesseract's paragraph at numbered lines; a short heading line stands alone."""
    right = max(line.box[2] for line in lines)
    groups: list[list[_Line]] = []
    current: list[_Line] = []
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


def _char_boxes(word: _Word, scale: float) -> list[CharBox | None]:
    """The word's box cut into equal slices, one per character, in PDF points."""
    x0, top, x1, bottom = word.box
    step = (x1 - x0) / len(word.text)
    return [
        _scaled((x0 + step * i, top, x0 + step * (i + 1), bottom), scale)
        for i in range(len(word.text))
    ]


def _text(lines: list[_Line], scale: float) -> tuple[str, list[CharBox | None]]:
    """Lines joined by newlines; no space beside a CJK character, as chi_sim inserts them."""
    parts: list[str] = []
    boxes: list[CharBox | None] = []
    for number, line in enumerate(lines):
        if number:
            parts.append("\n")
            boxes.append(None)
        for index, word in enumerate(line.words):
            previous = line.words[index - 1].text[-1] if index else ""
            if previous and not (_is_wide(previous) or _is_wide(word.text[0])):
                parts.append(" ")
                boxes.append(None)
            parts.append(word.text)
            boxes.extend(_char_boxes(word, scale))
    return "".join(parts), boxes


def _block(lines: list[_Line], page: int, scale: float) -> RawBlock:
    text, boxes = _text(lines, scale)
    words = [word for line in lines for word in line.words]
    confs = [word.conf for word in words if word.conf >= 0]
    found = numbering(text.replace("\n", ""))
    return RawBlock(
        kind=BlockKind.paragraph if found is None else found.kind,
        text=text,
        page=page,
        box=_scaled(_union(word.box for word in words), scale),
        boxes=boxes,
        level=None if found is None else found.level,
        label=None if found is None else found.label,
        origin=Origin.ocr,
        confidence=fmean(confs) / 100 if confs else None,
    )


def ocr_page(image: Image, page: int, scale: float, limits: Limits) -> list[RawBlock]:
    """Blocks Tesseract reads on one page image, for pages without a usable text layer.

    Args:
        image: the rendered page.
        page: its 1-based number, copied onto every block.
        scale: image pixels per PDF point (300 dpi is 300 / 72), to put boxes in points.
        limits: the language and the time allowed.
    """
    if scale <= 0:
        raise ValueError(f"scale must be positive, got {scale}")
    problem = ocr_available(limits)
    if problem is not None:
        raise OcrError(problem, page)
    import pytesseract

    try:
        data = pytesseract.image_to_data(
            image,
            lang=limits.ocr_language,
            config="--psm 3",
            output_type=pytesseract.Output.DICT,
            timeout=limits.timeout_s,
        )
    except pytesseract.TesseractError as err:
        raise OcrError(f"tesseract exited with status {err.status}: {err.message}", page) from err
    except RuntimeError as err:  # pytesseract's timeout is a bare RuntimeError
        raise OcrError(f"{err} after {limits.timeout_s:g} s", page) from err
    except OSError as err:  # the program vanished, or cannot write its temporary files
        raise OcrError(str(err), page) from err
    blocks: list[RawBlock] = []
    for paragraph in _read_lines(data):
        blocks.extend(_block(lines, page, scale) for lines in _split(paragraph))
    return blocks
