"""Characters of one PDF page with their boxes, read from pdfium or, as a fallback, pdfplumber."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pypdfium2 as pdfium

_REPLACEMENT = 0xFFFD


@dataclass(slots=True)
class Glyph:
    """One drawn character; box in PDF points with the origin at the page's top-left."""

    char: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 0.0
    """Font size in points as drawn (0 when unknown), steadier than box heights across fonts."""

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def is_bad(char: str) -> bool:
    """A glyph whose text is unknown: no Unicode mapping, U+FFFD, private use, or a control char."""
    code = ord(char[0]) if char else 0
    return (
        code == 0
        or code == _REPLACEMENT
        or 0xE000 <= code <= 0xF8FF
        or (code < 0x20 and char not in "\t\n\r")
        or (len(char) > 1 and char.startswith("(cid:"))
    )


def pdfium_glyphs(textpage: pdfium.PdfTextPage, page_top: float) -> list[Glyph]:
    """Every drawn character of the page in content order, skipping pdfium's generated ones.

    Loose boxes (the font's full ascent-descent box) are used so that characters of one line
    share a band even when a run of digits sits on a shifted baseline.
    """
    import pypdfium2.raw as raw

    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    rect = raw.FS_RECTF()
    pointer = ctypes.byref(rect)
    glyphs: list[Glyph] = []
    get_unicode, is_generated = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated
    loose_box, font_size = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize
    pending_high = 0
    for index in range(count):
        if is_generated(handle, index) == 1:
            continue
        code = get_unicode(handle, index)
        if 0xD800 <= code <= 0xDBFF:  # surrogate pair: pdfium reports the halves separately
            pending_high = code
            continue
        if 0xDC00 <= code <= 0xDFFF and pending_high:
            code = 0x10000 + ((pending_high - 0xD800) << 10) + (code - 0xDC00)
            pending_high = 0
        if code in (0x20, 0x0A, 0x0D, 0x09, 0xA0, 0x3000):
            continue  # spaces come back from the gaps between boxes
        if not loose_box(handle, index, pointer):
            continue
        top, bottom = page_top - rect.top, page_top - rect.bottom
        size = font_size(handle, index)
        glyphs.append(Glyph(chr(code), rect.left, top, rect.right, bottom, size))
    return glyphs


def plumber_glyphs(page: Any) -> list[Glyph]:
    """The same characters as read by pdfplumber (pdfminer), for pages pdfium reads badly."""
    glyphs: list[Glyph] = []
    for char in page.chars:
        text = char["text"]
        if not text or text.isspace():
            continue
        if char.get("upright") is False:
            continue
        size = float(char.get("size") or 0.0)
        glyphs.append(Glyph(text, char["x0"], char["top"], char["x1"], char["bottom"], size))
    return glyphs


def bad_share(glyphs: list[Glyph]) -> float:
    """Share of glyphs whose text is unknown; a page over a few percent needs another reading."""
    if not glyphs:
        return 0.0
    return sum(1 for g in glyphs if is_bad(g.char)) / len(glyphs)
