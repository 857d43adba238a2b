"""A stated count of titles whose enumeration names a title of no ministry.

我市现有部级及以上相关称号5项，具体为：（1）…（5）包头稀土高新区入选工业互联网园区“链洲”计划三星级
园区（工业互联网产业联盟）: the count includes an alliance's title, so it does not show five
ministerial ones; a reviewer must count the items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, PositiveInt

from extractor.extract.list_patterns import lesser_wording
from extractor.extract.list_text import list_run
from extractor.model import BlockKind, Document, PredictedClaim
from extractor.model.pattern_files import load_cached


class _EnumerationFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    opening: str
    follow_blocks: PositiveInt


@dataclass(frozen=True, slots=True)
class _Cues:
    opening: re.Pattern[str]
    follow_blocks: int


@cache
def _cues() -> _Cues:
    data = load_cached("prescreen/enumeration.yaml", _EnumerationFile)
    return _Cues(
        re.compile(data.opening),
        data.follow_blocks,
    )


def _enumeration(document: Document, end: int) -> str:
    """The text after a count at ``end``: the rest of its block and the list items after it."""
    cues = _cues()
    blocks = [b for b in document.blocks if b.kind is not BlockKind.furniture]
    at = next((i for i, b in enumerate(blocks) if b.span.start <= end < b.span.end), None)
    if at is None:
        return ""
    own = document.text[end : blocks[at].span.end]
    opened = cues.opening.search(own)
    if opened is None:
        return ""
    if own[opened.end() :].strip(" \t\n:："):  # the items follow in the sentence: to its end
        stop = own.find("。", opened.end())
        return own if stop < 0 else own[: stop + 1]
    # 具体为： ending its paragraph: the items are the list items after it
    return "\n".join([own, *list_run(document, blocks[at + 1 : at + 1 + cues.follow_blocks])])


def lesser_title(document: Document, claim: PredictedClaim) -> str | None:
    """The wording of a lesser title in the enumeration after a stated count, or None when
    the count enumerates nothing or only ministerial titles."""
    if not claim.evidence:
        return None
    cues = _cues()
    rest = _enumeration(document, claim.evidence[0].span.end)
    opened = cues.opening.search(rest)
    return lesser_wording(rest[opened.end() :]) if opened else None
