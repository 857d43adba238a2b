"""Character-level normalisation: NFKC, full-width to half-width, radicals to ideographs, circled
numbers to bracketed labels."""

from __future__ import annotations

import unicodedata
from functools import cache

from pydantic import BaseModel, ConfigDict, field_validator

from extractor.model.pattern_files import load_cached

# Chinese sentence punctuation stays full-width: NFKC would turn ，into "," and make
# "23，876" (two figures) look like "23,876" (one figure with a thousands separator).
_KEEP = frozenset("，；！？：")
# Invisible characters that break matching and carry no text: zero-width spaces and joiners,
# BOM, soft hyphen, and every bidirectional control of Unicode (Bidi_Control: the marks
# LRM, RLM and ALM as well as embeddings, overrides and isolates; hostile text may carry them).
_DROP = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


_CIRCLED_ONE, _CIRCLED_TWENTY = "\u2460", "\u2473"  # ① … ⑳


class _Radicals(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    source: str
    map: dict[str, str]

    @field_validator("map")
    @classmethod
    def _single_characters(cls, value: dict[str, str]) -> dict[str, str]:
        if not all(len(k) == 1 and len(v) == 1 for k, v in value.items()):
            raise ValueError("must map single characters to single characters")
        return value


def _radicals() -> dict[str, str]:
    return load_cached("vocab/radicals.yaml", _Radicals).map


@cache
def fold_char(char: str) -> str:
    """The normalised form of one raw character: may be empty (dropped) or several characters."""
    if char in _KEEP or char in "\n\t":
        return char
    if char in _DROP:
        return ""
    mapped = _radicals().get(char)
    if mapped is not None:
        return mapped
    if unicodedata.category(char) == "Cc":
        return " " if char in "\r\x0b\x0c" else ""
    if _CIRCLED_ONE <= char <= _CIRCLED_TWENTY:
        # ① is a list label: NFKC's bare 1 would glue it to the item (①2021年… as 12021年…)
        return f"({ord(char) - ord(_CIRCLED_ONE) + 1})"
    return unicodedata.normalize("NFKC", char)


def fold(raw: str) -> tuple[list[str], list[int]]:
    """Fold every character of ``raw``; returns output characters and, for each, its raw index."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(raw):
        if char.isascii() and char.isprintable():
            chars.append(char)
            origin.append(index)
            continue
        for out in fold_char(char):
            chars.append(out)
            origin.append(index)
    return chars, origin
