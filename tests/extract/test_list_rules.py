"""Named titles and 5G factories, one rule at a time: what opens a list, which segment joins
the item before it, named projects before and after a title, a factory's name inside brackets
and beside a joiner, a mention that gives way to a fuller one.

Sentences written for these tests (invented 澧川市) from the rules' own classes.
"""

from pathlib import Path

import pytest

from extractor.extract.lists import _held_in, find_lists
from tests.extract.phenomena import parse_text

SIGNED = "\n\n澧川市人民政府\n2024年9月20日"
CITY = "国家产融合作试点城市"
BASE = "国家新型工业化产业示范基地"
HEAVY = "澧川重工有限公司“5G+智慧工厂”项目"
PRECISE = "澄江精密有限公司“5G+数字车间”项目"
PILOT = "工业互联网试点示范项目"
LISTED = "我市2个项目入选5G工厂名录，分别为"
NEWS = "澧川市工业和信息化局工作动态\n\n"
TITLES = [
    pytest.param(f"我市获得的称号包括{CITY}。", [CITY], id="an-opening-word-opens-a-list"),
    pytest.param(
        f"全市共获得称号5项，包括{CITY}。", [CITY], id="the-item-after-an-opening-word-mid-sentence"
    ),
    pytest.param(
        "同年，和澧科技有限公司获评国家级绿色工厂。",
        ["和澧科技有限公司国家级绿色工厂"],
        id="a-joiner-opens-no-holder-away-from-the-item-before",
    ),
    pytest.param(f"全市称号如下，1.{CITY}", [CITY], id="a-label-after-a-comma-opens-a-list"),
    pytest.param(
        f"澧川市获批{CITY}，{BASE}。", [CITY, BASE], id="a-title-right-after-the-one-before"
    ),
    pytest.param(f"澧川市获批{CITY}了，{BASE}。", [], id="a-title-away-from-the-one-before"),
    pytest.param(f"全市称号(1){CITY}(2){BASE}。", [CITY, BASE], id="titles-after-inner-labels"),
    pytest.param(f"{HEAVY}，入选{PILOT}。", [HEAVY], id="a-named-project-in-the-clause-before"),
    pytest.param(
        f"{HEAVY}、{PRECISE}入选{PILOT}。", [HEAVY, PRECISE], id="named-projects-enumerated-before"
    ),
    pytest.param(f"{HEAVY}：{PRECISE}入选{PILOT}。", [PRECISE], id="a-colon-is-no-enumeration"),
    pytest.param(f"{HEAVY}:{PRECISE}入选{PILOT}。", [PRECISE], id="a-half-width-colon-neither"),
    pytest.param(
        f"澧川市获批2022年{PILOT}：{HEAVY}。", [HEAVY], id="a-title-labelling-its-project"
    ),
    pytest.param(
        f"澧川市获批{PILOT}：澧川智慧园区。", [PILOT], id="a-label-before-no-named-project"
    ),
    pytest.param(
        "2023年，我市新增称号，其中澧川重工有限公司获评国家级绿色工厂。",
        ["澧川重工有限公司国家级绿色工厂"],
        id="a-holder-after-an-opening-word",
    ),
    pytest.param(
        "澧川重工有限公司获国家级绿色工厂称号。",
        ["澧川重工有限公司国家级绿色工厂"],
        id="a-verb-that-is-no-award-word",
    ),
    pytest.param(
        f"{HEAVY}（入选2022年{PILOT}）。", [HEAVY], id="a-named-project-before-its-bracket"
    ),
    pytest.param(
        "澧川重工有限公司（2022年获评国家级绿色工厂）。",
        ["澧川重工有限公司国家级绿色工厂"],
        id="a-holder-before-its-bracket",
    ),
    pytest.param(
        f"{HEAVY}，澄江精密有限公司获评国家级绿色工厂。",
        ["澄江精密有限公司国家级绿色工厂"],
        id="a-holder-of-its-own-after-a-named-project",
    ),
    pytest.param(f"{HEAVY}，{CITY}。", [], id="a-title-without-a-verb-after-a-named-project"),
    pytest.param(
        f"同年，和澧重工有限公司“5G+智慧工厂”项目，入选{PILOT}。",
        ["和澧重工有限公司“5G+智慧工厂”项目"],
        id="a-project-s-name-opening-with-a-joiner-in-the-clause-before",
    ),
    pytest.param(
        f"同年，和澧重工有限公司“5G+智慧工厂”项目、{PRECISE}入选{PILOT}。",
        ["和澧重工有限公司“5G+智慧工厂”项目", PRECISE],
        id="a-project-s-name-opening-with-a-joiner-enumerated",
    ),
    pytest.param(
        f"澧川市获批{CITY}，成效明显；{BASE}，包括三个园区。",
        [CITY],
        id="an-opening-word-after-a-part-opens-nothing-before-it",
    ),
    pytest.param(
        f"包括：澧川市获批{CITY}，成效明显；{BASE}。",
        [CITY, BASE],
        id="a-part-after-an-opening-at-the-sentence-start",
    ),
    pytest.param(
        f"全市称号包括{CITY}，成效明显，{BASE}。", [CITY], id="a-clause-after-an-opening-is-no-part"
    ),
    pytest.param(
        f"澧川智慧园区、{HEAVY}、{PRECISE}入选{PILOT}。",
        [HEAVY, PRECISE],
        id="projects-enumerated-after-a-name-that-is-none",
    ),
    pytest.param(
        f"澄川电子有限公司“5G+云平台”项目、{HEAVY}、{PRECISE}入选{PILOT}。",
        ["澄川电子有限公司“5G+云平台”项目", HEAVY, PRECISE],
        id="three-projects-in-their-order",
    ),
    pytest.param(
        "澧川重工有限公司（2022年国家级绿色工厂）。",
        ["澧川重工有限公司国家级绿色工厂"],
        id="a-holder-before-its-title-in-brackets",
    ),
    pytest.param(
        f"其中澧川市获批{CITY}，成效明显；{BASE}。",
        [CITY, BASE],
        id="a-part-after-an-opening-opening-the-sentence",
    ),
    pytest.param(f"澧川市获批{CITY}等，{BASE}。", [CITY], id="a-title-after-a-closed-enumeration"),
    pytest.param(
        f"{NEWS}相邻的石屿市获批{CITY}、{BASE}。", [], id="another-city-s-titles-joined-by-a-break"
    ),
    pytest.param(
        f"{NEWS}相邻的石屿市获批{CITY}，以及{BASE}。",
        [],
        id="another-city-s-titles-joined-by-a-word",
    ),
    pytest.param(
        f"{NEWS}相邻的石屿市获批{CITY}，我市获批{BASE}。",
        [BASE],
        id="another-city-s-title-then-the-applicant-s",
    ),
    pytest.param(
        "澧川重工有限公司获评智能制造示范工厂。\n\n附表：智能制造示范工厂（澧川重工有限公司）",
        ["智能制造示范工厂(澧川重工有限公司)"],
        id="a-title-and-holder-written-the-other-way-later",
    ),
    pytest.param(
        "智能制造示范工厂（澧川重工有限公司）。\n\n澧川重工有限公司获评智能制造示范工厂。",
        ["澧川重工有限公司智能制造示范工厂"],
        id="a-title-and-holder-written-the-other-way-earlier",
    ),
    pytest.param(
        f"澧川市获批2022年{PILOT}：{HEAVY}，另有1个项目公示。",
        [HEAVY],
        id="a-labelled-project-beside-another-on-show",
    ),
    pytest.param(
        f"{NEWS}相邻的石屿市获批{CITY}，全市新增国家级绿色工厂、{BASE}。",
        [BASE],
        id="a-title-held-by-none-ends-another-city-s-run",
    ),
    pytest.param(
        f"{NEWS}相邻的石屿市获批{CITY}、{BASE}、国家级绿色工厂。",
        [],
        id="another-city-s-three-titles",
    ),
    pytest.param(
        f"{NEWS}相邻的石屿市获批{CITY}、{BASE}，我市获批国家级绿色工厂。",
        ["国家级绿色工厂"],
        id="the-applicant-s-title-after-another-city-s-run",
    ),
    pytest.param(f"澧川市获批{CITY}称号。", [CITY], id="a-title-s-evidence-ends-before-its-suffix"),
    pytest.param(
        f"称号如下：\n\n2022年{PILOT}：{HEAVY}。",
        [HEAVY],
        id="a-labelled-project-on-a-line-of-a-list-without-labels",
    ),
    pytest.param(
        f"澧川市获批2022年{PILOT}：{HEAVY}，{CITY}。",
        [HEAVY, CITY],
        id="a-title-after-a-labelled-project",
    ),
    pytest.param(f"澧川市获批省级绿色工厂、{CITY}。", [CITY], id="a-title-after-a-provincial-one"),
    pytest.param(
        f"全市有智能制造示范工厂4个，澧川市获批{CITY}。", [CITY], id="a-title-after-a-counted-one"
    ),
    pytest.param(
        f"澧川重工有限公司5G全连接工厂(2022年工业互联网试点示范，5G全连接工厂方向)，澧川市获批{CITY}。",
        [CITY],
        id="a-title-after-a-5g-factory-s-note",
    ),
    pytest.param(
        "澧川重工有限公司5G全连接工厂(2022年工业互联网试点示范，5G工厂",
        [],
        id="a-5g-factory-s-note-left-open",
    ),
    pytest.param(
        f"我市{HEAVY}(入选2022年工业互联网试点示范，5G全连接工厂方向",
        [],
        id="a-5g-factory-s-direction-ending-an-open-note",
    ),
    pytest.param(
        f"称号如下：\n\n2023年{CITY}；\n\n{BASE}。",
        ["2023年" + CITY, BASE],
        id="a-line-of-a-list-opening-with-its-title-s-year",
    ),
    pytest.param(
        f"澧川市获批{CITY}，澧川市获批{CITY}。", [CITY], id="a-title-named-twice-is-one-item"
    ),
    pytest.param(
        "澧川市部级称号\n序号\t称号名称\t获得单位\n"
        f"1\t{PILOT}\t澧川精密电子有限公司\n2\t{PILOT}\t澧川汽车零部件有限公司\n"
        f"3\t{PILOT}\t澧川材料有限公司\n",
        [PILOT, PILOT, PILOT],
        id="one-title-in-three-rows-is-three",
    ),
    pytest.param(
        "澧川市部级称号\n序号\t称号名称\t状态\n"
        f"1\t2024年{PILOT}——{HEAVY}\t已获批\n2\t2024年{PILOT}——{PRECISE}\t公示中\n",
        [HEAVY],
        id="a-labelled-project-alone-in-a-row-s-cell-and-one-still-on-show",
    ),
]
FACTORIES = [
    pytest.param(
        LISTED + "澧川重工有限公司5G智慧工厂和澄江精密有限公司5G数字车间。",
        ["澧川重工有限公司5G智慧工厂", "澄江精密有限公司5G数字车间"],
        id="two-factories-joined",
    ),
    pytest.param(
        LISTED + "澧川重工有限公司5G智慧工厂(均为2023年入选，详见附表)。",
        ["澧川重工有限公司5G智慧工厂"],
        id="a-note-cut-by-its-comma",
    ),
    pytest.param(
        LISTED + f"{PILOT}(澧川重工有限公司5G全连接工厂)。",
        ["澧川重工有限公司5G全连接工厂"],
        id="the-factory-inside-a-title-s-brackets",
    ),
    pytest.param(LISTED + "澧川重工有限公司智能制造示范工厂。", [], id="a-title-ending-a-name"),
    pytest.param(
        LISTED + "智能制造示范工厂(澧川重工有限公司)。", [], id="a-title-before-its-holder"
    ),
    pytest.param(
        "我市入选5G工厂名录（澧川重工有限公司5G智慧工厂、澄江精密有限公司5G数字车间，均为2023年入选）。",
        ["澧川重工有限公司5G智慧工厂", "澄江精密有限公司5G数字车间"],
        id="factories-enumerated-in-brackets",
    ),
    pytest.param(
        LISTED + "澧川精密有限公司5G车间，以及澧川重工有限公司5G工厂。",
        ["澧川精密有限公司5G车间", "澧川重工有限公司5G工厂"],
        id="a-joiner-opening-a-factory-s-segment",
    ),
    pytest.param(
        LISTED + "澧川重工有限公司5G智慧工厂(一期)(均为2023年入选，详见附表)。",
        ["澧川重工有限公司5G智慧工厂(一期)"],
        id="a-name-s-own-bracket-before-a-note-cut-by-its-comma",
    ),
    pytest.param(
        LISTED + "澧川重工有限公司5G智慧工厂(一期，二期)、澄江精密有限公司5G数字车间。",
        ["澧川重工有限公司5G智慧工厂(一期，二期)", "澄江精密有限公司5G数字车间"],
        id="a-comma-inside-a-name-s-bracket",
    ),
    pytest.param(
        LISTED + "澧川重工有限公司5G智慧工厂、澧川化纤5G纺丝工厂。",
        ["澧川重工有限公司5G智慧工厂", "澧川化纤5G纺丝工厂"],
        id="a-short-maker-s-name-in-prose",
    ),
    pytest.param(
        "表1 澧川市入选5G工厂名录项目\n序号\t项目名称\t入选类别\n"
        "1\t澧川化纤5G纺丝工厂和澧水5G变速器车间\t2024年5G工厂名录\n"
        "2\t累计建成5G车间\t2024年5G工厂名录\n",
        ["澧川化纤5G纺丝工厂", "澧水5G变速器车间"],
        id="short-makers-joined-in-a-row-and-a-phrase-that-is-none",
    ),
    pytest.param(
        LISTED + "澧川精密有限公司5G车间，和澧川重工有限公司5G工厂。",
        ["澧川精密有限公司5G车间", "澧川重工有限公司5G工厂"],
        id="a-joiner-word-opening-a-factory-s-segment",
    ),
    pytest.param(
        LISTED + "澧川重工有限公司5G智慧工厂和我市澄江精密有限公司5G数字车间。",
        ["澧川重工有限公司5G智慧工厂", "澄江精密有限公司5G数字车间"],
        id="the-second-of-two-joined-after-its-opening-words",
    ),
    pytest.param(
        "我市2个项目入选工业互联网试点示范，分别为澧川重工有限公司工业互联网试点示范项目(5G工厂方向)、"
        "澄江精密有限公司5G数字车间。",
        ["澧川重工有限公司工业互联网试点示范项目(5G工厂方向)", "澄江精密有限公司5G数字车间"],
        id="a-name-ending-in-the-5g-factory-direction-of-a-pilot",
    ),
    pytest.param(
        LISTED + "澧川重工有限公司5G智慧工厂、国家级5G工厂、总装车间的5G全连接工厂、全市5G车间。",
        ["澧川重工有限公司5G智慧工厂"],
        id="a-level-a-phrase-or-a-city-before-5g-is-no-maker-in-prose",
    ),
    pytest.param(
        "(一)5G工厂名录入选项目\n\n1.澧川重工有限公司5G全连接工厂；\n\n2.澄江精密有限公司5G数字车间。",
        ["澧川重工有限公司5G全连接工厂", "澄江精密有限公司5G数字车间"],
        id="a-caption-opening-with-an-inner-label",
    ),
    pytest.param(
        "我市入选5G工厂名录的项目：(1)澧川重工有限公司5G全连接工厂(2)澄江精密有限公司5G数字车间"
        "入选省级5G工厂。",
        ["澧川重工有限公司5G全连接工厂"],
        id="an-item-ending-at-the-next-label-is-not-judged-by-what-follows",
    ),
    pytest.param(
        "全市培育省级5G工厂，入选5G工厂名录，澄江精密有限公司5G数字车间。",
        ["澄江精密有限公司5G数字车间"],
        id="the-nearest-wording-before-an-item-decides",
    ),
    pytest.param(
        "不属于5G工厂名录的项目：澧川重工有限公司5G全连接工厂。", [], id="a-list-named-to-be-denied"
    ),
    pytest.param(
        "工信部发布2023年5G工厂名录，全国共300个项目入选。我市工业经济运行平稳向好，数字化转型持续推进。"
        "\n\n入选的2家工厂分别是：澧川重工有限公司5G全连接工厂、澄江精密有限公司5G数字车间。",
        ["澧川重工有限公司5G全连接工厂", "澄江精密有限公司5G数字车间"],
        id="an-intake-takes-the-list-named-in-the-paragraph-before",
    ),
    pytest.param(
        "2024年5G工厂名录正在公示。我市澧川重工有限公司5G全连接工厂入选2023年5G工厂名录。",
        ["澧川重工有限公司5G全连接工厂"],
        id="a-sentence-after-a-list-on-show-with-its-own-wording",
    ),
    pytest.param(
        "全市工业稳步增长。澧川重工有限公司5G全连接工厂入选2023年5G工厂名录。",
        ["澧川重工有限公司5G全连接工厂"],
        id="a-sentence-after-one-without-wording",
    ),
    pytest.param(
        "工信部发布2023年5G工厂名录。我市工业经济运行平稳向好，数字化转型持续推进。"
        "入选的2家工厂分别是：澧川重工有限公司5G全连接工厂、澄江精密有限公司5G数字车间。",
        ["澧川重工有限公司5G全连接工厂", "澄江精密有限公司5G数字车间"],
        id="an-intake-takes-the-list-named-earlier-in-its-paragraph",
    ),
    pytest.param(
        "表1 澧川市入选5G工厂名录项目\n序号\t项目名称\t入选类别\n"
        "1\t5G+柔性鞋服智能工厂和澧水5G变速器车间\t2024年5G工厂名录\n",
        ["5G+柔性鞋服智能工厂", "澧水5G变速器车间"],
        id="a-row-s-projects-joined-one-without-its-maker",
    ),
    pytest.param(
        "2023年，全市3个项目入选5G工厂名录\n\n具体项目详情附后\n\n"
        "1.澧川重工有限公司5G全连接工厂；\n\n2.澄江精密有限公司5G数字车间。",
        ["澧川重工有限公司5G全连接工厂", "澄江精密有限公司5G数字车间"],
        id="a-line-of-eight-characters-only-ends-the-one-before",
    ),
    pytest.param(
        "表1 澧川市入选5G工厂名录项目\n序号\t项目名称\t入选类别\n"
        "1\t澧水5G变速器车间和5G+柔性鞋服智能工厂\t2024年5G工厂名录\n",
        ["澧水5G变速器车间", "5G+柔性鞋服智能工厂"],
        id="a-row-s-projects-joined-the-second-without-its-maker",
    ),
    pytest.param(
        "我市2个项目入选2023年5G工厂名录。我市工业经济运行平稳向好，数字化转型持续推进。"
        "具体项目分别为：澧川重工有限公司5G全连接工厂、澄江精密有限公司5G数字车间。",
        [],
        id="a-listing-naming-no-intake-does-not-reach-past-a-sentence-without-wording",
    ),
    pytest.param(
        "我市2个项目入选2023年5G工厂名录；我市工业经济运行平稳向好；"
        "具体项目分别为：澧川重工有限公司5G全连接工厂、澄江精密有限公司5G数字车间。",
        [],
        id="nor-past-a-part-without-wording",
    ),
    pytest.param(
        "我市2个项目入选2023年5G工厂名录。成效明显。"
        "具体项目分别为：澧川重工有限公司5G全连接工厂、澄江精密有限公司5G数字车间。",
        ["澧川重工有限公司5G全连接工厂", "澄江精密有限公司5G数字车间"],
        id="but-past-a-short-sentence-without-wording",
    ),
    pytest.param(
        "2024年5G工厂名录公示名单中我市项目如下：\n\n1.澧川重工有限公司5G全连接工厂；"
        "\n\n2.澄江精密有限公司5G数字车间。",
        [],
        id="a-list-on-show-is-no-caption-naming-the-list",
    ),
    pytest.param(
        "我市先后入选省级5G工厂名单和2023年5G工厂名录的2个项目分别为澧川重工有限公司5G全连接工厂、"
        "澄江精密有限公司5G数字车间。",
        ["澧川重工有限公司5G全连接工厂", "澄江精密有限公司5G数字车间"],
        id="of-two-wordings-before-an-item-in-its-clause-the-nearer-decides",
    ),
    pytest.param(
        LISTED + "澧川重工有限公司5G智慧工厂，澧川钢厂对标5G工厂标准改造产线。",
        ["澧川重工有限公司5G智慧工厂"],
        id="a-statement-after-a-maker-s-name-is-no-factory-even-if-it-reads-short",
    ),
]


def _found(tmp_path: Path, text: str, key: str) -> list[tuple[str, str]]:
    """Each item of list ``key`` in ``text``: its name and the text its evidence spans."""
    document = parse_text(tmp_path, text + SIGNED)
    found = find_lists(document).get(key, [])
    return [(i.name, document.text[i.evidence.span.start : i.evidence.span.end]) for i in found]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_titles(tmp_path: Path, text: str, expected: list[str]) -> None:
    found = _found(tmp_path, text, "national_titles")
    assert [name for name, _ in found] == expected
    # the evidence runs from the holder's first character to the title's last
    assert [(span[0], span[-1]) for _, span in found] == [(n[0], n[-1]) for n in expected]


@pytest.mark.parametrize(("text", "expected"), FACTORIES)
def test_factories(tmp_path: Path, text: str, expected: list[str]) -> None:
    found = _found(tmp_path, text, "factories_5g")
    assert [name for name, _ in found] == expected
    assert [span for _, span in found] == expected


def test_a_name_is_held_in_two_pieces_in_either_order_wherever_it_is_cut() -> None:
    name = "澧川重工有限公司智能制造示范工厂"
    for cut in range(len(name) + 1):
        assert _held_in(name, name[cut:] + "(" + name[:cut] + ")"), cut
    # in three pieces it is another (甲公司5G机器人装配工厂 beside 甲公司5G+机器人柔性装配工厂)
    assert not _held_in("澧川重工5G机器人装配工厂", "澧川重工5G+机器人柔性装配全连接工厂")
