"""The named lists of a document: its national titles and 5G factories (policy documents are
list_policies.py's), and all three lists put together.

The rules read body paragraphs with whitespace dropped (PDF lines break inside a title) and keep
each character's offset, so an item's evidence points into Document.text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from extractor.extract.bounds import end_of, start_of
from extractor.extract.context import applicant_place, is_not_applicant
from extractor.extract.dates import body_text, document_date
from extractor.extract.list_holders import holder_items
from extractor.extract.list_items import Items, ListItem
from extractor.extract.list_patterns import (
    factory_matcher,
    factory_patterns,
    items,
    policies,
    title_matcher,
    title_patterns,
)
from extractor.extract.list_policies import applicant, policy_items
from extractor.extract.list_rows import row_units
from extractor.extract.list_text import Unit, key, sentences, units
from extractor.extract.table_claims import value_cells
from extractor.model import Document

_TAIL_CHARS = 8  # a line this short with no wording of its own ends the one before it
_EITHER = "either"  # an entry listed under wording that names both 5G-factory lists


def _strip_opening(text: str, start: int, joined: bool) -> tuple[str, int, bool]:
    """Drop a label, opening words, a joiner and dates from a segment: (rest, its start,
    whether a list opened there, as after 包括 or 1.)."""
    cues = items()
    inner = list(cues.opening.pattern.finditer(text))
    opened = bool(inner)
    if inner:
        start, text = start + inner[-1].end(), text[inner[-1].end() :]
    while True:
        match = (
            cues.label.pattern.match(text)
            or cues.intro.pattern.match(text)
            or (cues.joiner.pattern.match(text) if joined else None)
        )
        if match is not None and match.end():
            opened = True
        else:
            match = cues.time_lead.pattern.match(text)
            if match is None or not match.end():
                return text, start, opened
        start, text = start + match.end(), text[match.end() :]


def _title_end(sentence: str, end: int) -> tuple[int, int] | None:
    """Where a title's name ends (its field in brackets included) and where its item ends
    (称号, 名单 included), or None when the words run on (揭榜单位名单 is not a title)."""
    cues, around = items(), title_patterns()
    direction = around.direction.pattern.match(sentence[end:])
    if direction is not None:
        if around.factory_direction.pattern.search(direction.group(0)):
            return None  # 工业互联网试点示范(5G工厂方向) is a 5G factory, not a title
        end += direction.end()
    suffix = around.suffix.pattern.match(sentence[end:])
    close = end + (suffix.end() if suffix else 0)
    rest = sentence[close:]
    counted = cues.count.pattern.match(rest) or cues.counted_kinds.pattern.match(rest)
    if counted or not cues.closing.pattern.match(rest):
        return None  # 智能制造示范工厂4个, 绿色工厂数量居…: counted, not named
    return end, close


def _title_item(
    sentence: str, start: int, floor: int, numbered: bool, row: bool
) -> tuple[int, str, bool] | None:
    """(where the item starts, the holder's name, whether the holder is a named project that
    is the entry itself) for the title at ``start``: the segment before it without opening
    words and verb (霁州获批…), empty for the applicant itself, or None when it holds no name
    (新增…, 依托…, 获评省级…) or is not held yet (力争…)."""
    cues = items()
    before = re.split(f"[{re.escape(cues.part_breaks)}]", sentence[:start])[-1]
    if any(c.pattern.search(before) for c in (cues.target, cues.pending)):
        return None
    if row and cues.pending.pattern.search(sentence):
        return None  # 称号名称 | 获得单位 | 状态: a row still 公示中 is no title held yet
    breaks = cues.segment_breaks
    segment = max(start_of(sentence, start, breaks), floor)
    joined = floor > 0 and segment - floor <= 1  # right after the previous item
    text, at, opened = _strip_opening(sentence[segment:start], segment, joined)
    labels = list(cues.inner_label.pattern.finditer(text))
    if labels:  # (1)省级…(2)乙公司“Y”项目（…）: this item starts after the last label
        at, text, opened = at + labels[-1].end(), text[labels[-1].end() :], True
    verb, first = cues.award.pattern.search(text), cues.award_word.pattern.search(text)
    if first and not verb and cues.local_award.pattern.match(text[first.end() :]):
        return None  # 获评某某市绿色工业园区: a city's title, not a ministry's
    text = text[: min(verb.start(), first.start() if first else len(text))] if verb else text
    bracket = cues.bracket_lead.pattern.search(text)
    project = text[: bracket.start()] if bracket else text
    if (verb or bracket) and cues.named_project.pattern.fullmatch(project):
        return at, project, True  # 某公司“Y”项目入选…试点示范项目: the named project
    text = project  # 某公司（获评…）, 某公司（2022年…）: the holder before its bracket
    if verb and not project and sentence[segment - 1 : segment] in set(cues.clause_breaks):
        # (2)某公司“Y”项目，入选…试点示范项目: the project the clause before names
        before = start_of(sentence, segment - 1, cues.segment_breaks)
        lead = max(before, floor)
        clause, lead, _ = _strip_opening(sentence[lead : segment - 1], lead, False)
        if cues.named_project.pattern.fullmatch(clause):
            return lead, clause, True
    after = sentence[segment - 1 : segment]
    # 称号3项：甲；乙: a part after a part of a list is an item too
    opening = cues.opening.pattern.search(sentence, 0, segment)
    enumerated = after in set(cues.part_breaks) and opening is not None
    # 甲（…）；乙；丙。 written as a form cell's parts: the first part is an item too
    run = end_of(sentence, start, cues.part_breaks) < len(sentence)
    enumerated = enumerated or (segment == 0 and run)
    # a title alone in a table row's cell (类别 | 称号名称 | 获得单位) is an item
    listed = opened or joined or after in set(cues.list_breaks) or enumerated or row
    if title_patterns().prefix.pattern.fullmatch(text):
        text = ""  # ②第九批国家新型工业化产业示范基地: the title's own batch, no holder
    if not text or cues.applicant.pattern.match(text):
        return (start, "", False) if verb or listed or (numbered and segment == 0) else None
    if cues.bad_holder.pattern.search(text) or not (verb or cues.entity.pattern.search(text)):
        return None
    return at, text, False


def _projects_before(sentence: str, at: int, floor: int) -> list[tuple[int, str]]:
    """(start, name) of the named projects enumerated before the one at ``at`` (甲公司“X”项目、
    乙公司“Y”项目入选…): each holds the title too, in the order written."""
    cues, found = items(), list[tuple[int, str]]()
    breaks = set(cues.list_breaks) - {":", "："}
    while sentence[at - 1 : at] in breaks and at - 1 > floor:
        start = max(start_of(sentence, at - 1, cues.segment_breaks), floor)
        text, first, _ = _strip_opening(sentence[start : at - 1], start, False)
        if not cues.named_project.pattern.fullmatch(text):
            break
        found.insert(0, (first, text))
        at = start
    return found


def _labelled_project(sentence: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the named project a title ending at ``end`` labels (2022年工业互联网试点
    示范项目：某公司“Y”项目; …——某公司“Y”项目): that project is the entry, not its category."""
    cues = items()
    label = cues.title_label.pattern.match(sentence, end)
    if label is None:
        return None
    last = end_of(sentence, label.end(), cues.segment_breaks)
    named = cues.named_project.pattern.fullmatch(sentence[label.end() : last])
    return (label.end(), last) if named is not None else None


def _won_by_place(before: str, holder: str, places: set[str]) -> bool:
    """Whether a title's holder is a place (the applicant by its short name too: 霁州 for
    霁州市), a park or a sector joined to it by a verb: the title is then the applicant's own,
    listed as the document writes it, without the holder (a named enterprise, institution or
    cluster keeps its name: several of them hold one title; a sector's cluster is the sector,
    unless a place of the applicant's opens its name)."""
    cues = items()
    short = {p[:-1] for p in places}
    place = cues.place_holder.pattern.search(holder) or holder in short
    if cues.sector_cluster.pattern.search(holder):
        place = not any(holder.startswith(name) for name in short)
    return bool(cues.award_word.pattern.search(before)) and bool(place)


def _joins(between: str) -> bool:
    """Whether the words between two titles only join them (、, 和, 以及)."""
    cues = items()
    rest = between.strip().lstrip(cues.list_breaks + "，,")
    return not rest or cues.joiner.pattern.fullmatch(rest) is not None


def _others_listed(sentence: str, applicant_name: str | None) -> int:
    """Where the titles a list names of another place start (全省获评的部级以上称号包括：…: the
    province's), or past the sentence's end: the words before the list's opening name another
    subject."""
    opening = items().opening.pattern.search(sentence)
    if opening is None or opening.group(0) in ":\uff1a":
        return len(sentence) + 1  # 某有限公司：2023年智能制造优秀场景 names its holder
    others = is_not_applicant(sentence[: opening.start()], applicant_name)
    return opening.end() if others else len(sentence) + 1


def _title_items(document: Document, document_units: list[Unit]) -> list[ListItem]:
    found, places = Items(document), applicant(document, document_units)[1]
    applicant_name = applicant_place(document.text)
    for unit in document_units:
        for start, end in sentences(unit.text):
            sentence, floor, other = unit.text[start:end], 0, -1
            others_from = _others_listed(sentence, applicant_name)
            for match in title_matcher().pattern.finditer(sentence):
                if match.start() >= others_from:
                    break
                category = title_matcher().category(match.group(0))
                labelled = _labelled_project(sentence, match.end())
                if labelled is not None and category and category.is_ministerial:
                    if _title_item(sentence, match.start(), floor, unit.numbered, unit.row):
                        first, floor = labelled
                        name = sentence[first:floor]
                        found.add(unit, (start, end), start + first, start + floor, name)
                    continue
                ends = _title_end(sentence, match.end())
                if not (category and category.is_ministerial and category.listed and ends):
                    continue
                if _bracketed(sentence, match.start()):
                    close = sentence.find(")", match.start())
                    note = sentence[match.start() : close if close >= 0 else len(sentence)]
                    if title_patterns().factory_direction.pattern.search(note):
                        continue  # (2022年工业互联网试点示范，5G全连接工厂方向): a 5G factory
                held = _title_item(sentence, match.start(), floor, unit.numbered, unit.row)
                named = policies().place.pattern.search(held[1]) if held else None
                city = items().city_holder.pattern.match(held[1]) if held else None
                opening = named or city
                if held is None or (opening and places and opening.group(0) not in places):
                    other = ends[1] if held is not None else other
                    continue  # 相邻的石屿市获批…: another city's title
                at, holder, project = held
                if not holder and other >= 0 and _joins(sentence[other : match.start()]):
                    other = ends[1]
                    continue  # 石屿市获批A、B: B is that city's too
                if project:
                    for first, name in [*_projects_before(sentence, at, floor), (at, holder)]:
                        first += start
                        found.add(unit, (start, end), first, first + len(name), name)
                    floor = ends[1]
                    continue
                if holder and _won_by_place(sentence[at : match.start()], holder, places):
                    # 澧川高新区获评国家绿色园区: the title as written, 国家 included
                    national = items().national_prefix.pattern.search(sentence[at : match.start()])
                    at, holder = match.start() - (len(national.group(0)) if national else 0), ""
                if not holder:  # 入选2024年“5G+工业互联网”融合应用试点城市: its year as written
                    year = title_patterns().prefix.pattern.search(sentence, 0, at)  # ends at at
                    at = year.start() if year is not None else at
                # as written: 智能制造示范工厂(某某有限公司) keeps its holder in brackets after it
                name = holder + sentence[match.start() if holder else at : ends[0]]
                found.add(unit, (start, end), start + at, start + ends[0], name)
                floor = ends[1]
    return list(found.found.values())


def _counted(sentence: str, start: int, end: int, item: bool = False) -> str | bool | None:
    """The 5G-factory wording nearest an item: the id of the term that puts it on the list
    (名录, 试点示范（5G工厂方向）), False where a provincial list rejects it, or None: one in the
    item's own clause wins, then the nearest before it, then after it. An ``item`` labelled
    inside its line ((3)甲公司…入选…(4)乙公司…) is not judged by the items after it."""
    matcher = factory_matcher()
    negated = factory_patterns().negated.pattern
    judged: list[tuple[int, str | bool]] = [
        # …项目入选的是平台类方向，不属于5G工厂方向: the list named only to be denied
        (
            m.start(),
            False if negated.search(sentence, 0, m.start()) else matcher.term[m.group(0)].id,
        )
        for m in matcher.pattern.finditer(sentence)
        if matcher.term[m.group(0)].counts is True
    ]
    judged += [(m.start(), False) for m in factory_patterns().provincial.pattern.finditer(sentence)]
    if item:
        labels = [m.start() for m in items().inner_label.pattern.finditer(sentence)]
        last = min((at for at in labels if at >= end), default=len(sentence))
        judged = [(at, good) for at, good in judged if at < last]
    breaks = items().clause_breaks
    left, right = start_of(sentence, start, breaks), end_of(sentence, end, breaks)
    for group in (
        [(abs(at - start), good) for at, good in judged if left <= at < right],
        [(start - at, good) for at, good in judged if at < start],
        [(at - end, good) for at, good in judged if at >= end],
    ):
        if group:
            nearest = min(group, key=lambda pair: pair[0])[1]
            terms = {good for _, good in group if isinstance(good, str)}
            # 入选5G工厂名录及试点示范（5G工厂方向）项目清单: listed, but on which list is unsaid
            return _EITHER if isinstance(nearest, str) and len(terms) > 1 else nearest
    return None


def _factory_name(segment: str, row: bool) -> tuple[int, str] | None:
    """The enterprise-and-project name in one segment and where it starts, or None; in a
    table row of 5G factories a project cell may name its maker short (吉林化纤5G+…工厂)."""
    cues, shape = items(), factory_patterns()
    text, start, _ = _strip_opening(segment, 0, joined=True)
    verb = cues.award_after.pattern.search(text)
    text = text[: verb.start()] if verb and verb.start() else text
    tail = cues.count_tail.pattern.search(text)
    text = text[: tail.start()] if tail else text
    if text.count("(") > text.count(")"):  # …工厂(均为2023年入选，…): a note cut by its comma
        text = text[: text.rfind("(")]
    wrapped = shape.wrapped.pattern.match(text)
    if wrapped is not None:  # 工业互联网试点示范项目(某某有限公司5G全连接工厂): the factory inside
        start, text = start + wrapped.start("inner"), wrapped["inner"]
    named = shape.enterprise_project.pattern.match(text)
    short = shape.row_project.pattern.fullmatch(text) if named is None else None
    maker = short["maker"] or "" if short is not None else ""
    if short is not None and (row or shape.prose_maker.pattern.fullmatch(maker)):
        return (start, text) if not cues.bad_holder.pattern.search(maker) else None
    if (
        not named
        or not shape.project.pattern.search(named["project"])
        or shape.statement.pattern.search(named["project"])
        or (cues.bad_holder.pattern.search(named["enterprise"]))
    ):
        return None
    # 某公司智能制造示范工厂 is a title, and so is 智能制造示范工厂(某公司) (its 工厂 is no maker's)
    bounds = (len(text), len(named["enterprise"]))
    ending = [m for m in title_matcher().pattern.finditer(text) if m.end() in bounds]
    if any((c := title_matcher().category(m.group(0))) and c.listed for m in ending):
        return None
    return start, text


def _factory_names(segment: str, row: bool) -> list[tuple[int, str]]:
    """The enterprise-and-project names in one segment: two joined (甲公司5G智能工厂和乙公司5G
    全连接工厂) are two factories when each side is one."""
    for joint in items().holder_join.pattern.finditer(segment):
        left = _factory_name(segment[: joint.start()], row)
        right = _factory_names(segment[joint.end() :], row)
        if left is not None and right:
            return [left, *((joint.end() + at, name) for at, name in right)]
    whole = _factory_name(segment, row)
    return [whole] if whole is not None else []


def _bracketed(text: str, position: int) -> bool:
    """Whether ``position`` is inside brackets: (2022年工业互联网试点示范，5G工厂方向) is one
    note, not two segments."""
    return text.count("(", 0, position) > text.count(")", 0, position)


def _cuts(sentence: str, breaks: re.Pattern[str]) -> list[int]:
    """Where a sentence splits into segments: at its breaks outside brackets, and inside brackets
    that enumerate (名录（甲公司5G工厂、乙公司5G车间，均为2023年入选）), whose brackets cut too."""
    notes = factory_patterns().enumerating_note.pattern.finditer(sentence)
    enumerating = [note.span() for note in notes]
    cuts = []
    for m in breaks.finditer(sentence):
        inside = any(start < m.start() < end for start, end in enumerating)
        if inside or not _bracketed(sentence, m.start()):
            cuts.append(m.end())
    cuts += [at for span in enumerating for at in (span[0] + 1, span[1])]
    # …(5G工厂方向)(4)乙公司5G…工厂入选…: items run on after an inner label
    cuts += [m.start() + 1 for m in items().inner_label.pattern.finditer(sentence) if m.start()]
    return sorted(cuts)


def _factory_items(document: Document, document_units: list[Unit]) -> list[ListItem]:
    cues, found = items(), Items(document)
    breaks = re.compile(f"[{re.escape(cues.segment_breaks)}]")
    earlier: str | bool | None = None  # the previous sentence's wording, for 入选项目分别是：…
    before: str | bool | None = None  # the wording last named in the paragraph before
    for unit in document_units:
        caption = _counted(unit.caption, 0, 0) if unit.numbered else None
        recent, before = before, None  # 发布2023年5G工厂名录… / 入选的8家工厂分别是：…
        enumerating = False
        for start, end in sentences(unit.text, cues.part_breaks):  # 公示 holds to its part
            sentence = unit.text[start:end]
            listing = (
                cues.opening.pattern.search(sentence)
                or cues.label.pattern.match(sentence)
                or cues.among.pattern.search(sentence)
            )
            continued = unit.text[start - 1 : start] in set(cues.part_breaks)
            here = _counted(sentence, len(sentence), len(sentence))
            if listing and here is None and cues.title_list.pattern.search(sentence):
                earlier = recent = None  # 称号情况：甲；乙: a list of titles, not of 5G factories
            # 分别为：甲；乙；丙。: the parts after an opening are its items too
            enumerating = bool(listing) or (continued and enumerating)
            fallback = earlier if listing or (continued and enumerating) else None
            fallback = caption if fallback is None else fallback
            if fallback is None and listing and cues.intake_listing.pattern.search(sentence):
                fallback = recent
            recent = here if here is not None else recent
            before = here if here is not None else before
            # (1)…；(2)…；(3)…: the list's wording holds through its items without one of their
            # own, as through a line that only ends the one before (…名录，具体 / 如下：)
            tail = here is None and (continued or listing or len(sentence) <= _TAIL_CHARS)
            earlier = (fallback if continued else earlier) if tail else here
            if cues.pending.pattern.search(sentence):
                earlier = recent = before = False  # a 公示 list: nor is what follows it
                continue
            if here is None and not isinstance(fallback, str):
                continue  # no 5G-factory wording here or before: no item can count
            bounds = [0, *_cuts(sentence, breaks), len(sentence) + 1]
            for left, right in itertools.pairwise(bounds):
                if cues.target.pattern.search(sentence[:left]):
                    continue
                for at, name in _factory_names(sentence[left : right - 1], unit.row):
                    first, last = left + at, left + at + len(name)
                    judged = _counted(sentence, first, last, item=True)
                    term = fallback if judged is None else judged
                    if isinstance(term, str):
                        found.add(unit, (start, end), start + first, start + last, name, term)
    return list(found.found.values())


def find_lists(document: Document) -> dict[str, list[ListItem]]:
    """The document's named lists under their gold/v1 keys, non-empty ones only, in order."""
    values = value_cells(document)
    document_units = sorted(
        [*units(document, values), *row_units(document, values)],
        key=lambda unit: unit.offsets[0] if unit.offsets else 0,
    )
    date = document_date(body_text(document))
    lists = {
        "policy_documents": policy_items(document, document_units, date),
        "national_titles": [
            *_title_items(document, document_units),
            *holder_items(document, document_units),
        ],
        "factories_5g": _factory_items(document, document_units),
    }
    return {
        name: sorted(_unsubsumed(found), key=lambda item: item.evidence.span.start)
        for name, found in lists.items()
        if found
    }


def _held_in(short: str, long: str) -> bool:
    """Whether ``long`` holds ``short`` in at most two pieces, in either order (智能制造示范工厂
    in 智能制造示范工厂(某某有限公司); 某某有限公司智能制造示范工厂 in 智能制造示范工厂(某某
    有限公司)); a factory named with other words between (甲公司5G机器人装配工厂 beside 甲公司
    “5G+机器人柔性装配全连接工厂”项目) is another."""
    return any(short[:cut] in long and short[cut:] in long for cut in range(len(short) + 1))


def _unsubsumed(found: list[ListItem]) -> list[ListItem]:
    """One entry per named item: a mention another entry holds too (智能制造示范工厂 beside
    智能制造示范工厂(某某有限公司), or the same title and holder written the other way round
    earlier in the text) gives way to that fuller entry."""
    keys = [key(item.name) for item in found]
    kept = []
    for i, item in enumerate(found):
        fuller = [
            j
            for j, other in enumerate(keys)
            if j != i
            and not (found[i].repeat or found[j].repeat)
            and len(keys[i]) <= len(other)
            and _held_in(keys[i], other)
            and (Counter(other) != Counter(keys[i]) or j > i)
        ]
        if not fuller:
            kept.append(item)
    return kept
