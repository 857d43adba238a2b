"""Whitespace normalisation: drop stray spaces PDF and Word put inside CJK text."""

from __future__ import annotations

_SPACE = frozenset(" \t\n\u3000\xa0")


def is_space(char: str) -> bool:
    """A character that only separates words."""
    return char in _SPACE or char.isspace()


def keeps_space(left: str, right: str) -> bool:
    """Whether a whitespace run between two characters means a real word boundary.

    Only between two printable ASCII characters ("5G network", "23 876"); next to a CJK
    character, a digit beside an ideograph, or CJK punctuation, the space is layout noise.
    """
    return left.isascii() and right.isascii() and left.isprintable() and right.isprintable()


def squeeze(chars: list[str], origin: list[int]) -> tuple[str, list[int]]:
    """Remove or collapse whitespace runs; keeps each kept character's raw index."""
    out: list[str] = []
    out_origin: list[int] = []
    i, n = 0, len(chars)
    while i < n:
        char = chars[i]
        if not is_space(char):
            out.append(char)
            out_origin.append(origin[i])
            i += 1
            continue
        j = i
        while j < n and is_space(chars[j]):
            j += 1
        if out and j < n and out[-1].isdigit() and chars[j].isdigit() and "\n" in chars[i:j]:
            i = j  # 不少于12 / 0 in a narrow table cell: one number wrapped onto two lines
            continue
        if out and j < n and keeps_space(out[-1], chars[j]):
            out.append(" ")
            out_origin.append(origin[i])
        i = j
    return "".join(out), out_origin
