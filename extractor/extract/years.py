"""Which year a figure is for: the sentence's own year, else the document's as-of or target year.

A work report speaks of 过去一年 and 今年 relative to the date it was delivered; a news release
of 截至目前 as of its dateline; a bulletin of 年末 as of the year in its title. The document's
date and kind are read once, from its head.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractor.extract.bounds import end_of, start_of
from extractor.extract.cues import cues
from extractor.extract.dates import DocumentDate, document_date
from extractor.extract.numbers import numeral
from extractor.model import Status


@dataclass(frozen=True, slots=True)
class DocumentYears:
    """Default years when a sentence names none, and the date that relative years count from."""

    actual: int | None
    target: int | None
    dated: int | None = None
    report: bool = False
    date: DocumentDate | None = None
    span_end: int | None = None  # the end of the span a plan's title names (2023—2025年)


_TITLE_LINES = 2  # a title may wrap: 2021年某区国民经济和社会发展 / 统计公报

_YEAR_JUST_ENDED = 2  # up to this month, a whole year achieved is the one just ended


def year_number(text: str) -> int | None:
    """2023 or 二〇二三 as a number; 去年 and other relative words are not numbers (None)."""
    return numeral(text)


def _group_year(found: re.Match[str] | None, dated: int | None = None) -> int | None:
    """The year a pattern's first group names, relative words counted from ``dated``."""
    if found is None:
        return None
    text = found.group(1)
    shift = cues().data.relative_years.get(text)
    if shift is not None:
        return None if dated is None else dated + shift
    return year_number(text)


def _after_target_cue(text: str, position: int) -> bool:
    """预计2024年底可达到: a year-end named in a target's clause is not an as-of date."""
    clause = start_of(text, position, cues().data.clause_breaks)
    return cues().target.search(text, clause, position) is not None


def _about_others(text: str, position: int) -> bool:
    """截至2023年底，全国5G基站…: an as-of date in a sentence about the nation, the province or
    another place (and not the applicant) is theirs, not the document's."""
    found = cues()
    breaks = found.data.sentence_breaks
    sentence = text[start_of(text, position, breaks) : end_of(text, position, breaks)]
    return bool(found.other_subject.search(sentence)) and not found.own_subject.search(sentence)


def _most(values: list[int]) -> int | None:
    return Counter(values).most_common(1)[0][0] if values else None


def document_years(text: str, body: str | None = None) -> DocumentYears:
    """The document's as-of and target years, its date, and whether it is a work report.

    Actuals default to the year before a work report was delivered (过去一年), a bulletin's
    to the year its title names, otherwise to the document's own date (its dateline, form
    date or signature; for an undated release, the year of the dated event its lead reports,
    the year after the one whole year a release dated by month and day reviews, or the year its
    head opens with: a figure stated without a year is as of then), else to the most
    frequent as-of year (截至2023年底). Targets default to the most frequent 到…年, else the
    end of the span in a plan's title (2023—2025年), else a report's own year (今年). With
    none of these the year is unknown: None, never a guess. ``body`` is the text without
    page furniture, where the date is looked for.
    """
    found = cues()
    head = text[: found.data.head_chars]
    first_line = head.split("\n", 1)[0]
    plain = found.title.sub("", text)
    titled = _group_year(found.title_year.search(first_line))
    report = found.report_title.search(head) is not None
    date = document_date(text if body is None else body)
    dated = date.year if date is not None else _group_year(found.dateline.search(head))
    if dated is None and report:
        dated = titled
    if dated is None:  # 昨日，…2025年度第二批…名单公布: as of the event it reports
        dated = _group_year(found.reported_event.search(head))
    if dated is None and found.month_day.search(head):  # 3月7日讯 …2023年，…: from 2024
        named = {y for m in found.whole_year.finditer(plain) if (y := _group_year(m))}
        dated = min(named) + 1 if len(named) == 1 else None
    if dated is None:  # 2023年，某市深入贯彻…: a head speaking of its year
        dated = _group_year(found.opening_year.search(head))
    as_of = [
        y
        for p in found.as_of_year
        for m in p.finditer(plain)
        if not _after_target_cue(plain, m.start())
        and not _about_others(plain, m.start())
        and (y := _group_year(m, dated))
    ]
    targets = [y for p in found.target_year for m in p.finditer(plain) if (y := _group_year(m))]
    actual: int | None
    if report and dated is not None:
        actual = dated - 1
    elif titled and found.bulletin_title.search("".join(head.split("\n")[:_TITLE_LINES])):
        actual = titled
    elif dated is not None:
        # a plan dated 2024 stating its as-of date more than once, each before its own year
        # (截至2023年底…；截至2023年底…): its figures are as of the latest of them
        actual = max(as_of) if len(as_of) > 1 and max(as_of) < dated else dated
    else:
        actual = _reviewed_year(first_line) or _most(as_of)
    span_end = _group_year(found.plan_span.search(head))
    target = _most(targets) or span_end
    if target is None and report:
        target = dated
    return DocumentYears(actual, target, dated, report, date, span_end)


def _spans(patterns: tuple[re.Pattern[str], ...], text: str) -> list[tuple[int, int]]:
    return [m.span() for p in patterns for m in p.finditer(text)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _candidates(text: str, dated: int | None, *, achieved: bool) -> list[tuple[int, int]]:
    """(position, year) of every year named in ``text``: 2023年, “十四五”, 去年 (if dated).
    With ``achieved``, a plan period counts only once over (“十四五”期间已建成… in 2024 is
    as of 2024, not 2025)."""
    found = cues()
    mentions = found.year_mention.finditer(text)
    years = [(m.start(), y) for m in mentions if (y := year_number(m.group(0)))]
    for period, year in found.data.plan_periods.items():
        if achieved and not _over(year, dated):
            continue
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
    candidates = _candidates(text, dated, achieved=status is Status.actual)
    targets = _spans(found.target_year, text)
    excluded = _spans(found.comparison_year, text)
    excluded += [m.span() for m in found.from_to.finditer(text)]
    # a note in brackets dates its own words (…名录（…，均为2023年入选），暂无…), unless it is an
    # as-of date (（截至2023年底）全市…, a column's （2023年）)
    notes = found.note.finditer(text)
    excluded += [m.span() for m in notes if not found.as_of_note.search(m.group(0))]
    candidates = [(p, y) for p, y in candidates if not _inside(p, excluded)]
    if status is Status.target:
        dates = [m.span() for m in found.date_year.finditer(text)]
        candidates = [(p, y) for p, y in candidates if not _inside(p, dates)]
        in_target = [(p, y) for p, y in candidates if _inside(p, targets)]
        candidates = in_target or candidates
    elif status is Status.actual:
        # an actual figure after 增加至2023年的 takes the year that ends the change
        change_ends = {m.end() for m in found.from_to.finditer(text)}
        targets = [(start, end) for start, end in targets if start + 1 not in change_ends]
        outside = [(p, y) for p, y in candidates if not _inside(p, targets)]
        candidates = outside or [
            (p, y)
            for p, y in candidates
            if any(_reached(text, span, y, dated) for span in targets if span[0] <= p < span[1])
        ]
    return candidates[-1][1] if candidates else None


def list_year(sentence_before: str, clause_after: str, dated: int | None) -> int | None:
    """The year of the dated list an actual count entered (2个项目入选工业和信息化部2023年5G
    工厂名录: 2023), where its clause names no year of its own and its sentence no as-of date
    (目前, 截至2024年底) or running total (累计8个项目入选…名录 is the stock of every list, as of
    the document's date)."""
    found = cues()
    entry = found.list_entry.match(clause_after)
    if entry is None or found.running_total.search(sentence_before):
        return None
    clause = sentence_before[
        start_of(sentence_before, len(sentence_before), found.data.clause_breaks) :
    ]
    as_of = any(p.search(sentence_before) for p in (*found.as_of_year, found.relative))
    if as_of or year_in(clause, Status.actual, dated) is not None:
        return None
    return year_number(entry.group(1))


def _reached(text: str, span: tuple[int, int], year: int | None, dated: int | None) -> bool:
    """到2023年底，全市已建成…: the 到…年 was reached (已 follows, no target word such as
    目标 or 力争 leads its clause, the year is not after the document's date)."""
    found = cues()
    clause = start_of(text, span[0], found.data.clause_breaks)
    return (
        found.reached.match(text, span[1]) is not None
        and found.target.search(text, clause, span[0]) is None
        and year is not None
        and (dated is None or year <= dated)
    )


def year_for(
    sentence_before: str,
    block_before: str,
    status: Status,
    years: DocumentYears,
    heading: str | None = None,
) -> int | None:
    """The figure's year from its sentence, else its paragraph, else the document's default.

    截至去年底，全市5G基站近两万个；…供应商…五十余家: the paragraph's as-of year carries over
    the semicolon; so does a plan period already over (“十三五”时期，…建成5G基站4.9万个: 2020).
    """
    year = year_in(sentence_before, status, years.dated)
    if year is not None:
        return year
    opening = _sentence_year(block_before)
    if opening is not None and (status is Status.actual or opening >= (years.dated or opening)):
        return opening  # (a target does not take a year already past: 2023年建成…；将增至…)
    ended = _year_just_ended(sentence_before, years.date) if status is Status.actual else None
    if ended is not None:
        return ended
    within = cues().span_within.search(sentence_before) if status is Status.target else None
    if within is not None and (years.span_end or years.dated):
        # 三年内: to the end of the plan's span, else that many years after the document's date
        return years.span_end or (years.dated or 0) + (year_number(within.group(1)) or 0)
    found = cues()
    patterns = found.target_year if status is Status.target else found.as_of_year
    patterns = (*patterns, found.year_heading)
    stated = [
        (m.start(), _group_year(m, years.dated)) for p in patterns for m in p.finditer(block_before)
    ]
    if status is Status.actual:
        stated += _past_periods(block_before, years.dated)
    else:  # 到“十四五”末，主要指标如下。…
        ends = found.data.plan_periods
        stated += [
            (m.start(), ends[m.group(m.lastindex or 1)])
            for m in found.period_target.finditer(block_before)
        ]
    if stated:
        carried = max(stated, key=lambda pair: pair[0])[1]
        if carried is not None:
            return carried
    if status is Status.actual:
        return _reviewed_year(heading, years.dated) or years.actual
    return years.target


def _sentence_year(block_before: str) -> int | None:
    """2026年5G基站总数达到2.5万个；每万人拥有5G基站数达到38个: the year opening the sentence
    dates the parts after its semicolons."""
    found = cues()
    start = start_of(block_before, len(block_before), found.data.full_stops)
    opening = found.sentence_year.match(block_before, start)
    return year_number(opening.group(1)) if opening else None


def _year_just_ended(sentence_before: str, date: DocumentDate | None) -> int | None:
    """全年新增企业超2万家 said in January or February: a whole year done is the one just ended
    (None: no whole year, or a date later in the year)."""
    if date is None or date.month is None or date.month > _YEAR_JUST_ENDED:
        return None
    return date.year - 1 if cues().whole_year_word.search(sentence_before) else None


def _reviewed_year(line: str | None, dated: int | None = None) -> int | None:
    """The one year a title or heading reviews (2023年某市中小企业发展情况, 一、2023年工作回顾),
    not one it plans for (2024年工作要点) nor one after the document's date."""
    found = cues()
    if not line or found.plan_title.search(line):
        return None
    year = _group_year(found.review_year.search(line))
    return year if year is not None and (dated is None or year <= dated) else None


def _past_periods(text: str, dated: int | None) -> list[tuple[int, int | None]]:
    """(position, end year) of each plan period ``text`` speaks of (“十三五”时期), once over:
    ended before the document's date, or any period of an undated document."""
    found = cues()
    ends = found.data.plan_periods
    spoken = [(m.start(), ends[m.group(1)]) for m in found.period_as_of.finditer(text)]
    return [(at, end) for at, end in spoken if _over(end, dated)]


def _over(end: int, dated: int | None) -> bool:
    """Whether a plan period ending in ``end`` is over by the document's year (any period of
    an undated document)."""
    return dated is None or end < dated


def _month_of_year(sentence_before: str) -> int | None:
    """The month that ends the last time of the year the words name without a year of their own
    (年底 12, 四季度 12, 上半年 6, 10月 10); None if there is none, if it is an as-of date
    (截至年底) or if a year other than 今年 is named with it (2024年底 is is_future's)."""
    found = cues()
    times = list(found.time_of_year.finditer(sentence_before))
    if not times:
        return None
    last = times[-1]
    before = sentence_before[: last.start()]
    if found.named_year_before.search(before) or found.as_of_lead.search(before[-4:]):
        return None
    if last.group("end"):
        return 12
    if last.group("half"):
        return 6 if last.group("half") == "上" else 12
    if last.group("quarter"):
        quarter = numeral(last.group("quarter"))
        return None if quarter is None else 3 * quarter
    return numeral(last.group("month"))


def is_future(sentence_before: str, year: int | None, date: DocumentDate | None) -> bool:
    """Whether a figure for ``year`` lies after the document's own ``date``: then it is a
    target whatever words surround it (2025年 in a plan dated 2024; 2024年底, a 2024年：
    heading, or a 年底 or 四季度 naming no year, in one dated 2024年9月), and so is an as-of
    month after the date (截至2024年底, 截至2024年10月 in one dated 2024年9月); 截至2024年 stays
    an as-of date, 2024年6月 is past."""
    if year is None or date is None:
        return False
    if year != date.year:
        return year > date.year
    found = cues()
    if date.month is None:
        return False
    later = _month_of_year(sentence_before)
    if later is not None:
        return later > date.month
    mentions = [m for m in found.year_mention.finditer(sentence_before) if m.group(0)]
    if not mentions:
        return False
    last = mentions[-1]
    if year_number(last.group(0)) != year:
        return False
    month = found.month_after_year.match(sentence_before, last.end())
    if month is not None:  # 截至2024年底, 2024年10月 in a document of 2024年9月: not reached yet
        at = 12 if month.group("end") else numeral(month.group("month"))
        return at is not None and at > date.month
    if found.as_of_lead.search(sentence_before, max(0, last.start() - 4), last.start()):
        return False
    return found.year_goals_heading.match(sentence_before, last.end()) is not None and (
        date.is_after(year)
    )
