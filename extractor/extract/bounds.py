"""Where the clause or sentence around a position starts and ends, given its break marks."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

QUOTE_CHARS = 60  # a quote is a claim's sentence, cut to this length


def quote(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as evidence quotes it: stripped, at most QUOTE_CHARS long."""
    return text[start:end].strip()[:QUOTE_CHARS]


@cache
def _break_pattern(breaks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(breaks)}]")


@lru_cache(maxsize=16)
def _positions(text: str, breaks: str) -> tuple[int, ...]:
    """Where ``breaks`` characters stand in ``text``: one pass, then bisected per position."""
    return tuple(m.start() for m in _break_pattern(breaks).finditer(text))


def start_of(text: str, position: int, breaks: str) -> int:
    """Index after the last break character before ``position`` (0 if there is none)."""
    positions = _positions(text, breaks)
    found = bisect_left(positions, position)
    return positions[found - 1] + 1 if found else 0


def end_of(text: str, position: int, breaks: str) -> int:
    """Index of the first break character at or after ``position``, or the text's end."""
    positions = _positions(text, breaks)
    found = bisect_left(positions, position)
    return positions[found] if found < len(positions) else len(text)
