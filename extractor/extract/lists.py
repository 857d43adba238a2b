"""The named lists of a document: its own policy documents, national titles and 5G factories.

The rules read body paragraphs with whitespace dropped (PDF lines break inside a title) and keep
each character's offset, so an item's evidence points into Document.text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from extractor.extract.bounds import end_of, start_of
from extractor.extract.dates import DocumentDate, body_text, document_date
from extractor.extract.list_patterns import (
    factory_matcher,
    factory_patterns,
    items,
    policies,
    title_matcher,
    title_patterns,
)
from extractor.extract.list_rows import row_units
from extractor.extract.list_text import Unit, key, sentences, similar, units
from extractor.extract.tables import value_cells
from extractor.model import BlockKind, Document, Evidence, Span
from extractor.normalise.offsets import OffsetMap

_QUOTE_CHARS = 80
_OWN_TITLE_CHARS = 100  # a document's own title: its leading heading lines, this long at most
_DRAFT_AFTER = 12  # characters after 》 searched for (征求意见稿)
_EITHER = "either"  # an entry listed under wording that names both 5G-factory lists


class ListItem(BaseModel):
    """One named item of a list and where the document names it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    evidence: Evidence
    term: str | None = None  # for a 5G factory, the wording that lists it (名录, 5G工厂方向)


@dataclass(slots=True)
class _Items:
    """Collects one list's items with their evidence; the first mention of a name is kept."""

    document: Document
    found: dict[str, ListItem] = field(default_factory=dict)

    def add(
        self,
        unit: Unit,
        sentence: tuple[int, int],
        start: int,
        end: int,
        name: str,
        term: str | None = None,
    ) -> None:
        name_key = key(name)
        if not name_key or name_key in self.found:
            return
        first, last = unit.offsets[start], unit.offsets[end - 1] + 1
        block = next(b for b in reversed(self.document.blocks) if b.span.start <= first)
        left = max(sentence[0], start - max(_QUOTE_CHARS - end + start, 0) // 2)
        quote = unit.text[left : min(sentence[1], left + _QUOTE_CHARS)]
        span = Span(start=first, end=last)
        evidence = Evidence(page=block.page, block=block.index, span=span, quote=quote)
        if self.document.traditional and name == unit.text[start:end]:
            name = self._as_written(unit.offsets[start:end])  # 繁體 as the document writes it
        self.found[name_key] = ListItem(name=name, evidence=evidence, term=term)

    def _as_written(self, offsets: tuple[int, ...]) -> str:
        """The raw characters behind these offsets of the normalised text."""
        where = OffsetMap(self.document)
        chars = []
        for offset in offsets:
            block, raw = where.block_at(offset), self.document.raw_offsets[offset]
            chars.append(block.raw[raw] if block is not None and raw >= 0 else " ")
        return "".join(chars)


def _ahead(clause: str, date: DocumentDate | None) -> bool:
    """Whether a clause dates its action after the document's own date (2024年一季度印发 in a
    plan of 2023年12月, 2025年10月底前印发 in one of 2025年9月, 年内 of its own year)."""
    if date is None:
        return False
    for found in policies().when.pattern.finditer(clause):
        year = int(found.group("year"))
        month = int(found.group("month")) if found.group("month") else None
        rest = found.group("rest") or ""
        if date.is_after(year, month) if month or not rest else year >= date.year:
            return True
    return False


def _lead(text: str, date: DocumentDate | None = None) -> tuple[bool, bool, bool]:
    """(issued, refused, cited) from the last clause of ``text`` with a cue (根据省政府要求，
    我市出台《…》 is ours); cited holds unless a verb of issuing follows (我市对照…制定了《…》).
    A plan (拟, 研究出台) or an action dated after the document is refused."""
    cues = policies()
    for clause in reversed(re.split(f"[{re.escape(items().clause_breaks)}]", text)):
        issued = [m.start() for m in cues.issued.pattern.finditer(clause)]
        cited = [m.end() for m in cues.cited.pattern.finditer(clause)]
        refused = bool(
            cues.negated.pattern.search(clause)
            or cues.outside_issuer.pattern.search(clause)
            or cues.planned.pattern.search(clause)
            or (issued and _ahead(clause, date))
        )
        cited_only = bool(cited) and not any(at >= max(cited) for at in issued)
        if issued or refused or cited_only:
            return bool(issued) and not (refused or cited_only), refused, cited_only
    return False, False, False


def applicant(document: Document, document_units: list[Unit]) -> tuple[str, set[str]]:
    """The document's own title (its leading heading lines, keyed) and the applicant's city or
    county names: those the title names, else the one named most often."""
    title = ""
    for index, unit in enumerate(document_units):
        too_long = len(title) + len(unit.text) > _OWN_TITLE_CHARS
        if unit.numbered or (unit.kind is not BlockKind.heading and index > 0) or too_long:
            break
        title += unit.text
    # a headline that quotes a title in 《》 (我市出台《…》) is not that document's own title
    title = "" if policies().title.pattern.search(title) else title
    place = policies().place.pattern
    counts = Counter(place.findall(document.text))
    common = {counts.most_common(1)[0][0]} if counts else set()
    return key(title), set(place.findall(title)) or common


def _planned_after(after: str, date: DocumentDate | None) -> bool:
    """《…》已完成征求意见，拟于2025年10月底前印发: the rest of its sentence says the title is
    still to be issued (a plan, or an issuing dated after the document) before it says it was."""
    after = policies().title.pattern.sub("", after)  # 《…行动计划》 is a name, not a plan
    rest = re.split(f"[{re.escape(items().sentence_breaks)}；;]", after, maxsplit=1)[0]
    for clause in re.split(f"[{re.escape(items().clause_breaks)}]", rest):
        if policies().issued_past.pattern.search(clause):
            return False
        planned = policies().planned.pattern.search(clause) or policies().draft.pattern.search(
            clause
        )
        if planned or (policies().issued.pattern.search(clause) and _ahead(clause, date)):
            return True
    return False


def _is_policy(
    title: str,
    lead: tuple[bool, ...],
    around: tuple[str, str, str],
    own: tuple[str, set[str]],
    date: DocumentDate | None = None,
) -> bool:
    """Whether a title in 《》 is a special policy the applicant issued, judged on ``lead`` (the
    words since the previous title), ``around`` (the sentence before and after it, the caption
    of its numbered run) and ``own`` (the document's own title and the applicant's places)."""
    cues, (before, after, caption), (own_title, places) = policies(), around, own
    drafted = cues.draft.pattern.search(title) or cues.draft.pattern.search(after[:_DRAFT_AFTER])
    if drafted or cues.outside_title.pattern.search(title) or not cues.topic.pattern.search(title):
        return False
    if _planned_after(after, date):
        return False
    if own_title and similar(key(title), own_title):
        return False
    opening = cues.place.pattern.match(title)
    if places and opening and opening.group(0) not in places:
        return False  # 宁波市出台的《宁波市…》为我市提供了借鉴: another city's document
    ours = bool(opening) and bool(places)  # a document of the applicant's, even when cited
    clause = re.split(f"[{re.escape(items().clause_breaks)}]", after, maxsplit=1)[0]
    issued, refused, cited = lead
    if refused or (cited and not ours) or cues.comprehensive.pattern.search(clause):
        return False
    issued_after, refused_after, cited_after = _lead(clause, date)
    if (refused_after or (cited_after and not ours)) and not issued:
        return False
    if issued or (issued_after and ours) or cues.caption.pattern.search(caption):
        return True
    # no cue at all (以《…》为引领): a document of a city or county on the pilot's own subject
    return bool(
        cues.local_title.pattern.search(title)
        and cues.core_topic.pattern.search(title)
        and not cues.negated.pattern.search(before)
    )


def _policy_items(
    document: Document, document_units: list[Unit], date: DocumentDate | None
) -> list[ListItem]:
    cues, found = policies(), _Items(document)
    own = applicant(document, document_units)
    for unit in document_units:
        for start, end in sentences(unit.text):
            sentence = unit.text[start:end]
            previous_end, previous = 0, (False, False, False)
            for match in cues.title.pattern.finditer(sentence):
                between = sentence[previous_end : match.start()]
                chained = previous_end > 0 and cues.chain.pattern.match(between)
                lead = previous if chained else _lead(between, date)
                around = (sentence[: match.start()], sentence[match.end() :], unit.caption)
                if _is_policy(match.group(1), lead, around, own, date):
                    at = start + match.start(1)
                    found.add(unit, (start, end), at, start + match.end(1), match.group(1))
                previous_end, previous = match.end(), lead
    return list(found.found.values())


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
    if cues.count.pattern.match(rest) or not cues.closing.pattern.match(rest):
        return None
    return end, close


def _title_item(sentence: str, start: int, floor: int, numbered: bool) -> tuple[int, str] | None:
    """(where the item starts, the holder's name) for the title at ``start``: the segment
    before it without opening words and verb (霁州获批…), empty for the applicant itself, or
    None when it holds no name (新增…, 依托…, 获评省级…) or is not held yet (力争…)."""
    cues = items()
    before = re.split(f"[{re.escape(cues.part_breaks)}]", sentence[:start])[-1]
    if any(c.pattern.search(before) for c in (cues.target, cues.pending)):
        return None
    breaks = cues.segment_breaks
    segment = max(start_of(sentence, start, breaks), floor)
    joined = floor > 0 and segment - floor <= 1  # right after the previous item
    text, at, opened = _strip_opening(sentence[segment:start], segment, joined)
    verb = cues.award.pattern.search(text)
    text = text[: verb.start()] if verb else text
    listed = opened or joined or sentence[segment - 1 : segment] in set(cues.list_breaks)
    if not text or cues.applicant.pattern.match(text):
        return (start, "") if verb or listed or (numbered and segment == 0) else None
    if cues.bad_holder.pattern.search(text) or not (verb or cues.entity.pattern.search(text)):
        return None
    return at, text


def _title_items(document: Document, document_units: list[Unit]) -> list[ListItem]:
    found, places = _Items(document), applicant(document, document_units)[1]
    for unit in document_units:
        for start, end in sentences(unit.text):
            sentence, floor = unit.text[start:end], 0
            for match in title_matcher().pattern.finditer(sentence):
                category = title_matcher().category(match.group(0))
                ends = _title_end(sentence, match.end())
                if not (category and category.is_ministerial and category.listed and ends):
                    continue
                held = _title_item(sentence, match.start(), floor, unit.numbered)
                opening = policies().place.pattern.search(held[1]) if held else None
                if held is None or (opening and places and opening.group(0) not in places):
                    continue  # 相邻的石屿市获批…: another city's title
                # as written: 智能制造示范工厂(某某有限公司) keeps its holder in brackets after it
                name = held[1] + sentence[match.start() : ends[0]]
                found.add(unit, (start, end), start + held[0], start + ends[0], name)
                floor = ends[1]
    return list(found.found.values())


def _counted(sentence: str, start: int, end: int) -> str | bool | None:
    """The 5G-factory wording nearest an item: the id of the term that puts it on the list
    (名录, 试点示范（5G工厂方向）), False where a provincial list rejects it, or None: one in the
    item's own clause wins, then the nearest before it, then after it."""
    matcher = factory_matcher()
    judged: list[tuple[int, str | bool]] = [
        (m.start(), matcher.term[m.group(0)].id)
        for m in matcher.pattern.finditer(sentence)
        if matcher.term[m.group(0)].counts is True
    ]
    judged += [(m.start(), False) for m in factory_patterns().provincial.pattern.finditer(sentence)]
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


def _factory_name(segment: str, row: bool = False) -> tuple[int, str] | None:
    """The enterprise-and-project name in one segment and where it starts, or None; in a
    table row of 5G factories a project cell may name its maker short (吉林化纤5G+…工厂)."""
    cues, shape = items(), factory_patterns()
    text, start, _ = _strip_opening(segment, 0, joined=True)
    verb = cues.award_after.pattern.search(text)
    text = text[: verb.start()] if verb and verb.start() else text
    tail = cues.count_tail.pattern.search(text)
    text = text[: tail.start()] if tail else text
    wrapped = shape.wrapped.pattern.match(text)
    if wrapped is not None:  # 工业互联网试点示范项目(某某有限公司5G全连接工厂): the factory inside
        start, text = start + wrapped.start("inner"), wrapped["inner"]
    named = shape.enterprise_project.pattern.match(text)
    short = shape.row_project.pattern.fullmatch(text) if row and named is None else None
    if short is not None:
        return (start, text) if not cues.bad_holder.pattern.search(short["maker"]) else None
    if (
        not named
        or not shape.project.pattern.search(named["project"])
        or (cues.bad_holder.pattern.search(named["enterprise"]))
    ):
        return None
    ending = [m for m in title_matcher().pattern.finditer(text) if m.end() == len(text)]
    if any((c := title_matcher().category(m.group(0))) and c.listed for m in ending):
        return None  # 某公司智能制造示范工厂 is a title
    return start, text


def _factory_items(document: Document, document_units: list[Unit]) -> list[ListItem]:
    cues, found = items(), _Items(document)
    breaks = re.compile(f"[{re.escape(cues.segment_breaks)}]")
    earlier: str | bool | None = None  # the previous sentence's wording, for 入选项目分别是：…
    for unit in document_units:
        caption = _counted(unit.caption, 0, 0) if unit.numbered else None
        for start, end in sentences(unit.text, cues.part_breaks):  # 公示 holds to its part
            sentence = unit.text[start:end]
            listing = cues.opening.pattern.search(sentence) or cues.label.pattern.match(sentence)
            fallback = earlier if listing else None
            fallback = caption if fallback is None else fallback
            here = _counted(sentence, len(sentence), len(sentence))
            continued = unit.text[start - 1 : start] in set(cues.part_breaks)
            earlier = fallback if here is None and continued else here  # (1)…；(2)…；(3)…
            if cues.pending.pattern.search(sentence):
                earlier = False  # a 公示 list: what follows it is not listed either
                continue
            if here is None and not isinstance(fallback, str):
                continue  # no 5G-factory wording here or before: no item can count
            bounds = [0, *(m.end() for m in breaks.finditer(sentence)), len(sentence) + 1]
            for left, right in itertools.pairwise(bounds):
                named = _factory_name(sentence[left : right - 1], unit.row)
                if named is None or cues.target.pattern.search(sentence[:left]):
                    continue
                first, last = left + named[0], left + named[0] + len(named[1])
                judged = _counted(sentence, first, last)
                term = fallback if judged is None else judged
                if isinstance(term, str):
                    found.add(unit, (start, end), start + first, start + last, named[1], term)
    return list(found.found.values())


def find_lists(document: Document) -> dict[str, list[ListItem]]:
    """The document's named lists under their gold/v1 keys, non-empty ones only, in order."""
    document_units = sorted(
        [*units(document), *row_units(document, value_cells(document))],
        key=lambda unit: unit.offsets[0] if unit.offsets else 0,
    )
    date = document_date(body_text(document))
    lists = {
        "policy_documents": _policy_items(document, document_units, date),
        "national_titles": _title_items(document, document_units),
        "factories_5g": _factory_items(document, document_units),
    }
    return {
        name: sorted(_unsubsumed(found), key=lambda item: item.evidence.span.start)
        for name, found in lists.items()
        if found
    }


def _unsubsumed(found: list[ListItem]) -> list[ListItem]:
    """One entry per named item: a mention whose characters another entry holds too (智能制造
    示范工厂 beside 智能制造示范工厂(某某有限公司), or the same title and holder written the
    other way round earlier in the text) gives way to that fuller entry."""
    keys = [Counter(key(item.name)) for item in found]
    kept = []
    for i, item in enumerate(found):
        fuller = [
            j
            for j, other in enumerate(keys)
            if j != i and not keys[i] - other and (other != keys[i] or j > i)
        ]
        if not fuller:
            kept.append(item)
    return kept
