import sys

import pytest

from extractor.extract.numbers import chinese_value, find_figures
from extractor.model import Qualifier
from extractor.normalise import normalise_text


@pytest.mark.parametrize(
    ("raw", "value", "more"),
    [
        pytest.param("36.8个", 36.8, False, id="decimal"),
        pytest.param("１２０００个", 12000, False, id="fullwidth-digits"),
        pytest.param("23,876个", 23876, False, id="thousands-separator"),
        pytest.param("1.2万个", 12000, False, id="wan"),
        pytest.param("3万余个", 30000, True, id="wan-yu"),
        pytest.param("1.35亿元", 135000000, False, id="yi"),
        pytest.param("八千万元", 80000000, False, id="chinese-qianwan"),
        pytest.param("三十二个", 32, False, id="chinese-32"),
        pytest.param("两千余家", 2000, True, id="liangqian-yu"),
        pytest.param("一百二十个", 120, False, id="chinese-120"),
        pytest.param("一万二千八百座", 12800, False, id="chinese-wan-compound"),
        pytest.param("十余家", 10, True, id="shi-yu"),
        pytest.param("百余项", 100, True, id="bai-yu"),
        pytest.param("二〇二三年", 2023, False, id="digit-by-digit-year"),
        pytest.param("2千个", 2000, False, id="arabic-with-qian"),
        pytest.param("3万多", 30000, True, id="wan-duo"),
        pytest.param("十万", 100000, False, id="shiwan"),
        pytest.param("六十二点七五个", 62.75, False, id="chinese-decimal-of-two-digits"),
        pytest.param("12千个", 12000, False, id="two-digits-with-qian"),
    ],
)
def test_figure_value(raw: str, value: float, more: bool) -> None:
    text = normalise_text(raw)[0]
    figures = find_figures(text)
    assert figures, text
    assert figures[0].value == pytest.approx(value)
    assert (figures[0].bound is Qualifier.over) is more


def test_spans_point_into_the_text() -> None:
    text = "全市累计建成5G基站1.2万个，每万人拥有5G基站数达36.8个。"
    values = [(text[f.start : f.end], f.value) for f in find_figures(text)]
    assert ("1.2万", 12000) in values
    assert ("36.8", 36.8) in values


def test_fullwidth_comma_between_digit_groups_is_a_thousands_separator() -> None:
    assert [f.value for f in find_figures("规上工业企业2，200家")] == [2200]
    assert [f.value for f in find_figures("分别为23，8个")] == [23, 8]


def test_a_figure_is_found_only_between_start_and_end() -> None:
    text = "共3个和5个"
    assert [f.value for f in find_figures(text, 0, 3)] == [3]
    assert [f.value for f in find_figures(text, 3)] == [5]


def test_figures_written_in_chinese_are_marked_so() -> None:
    assert [(f.value, f.chinese) for f in find_figures("三十二个和32个")] == [
        (32, True),
        (32, False),
    ]


@pytest.mark.parametrize(
    "unreadable",
    [
        pytest.param("一" + "亿" * 40, id="chinese-beyond-any-float"),
        pytest.param("一" + "亿" * 40 + "点五", id="chinese-decimal-beyond-any-float"),
        pytest.param("9" * 400 + "万", id="arabic-beyond-any-float"),
    ],
)
def test_a_numeral_no_float_holds_is_skipped_and_the_next_figure_still_found(
    unreadable: str,
) -> None:
    assert [f.value for f in find_figures(unreadable + "个，另有3个")] == [3]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("三亿", 3 * 10**8, id="yi"),
        pytest.param("一万亿", 10**12, id="yi-scales-the-wan-before-it"),
        pytest.param("一亿二千万", 12 * 10**7, id="wan-scales-only-its-own-section"),
        pytest.param("一百十", 110, id="a-ten-right-after-a-hundred"),
        pytest.param("一千零五", 1005, id="zero-holds-a-place"),
    ],
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert chinese_value(text) == value


_DIGITS = "〇一二三四五六七八九"
_MAX = int(sys.float_info.max)


def _section(number: int) -> str:
    """0 <= number < 10,000 in Chinese: 8368 -> 八千三百六十八, 1005 -> 一千零五."""
    text, gap = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit = number // size % 10
        if digit:
            text += ("零" if gap else "") + _DIGITS[digit] + unit
        gap = bool(text) and not digit
    return text


def _with_wan_and_yi(number: int) -> str:
    """A number of any size written with 万 and 亿 (each 亿 scales all before it)."""
    high, rest = divmod(number, 10**8)
    yi = []
    while high:
        high, place = divmod(high, 10**8)
        wan, low = divmod(place, 10**4)
        yi.insert(0, (_section(wan) + "万" if wan else "") + _section(low) + "亿")
    wan, low = divmod(rest, 10**4)
    return "".join(yi) + (_section(wan) + "万" if wan else "") + _section(low)


def test_the_largest_numeral_a_float_holds_and_no_larger() -> None:
    width = len(str(_MAX))
    assert chinese_value("".join(_DIGITS[int(d)] for d in str(_MAX))) == _MAX
    assert chinese_value("一" + "〇" * (width - 1)) == 10 ** (width - 1)
    assert chinese_value("九" * width) is None
    assert chinese_value(_with_wan_and_yi(_MAX)) == _MAX
    # its sections up to the last are still within a float: the last one takes it past
    assert chinese_value(_with_wan_and_yi(_MAX // 10**4 * 10**4 + 9999)) is None
    assert chinese_value(_with_wan_and_yi(2023_0915)) == 2023_0915


def test_every_word_after_a_figure_must_say_how_it_bounds_it() -> None:
    from pydantic import ValidationError

    from extractor.extract.numbers import _Numbers

    base = {"digits": {"一": 1}, "units": {"十": 10}, "multipliers": {"万": 10000}}
    base |= {"decimal_point": ["点"], "qualifiers": {"over": ["余"]}, "about_share": 0.05}
    assert _Numbers.model_validate({**base, "more": ["余"]}).bound_of("余") is Qualifier.over
    with pytest.raises(ValidationError, match="来"):
        _Numbers.model_validate({**base, "more": ["余", "来"]})
