"""Verdicts on wording written apart from our corpora: counts stated as none in several forms,
projects named but not counted, and never a pass from a target or a future-dated figure."""

from pathlib import Path

import pytest

from extractor.model import ConditionVerdict, Verdict
from extractor.pipeline import assess
from tests.extract.phenomena import parse_text

SIGNED = "\n\n澧川市人民政府\n2024年9月20日"


def _verdicts(tmp_path: Path, text: str) -> dict[str, ConditionVerdict]:
    _, verdicts = assess(parse_text(tmp_path, text), "miit-2023")
    return {v.key: v for v in verdicts}


FACTORY = [
    pytest.param(
        "全市尚无项目入选工业和信息化部5G工厂名录和工业互联网试点示范（5G工厂方向）。",
        "fail",
        id="two-lists-named-as-none-in-one-clause",
    ),
    pytest.param(
        "全市2个项目入选5G工厂名录。工业互联网试点示范（5G工厂方向）方面，我市暂无项目入选。",
        "fail",
        id="none-stated-under-a-topic-clause",
    ),
    pytest.param(
        "入选5G工厂名录项目：2个\n入选工业互联网试点示范（5G工厂方向）项目：无",
        "fail",
        id="a-label-answered-none",
    ),
    pytest.param(
        "全市3个项目入选5G工厂名录。澧川重工集团有限公司5G全连接工厂入选工业和信息化部"
        "2023年工业互联网试点示范（5G工厂方向）。",
        "pass",
        id="a-named-pilot-project-counts-where-no-count-is-stated",
    ),
    pytest.param(
        "全市3个项目入选5G工厂名录。澧川重工集团有限公司5G全连接工厂申报工业互联网试点示范"
        "（5G工厂方向）。",
        "unclear",
        id="an-application-is-not-a-selection",
    ),
    pytest.param(
        "附件1\n入选5G工厂名录及试点示范（5G工厂方向）项目清单\n"
        "1.澧川重工集团有限公司5G全连接工厂\n2.澧川电子股份有限公司5G数字化车间",
        "unclear",
        id="a-caption-naming-both-lists-proves-no-pilot",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FACTORY)
def test_factory_5g(tmp_path: Path, text: str, expected: str) -> None:
    assert _verdicts(tmp_path, text + SIGNED)["factory_5g"].verdict.value == expected


def test_a_named_pilot_says_how_it_was_counted(tmp_path: Path) -> None:
    text = "澧川重工集团有限公司5G全连接工厂入选工业互联网试点示范（5G工厂方向）。" + SIGNED
    verdict = _verdicts(tmp_path, text)["factory_5g"]
    assert verdict.verdict is Verdict.passed
    assert "按文中列明的项目计" in verdict.reason


TITLES_ENUMERATED = [
    pytest.param(
        "我市现有部级及以上相关称号5项，具体为：（1）国家新型工业化产业示范基地，2019年获批；"
        "（2）国家产融合作试点城市；（3）澧川重工有限公司智能制造示范工厂；（4）澧川纺织有限公司"
        "服务型制造示范企业；（5）澧川高新区入选工业互联网园区“链洲”计划三星级园区（工业互联网"
        "产业联盟）。" + SIGNED,
        "unclear",
        id="an-alliance-s-title-inline-among-the-counted",
    ),
    pytest.param(
        "我市现有部级及以上相关称号5项，具体为：\n"
        "（1）国家新型工业化产业示范基地\n（2）国家产融合作试点城市\n"
        "（3）澧川重工有限公司智能制造示范工厂\n（4）澧川纺织有限公司服务型制造示范企业\n"
        "（5）澧川电子有限公司省级智能制造示范工厂\n" + SIGNED,
        "unclear",
        id="a-province-s-title-listed-among-the-counted",
    ),
    pytest.param(
        "我市现有部级及以上相关称号5项，具体为：（1）国家新型工业化产业示范基地；（2）国家产融合作"
        "试点城市；（3）澧川重工有限公司智能制造示范工厂；（4）澧川纺织有限公司服务型制造示范企业；"
        "（5）中小企业数字化转型试点城市。另有8家企业获评省级智能制造示范工厂。" + SIGNED,
        "pass",
        id="a-province-s-title-after-the-enumeration-does-not-count-against-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES_ENUMERATED)
def test_a_count_whose_items_include_a_lesser_title(
    tmp_path: Path, text: str, expected: str
) -> None:
    found = _verdicts(tmp_path, text)["national_demonstration"]
    assert found.verdict.value == expected, found.reason
    if expected == "unclear":
        assert "非部级称号" in found.reason


_LESSER = "澧川电子有限公司省级智能制造示范工厂"
# five titles written in one sentence, the last a province's
_INLINE = (
    "（1）国家新型工业化产业示范基地；（2）国家产融合作试点城市；（3）澧川重工有限公司智能制造"
    "示范工厂；（4）澧川纺织有限公司服务型制造示范企业；（5）" + _LESSER
)


def _items(count: int, lesser_at: int | None) -> str:
    """``count`` numbered title lines, the one at ``lesser_at`` (from 1) a province's."""
    lines = [
        _LESSER if number == lesser_at else f"澧川第{number}机械有限公司智能制造示范工厂"
        for number in range(1, count + 1)
    ]
    return "".join(f"（{number}）{line}\n" for number, line in enumerate(lines, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "我市现有部级及以上相关称号5项。具体为：" + _INLINE + "。" + SIGNED,
            "unclear",
            id="the-enumeration-opens-in-the-next-sentence",
        ),
        pytest.param(
            "我市现有部级及以上相关称号5项，具体为：" + _INLINE + SIGNED,
            "unclear",
            id="an-enumeration-in-its-sentence-without-a-full-stop",
        ),
        pytest.param(
            "我市现有部级及以上相关称号5项，具体为：\n" + _items(5, 1) + SIGNED,
            "unclear",
            id="the-first-item-listed-is-a-province-s",
        ),
        pytest.param(
            "我市现有部级及以上相关称号12项，具体为：\n" + _items(12, 12) + SIGNED,
            "unclear",
            id="the-last-item-within-reach-is-a-province-s",
        ),
        pytest.param(
            "我市现有部级及以上相关称号12项，具体为：\n" + _items(13, 13) + SIGNED,
            "pass",
            id="a-line-beyond-the-reach-of-the-enumeration-is-not-read",
        ),
    ],
)
def test_the_reach_of_an_enumeration(tmp_path: Path, text: str, expected: str) -> None:
    found = _verdicts(tmp_path, text)["national_demonstration"]
    assert found.verdict.value == expected, found.reason
