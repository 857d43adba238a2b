"""Which year a figure is for: the sentence's own year, else the document's as-of or target year.

A work report speaks of 过去一年 and 今年 relative to the date it was delivered; a news release
of 截至目前 as of its dateline; a bulletin of 年末 as of the year in its title. The document's
date and kind are read once, from its head.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractor.extract.patterns import cues
from extractor.model import Status


@dataclass(frozen=True, slots=True)
class DocumentYears:
    """Default years when a sentence names none, and the date that relative years count from."""

    actual: int | None
    target: int | None
    dated: int | None = None
    report: bool = False


def _most(values: list[int]) -> int | None:
    return Counter(values).most_common(1)[0][0] if values else None


def document_years(text: str) -> DocumentYears:
    """The document's as-of and target years, its date, and whether it is a work report.

    Actuals default to the most frequent as-of year (截至2023年底); a work report's to the year
    before it was delivered (过去一年); a bulletin's to the year its title names; otherwise to
    the dateline's year. Targets default to the most frequent 到…年, else the end of the span
    in a plan's title (2023—2025年), else a report's own year (今年). With none of these the
    year is unknown: None, never a guess.
    """
    found = cues()
    head = text[: found.data.head_chars]
    first_line = head.split("\n", 1)[0]
    plain = found.title.sub("", text)
    as_of = [int(m.group(1)) for p in found.as_of_year for m in p.finditer(plain)]
    targets = [int(m.group(1)) for p in found.target_year for m in p.finditer(plain)]
    dateline = found.dateline.search(head)
    titled = found.title_year.search(first_line)
    report = found.report_title.search(head) is not None
    dated = int(dateline.group(1)) if dateline else None
    if dated is None and titled and report:
        dated = int(titled.group(1))
    actual: int | None
    if report and dated is not None:
        actual = dated - 1
    elif titled and found.bulletin_title.search(first_line):
        actual = int(titled.group(1))
    elif as_of:
        actual = _most(as_of)
    else:
        actual = dated
    span = found.plan_span.search(head)
    target = _most(targets) or (int(span.group(1)) if span else None)
    if target is None and report:
        target = dated
    return DocumentYears(actual, target, dated, report)


def _spans(patterns: tuple[re.Pattern[str], ...], text: str) -> list[tuple[int, int]]:
    return [m.span() for p in patterns for m in p.finditer(text)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _candidates(text: str, dated: int | None) -> list[tuple[int, int]]:
    """(position, year) of every year named in ``text``: 2023年, “十四五”, 去年 (if dated)."""
    found = cues()
    years = [(m.start(), int(m.group(0))) for m in found.year.finditer(text)]
    for period, year in found.data.plan_periods.items():
        years += [(m.start(), year) for m in re.finditer(re.escape(period), text)]
    if dated is not None:
        shift = found.data.relative_years
        years += [(m.start(), dated + shift[m.group(0)]) for m in found.relative.finditer(text)]
    return sorted(years)


def year_in(text: str, status: Status | None = None, dated: int | None = None) -> int | None:
    """The year ``text`` (the words before a figure) gives the figure, or None.

    An actual figure does not take the year of a target phrase (目标是到2026年…由目前的27.1个),
    nor a base year it is compared with (较2020年) or grown from (由2020年的十余家增长到…).
    A target takes the year of its target phrase when it has one (到2025年，…较2020年翻两番).
    """
    found = cues()
    candidates = _candidates(text, dated)
    targets = _spans(found.target_year, text)
    excluded = _spans(found.comparison_year, text)
    excluded += [m.span() for m in found.from_to.finditer(text)]
    candidates = [(p, y) for p, y in candidates if not _inside(p, excluded)]
    if status is Status.target:
        in_target = [(p, y) for p, y in candidates if _inside(p, targets)]
        candidates = in_target or candidates
    elif status is Status.actual:
        candidates = [(p, y) for p, y in candidates if not _inside(p, targets)]
    return candidates[-1][1] if candidates else None


def year_for(
    sentence_before: str, block_before: str, status: Status, years: DocumentYears
) -> int | None:
    """The figure's year from its sentence, else its paragraph, else the document's default.

    截至去年底，全市5G基站近两万个；…供应商…五十余家: the paragraph's as-of year carries over
    the semicolon.
    """
    for stretch in (sentence_before, block_before):
        year = year_in(stretch, status, years.dated)
        if year is not None:
            return year
    return years.target if status is Status.target else years.actual
