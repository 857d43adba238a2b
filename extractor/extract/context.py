"""What the words around a figure say: its status, year and qualifier, and whose figure it is."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from extractor.extract.numbers import qualifier_words
from extractor.extract.patterns import cues
from extractor.model import Qualifier, Status


@cache
def _qualifier_patterns() -> tuple[tuple[Qualifier, re.Pattern[str], re.Pattern[str]], ...]:
    words, verbs = qualifier_words()
    link = "|".join(re.escape(v) for v in verbs)
    out = []
    for name, group in words.items():
        alternation = "|".join(re.escape(w) for w in sorted(group, key=len, reverse=True))
        before = re.compile(rf"(?:{alternation})(?:{link})?$")
        after = re.compile(rf"^(?:{alternation})")
        out.append((Qualifier(name), before, after))
    return tuple(out)


def qualifier(before: str, after: str, more: bool) -> Qualifier:
    """超过/逾 over, 不少于 at_least, 约/近 about, 不足 under; 余/多 after a figure is over."""
    for name, pattern_before, pattern_after in _qualifier_patterns():
        if pattern_before.search(before[-8:]) or pattern_after.match(after):
            return name
    return Qualifier.over if more else Qualifier.exact


def _last(pattern: re.Pattern[str], text: str) -> int:
    """End of the last match of ``pattern`` in ``text``, or -1."""
    end = -1
    for found in pattern.finditer(text):
        end = found.end()
    return end


def status(sentence_before: str, block_before: str, heading: str | None) -> Status:
    """Target if a target cue is the nearer one before the figure, else actual.

    The sentence decides; if it has no cue, the paragraph before it does (到2025年：…；…),
    then the section heading (发展目标).
    """
    found = cues()
    for stretch in (sentence_before, block_before, heading or ""):
        target_at = _last(found.target, stretch)
        actual_at = _last(found.actual, stretch)
        if target_at != actual_at:
            return Status.target if target_at > actual_at else Status.actual
    return Status.actual


def year_in(text: str) -> int | None:
    """The last year named in ``text`` (2023年, 到2026年, “十四五”末), or None."""
    found = cues()
    years = [(m.start(), int(m.group(0))) for m in found.year.finditer(text)]
    for period, year in found.data.plan_periods.items():
        years += [(m.start(), year) for m in re.finditer(re.escape(period), text)]
    return max(years)[1] if years else None


@dataclass(frozen=True, slots=True)
class DocumentYears:
    """Default years when a sentence names none: the document's as-of and target years."""

    actual: int | None
    target: int | None


def document_years(text: str) -> DocumentYears:
    """The most frequent as-of year (截至2023年底) and target year (到2026年) of a document.

    A bulletin or a work report has no as-of phrase: its own year is the one it names most.
    """
    found = cues()
    as_of = [m.group(1) for p in found.as_of_year for m in p.finditer(text)]
    targets = [m.group(1) for p in found.target_year for m in p.finditer(text)]
    if not as_of:
        plain = found.title.sub("", text)
        as_of = [y for y in found.any_year.findall(plain) if y not in targets]

    def most(values: list[str]) -> int | None:
        return int(Counter(values).most_common(1)[0][0]) if values else None

    return DocumentYears(most(as_of), most(targets))


def is_not_applicant(clause_before: str) -> bool:
    """The figure belongs to the nation, the province or another place."""
    return cues().other_subject.search(clause_before) is not None


def is_growth(clause_before: str) -> bool:
    """新增, 同比增长, 比上年增加: a change, not a stock."""
    return cues().growth.search(clause_before) is not None


def is_threshold(clause_after: str) -> bool:
    """每万人拥有5G基站数超过30个的要求: the rules quoted back, not a claim."""
    return cues().threshold.search(clause_after) is not None


def is_not_count(after: str) -> bool:
    """A year, date, percentage, multiple, document number or page number."""
    return cues().not_count_after.search(after) is not None
