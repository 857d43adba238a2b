"""Property tests of the figure reader: every written form the grammar supports reads back.

The test writes numbers itself (Arabic, full-width, grouped, Chinese numerals, 万/亿 and
点 decimals), puts them in random Chinese text, normalises the raw text as the pipeline does
and checks the value and the span, mapped back through the offset map, of the one figure found.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.extract.numbers import chinese_value, find_figures
from extractor.model import Qualifier
from extractor.normalise import normalise_text

_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
_DIGITS = "零一二三四五六七八九"
_CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "十", "百", "千")
_CAPITAL_UNITS = ("", "拾", "佰", "仟")
# every character the grammar gives a meaning to; context text must not contain them
_VOCABULARY = frozenset(
    "零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万亿余多来点0123456789"
)


# ---- a small writer of Chinese numerals ----------------------------------------------------


@dataclass(frozen=True)
class Style:
    """How to write a Chinese numeral: which zero, 两 for a leading 2, 十五 for 一十五, 大写."""

    zero: str = "零"
    liang: bool = False
    short_ten: bool = True
    capital: bool = False


def _section(n: int, style: Style, short: bool) -> str:
    """0 < n < 10000 in 千/百/十; ``short``: a 十 that opens it may stand alone (十五)."""
    digits = _CAPITAL_DIGITS if style.capital else _DIGITS
    units = _CAPITAL_UNITS if style.capital else _UNITS
    zero = "零" if style.capital else style.zero
    out: list[str] = []
    pending_zero = False
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit == 0:
            pending_zero = bool(out)  # zeros between written digits are said once
            continue
        if pending_zero:
            out.append(zero)
            pending_zero = False
        opens = (short and not out) or out[-1:] == [zero]
        if power == 1 and digit == 1 and opens and style.short_ten and not style.capital:
            out.append(units[1])  # 十五, 一千零十
            continue
        if digit == 2 and power >= 2 and style.liang and not style.capital:
            out.append("两")  # 两千, 两百
        else:
            out.append(digits[digit])
        out.append(units[power])
    return "".join(out)


def _write(n: int, style: Style, short: bool) -> str:
    zero = "零" if style.capital else style.zero
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        gap = 0 < low < 10**7
        rest = (zero if gap else "") + _write(low, style, gap) if low else ""
        return _write(high, style, short) + "亿" + rest
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        gap = 0 < low < 1000
        rest = (zero if gap else "") + _section(low, style, gap) if low else ""
        two = high == 2 and style.liang and not style.capital
        return ("两" if two else _section(high, style, short)) + "万" + rest
    return _section(n, style, short)


def chinese(n: int, style: Style = Style()) -> str:
    """``n`` (0 <= n < 10**16) as government prose writes it: 一亿零五百万, 十五, 两万."""
    if n == 0:
        return "零" if style.capital else style.zero
    if n == 2 and style.liang and not style.capital:
        return "两"
    return _write(n, style, True)


def chinese_digits(text: str, zero: str = "〇") -> str:
    """Digit by digit, as years are written: 2023 → 二〇二三."""
    return "".join(zero if c == "0" else _DIGITS[int(c)] for c in text)


_LIANG = Style(liang=True)
_FORMAL = Style(short_ten=False)


@pytest.mark.parametrize(
    ("n", "style", "written"),
    [
        (15, Style(), "十五"),
        (15, _FORMAL, "一十五"),
        (10, Style(), "十"),
        (115, Style(), "一百一十五"),
        (1010, Style(), "一千零十"),
        (1010, _FORMAL, "一千零一十"),
        (10015, Style(), "一万零十五"),
        (100100000, Style(), "一亿零十万"),
        (12800, Style(), "一万二千八百"),
        (12800, _LIANG, "一万两千八百"),
        (100050000, Style(), "一亿零五万"),
        (120000000, Style(), "一亿二千万"),
        (10**12, Style(), "一万亿"),
        (20000, _LIANG, "两万"),
        (2, _LIANG, "两"),
        (22, _LIANG, "二十二"),
        (2023, Style(zero="〇"), "二千〇二十三"),
        (1050, Style(capital=True), "壹仟零伍拾"),
        (0, Style(zero="〇"), "〇"),
    ],
)
def test_the_writer_writes_what_prose_writes(n: int, style: Style, written: str) -> None:
    assert chinese(n, style) == written


# ---- how a number is written ---------------------------------------------------------------

_FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def _grouped(integer: str, separators: list[str]) -> str:
    """1234567 with separators between groups of three: 1,234，567 or 1 234 567."""
    head = len(integer) % 3 or 3
    groups = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
    out = groups[0]
    for index, group in enumerate(groups[1:]):
        out += separators[index % len(separators)] + group
    return out


@st.composite
def decimals(draw: st.DrawFn, max_integer: int = 10**12) -> Decimal:
    integer = draw(st.integers(min_value=0, max_value=max_integer))
    places = draw(st.integers(min_value=0, max_value=4))
    fraction = draw(st.integers(min_value=0, max_value=10**places - 1)) if places else 0
    return Decimal(integer) + Decimal(fraction).scaleb(-places) if places else Decimal(integer)


def _plain(value: Decimal) -> str:
    return format(value, "f")


@st.composite
def arabic(draw: st.DrawFn) -> tuple[str, Decimal]:
    """An Arabic figure as offices type it: grouped or not, full-width or not, with 千/万/亿."""
    value = draw(decimals())
    integer, _, fraction = _plain(value).partition(".")
    if len(integer) > 3 and draw(st.booleans()):
        separators = draw(st.lists(st.sampled_from([",", "，", " ", "\u3000"]), min_size=1))
        integer = _grouped(integer, separators)
    text = integer + ("." + fraction if fraction else "")
    if draw(st.booleans()):
        text = text.translate(_FULL_WIDTH)
    scale = Decimal(1)
    unit = draw(st.sampled_from(["", "", "百", "千"]))  # 3百万, 1.5千
    scale *= {"": 1, "百": 100, "千": 1000}[unit]
    multiplier = draw(st.sampled_from(["", "", "万", "亿"]))
    scale *= {"": 1, "万": 10**4, "亿": 10**8}[multiplier]
    return text + unit + multiplier, value * scale


styles = st.builds(
    Style,
    zero=st.sampled_from(["零", "〇"]),
    liang=st.booleans(),
    short_ten=st.booleans(),
    capital=st.booleans(),
)


@st.composite
def chinese_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A Chinese numeral: standard, digit by digit (二〇二三), a 点 decimal, with 万/亿 after."""
    form = draw(st.sampled_from(["integer", "digits", "decimal"]))
    style = draw(styles)
    if form == "integer":
        n = draw(st.integers(min_value=0, max_value=10**15 - 1))
        return chinese(n, style), Decimal(n)
    if form == "digits":
        n = draw(st.integers(min_value=0, max_value=10**6))
        return chinese_digits(str(n), style.zero), Decimal(n)
    whole = draw(st.integers(min_value=0, max_value=10**9))
    fraction = draw(st.text(alphabet="0123456789", min_size=1, max_size=4))
    text = chinese(whole, style) + "点" + chinese_digits(fraction, style.zero)
    value = Decimal(f"{whole}.{fraction}")
    multiplier = draw(st.sampled_from(["", "万", "亿"]))
    return text + multiplier, value * {"": 1, "万": 10**4, "亿": 10**8}[multiplier]


numbers = st.one_of(arabic(), chinese_numbers())

# Chinese prose and punctuation around a figure; nothing the grammar reads as part of a number
context = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(list("，。；：、（）《》“”个家项座元人 \n")),
        st.characters(min_codepoint=0x41, max_codepoint=0x7A),
    ).filter(lambda c: c not in _VOCABULARY),
    max_size=12,
)


def _read(raw: str) -> list[tuple[float, str]]:
    """Each figure of the normalised ``raw``: its value and the raw characters behind its span."""
    text, origin = normalise_text(raw)
    out = []
    for figure in find_figures(text):
        assert text[figure.start : figure.end] == figure.text
        out.append((figure.value, raw[origin[figure.start] : origin[figure.end - 1] + 1]))
    return out


# ---- the properties ------------------------------------------------------------------------


@settings(max_examples=_EXAMPLES, deadline=None)
@given(numbers)
@example(("1.5万", Decimal(15000)))
@example(("六十二点七", Decimal("62.7")))
@example(("十五", Decimal(15)))
@example(("两千", Decimal(2000)))
@example(("二〇二三", Decimal(2023)))
@example(("１２，０００", Decimal(12000)))
@example(("1 286", Decimal(1286)))
@example(("一千零十", Decimal(1010)))  # 零 then 十 read as 0 x 10 before the fix
@example(("一亿零十万", Decimal(100100000)))
def test_every_written_form_reads_back_to_its_value(number: tuple[str, Decimal]) -> None:
    written, value = number
    assert _read(written) == [(pytest.approx(float(value), rel=1e-12, abs=1e-9), written)]


@settings(max_examples=_EXAMPLES, deadline=None)
@given(numbers, context, context)
def test_surrounding_text_changes_neither_value_nor_span(
    number: tuple[str, Decimal], before: str, after: str
) -> None:
    written, value = number
    assert _read(before + written + after) == [
        (pytest.approx(float(value), rel=1e-12, abs=1e-9), written)
    ]


@settings(max_examples=_EXAMPLES, deadline=None)
@given(st.lists(numbers, min_size=2, max_size=5), context.filter(bool))
def test_several_figures_are_read_apart(items: list[tuple[str, Decimal]], between: str) -> None:
    separator = "，" + between + "，"
    raw = separator.join(written for written, _ in items)
    assert [text for _, text in _read(raw)] == [written for written, _ in items]


@settings(max_examples=_EXAMPLES, deadline=None)
@given(numbers, st.sampled_from(["余", "多", "来"]), st.sampled_from(["", "万", "亿"]))
@example(("三十", Decimal(30)), "余", "万")
@example(("1.2", Decimal("1.2")), "余", "万")
def test_or_more_keeps_the_value(number: tuple[str, Decimal], more: str, multiplier: str) -> None:
    """三十余个, 1.2万余个, 三十余万: 余/多 say "and more", 来 "about"; the value is left alone."""
    written, value = number
    if written[-1] in "万亿":
        multiplier = ""  # 两万余万 is no way of writing a number
    text = normalise_text(written + more + multiplier)[0]
    scale = {"": 1, "万": 10**4, "亿": 10**8}[multiplier]
    figures = find_figures(text)
    bound = Qualifier.about if more == "来" else Qualifier.over
    assert [(f.value, f.bound, f.text) for f in figures] == [
        (pytest.approx(float(value * scale), rel=1e-12, abs=1e-9), bound, text)
    ]


@settings(max_examples=_EXAMPLES, deadline=None)
@given(st.integers(min_value=0, max_value=10**15 - 1), styles)
def test_chinese_value_reads_every_style(n: int, style: Style) -> None:
    assert chinese_value(chinese(n, style)) == n


# Text made of the grammar's own characters finds the corners: long runs, 亿亿亿, 点点
_NUMERIC = st.text(
    alphabet=st.sampled_from(sorted(_VOCABULARY) + list(",，. \u3000．１")), max_size=60
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), _NUMERIC))
@example("一" + "亿" * 40)  # int too large for a float: OverflowError before the fix
@example("九" * 400)
@example("一" * 5000)  # more digits than int() converts: ValueError before the fix
@example("9" * 400 + "万")  # inf
@example("1" + "0" * 300 + "亿亿")
@example("点点点一点")
def test_arbitrary_text_never_raises(text: str) -> None:
    for figure in find_figures(text):
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text
        assert math.isfinite(figure.value)
        assert figure.value >= 0
