"""Holders of a ministerial title named apart from it, one rule at a time: where a joiner
parts two names, what a count allows, which count counts, names before the verb of winning.

Sentences written for these tests (invented 澧川市) from the rules' own classes.
"""

from pathlib import Path

import pytest

from tests.extract.phenomena import lists_of

WON = "我市2家企业入选国家级工业设计中心，分别为"
PUBLISHED = "工信部公布2023年度智能制造示范工厂揭榜单位名单。\n\n"
CASES = [
    pytest.param(
        WON + "澄江精密、和澧科技。", ["澄江精密", "和澧科技"], id="a-name-opening-with-a-joiner"
    ),
    pytest.param(
        WON + "澄江精密、保和科技。", ["澄江精密", "保和科技"], id="a-joiner-after-one-character"
    ),
    pytest.param(
        WON + "澄江精密、科技和美。", ["澄江精密", "科技和美"], id="a-joiner-before-one-character"
    ),
    pytest.param(
        WON + "澧川和澄江。", ["澧川", "澄江"], id="two-characters-either-side-are-two-names"
    ),
    pytest.param(
        "我市2家单位入选国家级工业设计中心，分别为澧川研究与设计中心和澄江精密。",
        ["澧川研究与设计中心", "澄江精密"],
        id="under-a-count-only-the-last-joiner-parts-short-names",
    ),
    pytest.param(
        "我市企业入选国家级绿色工厂，分别是澧川纺织科技有限公司和澄江新材料股份有限公司。",
        ["澧川纺织科技有限公司", "澄江新材料股份有限公司"],
        id="without-a-count-a-joiner-after-a-company-parts-two-names",
    ),
    pytest.param(
        "我市企业入选国家级绿色工厂，分别是澧川纺织科技有限公司、澄江精密。",
        ["澧川纺织科技有限公司"],
        id="without-a-count-a-short-name-is-none",
    ),
    pytest.param(
        "我市3家企业入选国家级工业设计中心，分别为澧川重工、澄江精密、其他重点企业。",
        ["澧川重工", "澄江精密"],
        id="a-piece-that-is-a-phrase-ends-the-names",
    ),
    pytest.param(
        "我市两家企业入选国家级工业设计中心，分别为澧川重工、澄江精密、澧川光电。",
        ["澧川重工", "澄江精密"],
        id="a-count-written-with-liang",
    ),
    pytest.param(
        "我市2家企业入选国家级工业设计中心，新增3个项目，分别为澧川重工、澄江精密、澧川光电。",
        ["澧川重工", "澄江精密"],
        id="after-a-title-won-its-first-count-counts",
    ),
    pytest.param(
        "工信部公布第六批国家级工业设计中心名单，澧川市共5家企业申报，其中2家企业获批，"
        "分别为澧川重工、澄江精密、澧川光电。",
        ["澧川重工", "澄江精密"],
        id="after-a-published-list-the-last-count-counts",
    ),
    pytest.param(
        "澧川市此前已有3家企业申报，工信部公布第六批国家级工业设计中心名单，"
        "分别为澧川重工股份有限公司、澄江精密。",
        [],
        id="after-a-published-list-a-count-before-it-is-none",
    ),
    pytest.param(
        "澧川市包括澧川重工在内的2家企业入选国家级工业设计中心，分别为澧川重工和澄江精密。",
        ["澧川重工", "澄江精密"],
        id="an-opening-word-before-the-title-opens-nothing",
    ),
    pytest.param(
        PUBLISHED + "澧川纺织科技有限公司和澄江新材料股份有限公司成功入选。",
        ["澧川纺织科技有限公司", "澄江新材料股份有限公司"],
        id="names-before-the-verb-without-a-lead",
    ),
    pytest.param(
        PUBLISHED + "我市澧川研究与试验基地成功入选。",
        ["澧川研究与试验基地"],
        id="before-the-verb-a-joiner-inside-a-name-parts-nothing",
    ),
    pytest.param(
        PUBLISHED + "我市新增澧川重工有限公司成功入选。",
        [],
        id="before-the-verb-a-phrase-is-no-name",
    ),
    pytest.param(
        PUBLISHED + "我市澧川纺织科技有限公司、澄江新材料股份有限公司和澧川钢铁集团成功入选。",
        ["澧川纺织科技有限公司", "澄江新材料股份有限公司", "澧川钢铁集团"],
        id="three-names-before-the-verb",
    ),
    pytest.param(
        "力争新增国家级工业设计中心1家；" + WON + "澧川重工和澄江精密。",
        ["澧川重工", "澄江精密"],
        id="a-target-in-another-part-of-the-sentence",
    ),
    pytest.param(
        "力争2家企业入选国家级工业设计中心，分别为澧川重工和澄江精密。",
        [],
        id="a-target-names-no-holder",
    ),
    pytest.param(
        "全市工业稳步增长。" + WON + "澧川重工和澄江精密。",
        ["澧川重工", "澄江精密"],
        id="holders-after-a-sentence-without-a-title",
    ),
    pytest.param(
        "我市2家企业入选国家级专精特新“小巨人”企业，分别为澧川重工和澄江精密。",
        [],
        id="a-title-no-list-holds-names-no-holder",
    ),
    pytest.param(
        "我市2家企业入选国家级专精特新“小巨人”企业、国家级工业设计中心，分别为澧川重工和澄江精密。",
        ["国家级工业设计中心", "澧川重工", "澄江精密"],
        id="a-listed-title-after-one-no-list-holds",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_title_holders(tmp_path: Path, text: str, expected: list[str]) -> None:
    text += "\n\n澧川市人民政府\n2024年9月20日"
    assert lists_of(tmp_path, text).get("national_titles", []) == expected
