import re
from pathlib import Path

import pytest

from extractor.errors import PatternError
from extractor.extract.list_patterns import (
    Cue,
    TitleVocab,
    every_cue,
    factory_patterns,
    items,
    policies,
    title_matcher,
    title_patterns,
)
from extractor.extract.list_text import similar
from extractor.extract.lists import ListItem, find_lists
from extractor.model import Document
from extractor.model.pattern_files import load_data
from extractor.pipeline import parse_in_process, predict
from extractor.settings import Limits


def _document(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return parse_in_process(path, Limits(ocr=False))


def _lists(tmp_path: Path, text: str) -> dict[str, list[str]]:
    found = find_lists(_document(tmp_path, text))
    return {name: [item.name for item in found_items] for name, found_items in found.items()}


CUES = [pytest.param(cue, id=cue.id) for cue in every_cue()]


@pytest.mark.parametrize("cue", CUES)
def test_every_list_cue_matches_its_examples(cue) -> None:  # type: ignore[no-untyped-def]
    pattern = re.compile(cue.regex)
    for text in cue.examples.match:
        assert pattern.search(text), (cue.id, text)
    for text in cue.examples.reject:
        assert not pattern.search(text), (cue.id, text)


def test_a_wording_naming_two_title_categories_stops_loading(tmp_path: Path) -> None:
    (tmp_path / "titles.yaml").write_text(
        "categories:\n"
        "  - {id: T01, name: 甲, level: national, is_ministerial: true, aliases: [示范城市]}\n"
        "  - {id: T02, name: 乙, level: provincial, is_ministerial: false, aliases: [示范城市]}\n",
        encoding="utf-8",
    )
    with pytest.raises(PatternError, match="names both T01 and T02"):
        load_data("titles.yaml", TitleVocab, root=tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "制定出台《江岚市“5G+工业互联网”融合应用先导区建设三年行动计划（2023—2025年）》，"
            "市级财政安排专项资金八千万元。",
            ["江岚市“5G+工业互联网”融合应用先导区建设三年行动计划(2023—2025年)"],
            id="applicant-policy-without-brackets",
        ),
        pytest.param(
            "我市先后印发《嘉屿市“5G+工业互联网”融合发展行动计划》《嘉屿市支持5G全连接工厂建设若干措施》，"
            "并认真贯彻落实国家《工业互联网创新发展行动计划（2021—2023年）》和省政府"
            "《关于加快推进“5G+工业互联网”发展的实施意见》。",
            ["嘉屿市“5G+工业互联网”融合发展行动计划", "嘉屿市支持5G全连接工厂建设若干措施"],
            id="cited-national-and-provincial-documents-left-out",
        ),
        pytest.param(
            "为贯彻落实工业和信息化部《打造“5G+工业互联网”512工程升级版实施方案》和市政府已印发的"
            "《云溪市加快5G+工业互联网发展若干政策措施》，制定本计划。",
            ["云溪市加快5G+工业互联网发展若干政策措施"],
            id="ministry-document-beside-the-applicants",
        ),
        pytest.param(
            "2023年，市委、市政府印发《关于加快推进数字经济高质量发展的若干措施》。",
            ["关于加快推进数字经济高质量发展的若干措施"],
            id="applicant-issued-title-without-its-name",
        ),
        pytest.param(
            "此前，省里已印发《辽宁省“5G+工业互联网”融合应用先导区培育指南（试行）》。",
            [],
            id="provincial-issuer",
        ),
        pytest.param(
            "我市尚未正式印发专项政策文件，《柏川市“5G+工业互联网”融合应用先导区建设实施意见"
            "（征求意见稿）》已完成公开征求意见。",
            [],
            id="draft-for-comment",
        ),
        pytest.param(
            "沧澜市目前尚未出台“5G+工业互联网”专项政策文件，相关支持措施散见于"
            "《沧澜市数字经济发展“十四五”规划》等综合性文件中。",
            [],
            id="general-plan-named-beside-a-negation",
        ),
        pytest.param(
            "目前，我市正在研究制定《临川市“5G+工业互联网”发展行动方案》。",
            [],
            id="policy-being-drafted",
        ),
        pytest.param(
            "市工信局发布《临川市“5G+工业互联网”融合发展实施意见（征求意见稿）》。",
            [],
            id="draft-named-with-a-verb-of-issuing",
        ),
        pytest.param(
            "近日，《5G全连接工厂建设指南》正式发布；《临川市5G全连接工厂奖补办法》同期印发。",
            ["临川市5G全连接工厂奖补办法"],
            id="verb-after-the-title-only-for-the-applicants-own",
        ),
        pytest.param(
            "省工业和信息化厅印发《关于加快5G全连接工厂建设的通知》。",
            [],
            id="issued-by-the-province",
        ),
        pytest.param(
            "相关支持措施见于《临川市“5G+工业互联网”发展规划》等综合性文件。",
            [],
            id="general-document",
        ),
        pytest.param(
            "根据《“5G+工业互联网”融合应用先导区试点建设指南》和《临川市“5G+工业互联网”"
            "三年行动计划》，我市编制本方案。",
            ["临川市“5G+工业互联网”三年行动计划"],
            id="cited-applicant-plan-is-still-its-own",
        ),
        pytest.param(
            "市政府印发通知，要求贯彻落实《关于加快5G发展的实施意见》。",
            [],
            id="cited-after-a-verb-of-issuing",
        ),
        pytest.param(
            "我市已形成以《临川市“5G+工业互联网”融合发展行动计划》为引领的政策体系。",
            ["临川市“5G+工业互联网”融合发展行动计划"],
            id="applicant-plan-named-without-a-verb",
        ),
    ],
)
def test_policy_documents(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert _lists(tmp_path, text).get("policy_documents", []) == expected


def test_a_plans_own_title_is_not_its_policy(tmp_path: Path) -> None:
    text = (
        "临川市“5G+工业互联网”融合应用先导区建设行动方案\n\n"
        "一、总体要求\n\n"
        "市政府印发《临川市“5G+工业互联网”融合应用先导区建设行动方案》和"
        "《临川市工业互联网创新发展专项资金管理办法》。\n"
    )
    expected = ["临川市工业互联网创新发展专项资金管理办法"]
    assert _lists(tmp_path, text)["policy_documents"] == expected


def test_another_citys_policy_is_not_the_applicants(tmp_path: Path) -> None:
    text = (
        "临川市“5G+工业互联网”融合应用先导区试点工作方案\n\n"
        "临川市先后出台《临川市5G发展行动计划》。宁波市出台的《宁波市5G+工业互联网发展行动方案》"
        "为我市提供了借鉴。\n"
    )
    assert _lists(tmp_path, text)["policy_documents"] == ["临川市5G发展行动计划"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "至此，我市累计获得部级及以上相关称号4项，分别为：桐江经济技术开发区国家新型工业化产业示范基地"
            "（装备制造）、桐江市国家产融合作试点城市、万丰精密机械有限公司智能制造示范工厂、"
            "华澄电子股份有限公司工业互联网试点示范项目。",
            [
                "桐江经济技术开发区国家新型工业化产业示范基地(装备制造)",
                "桐江市国家产融合作试点城市",
                "万丰精密机械有限公司智能制造示范工厂",
                "华澄电子股份有限公司工业互联网试点示范项目",
            ],
            id="enumerated-titles-with-holders",
        ),
        pytest.param(
            "霁州市人民政府工作报告\n\n"
            "霁州获批国家产融合作试点城市，霁州智能装备集群入选国家先进制造业集群，"
            "沣城经济技术开发区成功创建国家新型工业化产业示范基地（工业互联网）。",
            [
                "国家产融合作试点城市",
                "霁州智能装备集群国家先进制造业集群",
                "国家新型工业化产业示范基地(工业互联网)",
            ],
            id="a-place-s-title-as-written-a-cluster-keeps-its-name",
        ),
        pytest.param(
            "临川鼎盛机械有限公司获评省级智能制造示范工厂，临川华光科技有限公司入选辽宁省服务型制造示范企业。",
            [],
            id="provincial-titles-rejected",
        ),
        pytest.param(
            "临川鼎盛机械有限公司获评国家级专精特新“小巨人”企业，"
            "临川华光科技有限公司入选国家级制造业单项冠军企业。",
            [],
            id="little-giants-and-single-champions-are-not-titles",
        ),
        pytest.param(
            "累计获得部级及以上相关称号8项，包括蓟川先进高分子材料集群国家先进制造业集群，"
            "以及智能制造示范工厂4个、工业互联网试点示范项目2个。",
            ["蓟川先进高分子材料集群国家先进制造业集群"],
            id="bare-counts-name-nothing",
        ),
        pytest.param(
            "全市获得部级及以上相关称号3项：国家产融合作试点城市、中小企业数字化转型试点城市，"
            "以及智能制造示范工厂等1家。",
            ["国家产融合作试点城市", "中小企业数字化转型试点城市"],
            id="bare-titles-of-a-list",
        ),
        pytest.param(
            "工业和信息化部近日公布2023年度智能制造示范工厂揭榜单位名单，"
            "我市将全力争创国家“5G+工业互联网”融合应用试点城市。",
            [],
            id="announcement-and-target-are-not-held-titles",
        ),
        pytest.param(
            "澧川纺织有限公司入选工业互联网试点示范项目。我市正在组织申报2025年智能制造示范工厂、"
            "服务型制造示范企业。",
            ["澧川纺织有限公司工业互联网试点示范项目"],
            id="titles-being-applied-for-are-not-held",
        ),
        pytest.param(
            "澧新高新技术产业开发区“5G+工业互联网”融合应用先导区培育方案\n"
            "澧新高新技术产业开发区是澧新市装备制造产业的主要承载区。澧新市先后获批国家产融合作"
            "试点城市、中小企业数字化转型试点城市。园区获批国家新型工业化产业示范基地（装备制造）。",
            ["国家新型工业化产业示范基地(装备制造)"],
            id="a-park-s-city-is-another-place",
        ),
        pytest.param(
            "澧川市申报材料\n部级及以上相关称号情况：\n国家新型工业化产业示范基地（装备制造）；\n"
            "澧川纺织有限公司智能制造示范工厂；\n国家产融合作试点城市。\n"
            "毗邻城市的经验如下：\n中小企业数字化转型试点城市，是工业和信息化部会同财政部等部门"
            "开展的试点，周边城市通过试点在金融支持制造业方面形成了经验，值得我市在下一步工作中学习借鉴"
            "并结合实际加以推广应用。",
            [
                "国家新型工业化产业示范基地(装备制造)",
                "澧川纺织有限公司智能制造示范工厂",
                "国家产融合作试点城市",
            ],
            id="lines-of-a-list-without-labels-under-its-caption",
        ),
    ],
)
def test_national_titles(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert _lists(tmp_path, text).get("national_titles", []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "8个项目入选工业和信息化部5G工厂名录，其中昭宁石化股份有限公司5G智慧炼化工厂、"
            "昭宁光伏科技有限公司5G智能光伏工厂2个项目入选2024年名录；"
            "昭宁重型机械集团有限公司“5G+远程设备操控”项目入选工业互联网试点示范（5G工厂方向）。",
            [
                "昭宁石化股份有限公司5G智慧炼化工厂",
                "昭宁光伏科技有限公司5G智能光伏工厂",
                "昭宁重型机械集团有限公司“5G+远程设备操控”项目",
            ],
            id="directory-and-pilot-projects",
        ),
        pytest.param(
            "工业和信息化部办公厅日前公布《2023年5G工厂名录》，澄州市2个项目成功入选。\n\n"
            "入选项目分别是：澄州钢铁集团有限公司5G+智慧炼钢工厂、澄州港务集团有限公司5G智慧港口。",
            ["澄州钢铁集团有限公司5G+智慧炼钢工厂", "澄州港务集团有限公司5G智慧港口"],
            id="list-named-in-the-paragraph-before",
        ),
        pytest.param(
            "临川鼎盛机械有限公司5G智能工厂拟入选2024年5G工厂名录。"
            "工业和信息化部公示了2024年5G工厂名录，我市临川华光科技有限公司5G数字化车间上榜。",
            [],
            id="announced-not-published",
        ),
        pytest.param(
            "临川鼎盛机械有限公司5G智能工厂入选国家5G工厂名录，"
            "临川华光科技有限公司5G工厂入选省级5G全连接工厂。",
            ["临川鼎盛机械有限公司5G智能工厂"],
            id="provincial-list-rejected-clause-by-clause",
        ),
        pytest.param(
            "全市共有6个项目入选2023年5G工厂名录，包括宁川钢铁集团有限公司5G智慧炼钢工厂等；"
            "另有宁川化工有限公司5G智慧园区项目已列入2024年5G工厂名录公示名单。",
            ["宁川钢铁集团有限公司5G智慧炼钢工厂"],
            id="announced-project-beside-listed-ones",
        ),
        pytest.param(
            "入选5G工厂名录的项目有：（1）临川鼎盛机械有限公司5G智能工厂；"
            "（2）临川华光科技有限公司5G数字化车间；（3）临川纺织有限公司5G智慧工厂。",
            [
                "临川鼎盛机械有限公司5G智能工厂",
                "临川华光科技有限公司5G数字化车间",
                "临川纺织有限公司5G智慧工厂",
            ],
            id="numbered-parts-of-one-sentence",
        ),
        pytest.param(
            "力争到2026年，临川鼎盛机械有限公司5G智能工厂入选5G工厂名录。",
            [],
            id="target-is-not-listed",
        ),
        pytest.param(
            "临川鼎盛机械有限公司5G智能工厂入选国家5G工厂名录，"
            "临川华光科技有限公司5G工厂入选湖南省5G工厂名单。",
            ["临川鼎盛机械有限公司5G智能工厂"],
            id="any-province-s-list-rejected",
        ),
    ],
)
def test_factories_5g(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert _lists(tmp_path, text).get("factories_5g", []) == expected


def test_another_citys_title_is_not_the_applicants(tmp_path: Path) -> None:
    text = (
        "柏川市人民政府工作报告\n\n"
        "柏川市获批国家产融合作试点城市，相邻的石屿市获批中小企业数字化转型试点城市。\n"
    )
    assert _lists(tmp_path, text)["national_titles"] == ["国家产融合作试点城市"]


def test_5g_factory_projects_never_count_as_national_titles(tmp_path: Path) -> None:
    text = (
        "2个项目入选工业互联网试点示范（5G工厂方向），分别为嘉屿海工装备有限公司5G全连接船舶总装工厂、"
        "嘉屿华纺科技股份有限公司5G智慧纺织工厂。"
    )
    text += "嘉屿重工有限公司智能车间入选工业互联网试点示范（5G工厂方向）。"
    lists = _lists(tmp_path, text)
    assert "national_titles" not in lists
    assert lists["factories_5g"] == [
        "嘉屿海工装备有限公司5G全连接船舶总装工厂",
        "嘉屿华纺科技股份有限公司5G智慧纺织工厂",
        "嘉屿重工有限公司智能车间",
    ]


def test_annex_items_take_their_list_from_the_caption(tmp_path: Path) -> None:
    text = (
        "附件1\n\n入选5G工厂名录及试点示范（5G工厂方向）项目清单\n\n"
        "1. 恒通新材料有限公司5G工厂项目\n\n2. 新锐重工有限公司5G智能工厂\n\n"
        "附件2\n\n部级及以上相关称号清单\n\n1. 国家产融合作试点城市\n\n"
        "2. 凯盛石化集团股份有限公司服务型制造示范企业\n\n"
        "3. 智能制造示范工厂（凯盛纺织有限公司）\n\n"
        "附件3\n\n专项政策文件清单\n\n1. 《临川市数字经济高质量发展扶持政策》\n"
    )
    lists = _lists(tmp_path, text)
    assert lists["factories_5g"] == ["恒通新材料有限公司5G工厂项目", "新锐重工有限公司5G智能工厂"]
    assert lists["national_titles"] == [
        "国家产融合作试点城市",
        "凯盛石化集团股份有限公司服务型制造示范企业",
        "智能制造示范工厂(凯盛纺织有限公司)",  # as written: the holder stays in its brackets
    ]
    assert lists["policy_documents"] == ["临川市数字经济高质量发展扶持政策"]


def test_an_item_named_twice_is_listed_once_at_its_first_mention(tmp_path: Path) -> None:
    text = (
        "同时，万丰精密机械有限公司获评智能制造示范工厂。\n\n"
        "我市称号分别为：华澄电子股份有限公司工业互联网试点示范项目、万丰精密机械有限公司智能制造示范工厂。"
    )
    found = find_lists(_document(tmp_path, text))["national_titles"]
    assert [item.name for item in found] == [
        "万丰精密机械有限公司智能制造示范工厂",
        "华澄电子股份有限公司工业互联网试点示范项目",
    ]


def test_evidence_span_points_at_the_item(tmp_path: Path) -> None:
    document = _document(
        tmp_path,
        "一、专项政策\n\n市政府办公室印发《蓟川市“5G+工业互联网”融合应用先导区建设\n"
        "行动方案》。\n\n入选5G工厂名录的项目有：蓟川钢铁有限公司5G智能工厂。",
    )
    found = find_lists(document)
    (policy,) = found["policy_documents"]
    (factory,) = found["factories_5g"]
    assert isinstance(policy, ListItem)
    span = policy.evidence.span
    # the title breaks over a line: the span covers the break, the name has none
    assert document.text[span.start : span.end].replace("\n", "") == policy.name
    assert policy.name == "蓟川市“5G+工业互联网”融合应用先导区建设行动方案"
    span = factory.evidence.span
    assert document.text[span.start : span.end] == "蓟川钢铁有限公司5G智能工厂"
    assert document.blocks[factory.evidence.block].span.start <= span.start
    assert factory.name in factory.evidence.quote


def test_predict_carries_the_lists_and_their_evidence_in_order(tmp_path: Path) -> None:
    text = "入选5G工厂名录的项目有：甲乙钢铁有限公司5G智能工厂、丙丁电子有限公司5G数字化车间。"
    document = _document(tmp_path, text)
    prediction = predict(document, "miit-2023")
    assert prediction.lists == {
        "factories_5g": ["甲乙钢铁有限公司5G智能工厂", "丙丁电子有限公司5G数字化车间"]
    }
    spans = [e.span for e in prediction.list_evidence["factories_5g"]]
    assert [document.text[s.start : s.end] for s in spans] == prediction.lists["factories_5g"]


def test_every_list_cue_and_title_family_is_run_for_its_examples() -> None:
    files = [policies(), items(), title_patterns(), factory_patterns()]
    declared = [value.id for f in files for value in dict(f).values() if isinstance(value, Cue)]
    families = [family.id for family in title_patterns().families]
    assert [cue.id for cue in every_cue()] == declared + families
    assert declared
    assert families


def test_the_longest_title_wording_wins_where_a_shorter_one_begins_it() -> None:
    matcher = title_matcher()
    longer = [(a, b) for a in matcher.wordings for b in matcher.wordings if a != b]
    longer = [(a, b) for a, b in longer if b.startswith(a)]
    assert longer  # the vocabulary has such wordings: 工业互联网试点示范, …项目, …项目(5G工厂方向)
    for _, wording in longer:
        found = matcher.pattern.match(wording)
        assert found is not None
        assert found.group(0) == wording


def test_a_name_nine_tenths_alike_is_the_same_name_as_the_scorer_counts_it() -> None:
    assert similar("澧川市工业互联网行动计划", "澧川市工业互联网行动方案") is False  # 20/24
    assert similar("澧川市5G工厂新办法", "澧川市5G工厂旧办法")  # 18/20: exactly 0.9
