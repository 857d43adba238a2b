"""Pinyin glosses some reposting sites put after characters, 累计(jì)建成, dropped from the text
read (the raw text keeps them): they split words and figures the patterns look for.

A gloss is one syllable of lower-case pinyin with a tone mark, in brackets, right after an
ideograph; a bracket holding anything else (a label, an English word, a toneless abbreviation)
stays.
"""

from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = re.compile(
    rf"(?<=[\u3400-\u4dbf\u4e00-\u9fff])\((?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}}\)"
)


def drop_glosses(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """``chars`` without pinyin glosses, and the raw index of each character kept."""
    text = "".join(chars)
    spans = [m.span() for m in _GLOSS.finditer(text)]
    if not spans:
        return chars, origin
    dropped = {i for start, end in spans for i in range(start, end)}
    kept = [i for i in range(len(chars)) if i not in dropped]
    return [chars[i] for i in kept], [origin[i] for i in kept]


def gloss_at(raw: str, index: int) -> str:
    """The gloss that starts at ``index`` of a raw text, right after an ideograph, or ""."""
    found = _GLOSS.match(raw, index)
    return found.group(0) if found is not None else ""
