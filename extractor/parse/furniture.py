"""Running headers, footers and page numbers: found across pages, set apart from the body."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extractor.model import FurnitureRole
from extractor.model.pattern_files import load_cached
from extractor.parse.layout import Line

_DIGITS = re.compile(r"[0-9]+")
_SPACE = re.compile(r"\s+")


class _Furniture(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    band: float = Field(gt=0, lt=0.5)
    min_share: float = Field(gt=0, le=1)
    page_number: list[str] = Field(min_length=1)

    @field_validator("page_number")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            re.compile(pattern)
        return value


@dataclass(frozen=True, slots=True)
class PageLines:
    """The text lines of one page and the page's height, as furniture detection needs them."""

    height: float
    lines: Sequence[Line]


@cache
def _rules() -> tuple[_Furniture, re.Pattern[str]]:
    data = load_cached("vocab/furniture.yaml", _Furniture)
    return data, re.compile("|".join(f"(?:{p})" for p in data.page_number))


def _key(text: str) -> str:
    return _DIGITS.sub("#", _SPACE.sub("", text))


def _zone(line: Line, height: float, band: float) -> str | None:
    """A line starting in the top band, or ending in the bottom one: a running header that
    wraps onto a second line (…试点申 / 报材料) reaches just past the band."""
    if line.top <= height * band:
        return "top"
    if line.bottom >= height * (1 - band):
        return "bottom"
    return None


def find_furniture(pages: Sequence[PageLines]) -> list[dict[int, FurnitureRole]]:
    """For each page, the indices of its furniture lines and their role.

    A line is furniture if it sits in the page's top or bottom band and either reads as a
    page number or repeats (digits masked) on enough pages; a single page's heading at the
    top of the page is therefore never taken for a running header.
    """
    rules, page_number = _rules()
    seen: Counter[tuple[str, str]] = Counter()
    zoned: list[list[tuple[int, str, str]]] = []
    for page in pages:
        found = []
        for index, line in enumerate(page.lines):
            zone = _zone(line, page.height, rules.band)
            if zone is not None:
                found.append((index, zone, _key(line.text)))
        zoned.append(found)
        seen.update({(zone, key) for _, zone, key in found})
    needed = max(2, round(rules.min_share * len(pages)))
    result: list[dict[int, FurnitureRole]] = []
    for page, found in zip(pages, zoned, strict=True):
        roles: dict[int, FurnitureRole] = {}
        for index, zone, key in found:
            if page_number.match(page.lines[index].text.strip()):
                roles[index] = FurnitureRole.page_number
            elif len(pages) > 1 and seen[(zone, key)] >= needed:
                roles[index] = FurnitureRole.header if zone == "top" else FurnitureRole.footer
        result.append(roles)
    return result
