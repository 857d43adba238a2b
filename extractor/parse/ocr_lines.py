"""What an OCR engine reads on a page: words with boxes and confidence, grouped into lines."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from extractor.errors import ExtractorError
from extractor.model import CharBox
from extractor.parse.aligned import union


class OcrError(ExtractorError):
    """The engine could not read a page; the caller records it as a page warning."""

    def __init__(self, reason: str, page: int | None = None) -> None:
        self.reason, self.page = reason, page
        where = f"page {page}: " if page is not None else ""
        super().__init__(f"{where}OCR failed: {reason}")

    def __reduce__(self) -> tuple[type[OcrError], tuple[str, int | None]]:
        # picklable across the worker-process boundary, like DocumentError
        return (type(self), (self.reason, self.page))


@dataclass(slots=True)
class Word:
    """A run of characters the engine read as one, in image pixels.

    ``chars`` holds one box per character where the engine gives them (PP-OCR's recogniser
    places each character); without them the word's box is cut evenly.
    """

    text: str
    box: CharBox
    conf: float  # 0-100, or -1 when the engine gives none
    chars: list[CharBox] | None = None
    apart: bool = False  # a gap before it on its line: another text line on the same row


@dataclass(slots=True)
class Line:
    words: list[Word] = field(default_factory=list)

    @property
    def box(self) -> CharBox:
        return union(word.box for word in self.words)

    @property
    def text(self) -> str:
        return "".join(word.text for word in self.words)


def is_wide(char: str) -> bool:
    """CJK ideographs, kana, hangul and full-width punctuation."""
    return unicodedata.east_asian_width(char) in ("W", "F")


@dataclass(slots=True)
class Grid:
    """A table an engine found on the page: each cell's lines at (row, col)."""

    cells: list[tuple[int, int, list[Line]]]
    rows: int
    cols: int


Region = list[Line] | Grid
"""What an engine reads on a page, in reading order: a paragraph of lines, or a table."""
