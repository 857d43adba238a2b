"""Type3 fonts whose text cannot be known.

A Type3 font draws its glyphs with the PDF's own operators and has no font program a reader
could ask; its text is known only from a ToUnicode map or from glyph names a glyph list knows
(/a, /uni4E2D). Without either, pdfium and pdfminer give the raw codes as Latin letters that
look like text, so such a page is read by OCR or flagged (``bad_glyphs``), never taken as read.
"""

from __future__ import annotations

from typing import Any


def _name(value: Any) -> str | None:
    from pdfminer.psparser import PSLiteral

    return str(value.name) if isinstance(value, PSLiteral) else None


def _known(glyph: str) -> bool:
    from pdfminer.encodingdb import name2unicode

    try:
        name2unicode(glyph)
    except (KeyError, ValueError):
        return False
    return True


def _unmapped(font: dict[str, Any]) -> bool:
    from pdfminer.pdftypes import resolve1

    if _name(resolve1(font.get("Subtype"))) != "Type3" or "ToUnicode" in font:
        return False
    encoding = resolve1(font.get("Encoding"))
    differences = resolve1(encoding.get("Differences")) if isinstance(encoding, dict) else None
    if not differences:
        return True  # bare codes
    names = [name for name in map(_name, differences) if name is not None]
    return not names or not all(_known(name) for name in names)


def unmapped_type3(resources: Any) -> bool:
    """Whether a page's resources (pdfminer's) hold a Type3 font without a Unicode mapping."""
    from pdfminer.pdftypes import resolve1

    found = resolve1(resources) if resources is not None else None
    fonts = resolve1(found.get("Font")) if isinstance(found, dict) else None
    if not isinstance(fonts, dict):
        return False
    return any(isinstance(font, dict) and _unmapped(font) for font in map(resolve1, fonts.values()))
