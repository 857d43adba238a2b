import pytest

from extractor.extract.numbers import find_figures
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
    ],
)
def test_figure_value(raw: str, value: float, more: bool) -> None:
    text = normalise_text(raw)[0]
    figures = find_figures(text)
    assert figures, text
    assert figures[0].value == pytest.approx(value)
    assert figures[0].more is more


def test_spans_point_into_the_text() -> None:
    text = "全市累计建成5G基站1.2万个，每万人拥有5G基站数达36.8个。"
    values = [(text[f.start : f.end], f.value) for f in find_figures(text)]
    assert ("1.2万", 12000) in values
    assert ("36.8", 36.8) in values


def test_fullwidth_comma_between_digit_groups_is_a_thousands_separator() -> None:
    assert [f.value for f in find_figures("规上工业企业2，200家")] == [2200]
    assert [f.value for f in find_figures("分别为23，8个")] == [23, 8]
