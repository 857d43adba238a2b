"""Special policy documents: titles in 《》 the applicant issued, not ones it cites, plans or
drafts, nor ones issued above it or dated after the document.

The lead is the text before a title back to the previous title or the sentence start; its
last clause with a cue decides, then the rest of the title's sentence (拟于…印发).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from extractor.extract.cues import cues
from extractor.extract.dates import DocumentDate
from extractor.extract.list_items import Items, ListItem
from extractor.extract.list_patterns import items, policies
from extractor.extract.list_text import Unit, key, sentences, similar
from extractor.model import BlockKind, Document

_OWN_TITLE_CHARS = 100  # a document's own title: its leading heading lines, this long at most
_DRAFT_AFTER = 12  # characters after 》 searched for (征求意见稿)
_HEAD_UNITS = 4  # a published page's title line and the publishing fields under it


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


def _plans(clause: str, date: DocumentDate | None, dated: str = "") -> bool:
    """Whether a clause says its action is still to come: a plan word, except 研究出台 dated in
    a year before the document's own by the clause or ``dated``, the words before it in its
    sentence (2020年，研究出台《…》 in a report of 2021 was done)."""
    plans = list(policies().planned.pattern.finditer(clause))
    if not plans or any(not m.group("research") for m in plans) or date is None:
        return bool(plans)
    years = [int(m.group("year")) for m in policies().when.pattern.finditer(dated + clause)]
    return not years or max(years) >= date.year


def _lead(text: str, date: DocumentDate | None = None) -> tuple[bool, bool, bool]:
    """(issued, refused, cited) from the last clause of ``text`` with a cue (根据省政府要求，
    我市出台《…》 is ours); cited holds unless a verb of issuing follows (我市对照…制定了《…》).
    A plan (拟, 研究出台) or an action dated after the document is refused."""
    cues = policies()
    clauses = re.split(f"[{re.escape(items().clause_breaks)}]", text)
    for index in reversed(range(len(clauses))):
        clause = clauses[index]
        issued = [m.start() for m in cues.issued.pattern.finditer(clause)]
        cited = [m.end() for m in cues.cited.pattern.finditer(clause)]
        refused = bool(
            cues.negated.pattern.search(clause)
            or cues.outside_issuer.pattern.search(clause)
            or _plans(clause, date, "".join(clauses[:index]))
            or (issued and _ahead(clause, date))
        )
        cited_only = bool(cited) and not any(at >= max(cited) for at in issued)
        if issued or refused or cited_only:
            return bool(issued) and not (refused or cited_only), refused, cited_only
    return False, False, False


def _leading(document_units: list[Unit]) -> Iterator[Unit]:
    """The document's leading lines: its first unit and the unnumbered headings after it."""
    for index, unit in enumerate(document_units):
        if unit.numbered or (unit.kind is not BlockKind.heading and index > 0):
            return
        yield unit


def applicant(document: Document, document_units: list[Unit]) -> tuple[str, set[str]]:
    """The document's own title (its leading heading lines, keyed) and the applicant's city or
    county names: those the title names, else the one named most often."""
    title = ""
    for unit in _leading(document_units):
        if len(title) + len(unit.text) > _OWN_TITLE_CHARS:
            break
        title += unit.text
    # a headline that quotes a title in 《》 (我市出台《…》) is not that document's own title
    title = "" if policies().title.pattern.search(title) else title
    place = policies().place.pattern
    if not place.search(title) and (area := cues().sub_area.search(title)) is not None:
        return key(title), {area.group(0)}  # a park's own: its city is another place
    counts = Counter(place.findall(document.text))
    common = {counts.most_common(1)[0][0]} if counts else set()
    return key(title), set(place.findall(title)) or common


def _sentence_rest(text: str) -> str:
    """``text`` up to the end of its sentence (a semicolon ends it too)."""
    return re.split(f"[{re.escape(items().sentence_breaks)}；;]", text)[0]


def _rest_clauses(after: str) -> list[tuple[str, bool, bool]]:
    """The clauses of the rest of a title's sentence, each without the titles it names, with
    whether it names one, and whether it speaks of another title: one opening with it
    (《B》已正式印发) or leading to it (已正式印发《B》). A clause only joined to another title
    (和《B》尚未印发) speaks of both."""
    cues = policies()
    rest = _sentence_rest(after)
    clauses = []
    for clause in re.split(f"[{re.escape(items().clause_breaks)}]", rest):
        lead = clause.split("\u300a")[0]
        names = "\u300a" in clause
        other = names and not (lead and cues.chain.pattern.match(lead))
        clauses.append((cues.title.pattern.sub("", clause), names, other))  # 《…计划》: no plan
    return clauses


def _planned_after(after: str, date: DocumentDate | None) -> bool:
    """《…》已完成征求意见，拟于2025年10月底前印发: the rest of its sentence says the title is
    still to be issued (a plan, a draft, or an issuing dated after the document) and no later
    clause says it was issued since (已原则通过，并于2023年5月正式印发), or it says, before
    any issuing, that it is not issued yet (编制完成，目前尚未印发) or no longer in force
    (该计划已于2022年废止). A clause speaking of another title is that title's."""
    cues, pending = policies(), False
    for clause, _names, other in _rest_clauses(after):
        if other:
            continue
        if cues.issued_past.pattern.search(clause):
            return False
        if pending:
            continue
        if cues.repealed.pattern.search(clause) or cues.negated.pattern.search(clause):
            return True
        planned = _plans(clause, date) or cues.draft.pattern.search(clause)
        pending = bool(planned or (cues.issued.pattern.search(clause) and _ahead(clause, date)))
    return pending


def _later_clauses(after: str, *, joined: bool) -> list[str]:
    """The clauses of a title's sentence after its first, up to one speaking of another title
    (its verb issues that one); with ``joined`` false, none when the first clause names
    another title (根据《A》和《B》，制定本规划: the verb is the document's own)."""
    clauses = _rest_clauses(after)
    if not joined and clauses[0][1]:
        return []
    later = []
    for clause, _names, other in clauses[1:]:
        if other:
            break
        later.append(clause)
    return later


def _issued_since(after: str) -> bool:
    """《…》已完成征求意见，目前已正式印发: a later clause of the title's sentence says it was
    issued, past tense, whatever stage the first clause named."""
    later = _later_clauses(after, joined=True)
    return any(policies().issued_past.pattern.search(clause) for clause in later)


def _issued_later(after: str, date: DocumentDate | None) -> bool:
    """《…》已经市政府同意，由市政府办公室于2022年9月23日印发: with no cue in its first clause,
    the first later clause of the title's sentence with a cue says it was issued."""
    for clause in _later_clauses(after, joined=False):
        issued, refused, cited = _lead(clause, date)
        if issued or refused or cited:
            return issued
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
    since = _issued_since(after)
    drafted = cues.draft.pattern.search(title) or (
        cues.draft.pattern.search(after[:_DRAFT_AFTER]) and not since
    )
    if drafted or cues.outside_title.pattern.search(title) or not cues.topic.pattern.search(title):
        return False
    if cues.not_policy.pattern.search(title):
        return False  # 5G建设重要场所清单, 共建共享标准: a list, a standard, not a policy
    if _planned_after(after, date):
        return False
    if own_title and similar(key(title), own_title):
        return False
    opening = cues.place.pattern.match(title)
    if places and opening and opening.group(0) not in places:
        return False  # 宁波市出台的《宁波市…》为我市提供了借鉴: another city's document
    ours = bool(opening) and bool(places)  # a document of the applicant's, even when cited
    clause = re.split(f"[{re.escape(items().clause_breaks)}]", after)[0]
    issued, refused, cited = lead
    if refused or (cited and not ours) or cues.comprehensive.pattern.search(clause):
        return False
    issued_after, refused_after, cited_after = _lead(clause, date)
    if refused_after and since and not cues.outside_issuer.pattern.search(clause):
        issued_after, refused_after = True, False  # 已原则通过，并于2023年5月正式印发
    if not (issued_after or refused_after):  # a citing first clause may be of something else
        issued_after = _issued_later(after, date)
    if (refused_after or (cited_after and not ours)) and not issued:
        return False
    if issued or (issued_after and ours) or cues.caption.pattern.search(caption):
        return True
    if cues.own_issuer.pattern.search(before):
        return True  # 市政府《关于…的实施意见》: the city government's document
    # no cue at all (以《…》为引领): a document of a city or county on the pilot's own subject
    return bool(
        cues.local_title.pattern.search(title)
        and cues.core_topic.pattern.search(title)
        and not cues.negated.pattern.search(before)
    )


def _issued_by_notice(
    found: Items, document_units: list[Unit], own: tuple[str, set[str]], date: DocumentDate | None
) -> None:
    """A document whose own title is a notice issuing another (…关于印发X的通知): X is issued,
    by the notice's issuer, even though the title names it without 《》."""
    for unit in _leading(document_units):
        for match in policies().notice.pattern.finditer(unit.text):
            before, after = unit.text[: match.start()], unit.text[match.end() :]
            refused = policies().outside_issuer.pattern.search(before) is not None
            lead = (not refused, refused, False)
            if _is_policy(match.group("title"), lead, (before, after, ""), ("", own[1]), date):
                title = match.span("title")
                found.add(unit, (0, len(unit.text)), *title, match["title"])


def _issuing_note(title: str, head: list[Unit], date: DocumentDate | None) -> bool:
    """A line under a title line saying, dated, that the title was issued: 《…规划》已经十堰市政府
    同意，十堰市人民政府办公室于2022年9月23日印发, or in brackets, （2022年9月23日市政府办公室
    印发）. Not for an application's own title, nor one issued above the applicant."""
    cues = policies()
    if cues.application_title.pattern.search(title):
        return False
    for unit in head:
        text = unit.text.strip()
        quoted = [
            found
            for found in cues.title.pattern.finditer(text)
            if similar(key(found.group(1)), key(title))
        ]
        if not quoted and not (text[:1] in "(\uff08" and text[-1:] in ")\uff09"):
            continue
        rest = text[quoted[0].end() :] if quoted else text
        rest = _sentence_rest(rest)
        said = cues.issued.pattern.search(rest) and cues.when.pattern.search(rest)
        refused = (
            _plans(rest, date)
            or cues.negated.pattern.search(rest)
            or cues.draft.pattern.search(rest)
            or cues.outside_issuer.pattern.search(rest)
            or _ahead(rest, date)
        )
        if said and not refused:
            return True
    return False


def _published_page(
    found: Items, document_units: list[Unit], own: tuple[str, set[str]], date: DocumentDate | None
) -> None:
    """A published document's own page (天津市人民政府关于加快推进5G发展的实施意见 / 发布日期:…
    来源:天津市人民政府, a web page's date stamp, or a dated issuing note under it): its title
    line is the document, issued."""
    cues = policies()
    if not document_units or document_units[0].numbered:
        return
    first = document_units[0].text
    head = "".join(unit.text for unit in document_units[:_HEAD_UNITS])
    fields = cues.published.pattern.search(first)  # a TXT page may run its lines together
    title = first[: fields.start()].rstrip("•·-| \u3000") if fields else first
    under = document_units[1:_HEAD_UNITS]
    published = (
        cues.published.pattern.search(head)
        or any(cues.date_line.pattern.match(unit.text) for unit in under)
        or _issuing_note(title, under, date)
    )
    if not (published and cues.policy_kind.pattern.search(title)):
        return
    if _is_policy(title, (True, False, False), ("", "", ""), ("", own[1]), date):
        found.add(document_units[0], (0, len(title)), 0, len(title), title)


def policy_items(
    document: Document, document_units: list[Unit], date: DocumentDate | None
) -> list[ListItem]:
    cues, found = policies(), Items(document)
    own = applicant(document, document_units)
    _issued_by_notice(found, document_units, own, date)
    _published_page(found, document_units, own, date)
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
