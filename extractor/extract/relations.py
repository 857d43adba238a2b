"""How the figures of one sentence relate: 其中 sub-counts, and parts that add up to a whole."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from extractor.extract.cues import cues
from extractor.model import PredictedClaim


@dataclass(frozen=True, slots=True)
class Found:
    """A claim with where it stands in its paragraph's text."""

    claim: PredictedClaim
    sentence: int
    start: int
    end: int
    clause_before: str
    subcount: bool
    defining: bool


def resolve_subcounts(found: list[Found]) -> list[Found]:
    """其中: a sub-count of the same field is dropped, unless it is the field's own definition
    (其中5G和工业互联网相关专利326件), in which case the total before it is dropped."""
    dropped: set[int] = set()
    for i, item in enumerate(found):
        if not item.subcount:
            continue
        parents = [
            j
            for j, other in enumerate(found[:i])
            if other.sentence == item.sentence
            and other.claim.field == item.claim.field
            and not other.subcount
        ]
        if not parents:
            continue
        if item.defining and not any(found[j].defining for j in parents):
            dropped.update(parents)
        else:
            dropped.add(i)
    return [item for i, item in enumerate(found) if i not in dropped]


def sum_parts(found: list[Found], text: str) -> list[Found]:
    """国家级工业互联网平台1个、省级工业互联网平台14个: parts by level, listed one after the
    other with the same field, status and year, are one claim of their sum."""
    levels = cues().part_level
    out: list[Found] = []
    for item in found:
        previous = out[-1] if out else None
        joined = previous is not None and cues().part_joint.fullmatch(
            text[previous.end : item.start - len(item.clause_before)]
        )
        if (
            previous is not None
            and joined
            and previous.sentence == item.sentence
            and _same_kind(previous.claim, item.claim)
            and levels.search(previous.clause_before)
            and levels.search(item.clause_before)
            and not item.subcount
        ):
            claim = previous.claim
            merged = claim.model_copy(
                update={
                    "value": claim.value + item.claim.value,
                    "evidence": claim.evidence + item.claim.evidence,
                    "pattern_id": f"{claim.pattern_id}+sum",
                }
            )
            out[-1] = Found(
                merged,
                item.sentence,
                previous.start,
                item.end,
                previous.clause_before,
                previous.subcount,
                previous.defining,
            )
            continue
        out.append(item)
    return out


def _same_kind(first: PredictedClaim, second: PredictedClaim) -> bool:
    return (first.field, first.status, first.year) == (second.field, second.status, second.year)


def _giving_way(
    found: list[Found],
    yields: Callable[[Found], bool],
    to: Callable[[Found, Found], bool],
) -> list[Found]:
    """``found`` without each item that ``yields`` and meets, in its sentence, another it gives
    way ``to`` (``to(item, other)``)."""
    dropped = {
        i
        for i, item in enumerate(found)
        if yields(item)
        and any(other.sentence == item.sentence and to(item, other) for other in found)
    }
    return [item for i, item in enumerate(found) if i not in dropped]


def drop_rates(found: list[Found]) -> list[Found]:
    """每年安排专项资金8000万元，三年累计安排2.4亿元: a rate per year gives way to the total of
    the same field after it in its sentence."""
    rate, total = cues().per_year, cues().running_total
    return _giving_way(
        found,
        lambda item: rate.search(item.clause_before) is not None,
        lambda item, other: (
            other.claim.field == item.claim.field
            and other.start > item.start
            and total.search(other.clause_before) is not None
        ),
    )


def drop_parts(found: list[Found]) -> list[Found]:
    """建设完成5G基站2185个，5G基站累计达到5135个: a count with no word of totals gives way to a
    larger running total of the same field, status and year after it in its sentence; it is the
    part just done (a goal after it, 累计将达到213家, leaves it be)."""
    total = cues().running_total
    return _giving_way(
        found,
        lambda item: total.search(item.clause_before) is None,
        lambda item, other: (
            _same_kind(other.claim, item.claim)
            and other.start > item.start
            and other.claim.value > item.claim.value
            and total.search(other.clause_before) is not None
        ),
    )


def drop_opened(found: list[Found]) -> list[Found]:
    """累计建设5G基站10500个，开通5G基站10026个: the opened total after a built one in the same
    sentence is its share in service, not a second total."""
    built_cue, opened_cue = cues().built_total, cues().opened_total

    def built(item: Found) -> bool:
        return built_cue.search(item.clause_before) is not None

    def opened(item: Found) -> bool:
        return opened_cue.search(item.clause_before) is not None and not built(item)

    return _giving_way(
        found,
        opened,
        lambda item, other: (
            other.start < item.start and _same_kind(other.claim, item.claim) and built(other)
        ),
    )
