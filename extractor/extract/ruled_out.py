"""Words around a count that rule its field out though the words before it name the field.

A noun joined on before the figure's clause shares its count (省级、部级称号合计7项: the
provincial titles are counted too), and a note right after the count may say it includes a
level the field excludes (称号5项（其中2项为省级）, 5项，均为市级认定), and a count may be a whole
the count after it is part of (20个场景中的17个, 8个项目中，我市占1个).
"""

from __future__ import annotations

import re

from extractor.extract.bounds import end_of, start_of
from extractor.extract.context import same_place
from extractor.extract.cues import cues
from extractor.extract.patterns import FieldMatch

_JOINED_REACH = 12  # characters a noun joined on before a clause (省级、部级称号) may run
_JOINT = "\u3001"  # the enumeration comma joining such nouns
_FIGURE_DIGIT = re.compile(r"[0-9](?![0-9.]*\s?G)")  # a figure's digit, not a generation's (4G)
# another count: a number that is no generation's (5G) and no year's (2023年)
_COUNT = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9]|\s?G|\s?年)")


def joined_rejects(text: str, clause: int, end: int, found: FieldMatch) -> bool:
    """省级、部级称号合计7项, 4G、5G基站共3.6万个: a bare noun joined on before the clause (no
    figure of its own) shares its count, so the field's reject words, read over the joined
    nouns and the clause up to the figure at ``end``, rule the count out too."""
    reject = found.field.reject
    if reject is None or clause == 0 or text[clause - 1] != _JOINT:
        return False
    joined = text[max(0, clause - 1 - _JOINED_REACH) : clause - 1]
    joined = joined[start_of(joined, len(joined), cues().data.clause_breaks) :]
    together = joined + text[clause - 1 : end]
    return _FIGURE_DIGIT.search(joined) is None and reject.search(together) is not None


def level_noted(following: str, found: FieldMatch) -> bool:
    """称号5项（其中2项为省级）: a note right after the count, or opening a later clause of its
    sentence with no other count before it (6个项目入选2023年5G工厂名录，位居全省第一，其中4个
    为省级名录), naming a level the field rules out, says the count holds what the field
    excludes."""
    reject = found.field.reject
    if reject is None:
        return False
    sentence = following[: end_of(following, 0, cues().data.sentence_breaks)]
    starts = [0] + [at for at, char in enumerate(sentence) if char in cues().data.clause_breaks]
    for at in starts:
        if _COUNT.search(sentence, 0, at):
            return False  # a later count's note is that count's
        note = cues().level_note.match(sentence, at)
        if note is not None and reject.search(note["level"]) is not None:
            return True
    return False


def part_follows(rest: str, applicant: str | None) -> bool:
    """20个典型应用场景中的17个, 入选全国5G工厂名录的8个项目中，我市占1个: ``rest`` (the sentence
    after the count) says the count is a whole that a later count is part of, the applicant's
    share included; not when the part is a place inside the applicant (全市5G基站3万个中，高新区
    有1.2万个: the whole is then the applicant's own)."""
    whole = cues().whole_of.search(rest)
    if whole is None or whole.group("part") is None:
        return whole is not None
    part = whole.group("part")
    if cues().own_subject.fullmatch(part) is not None or same_place(part, applicant):
        return True
    return applicant is not None and len(part) > 1 and applicant.startswith(part)  # 澄江 of 澄江市
