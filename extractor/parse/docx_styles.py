"""What styles.xml and numbering.xml add to a DOCX paragraph: heading level and list label."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, NonNegativeInt, PositiveInt, field_validator

from extractor.model import BlockKind
from extractor.model.pattern_files import load_cached
from extractor.parse.headings import numbering

Element = Any  # an lxml element; lxml ships no type information here

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_VAL, _ILVL = W + "val", W + "ilvl"
_PPR, _NUMPR = W + "pPr", W + "numPr"
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_ROMAN_LIMIT = 4000
_MAX_LETTERS = 26 * 30
_FULL_WIDTH = str.maketrans("0123456789", "".join(chr(0xFF10 + d) for d in range(10)))


class _Numerals(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    digits: str
    zero: str
    ten: str
    hundred: str

    @field_validator("digits")
    @classmethod
    def _ten_digits(cls, value: str) -> str:
        if len(value) != 10:
            raise ValueError("needs exactly ten characters, zero to nine")
        return value


class _Rules(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    heading_name: str
    title_names: list[str]
    contents_name: str
    title_level: PositiveInt
    page_number_max_letters: NonNegativeInt
    numerals: dict[str, _Numerals]
    cycles: dict[str, str]

    @field_validator("heading_name", "contents_name")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as err:
            raise ValueError(f"not a regular expression: {err}") from err
        return value

    @field_validator("heading_name")
    @classmethod
    def _one_group(cls, value: str) -> str:
        if re.compile(value).groups != 1:
            raise ValueError("needs exactly one group, the level")
        return value


@cache
def _rules() -> tuple[_Rules, re.Pattern[str], re.Pattern[str]]:
    rules = load_cached("vocab/docx_styles.yaml", _Rules)
    heading = re.compile(rules.heading_name, re.IGNORECASE)
    return rules, heading, re.compile(rules.contents_name, re.IGNORECASE)


def page_number_max_letters() -> int:
    """How many letters a footer with a PAGE field may keep and still be only a page number."""
    return _rules()[0].page_number_max_letters


def val(element: Element | None) -> str | None:
    """The ``w:val`` attribute of an optional element."""
    value = None if element is None else element.get(_VAL)
    return None if value is None else str(value)


def as_int(value: str | None, default: int) -> int:
    """An integer attribute; a missing or malformed one is the default, as Word treats it."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def find_in(element: Element | None, tag: str) -> Element | None:
    """The first child with ``tag`` of an optional element."""
    return None if element is None else element.find(tag)


def switch(element: Element | None, tag: str) -> bool | None:
    """An on/off property (``<w:pageBreakBefore/>``, ``w:val="0"``), None when absent."""
    found = find_in(element, tag)
    return None if found is None else val(found) not in ("0", "false", "off")


def _attribute(element: Element, attribute: str) -> str:
    return str(element.get(attribute) or "")


def _spelled(value: int, numerals: _Numerals) -> str:
    """A number from 0 to 999 in Chinese numerals: 10 is ten alone, 105 keeps its zero."""
    if not 0 <= value < 1000:
        return str(value)
    if value == 0:
        return numerals.digits[0]
    hundreds, rest = divmod(value, 100)
    tens, units = divmod(rest, 10)
    out = numerals.digits[hundreds] + numerals.hundred if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else numerals.digits[tens]) + numerals.ten
    elif hundreds and units:
        out += numerals.zero
    return out + (numerals.digits[units] if units else "")


def _letters(value: int) -> str:
    """A B … Z AA BB …; past ZZZ… (30 letters) Arabic, so w:start 10**12 is no 40 GB label."""
    if value > _MAX_LETTERS:
        return str(value)
    return chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else ""


def _roman(value: int) -> str:
    """I II III … MMMCMXCIX; other numbers in Arabic, as Roman numerals have none for them."""
    if not 0 < value < _ROMAN_LIMIT:
        return str(value)
    out = []
    for number, symbol in _ROMAN:
        count, value = divmod(value, number)
        out.append(symbol * count)
    return "".join(out)


def _enclosed(first: int) -> Callable[[int], str]:
    return lambda value: chr(first + value - 1) if 1 <= value <= 20 else str(value)


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimalZero": lambda value: f"{value:02d}",
    "upperLetter": _letters,
    "lowerLetter": lambda value: _letters(value).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda value: _roman(value).lower(),
    "decimalEnclosedCircle": _enclosed(0x2460),
    "decimalEnclosedCircleChinese": _enclosed(0x2460),
    "decimalEnclosedParen": _enclosed(0x2474),
    "decimalEnclosedFullstop": _enclosed(0x2488),
    "decimalFullWidth": lambda value: str(value).translate(_FULL_WIDTH),
    "decimalFullWidth2": lambda value: str(value).translate(_FULL_WIDTH),
    "none": lambda value: "",
}


def _number(value: int, fmt: str) -> str:
    """One level's counter as Word shows it for a w:numFmt; unknown formats fall back to 1 2 3."""
    rules = _rules()[0]
    if fmt in rules.numerals:
        return _spelled(value, rules.numerals[fmt])
    if fmt in rules.cycles:
        return rules.cycles[fmt][(value - 1) % len(rules.cycles[fmt])]
    return _FORMATS.get(fmt, str)(value)


@dataclass(frozen=True, slots=True)
class _Level:
    start: int
    fmt: str
    text: str


def _level(lvl: Element) -> _Level:
    # Word 2010 puts some formats in mc:AlternateContent, with a plain one as the Fallback.
    fmt = lvl.find(W + "numFmt")
    if fmt is None:
        fmt = lvl.find(f"{MC}AlternateContent/{MC}Fallback/{W}numFmt")
    start = as_int(val(lvl.find(W + "start")), 1)
    return _Level(start, val(fmt) or "decimal", val(lvl.find(W + "lvlText")) or "")


class _Lists:
    """numbering.xml's list definitions, and the running counters that give each item its label."""

    def __init__(self, root: Element | None) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}
        self.counters: dict[str, list[int | None]] = {}
        if root is None:
            return
        abstract = {
            _attribute(a, W + "abstractNumId"): {
                as_int(lvl.get(_ILVL), 0): _level(lvl) for lvl in a.iterchildren(W + "lvl")
            }
            for a in root.iterchildren(W + "abstractNum")
        }
        for num in root.iterchildren(W + "num"):
            levels = dict(abstract.get(val(num.find(W + "abstractNumId")) or "", {}))
            for override in num.iterchildren(W + "lvlOverride"):
                ilvl = as_int(override.get(_ILVL), 0)
                if (lvl := override.find(W + "lvl")) is not None:
                    levels[ilvl] = _level(lvl)
                start = val(override.find(W + "startOverride"))
                if start is not None and ilvl in levels:
                    old = levels[ilvl]
                    levels[ilvl] = _Level(as_int(start, 1), old.fmt, old.text)
            self.levels[_attribute(num, W + "numId")] = levels

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter of (num_id, ilvl), reset deeper levels, and render lvlText."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        counters = self.counters.setdefault(num_id, [None] * 9)
        current = counters[ilvl]
        counters[ilvl] = levels[ilvl].start if current is None else current + 1
        counters[ilvl + 1 :] = [None] * (8 - ilvl)
        if levels[ilvl].fmt == "bullet":
            text = levels[ilvl].text
            # Symbol-font bullets are private-use code points that show nothing elsewhere.
            return "•" if not text or any(0xE000 <= ord(c) <= 0xF8FF for c in text) else text

        def counter(found: re.Match[str]) -> str:
            k = int(found.group(1)) - 1
            other = levels.get(k, _Level(1, "decimal", ""))
            value = counters[k] if k < 9 and counters[k] is not None else other.start
            return _number(value or 0, other.fmt)

        return _PLACEHOLDER.sub(counter, levels[ilvl].text).strip() or None


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    """What a paragraph style gives: outline level, list numbering, a page break before."""

    level: int | None = None
    num_id: str | None = None
    ilvl: int | None = None
    break_before: bool | None = None
    is_contents: bool | None = None  # a table-of-contents entry, never a heading


def _own_style(style: Element) -> ParagraphStyle:
    rules, heading, contents = _rules()
    name = (val(style.find(W + "name")) or "").strip().lower()
    found = heading.match(name)
    ppr = style.find(_PPR)
    outline = as_int(val(find_in(ppr, W + "outlineLvl")), 9)
    level = int(found.group(1)) if found else outline + 1 if outline < 9 else None
    if name in (n.lower() for n in rules.title_names):
        level = rules.title_level
    numpr = find_in(ppr, _NUMPR)
    ilvl = val(find_in(numpr, _ILVL))
    return ParagraphStyle(
        level=level,
        num_id=val(find_in(numpr, W + "numId")),
        ilvl=None if ilvl is None else as_int(ilvl, 0),
        break_before=switch(ppr, W + "pageBreakBefore"),
        is_contents=True if contents.match(name) else None,
    )


def _read_styles(root: Element | None) -> tuple[dict[str, ParagraphStyle], str]:
    """Paragraph styles with their basedOn chains resolved, and the default style's id."""
    own: dict[str, tuple[ParagraphStyle, str | None]] = {}
    default = ""
    for style in [] if root is None else root.iterchildren(W + "style"):
        if style.get(W + "type") != "paragraph":
            continue
        style_id = _attribute(style, W + "styleId")
        if style.get(W + "default") in ("1", "true"):
            default = style_id
        own[style_id] = (_own_style(style), val(style.find(W + "basedOn")))
    resolved: dict[str, ParagraphStyle] = {}
    for style_id in own:
        chain: list[ParagraphStyle] = []
        current: str | None = style_id
        while current in own and len(chain) < 12:  # a basedOn cycle stops here
            style, current = own[current]
            chain.append(style)
        resolved[style_id] = ParagraphStyle(
            level=next((s.level for s in chain if s.level is not None), None),
            num_id=next((s.num_id for s in chain if s.num_id is not None), None),
            ilvl=next((s.ilvl for s in chain if s.ilvl is not None), None),
            break_before=next((s.break_before for s in chain if s.break_before is not None), None),
            is_contents=any(s.is_contents for s in chain),
        )
    return resolved, default


class Formatting:
    """A document's paragraph styles and lists; list counters advance as paragraphs are read."""

    def __init__(self, styles: Element | None, lists: Element | None) -> None:
        self.styles, self.default = _read_styles(styles)
        self.lists = _Lists(lists)

    def style_of(self, ppr: Element | None) -> ParagraphStyle:
        """The resolved style of a paragraph, from its w:pPr (the default style if none)."""
        style_id = val(find_in(ppr, W + "pStyle")) or self.default
        return self.styles.get(style_id, _NO_STYLE)

    def label(self, ppr: Element | None, style: ParagraphStyle) -> tuple[str, int] | None:
        """The list label Word draws before this paragraph, and its 0-based list level.

        Direct w:numPr wins over the style's; numId 0 switches numbering off.
        """
        numpr = find_in(ppr, _NUMPR)
        num_id = val(find_in(numpr, W + "numId")) or style.num_id
        if num_id is None or num_id == "0":
            return None
        ilvl = min(max(as_int(val(find_in(numpr, _ILVL)), style.ilvl or 0), 0), 8)
        label = self.lists.label(num_id, ilvl)
        return None if label is None else (label, ilvl)


_NO_STYLE = ParagraphStyle()


# The level patterns/vocab/headings.yaml gives bullet marks (•, ●, -), which say nothing of depth.
_BULLET_LEVEL = 6


def describe(
    text: str, style: ParagraphStyle, ppr: Element | None, listed: tuple[str, int] | None
) -> tuple[BlockKind, int | None, str | None]:
    """Kind, level and label: outline level (direct, then style), then list numbering, then text.

    A Word-numbered paragraph is judged with its label in front, as a reader sees it, so
    ``一、`` + ``总体要求`` is a heading just as the typed text would be.
    """
    if style.is_contents:
        return BlockKind.paragraph, None, None
    direct = val(find_in(ppr, W + "outlineLvl"))  # 9 is body text, even in a heading style
    outline = as_int(direct, 9)
    level = style.level if direct is None else outline + 1 if outline < 9 else None
    found = numbering(listed[0] + text if listed else text)
    label = listed[0] if listed else found.label if found else None
    if level is not None:
        return BlockKind.heading, level, label
    if listed is not None:
        if found is not None and found.label == listed[0] and found.level >= _BULLET_LEVEL:
            return found.kind, listed[1] + 1, label  # a bullet mark: Word's list level
        if found is not None and found.label == listed[0]:
            return found.kind, found.level, label
        return BlockKind.list_item, listed[1] + 1, label
    if found is not None:
        return found.kind, found.level, found.label
    return BlockKind.paragraph, None, None
