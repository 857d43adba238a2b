import pytest

from extractor.normalise import normalise_text
from extractor.normalise.width import fold_char


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("３６．８", "36.8", id="fullwidth-digits-and-point"),
        pytest.param("５Ｇ基站", "5G基站", id="fullwidth-latin"),
        pytest.param("（一）", "(一)", id="fullwidth-parentheses"),
        pytest.param("23，876", "23，876", id="chinese-comma-kept-full-width"),
        pytest.param("\u2f2f\u2ea0", "工民", id="kangxi-and-supplement-radicals"),
        pytest.param("5G\u200b基站\ufeff", "5G基站", id="zero-width-and-bom-dropped"),
        pytest.param("abc\u202edef", "abcdef", id="bidi-override-dropped"),
        pytest.param("㎡", "m2", id="compatibility-unit"),
        pytest.param("①2021年", "(1)2021年", id="a-circled-number-is-a-label-not-a-digit"),
        pytest.param("⑳", "(20)", id="the-last-circled-number"),
    ],
)
def test_normalise_text_folds_width_and_radicals(raw: str, expected: str) -> None:
    assert normalise_text(raw)[0] == expected


def test_fold_char_keeps_newline_and_tab() -> None:
    assert fold_char("\n") == "\n"
    assert fold_char("\t") == "\t"


def test_every_output_character_points_at_its_raw_source() -> None:
    raw = "每万人拥有５Ｇ基站数达 ３６．８ 个，\u2f2f业"
    text, origin = normalise_text(raw)
    assert text == "每万人拥有5G基站数达36.8个，工业"
    assert [raw[i] for i in origin] == list("每万人拥有５Ｇ基站数达３６．８个，\u2f2f业")
