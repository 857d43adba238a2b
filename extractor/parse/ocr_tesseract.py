"""Tesseract (chi_sim) as an OCR engine: words with boxes, in its own paragraphs.

Kept beside PP-OCR for comparison (``benchmarks``) and as a choice
(EXTRACTOR_OCR_ENGINE=tesseract); it needs the tesseract program and its language data.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import cache
from typing import TYPE_CHECKING, Any

from extractor.language import _
from extractor.parse.ocr_lines import Line, OcrError, Word
from extractor.settings import Limits

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PIL.Image import Image

_WORD_LEVEL = 5  # image_to_data rows: 1 page, 2 block, 3 paragraph, 4 line, 5 word
# Tesseract reads specks and rules as lone punctuation with low confidence.
_MIN_PUNCTUATION_CONF = 30.0


@cache
def _probe(language: str, command: str) -> str | None:
    """Why ``command`` cannot OCR ``language``, or None; asked once per process."""
    import pytesseract

    try:
        installed = set(pytesseract.get_languages(config=""))
    except OSError:  # TesseractNotFoundError
        return _("the tesseract program {command!r} was not found (install tesseract-ocr)").format(
            command=command
        )
    missing = [name for name in language.split("+") if name not in installed]
    if missing:
        have = ", ".join(sorted(installed)) or "none"
        return _("Tesseract has no {missing} language data (installed: {have})").format(
            missing="+".join(missing), have=have
        )
    return None


def problem(limits: Limits) -> str | None:
    """Why Tesseract cannot read ``limits.ocr_language`` here, or None."""
    import pytesseract

    return _probe(limits.ocr_language, str(pytesseract.pytesseract.tesseract_cmd))


def _is_noise(word: Word) -> bool:
    is_symbols = all(unicodedata.category(c)[0] in "PS" for c in word.text)
    return is_symbols and 0 <= word.conf < _MIN_PUNCTUATION_CONF


def _read_lines(data: dict[str, list[Any]]) -> list[list[Line]]:
    """Words grouped into lines, lines into Tesseract's paragraphs, in reading order."""
    paragraphs: dict[tuple[int, int, int], dict[int, Line]] = {}
    for i, level in enumerate(data["level"]):
        text = str(data["text"][i]).strip()
        if int(level) != _WORD_LEVEL or not text:
            continue
        left, top = float(data["left"][i]), float(data["top"][i])
        box = (left, top, left + float(data["width"][i]), top + float(data["height"][i]))
        word = Word(text, box, float(data["conf"][i]))
        if _is_noise(word):
            continue
        key = (int(data["page_num"][i]), int(data["block_num"][i]), int(data["par_num"][i]))
        lines = paragraphs.setdefault(key, {})
        lines.setdefault(int(data["line_num"][i]), Line()).words.append(word)
    return [list(lines.values()) for lines in paragraphs.values()]


def read(image: Image, page: int, limits: Limits) -> list[list[Line]]:
    """The page's paragraphs of lines as Tesseract reads them."""
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
        log.info("tesseract, page %s: status %s: %s", page, err.status, err.message)
        raise OcrError(
            _("Tesseract stopped with status {status}").format(status=err.status), page
        ) from err
    except RuntimeError as err:  # pytesseract's timeout is a bare RuntimeError
        raise OcrError(
            _("Tesseract took longer than {seconds:g} s").format(seconds=limits.timeout_s), page
        ) from err

    except OSError as err:  # the program vanished, or cannot write its temporary files
        raise OcrError(str(err), page) from err
    return _read_lines(data)
