"""Enterprises named apart from the title they hold: 三家企业入选绿色工厂，分别是甲公司、乙公司、
丙公司. The title is said once for all of them; each enterprise is an item of national_titles,
written as the document writes it.

A ministry publishing a title's list (工信部公布…国家级工业设计中心名单) names the title for what
follows in its sentence and in the next paragraph: the applicant's holders enumerated under a
count (其中郑州市3家企业，分别为…; 此次获批的3个项目分别是…) or named before the verb of winning
(我市某某智能制造示范工厂成功入选).
"""

from __future__ import annotations

import re

from extractor.extract.context import applicant_place, is_not_applicant
from extractor.extract.list_items import Items, ListItem
from extractor.extract.list_patterns import items, title_matcher
from extractor.extract.list_text import Unit, sentences
from extractor.extract.numbers import chinese_value
from extractor.model import Document

_SHORTEST = 2  # characters of the shortest name a joiner may set apart


def _won_title(sentence: str, verb: re.Pattern[str]) -> int | None:
    """Where the enumeration may start: the end of a ministerial title won (or published) in
    this sentence (the verb before it, no provincial or city level right before it), or None."""
    cues, matcher = items(), title_matcher()
    for match in matcher.pattern.finditer(sentence):
        category = matcher.category(match.group(0))
        if not (category and category.is_ministerial and category.listed):
            continue
        before = sentence[: match.start()]
        won = verb.search(before)
        if won is not None and not cues.holder_level.pattern.search(before[won.end() :]):
            return match.end()
    return None


def _parts(segment: str, counted: bool) -> list[tuple[int, str]]:
    """A segment's names: 甲公司和乙公司 is two; 乙纺织和丙科技 two only under a count."""
    joiner = items().holder_join.pattern
    fits = range(_SHORTEST, len(segment) - _SHORTEST + 1)  # 和 in 保和科技 or 和澧科技 joins none
    cuts = [m for m in joiner.finditer(segment) if m.start() in fits and m.end() in fits]
    after_name = [m for m in cuts if items().holder_end.pattern.search(segment[: m.start()])]
    # under a count the last joiner parts two short names, not a project's words (研究与试验)
    project = items().holder_project.pattern.fullmatch(segment)
    chosen = after_name or (cuts[-1:] if counted and not project else [])
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
                count is not None
                and (
                    cues.short_holder.pattern.fullmatch(part)
                    or cues.holder_project.pattern.fullmatch(part)
                )
            )
            if not named or cues.bad_holder.pattern.search(part) or len(spans) == count:
                return spans
            spans.append((segment.start() + offset, segment.start() + offset + len(part)))
    return spans


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else chinese_value(text)


def _named_before(clause: str) -> list[tuple[int, int]]:
    """(我市)甲公司、乙公司和丙示范工厂成功入选: the (start, end) of each name before the verb,
    none unless every piece is a name."""
    cues = items()
    whole = cues.named_before.pattern.fullmatch(clause)
    if whole is None:
        return []
    lead = cues.time_lead.pattern.match(clause)
    at = lead.end() if lead else 0
    spans = list[tuple[int, int]]()
    for piece in re.finditer(r"[^、]+", clause[at : whole.end(1)]):
        for offset, part in _parts(piece.group(0), counted=False):
            name = cues.before_name.pattern.fullmatch(part)
            if name is None or cues.bad_holder.pattern.search(part):
                return []
            first = at + piece.start() + offset
            spans.append((first, first + len(part)))
    return spans


def _enumerated(
    sentence: str, after: int, announced: bool, applicant: str | None
) -> list[tuple[int, int]]:
    """The (start, end) in the sentence of each holder enumerated after ``after``. After a
    published list (``announced``) only under a count of the applicant's own."""
    cues = items()
    opening = cues.holder_opening.pattern.search(sentence, after)
    if opening is None:
        return []
    before = sentence[: opening.start()]
    counts = list(cues.holder_count.pattern.finditer(before[after:] if announced else before))
    if announced and (not counts or is_not_applicant(before, applicant)):
        return []
    count = _number(counts[-1 if announced else 0].group(1)) if counts else None
    tail = sentence[opening.end() :]
    return [(opening.end() + a, opening.end() + b) for a, b in _names(tail, count)]


def _before_verb(sentence: str, after: int) -> list[tuple[int, int]]:
    """Holders named before a verb of winning, clause by clause after ``after``."""
    breaks = re.escape(items().clause_breaks)
    for clause in re.finditer(f"[^{breaks}]+", sentence[after:]):
        spans = _named_before(clause.group(0))
        if spans:
            at = after + clause.start()
            return [(at + a, at + b) for a, b in spans]
    return []


def holder_items(document: Document, document_units: list[Unit]) -> list[ListItem]:
    """National-title holders enumerated after the title (分别是/分别为/包括 …), or after the
    list of a title a ministry published (in its sentence or the next paragraph)."""
    cues, found = items(), Items(document)
    applicant = applicant_place(document.text)
    announced_in = -2  # the unit of the last published title's list
    for index, unit in enumerate(document_units):
        for start, end in sentences(unit.text, cues.part_breaks):
            sentence = unit.text[start:end]
            if cues.target.pattern.search(sentence) or cues.pending.pattern.search(sentence):
                continue
            won = _won_title(sentence, cues.award_word.pattern)
            published = _won_title(sentence, cues.announce.pattern)
            announced_in = index if published is not None else announced_in
            if won is not None:
                spans = _enumerated(sentence, won, False, applicant)
            elif index - announced_in <= 1:
                after = published or 0
                spans = _enumerated(sentence, after, True, applicant) or _before_verb(
                    sentence, after
                )
            else:
                continue
            for first, last in spans:
                found.add(unit, (start, end), start + first, start + last, sentence[first:last])
    return list(found.found.values())
