"""Enterprises named apart from the title they hold: 三家企业入选绿色工厂，分别是甲公司、乙公司、
丙公司. The title is said once for all of them; each enterprise is an item of national_titles,
written as the document writes it.
"""

from __future__ import annotations

import re

from extractor.extract.list_items import Items, ListItem
from extractor.extract.list_patterns import items, title_matcher
from extractor.extract.list_text import Unit, sentences
from extractor.extract.numbers import chinese_value
from extractor.model import Document


def _won_title(sentence: str) -> int | None:
    """Where the enumeration may start: the end of a ministerial title won in this sentence
    (an award word before it, no provincial or city level right before it), or None."""
    cues, matcher = items(), title_matcher()
    for match in matcher.pattern.finditer(sentence):
        category = matcher.category(match.group(0))
        if not (category and category.is_ministerial and category.listed):
            continue
        before = sentence[: match.start()]
        won = cues.award_word.pattern.search(before)
        if won is not None and not cues.holder_level.pattern.search(before[won.end() :]):
            return match.end()
    return None


def _parts(segment: str, counted: bool) -> list[tuple[int, str]]:
    """A segment's names: 甲公司和乙公司 is two; 乙纺织和丙科技 two only under a count."""
    joiner = items().holder_join.pattern
    cuts = [m for m in joiner.finditer(segment) if m.start() > 0]
    after_name = [m for m in cuts if items().holder_name.pattern.search(segment[: m.start()])]
    chosen = after_name or (cuts[-1:] if counted else [])
    parts, at = list[tuple[int, str]](), 0
    for cut in chosen:
        parts.append((at, segment[at : cut.start()]))
        at = cut.end()
    return [*parts, (at, segment[at:])]


def _names(text: str, count: int | None) -> list[tuple[int, int]]:
    """The (start, end) of each name in an enumeration, up to the first piece that is none;
    under a count (三家企业…分别是) short names are names too, and no more than it."""
    cues, spans = items(), list[tuple[int, int]]()
    for segment in re.finditer(f"[^{re.escape(cues.segment_breaks)}]+", text):
        for offset, part in _parts(segment.group(0), count is not None):
            named = cues.holder_name.pattern.fullmatch(part) or (
                count is not None and cues.short_holder.pattern.fullmatch(part)
            )
            if not named or cues.bad_holder.pattern.search(part) or len(spans) == count:
                return spans
            spans.append((segment.start() + offset, segment.start() + offset + len(part)))
    return spans


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else chinese_value(text.replace("两", "二"))


def holder_items(document: Document, document_units: list[Unit]) -> list[ListItem]:
    """National-title holders enumerated after the title (分别是/分别为/包括 …)."""
    cues, found = items(), Items(document)
    for unit in document_units:
        for start, end in sentences(unit.text, cues.part_breaks):
            sentence = unit.text[start:end]
            if cues.target.pattern.search(sentence) or cues.pending.pattern.search(sentence):
                continue
            after = _won_title(sentence)
            opening = cues.holder_opening.pattern.search(sentence, after) if after else None
            if opening is None:
                continue
            counted = cues.holder_count.pattern.search(sentence[: opening.start()])
            count = _number(counted.group(1)) if counted else None
            for first, last in _names(sentence[opening.end() :], count):
                at = opening.end()
                found.add(unit, (start, end), start + at + first, start + at + last,
                          sentence[at + first : at + last])  # fmt: skip
    return list(found.found.values())
