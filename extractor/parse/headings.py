"""Recognising numbered headings and list items (一、 （一） 1. （1）) from a line's own text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, field_validator

from extractor.model import BlockKind
from extractor.model.pattern_files import load_cached


class _Style(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    regex: str
    level: PositiveInt

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str) -> str:
        re.compile(value)
        return value


class _Headings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    max_heading_chars: PositiveInt
    sentence_end: str
    aside: str
    styles: list[_Style] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class Numbering:
    """What a line's leading number says: its kind, outline level and label (e.g. ``（一）``)."""

    kind: BlockKind
    level: int
    label: str


@cache
def _compiled() -> tuple[_Headings, tuple[tuple[re.Pattern[str], int], ...]]:
    data = load_cached("vocab/headings.yaml", _Headings)
    return data, tuple((re.compile(s.regex), s.level) for s in data.styles)


@cache
def _aside() -> re.Pattern[str]:
    return re.compile(_compiled()[0].aside)


def is_aside(line: str) -> bool:
    """Whether a line opens with a note (另：…, 注：…), a statement of its own."""
    return _aside().match(line) is not None


def numbering(text: str) -> Numbering | None:
    """The numbering a line starts with, or None for plain prose.

    A labelled line counts as a heading only when it is short and holds no sentence
    punctuation, because drafters also write ``（一）网络建设。我市已建成…`` as running text.
    """
    data, styles = _compiled()
    for pattern, level in styles:
        found = pattern.match(text)
        if found is None:
            continue
        rest = text[found.end() :].strip()
        if not rest:
            return None
        label = found.group(1).strip()
        short = len(text.strip()) <= data.max_heading_chars
        is_heading = short and level <= 4 and not any(c in data.sentence_end for c in rest)
        return Numbering(BlockKind.heading if is_heading else BlockKind.list_item, level, label)
    return None
