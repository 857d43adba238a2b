"""What the words around a figure say: its status, year and qualifier, and whose figure it is."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from extractor.extract.bounds import start_of
from extractor.extract.cues import cues
from extractor.extract.dates import body_text
from extractor.extract.numbers import inclusive_words, qualifier_words
from extractor.extract.years import DocumentYears, document_years, year_number
from extractor.model import Document, Origin, Qualifier, Status


@cache
def _qualifier_words() -> tuple[dict[str, tuple[Qualifier, str]], frozenset[str]]:
    """Each qualifier word, alone and with a link verb (约为, 超过达), to its qualifier and the
    word itself."""
    words, verbs = qualifier_words()
    lookup: dict[str, tuple[Qualifier, str]] = {}
    for name, group in words.items():
        for word in group:
            lookup.setdefault(word, (Qualifier(name), word))
            for verb in verbs:
                lookup.setdefault(word + verb, (Qualifier(name), word))
    return lookup, frozenset(verbs)


@cache
def _qualifier_hint() -> re.Pattern[str]:
    words, _ = qualifier_words()
    every = sorted({w for group in words.values() for w in group}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in every))


# How far back a listing of names before a count is looked for (a few names, quoted projects)
_LISTING_REACH = 240
_PART_REACH = 60  # a part of the place opens the figure's clause within this


def may_qualify(text: str) -> bool:
    """Whether ``text`` holds any qualifier word at all: if not, no need to segment it."""
    return _qualifier_hint().search(text) is not None


def qualifier(
    before: Sequence[str], after: Sequence[str], bound: Qualifier | None = None
) -> Qualifier:
    """超过/逾 over, 不少于 at_least, 约/近 about, 不足 under; else the ``bound`` the figure's
    own last word puts on it (三十余 over, 十来 about), else exact.

    ``before`` are the words before the figure (nearest last), ``after`` the words after its
    unit (nearest first), as jieba cuts them: 不低于 may come as 不 / 低于, so the nearest words
    are joined, longest first, and 不低于 is never read as 低于.
    """
    return bounded(before, after, bound)[0]


def bounded(
    before: Sequence[str], after: Sequence[str], bound: Qualifier | None = None
) -> tuple[Qualifier, bool]:
    """The qualifier (as ``qualifier`` reads it) and whether its bound includes the figure:
    30个以上 may be 30 itself, 超过30个 may not (the law's reading of 以上 and 以下)."""
    found = _qualifier_word(before, after)
    if found is None:
        return bound or Qualifier.exact, False
    return found[0], found[1] in inclusive_words()


def _qualifier_word(before: Sequence[str], after: Sequence[str]) -> tuple[Qualifier, str] | None:
    lookup, verbs = _qualifier_words()
    words = list(before)
    while words and words[-1] in verbs:
        words.pop()
    for count in (3, 2, 1):
        found = lookup.get("".join(words[-count:])) if len(words) >= count else None
        if found is not None:
            return found
    for count in (1, 2):
        found = lookup.get("".join(after[:count])) if len(after) >= count else None
        if found is not None:
            return found
    return None


def _last_outside(pattern: re.Pattern[str], text: str, masks: list[tuple[int, int]]) -> int:
    """End of the last match of ``pattern`` not inside one of ``masks``, or -1."""
    end = -1
    for found in pattern.finditer(text):
        if not any(start <= found.start() < stop for start, stop in masks):
            end = found.end()
    return end


def _is_past_until(cue: str, as_of: int | None) -> bool:
    """至2023年 where 2023 is not after the document's as-of year: 截至, not 到."""
    found = cues().until_year.match(cue)
    year = year_number(found.group(1)) if found else None
    return year is not None and as_of is not None and year <= as_of


def _is_past_period(cue: str, as_of: int | None) -> bool:
    """“十三五”期间 or 到“十三五”末 in a document of 2024: a period over, its figures achieved."""
    end = _period_end(cue)
    return end is not None and as_of is not None and end <= as_of


def _is_during(cue: str) -> bool:
    """“十四五”期间: within a plan period, not by its end (到“十四五”末)."""
    found = cues().period_target.fullmatch(cue)
    return found is not None and found.group(2) is not None


def _period_end(cue: str) -> int | None:
    periods = cues().data.plan_periods
    return next((end for period, end in periods.items() if period in cue), None)


def _cue_year(cue: str) -> int | None:
    """The year a target cue names (到2025年底 → 2025, 到“十四五”末 → 2025), or None (力争)."""
    year = re.search(r"[0-9]{4}", cue)
    return int(year.group(0)) if year else _period_end(cue)


def _is_after(cue: str, as_of: int | None) -> bool:
    """到2025年 where 2025 is after the document's as-of year."""
    year = _cue_year(cue)
    return year is not None and as_of is not None and year > as_of


def _is_past_change_end(cue: re.Match[str], change_ends: set[int], as_of: int | None) -> bool:
    """由2020年的5家增加至2023年的21家: the 至2023年 that ends a change is the as-of date of the
    figure after it, a past one when 2023 is not after the document's as-of year."""
    year = _cue_year(cue.group(0))
    ends_change = cue.start() + 1 in change_ends
    return ends_change and year is not None and as_of is not None and year <= as_of


def status(
    sentence_before: str, block_before: str, heading: str | None, as_of: int | None = None
) -> Status:
    """Target if a target cue is the nearer one before the figure, else actual.

    The sentence decides; if it has no cue, the paragraph before it does (到2025年：…；…),
    then the section heading (发展目标). 年底 inside 到2025年底 is part of the target cue,
    and a weak actual cue (2023年末) in the sentence keeps a paragraph's target cue away.
    至2023年 up to the document's as-of year (``as_of``) is an as-of date, not a target.
    """
    for number, stretch in enumerate((sentence_before, block_before, heading or "")):
        found = _stretch_status(stretch, as_of, weak=number == 0, carried=number == 1)
        if found is not None:
            return found
    return Status.actual


@lru_cache(maxsize=256)
def _stretch_status(stretch: str, as_of: int | None, weak: bool, carried: bool) -> Status | None:
    """What one stretch says, or None if it says nothing; a paragraph or heading is asked once
    for all the figures after it. From the paragraph before a sentence (``carried``) only a
    target cue that heads what follows carries (到2025年，…；…, 目标, 2026年底：): a 争取 or
    拟 in an earlier sentence governs that sentence only."""
    found = cues()
    # 由目前的27.1个提升至40个: 目前 speaks of the figure before 提升至, not after it
    targets = list((found.target_carry if carried else found.target).finditer(stretch))
    changes = list(found.from_to.finditer(stretch))
    change_ends = {m.end() for m in changes}
    past = [
        m
        for m in targets
        if _is_past_until(m.group(0), as_of)
        or _is_past_change_end(m, change_ends, as_of)
        or _is_past_period(m.group(0), as_of)
    ]
    masks = [m.span() for m in targets]
    later = [m for m in targets if m not in past and _is_after(m.group(0), as_of)]
    during = bool(later) and _is_during(later[-1].group(0))
    if later and not any(
        m.start() > later[-1].end() and (during or not m.group(0).startswith("已"))
        for m in found.actual.finditer(stretch)
    ):
        # 到2023年底，全市已建成… in a document of 2022: 已 by then, not yet reached (but 由目前的
        # 27.1个提升至… speaks of now, and “十四五”期间，全市已建成… of so far)
        return Status.target
    target_at = max((m.end() for m in targets if m not in past), default=-1)
    masks += [m.span() for m in changes]
    actual_at = max([_last_outside(found.actual, stretch, masks), *(m.end() for m in past)])
    if target_at != actual_at:
        return Status.target if target_at > actual_at else Status.actual
    if weak and _last_outside(found.actual_weak, stretch, masks) >= 0:
        return Status.actual
    return None


def place_names(text: str) -> list[re.Match[str]]:
    """Place names (两字 + 市/县) in ``text``, 智慧城市 and the like left out; 某市级 only where
    the text names 某市 on its own too (大连市《…》…大连市级以上, not 培育市级企业)."""
    found = cues()
    names = [
        m
        for m in found.place_name.finditer(text)
        if not found.not_place.match(text, max(0, m.start() - 1))
    ]
    level = found.data.level_suffix
    alone = {m.group(0) for m in names if not text.startswith(level, m.end())}
    return [m for m in names if m.group(0) in alone]


@lru_cache(maxsize=2)  # asked for by claims, lists and the prediction of one document
def applicant_place(text: str) -> str | None:
    """The applicant: as the form names it (申报城市 景城市), else as the document's title line
    names it (澧川市…试点工作方案, however often a neighbour is named below), else the place
    or area (高新区, 经开区) named most often."""
    field = cues().applicant_field.search(text)
    if field is not None:
        area = cues().sub_area.search(field.group(1))
        named = place_names(field.group(1))
        if area or named:
            return area.group(0) if area else named[-1].group(0)
    title = text.lstrip().split("\n", 1)[0]
    if any(stop in title for stop in cues().data.sentence_breaks):
        title = ""  # a first line that is a sentence (4月30日，…榜上有名。), not a title
    # a title opening with an area (澧川高新区：…, 澧川经开区获批…) is that area's own
    area, titled = cues().sub_area.match(title), place_names(title)
    if area or titled:
        return area.group(0) if area else titled[0].group(0)
    names = Counter(m.group(0) for m in place_names(text))
    # a passage about one area of a city (常州高新区已累计培育…) names the area, as a clause's
    # subject (not 三井新能源…示范区), more than once and more often than the city
    breaks = cues().data.clause_breaks
    found = cues().sub_area.finditer(text)
    areas = Counter(a.group(0) for a in found if start_of(text, a.start(), breaks) == a.start())
    names.update({area: count for area, count in areas.items() if count > 1})
    return names.most_common(1)[0][0] if names else None


def same_place(name: str, applicant: str | None) -> bool:
    """Whether ``name`` names the applicant: one name ends the other (澄江市 and 全澄江市; a
    zone by its long or its short name, 澄江高新技术产业开发区 and 澄江高新区). A short name
    before its kind (澄江 for 澄江市) is not matched here: ruled_out.part_follows takes it."""
    if applicant is None:
        return False
    name, applicant = _short_zone(name), _short_zone(applicant)
    return name.endswith(applicant) or applicant.endswith(name)


def _short_zone(name: str) -> str:
    """A zone's name with its long kind in the short form its texts use (高新技术产业开发区 →
    高新区); any other name as it is."""
    for long, short in cues().data.zone_short.items():
        if name.endswith(long):
            return name[: -len(long)] + short
    return name


def is_not_applicant(sentence_before: str, applicant: str | None = None) -> bool:
    """The last subject named before the figure is the nation, the province or another place.

    全省5G基站总数达到16.3万个，每万人拥有5G基站32.5个: 全省 governs both clauses, until the
    applicant (全市, 我市, its own name) is named again; the 全市 of 同期沈阳全市 is not it.
    A standing (作为全国首批…, 居全国前列) names no subject.
    """
    found = cues()
    # a standing (居全国前列) and a note in brackets (…名录（甲有限公司…工厂、…）) name no subject
    masks = [m.span() for m in found.standing.finditer(sentence_before)]
    masks += [m.span() for m in found.note.finditer(sentence_before)]
    # 甲有限公司“X”、乙公司“Y”2个项目入选…: the enterprises the count counts, not its subject
    tail = max(0, len(sentence_before) - _LISTING_REACH)  # a listing is read at its end only
    listed = found.listed_before_count.search(sentence_before, tail)
    counted = listed.start() if listed else len(sentence_before)
    others = [
        m.span()
        for m in found.other_subject.finditer(sentence_before)
        if not any(start <= m.start() < stop for start, stop in masks)
        and not (m.start() >= counted and found.enterprise.fullmatch(m.group(0)))
    ]
    other = max((end for _, end in others), default=-1)
    # 中心城区每万人拥有…: a part of the applicant opens the figure's clause (read near it only)
    near = sentence_before[-_PART_REACH:]
    clause = near[start_of(near, len(near), found.data.clause_breaks) :]
    if found.part_of_place.match(clause) is not None:
        other = max(other, len(sentence_before))
    own = _last_outside(found.own_subject, sentence_before, others)
    for place in place_names(sentence_before):
        if any(start <= place.start() < stop for start, stop in masks):
            continue
        if same_place(place.group(0), applicant):
            own = max(own, place.end())
        elif not found.administering.match(sentence_before, place.end()):
            other = max(other, place.end())
    if applicant is not None:  # 其中，澧川高新区拥有规上工业企业156家: a part of the applicant
        areas = found.sub_area.finditer(sentence_before)
        for area in (a for a in areas if found.sub_area_subject.match(sentence_before, a.end())):
            if same_place(area.group(0), applicant):
                own = max(own, area.end())
            else:
                other = max(other, area.end())
    return other > own


def subject_words(text: str, sentence: int, position: int) -> str:
    """The words before ``position`` that may name its subject: its sentence, and where that
    sentence leaves its subject out (拥有国家级单项冠军企业3家 after 某示范区拥有规上企业135家。)
    the sentences before it in ``text`` back to one that names it."""
    found = cues()
    start = sentence
    while start > 0 and found.subjectless.match(text, start):
        start = start_of(text, start - 1, found.data.sentence_breaks)
    return text[start:position]


def is_growth(clause_before: str) -> bool:
    """新增, 同比增长, 比上年增加: a change, not a stock, unless a stock follows (新培育后…总数)."""
    found = cues()
    changes = list(found.growth.finditer(clause_before))
    return bool(changes) and found.stock.search(clause_before, changes[-1].end()) is None


def is_period_flow(sentence_before: str, *, goal: bool) -> bool:
    """2020年，建成5G基站30个: what one year built, not the stock, unless a word of totals
    (累计, 共计, 达到, 2022年已建成) says otherwise, or it is a ``goal`` built up to by then
    (2022年，全市建成5G基站5000个以上)."""
    found = cues()
    flows = list(found.period_flow.finditer(sentence_before))
    if not flows or (goal and found.stock_goal.search(flows[-1].group())):
        return False
    return not found.stock_words.search(sentence_before, flows[-1].start())


def is_intake(sentence_before: str, listed_before: str) -> bool:
    """工信部公示第七批…名单，我市入选8家: one batch's intake, not the stock, unless the
    figure's own words say it is a total (累计, 总数), or those heading the list of counts it
    stands in (已累计培育…企业21家、…企业106家), or the earlier batches are added in (加上前四批
    获评的5家企业，入围该名单的企业已有8家)."""
    found = cues()
    if found.with_earlier.search(sentence_before):
        return False
    return bool(found.intake.search(sentence_before)) and not found.stock.search(listed_before)


def is_threshold(clause_before: str, clause_after: str) -> bool:
    """每万人拥有5G基站数超过30个的要求, 评审指标要求每万人拥有5G基站数超过30个: the rules
    quoted back, not a claim."""
    found = cues()
    return bool(
        found.threshold.search(clause_after) or found.threshold_before.search(clause_before)
    )


def is_not_count(after: str) -> bool:
    """A year, date, percentage, multiple, document number or page number."""
    return cues().not_count_after.search(after) is not None


def is_article(before: str, figure_text: str) -> bool:
    """一 after a determiner (的一座, 这一个): an article before a noun, not a count of one."""
    return figure_text == "一" and cues().article_before.search(before) is not None


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """What a sentence may leave unsaid and the document says once: its years and applicant."""

    years: DocumentYears
    applicant: str | None


def document_context(document: Document) -> DocumentContext:
    """Read once per document, before its sentences."""
    text = document.text
    return DocumentContext(document_years(text, body_text(document)), applicant_place(text))


def confidence(how: str, origin: Origin) -> float:
    """How sure a claim is, by how its field was found (its own clause, a table row, the
    sentence before, …) and whether its text came from OCR."""
    found = cues().data.confidence
    score = found[how]
    return round(score * found["ocr"], 3) if origin is Origin.ocr else score
