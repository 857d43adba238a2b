"""Numeric expressions in normalised text: Arabic, Chinese and mixed numerals, 万 and 亿.

Segmenters split "2.3万" and "23,876", so figures are found here at the character level, with
their exact span, before any word-level processing looks at the words around them.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extractor.model import Qualifier
from extractor.model.pattern_files import load_cached


class _Numbers(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    digits: dict[str, int]
    units: dict[str, int]
    multipliers: dict[str, int]
    more: list[str] = Field(min_length=1)
    decimal_point: list[str] = Field(min_length=1)
    qualifiers: dict[str, list[str]]
    link_verbs: list[str] = Field(default_factory=list)
    inclusive: list[str] = Field(default_factory=list)
    about_share: float = Field(ge=0, lt=1)

    @model_validator(mode="after")
    def _suffixes_bound(self) -> _Numbers:
        """Every word after a figure that bounds it (余, 来) says how, as a qualifier word."""
        unsaid = [word for word in self.more if self.bound_of(word) is None]
        if unsaid:
            raise ValueError(f"more: {unsaid} are in no list of qualifiers")
        return self

    def bound_of(self, word: str) -> Qualifier | None:
        """The qualifier ``word`` names (余: over, 来: about), or None."""
        return next((Qualifier(q) for q, words in self.qualifiers.items() if word in words), None)


# Beyond these a "numeral" is a run of characters, not a figure: no float holds its value.
_MAX_VALUE = int(sys.float_info.max)
_MAX_DIGITS = sys.float_info.max_10_exp + 1


@dataclass(frozen=True, slots=True)
class Figure:
    """One numeric expression: its span in the text, its value, and the bound its own last
    word puts on it (三十余: over, 十来: about; None for a plain figure)."""

    start: int
    end: int
    value: float
    text: str
    bound: Qualifier | None = None
    chinese: bool = False


@dataclass(frozen=True, slots=True)
class _Grammar:
    data: _Numbers
    pattern: re.Pattern[str]
    bounds: dict[str, Qualifier]  # the qualifier each word after a figure names (余: over)


def about_share() -> float:
    """How far an about figure (约31个) may be from its value, as a share either way."""
    return _grammar().data.about_share


@cache
def _grammar() -> _Grammar:
    data = load_cached("vocab/numbers.yaml", _Numbers)
    digits = "".join(re.escape(c) for c in data.digits)
    units = "".join(re.escape(c) for c in data.units)
    multipliers = "".join(re.escape(c) for c in data.multipliers)
    more = "|".join(re.escape(m) for m in data.more)
    # 23,876 and, as offices also type it, 2，200 and 1 286 (groups of three digits)
    arabic = r"\d{1,3}(?:[,\uff0c ]\d{3})+(?![0-9])(?:\.\d+)?|\d+(?:\.\d+)?"
    point = "|".join(re.escape(p) for p in data.decimal_point)
    # 六十二点七: a Chinese decimal
    chinese = rf"[{digits}{units}][{digits}{units}{multipliers}]*(?:(?:{point})[{digits}]+)?"
    pattern = (
        rf"(?P<number>(?:{arabic})(?:[{units}](?![{digits}]))?|{chinese})"
        rf"(?P<more1>{more})?"
        rf"(?P<mult>[{multipliers}]{{1,2}})?"
        rf"(?P<more2>{more})?"
    )
    bounds = {word: bound for word in data.more if (bound := data.bound_of(word)) is not None}
    return _Grammar(data, re.compile(pattern), bounds)


def chinese_value(text: str, data: _Numbers | None = None) -> int | None:
    """The value of a Chinese numeral (一万二千八百 → 12800, 二〇二三 → 2023, 一千零十 → 1010).

    None for text that is not a numeral, or whose value no float can hold (一亿亿亿…).
    """
    data = data or _grammar().data
    if text and all(c in data.digits for c in text):  # digit by digit: 二〇二三
        if len(text) > _MAX_DIGITS:  # int() refuses 4,300 digits and more
            return None
        number = int("".join(str(data.digits[c]) for c in text))
        return number if number <= _MAX_VALUE else None
    total, section, digit = 0, 0, None
    for char in text:
        if char in data.digits:
            # 零 only holds a place: the 十 of 一千零十 is one ten, not zero tens
            digit = data.digits[char] or None
        elif char in data.units:
            section += (1 if digit is None else digit) * data.units[char]
            digit = None
        elif char in data.multipliers:
            section += digit or 0
            scale = data.multipliers[char]
            # 亿 scales everything before it (一万亿); 万 only its own section
            total = (total + section) * scale if scale > 10000 else total + section * scale
            section, digit = 0, None
            if total > _MAX_VALUE:  # and stop: 一亿亿亿… would grow without bound
                return None
        else:
            return None
    number = total + section + (digit or 0)
    return number if number <= _MAX_VALUE else None


def numeral(text: str) -> int | None:
    """A number written in Arabic or Chinese digits (2023, 二〇二三, 十二, 3); None if neither."""
    return int(text) if text.isdigit() else chinese_value(text)


def _value(number: str, data: _Numbers) -> float | None:
    if number[0].isdigit():
        unit = number[-1] if number[-1] in data.units else ""
        digits = number.rstrip(unit).replace(",", "").replace("\uff0c", "").replace(" ", "")
        figure = float(digits)
        return figure * data.units[unit] if unit else figure
    for point in data.decimal_point:
        whole, found, fraction = number.partition(point)
        if found:
            integer = chinese_value(whole, data)
            if integer is None or not all(c in data.digits for c in fraction):
                return None
            return float(f"{integer}." + "".join(str(data.digits[c]) for c in fraction))
    value = chinese_value(number, data)
    return None if value is None else float(value)


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every numeric expression in ``text[start:end]``, left to right, with its value."""
    grammar = _grammar()
    data = grammar.data
    figures: list[Figure] = []
    for found in grammar.pattern.finditer(text, start, len(text) if end is None else end):
        number = found.group("number")
        value = _value(number, data)
        if value is None:
            continue
        for multiplier in found.group("mult") or "":
            value *= data.multipliers[multiplier]
        if not math.isfinite(value):  # 9999…(400 digits)万: not a figure anyone wrote
            continue
        bound = grammar.bounds.get(found.group("more1") or found.group("more2") or "")
        is_chinese = not number[0].isdigit()
        figures.append(Figure(found.start(), found.end(), value, found.group(0), bound, is_chinese))
    return figures


def multipliers() -> dict[str, int]:
    """万 and 亿 with their values, for units written apart from a figure (常住人口（万人）)."""
    return dict(_grammar().data.multipliers)


def inclusive_words() -> frozenset[str]:
    """Qualifier words whose bound includes the figure (以上, 以下)."""
    return frozenset(_grammar().data.inclusive)


def qualifier_words() -> tuple[dict[str, list[str]], list[str]]:
    """Qualifier words by gold/v1 qualifier, and the verbs that may follow them."""
    data = _grammar().data
    return data.qualifiers, data.link_verbs
