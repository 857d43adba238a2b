"""What the words around a figure say, read one rule at a time: its qualifier, its status
against the document's year, whose figure it is, and whether it is a change or a flow.

The words are written for these tests from the rules' own classes, not copied from a corpus.
"""

import pytest

from extractor.extract.context import (
    confidence,
    is_growth,
    is_not_applicant,
    is_period_flow,
    place_names,
    qualifier,
    status,
    subject_words,
)
from extractor.model import Origin, Qualifier, Status


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        pytest.param(["全市", "不", "少", "于"], [], Qualifier.at_least, id="three-words-before"),
        pytest.param(["不", "少", "于"], [], Qualifier.at_least, id="just-three-words-before"),
        pytest.param(["不", "低于"], [], Qualifier.at_least, id="not-read-as-its-last-word"),
        pytest.param(["约", "为"], [], Qualifier.about, id="a-link-verb-between"),
        pytest.param([], ["以", "上"], Qualifier.over, id="two-words-after"),
        pytest.param([], ["左右"], Qualifier.about, id="one-word-after"),
        pytest.param(["建成"], ["个"], Qualifier.exact, id="none"),
    ],
)
def test_qualifier_words_joined_as_jieba_cuts_them(
    before: list[str], after: list[str], expected: Qualifier
) -> None:
    assert qualifier(before, after) == expected


def test_a_figure_s_own_bound_holds_without_a_word_and_gives_way_to_one() -> None:
    assert qualifier([], [], Qualifier.over) == Qualifier.over  # 三十余个
    assert qualifier([], [], Qualifier.about) == Qualifier.about  # 十来个
    assert qualifier(["超过"], [], Qualifier.about) == Qualifier.over


@pytest.mark.parametrize(
    ("sentence", "block", "as_of", "expected"),
    [
        pytest.param(
            "到2024年底，全市已建成", "", 2024, Status.actual, id="by-the-end-of-the-own-year"
        ),
        pytest.param(
            "到2025年底，全市已建成", "", 2024, Status.target, id="by-the-end-of-a-later-year"
        ),
        pytest.param(
            "由2020年的5家增加到2023年的", "", 2023, Status.actual, id="a-change-up-to-the-own-year"
        ),
        pytest.param(
            "由2020年的5家增加到2025年的", "", 2023, Status.target, id="a-change-up-to-a-later-year"
        ),
        pytest.param(
            "按照“十三五”规划，全市建成", "", 2020, Status.actual, id="a-plan-period-ending-now"
        ),
        pytest.param(
            "按照“十四五”规划，全市建成", "", 2020, Status.target, id="a-plan-period-ending-later"
        ),
        pytest.param(
            "2023年末，全市建成",
            "到2025年，全市5G基站达到1万个。",
            2024,
            Status.actual,
            id="a-year-end-in-the-sentence-keeps-the-paragraph-s-target-away",
        ),
        pytest.param(
            "全市建成",
            "到2025年，全市5G基站达到1万个。",
            2024,
            Status.target,
            id="the-paragraph-s-target-heads-what-follows",
        ),
        pytest.param(
            "全市建成", "全市新建5G基站。2023年末", 2024, Status.actual, id="no-cue-is-actual"
        ),
    ],
)
def test_status_against_the_document_s_year(
    sentence: str, block: str, as_of: int, expected: Status
) -> None:
    assert status(sentence, block, None, as_of) == expected


def test_a_named_part_of_the_applicant_is_the_applicant() -> None:
    # 金普新区 is the applicant 大连金普新区 named short; 长兴岛经开区 is another area
    assert not is_not_applicant("其中，金普新区拥有", applicant="大连金普新区")
    assert is_not_applicant("其中，长兴岛经开区拥有", applicant="大连金普新区")


def test_a_subjectless_sentence_takes_its_subject_from_the_one_before() -> None:
    text = "澧川高新区拥有规上企业135家。拥有国家级单项冠军企业3家"
    start = text.index("。") + 1
    assert subject_words(text, start, len(text)) == text
    assert subject_words(text[start:], 0, 4) == "拥有国家"


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        pytest.param("全市新增", True, id="a-change"),
        pytest.param("全市累计新增", True, id="a-total-before-the-change-keeps-it-a-change"),
        pytest.param("全市新培育后累计", False, id="a-total-after-the-change-is-the-stock"),
    ],
)
def test_growth(clause: str, expected: bool) -> None:
    assert is_growth(clause) is expected


@pytest.mark.parametrize(
    ("sentence", "goal", "expected"),
    [
        pytest.param("2020年，建成", False, True, id="what-one-year-built"),
        pytest.param("全市累计投资50亿元，2020年，建成", False, True, id="a-total-before-the-year"),
        pytest.param("2020年，累计建成", False, False, id="a-total-after-the-year"),
        pytest.param("2022年，全市建成", True, False, id="a-goal-built-up-to-by-then"),
        pytest.param("2022年，全市建成", False, True, id="the-same-words-achieved"),
    ],
)
def test_period_flow(sentence: str, goal: bool, expected: bool) -> None:
    assert is_period_flow(sentence, goal=goal) is expected


def test_a_place_among_words_of_city_kinds_is_no_place() -> None:
    assert [m.group(0) for m in place_names("智慧城市建设")] == []
    assert [m.group(0) for m in place_names("澧川市建设")] == ["澧川市"]


def test_another_city_after_a_standing_is_another_subject() -> None:
    assert is_not_applicant("位居全省前列的澧江市，石屿市拥有", applicant="澧川市")


def test_ocr_lowers_a_claim_s_confidence() -> None:
    assert confidence("clause", Origin.text_layer) == 0.97
    assert confidence("clause", Origin.ocr) == round(0.97 * 0.95, 3)
