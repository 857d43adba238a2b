"""Traditional characters read as simplified, one for one: a page printed in 繁體 (a Hong Kong
or Taiwan repost, a traditional-script edition) is read like any other, its raw text kept.

The conversion is OpenCC's t2s (phrase-aware, so 乾坤 stays and 乾淨 becomes 干净); it is used
only where it keeps the text's length, so every offset still maps to its raw character, and
only for a document that is written in traditional script, so that a simplified text's own
著 or 乾 is never touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

_MIN_CHARS = 5  # traditional-only characters a document needs before it counts as traditional
_MIN_SHARE = 0.02  # … and their share of its ideographs


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _is_traditional_char(char: str) -> bool:
    converted: str = _converter().convert(char)
    return converted != char


def _is_ideograph(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def is_traditional(texts: Iterable[str]) -> bool:
    """Whether texts are written in traditional script: enough of their ideographs change."""
    ideographs = changed = 0
    for text in texts:
        for char in text:
            if _is_ideograph(char):
                ideographs += 1
                changed += _is_traditional_char(char)
    return changed >= _MIN_CHARS and changed >= _MIN_SHARE * ideographs


def simplified(text: str) -> str:
    """``text`` in simplified characters, of the same length; unchanged where the conversion
    would change its length."""
    out: str = _converter().convert(text)
    return out if len(out) == len(text) else text
