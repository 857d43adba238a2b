"""Named lists as other writers state them: plans are no issued policies, time decides.

Sentences written for these tests (invented 澧川市) from the classes of error seen on text
written by others.
"""

from pathlib import Path

import docx
import pytest

from extractor.extract.lists import find_lists
from extractor.pipeline import parse_in_process
from extractor.settings import Limits
from tests.extract.phenomena import lists_of

SIGNED = "\n\n澧川市人民政府\n2024年9月20日"
POLICIES = [
    pytest.param(
        "《澧川市“5G+工业互联网”融合发展行动方案》已完成征求意见，拟于2024年10月底前印发。"
        + SIGNED,
        [],
        id="a-plan-after-the-title",
    ),
    pytest.param(
        "《澧川市新型基础设施建设“十四五”规划》已经市政府同意，由市政府办公室于2022年9月23日印发。"
        + SIGNED,
        ["澧川市新型基础设施建设“十四五”规划"],
        id="issued-in-a-later-clause",
    ),
    pytest.param(
        "《澧川市新型基础设施建设“十四五”规划》已经市政府同意，拟于2024年底前印发。" + SIGNED,
        [],
        id="planned-in-a-later-clause",
    ),
    pytest.param(
        "《澧川市新型基础设施建设“十四五”规划》明确了方向，各县区认真对照落实。" + SIGNED,
        [],
        id="cited-in-a-later-clause",
    ),
    pytest.param(
        "《澧川市新型基础设施建设“十四五”规划》明确了方向，市政府随后印发《澧川市5G基站建设管理办法》。"
        + SIGNED,
        ["澧川市5G基站建设管理办法"],
        id="a-later-verb-issues-the-next-title",
    ),
    pytest.param(
        "在已出台政策基础上，同步研究出台《澧川市5G工厂培育办法》。" + SIGNED,
        [],
        id="research-to-issue-is-a-plan",
    ),
    pytest.param(
        "我市率先研究制定了《澧川市工业互联网创新发展行动计划》，明确了发展目标。" + SIGNED,
        ["澧川市工业互联网创新发展行动计划"],
        id="research-done-is-issued",
    ),
    pytest.param(
        "2022年，市委、市政府研究出台《关于加快澧川市5G产业发展的实施意见》。" + SIGNED,
        ["关于加快澧川市5G产业发展的实施意见"],
        id="research-dated-before-the-document-is-issued",
    ),
    pytest.param(
        "此前出台的《澧川市促进5G创新发展行动计划》与之前印发的《澧川市工业互联网专项资金管理办法》"
        "构成政策体系。" + SIGNED,
        ["澧川市促进5G创新发展行动计划", "澧川市工业互联网专项资金管理办法"],
        id="issued-before-now-is-no-deadline",
    ),
    pytest.param(
        "6月23日，市政府《关于加快推进5G网络建设和行业应用的实施意见》明确了全年目标；"
        "省政府《关于推进工业互联网发展的意见》同时实施。" + SIGNED,
        ["关于加快推进5G网络建设和行业应用的实施意见"],
        id="the-city-government-s-document-without-a-verb",
    ),
    pytest.param(
        "2024年，研究出台《澧川市5G工厂培育办法》。" + SIGNED,
        [],
        id="research-dated-in-the-document-year-is-a-plan",
    ),
    pytest.param(
        "2025年一季度印发《澧川市“5G+工业互联网”融合发展行动方案》。" + SIGNED,
        [],
        id="issued-after-the-document-date",
    ),
    pytest.param(
        "2024年3月，市政府下发《澧川市“5G+工业互联网”融合发展行动方案》。" + SIGNED,
        ["澧川市“5G+工业互联网”融合发展行动方案"],
        id="issued-before-the-document-date-and-xiafa-issues",
    ),
    pytest.param(
        "我市先后印发《澧川市5G工厂建设三年行动计划》《澧川市工业互联网专项资金管理办法》等专项"
        "政策文件，制定本计划。" + SIGNED,
        ["澧川市5G工厂建设三年行动计划", "澧川市工业互联网专项资金管理办法"],
        id="plan-inside-a-title-or-as-a-noun-is-no-plan",
    ),
    pytest.param(
        "市工信局印发了《澧川市第二批5G建设重要场所清单》《澧川市通信基站共建共享标准》和"
        "《澧川市5G基站建设管理办法》。" + SIGNED,
        ["澧川市5G基站建设管理办法"],
        id="a-list-or-a-standard-is-no-policy",
    ),
    pytest.param(
        "澧川市人民政府办公室关于印发澧川市新型基础设施建设三年行动方案(2024—2026年)的通知\n"
        "发布日期：2024-03-19\n各县（区）人民政府：现将方案印发给你们，请认真贯彻执行。",
        ["澧川市新型基础设施建设三年行动方案(2024—2026年)"],
        id="a-notice-issuing-a-document-as-the-own-title",
    ),
    pytest.param(
        "澄江省人民政府办公厅关于印发加快5G发展行动方案的通知\n发布日期：2024-03-19\n"
        "各市人民政府：现将方案印发给你们。",
        [],
        id="a-province-s-notice-issues-no-document-of-the-applicant",
    ),
    pytest.param(
        "澧川市人民政府关于加快推进5G发展的实施意见\n发布日期:2024-02-03 16:02 来源:澧川市人民政府"
        "\n各区人民政府：为加快5G发展，提出如下意见。",
        ["澧川市人民政府关于加快推进5G发展的实施意见"],
        id="a-published-document-s-own-page",
    ),
    pytest.param(
        "澧川市出台5G发展实施方案\n发布日期:2024-02-03 来源:澧川日报\n近日，市政府出台方案。",
        [],
        id="a-news-headline-is-no-document",
    ),
    pytest.param(
        "澧川市“5G+工业互联网”融合应用先导区试点工作方案\n一、总体要求\n全市5G基站1.2万个。",
        [],
        id="an-application-s-own-plan-is-not-listed",
    ),
    pytest.param(
        "时间：2024-06-18\n市政府出台全省首个《澧川市工业互联网发展促进条例》。",
        ["澧川市工业互联网发展促进条例"],
        id="the-first-in-the-province-is-still-the-applicant-s-own",
    ),
    pytest.param(
        "时间：2024-06-18\n近年来，湖南出台了《加快第五代移动通信产业发展的若干政策》等政策文件；"
        "市政府印发《关于加快推动第五代移动通信发展的实施意见》；市统计局发布"
        "《关于2023年澧川市主要人口数据的公告》。",
        ["关于加快推动第五代移动通信发展的实施意见"],
        id="5g-by-its-full-name-a-province-by-its-bare-name-and-a-bulletin",
    ),
    pytest.param(
        "时间：2024-06-18\n《2024年澧川市工业互联网创新发展工作要点》将任务分解为6方面17条举措；"
        "《2024年全省工业互联网工作要点》另有部署。",
        ["2024年澧川市工业互联网创新发展工作要点"],
        id="a-yearly-document-of-the-city-named-without-a-verb-opens-with-its-year",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POLICIES)
def test_policy_documents(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert lists_of(tmp_path, text).get("policy_documents", []) == expected


TABLES = [
    pytest.param(
        "附件2 部级及以上相关称号清单\n序号\t企业名称\t称号\t认定部门\t年份\n"
        "1\t澧川重工集团有限公司\t智能制造示范工厂\t工业和信息化部\t2023\n"
        "2\t澧川电子股份有限公司\t国家级工业设计中心\t工业和信息化部\t2022\n",
        "national_titles",
        ["澧川重工集团有限公司智能制造示范工厂", "澧川电子股份有限公司国家级工业设计中心"],
        id="a-title-table-holder-then-title",
    ),
    pytest.param(
        "附件2 部级及以上相关称号清单\n序号\t称号（主体）\t认定部门\n"
        "1\t国家产融合作试点城市（澧川市）\t工业和信息化部等五部门\n"
        "2\t国家绿色工业园区（澧川经济技术开发区）\t工业和信息化部\n"
        "3\t绿色工厂（澧川纺织有限公司）\t工业和信息化部\n",
        "national_titles",
        [
            "国家产融合作试点城市(澧川市)",
            "国家绿色工业园区(澧川经济技术开发区)",
            "绿色工厂(澧川纺织有限公司)",
        ],
        id="a-title-with-its-holder-in-brackets-as-written",
    ),
    pytest.param(
        "澧川市部级及以上相关称号情况\n序号\t称号类别\t称号名称\t获得单位\t年份\n"
        "1\t国家级示范基地\t国家新型工业化产业示范基地(装备制造)\t澧川市\t2019\n"
        "2\t城市类\t中小企业数字化转型试点城市\t澧川市\t2024\n",
        "national_titles",
        ["国家新型工业化产业示范基地(装备制造)", "中小企业数字化转型试点城市"],
        id="a-title-alone-in-its-cell-after-a-category-cell",
    ),
    pytest.param(
        "澧川市部级及以上相关称号\n序号\t称号名称\t获得单位\t状态\n"
        "1\t工业互联网试点示范项目\t澧川精密电子有限公司\t已获批(2021年)\n"
        "2\t工业互联网试点示范项目\t澧川汽车零部件有限公司\t已获批(2022年)\n"
        "3\t智能制造示范工厂揭榜单位\t澧川材料有限公司\t公示中(2024年)\n",
        "national_titles",
        ["工业互联网试点示范项目", "工业互联网试点示范项目"],
        id="one-title-in-two-rows-is-two-and-a-row-in-publicity-none",
    ),
    pytest.param(
        "表1 澧川市入选5G工厂名录项目\n序号\t企业名称\t项目名称\t入选类别\n"
        "1\t澧川重工集团有限公司\t工程机械5G全连接工厂\t2023年5G工厂名录\n"
        "2\t澧川化纤集团有限公司\t澧川化纤5G+智能纺丝工厂\t2024年5G工厂名录\n"
        "3\t澧川綦江齿轮有限公司\t澧水变速器5G工厂\t2024年5G工厂名录\n",
        "factories_5g",
        ["工程机械5G全连接工厂", "澧川化纤5G+智能纺丝工厂", "澧水变速器5G工厂"],
        id="a-factory-table-s-entry-is-its-project-cell-as-written",
    ),
]


@pytest.mark.parametrize(("text", "key", "expected"), TABLES)
def test_items_in_table_rows(tmp_path: Path, text: str, key: str, expected: list[str]) -> None:
    assert lists_of(tmp_path, text).get(key, []) == expected


def test_a_title_wrapping_a_5g_factory_is_both(tmp_path: Path) -> None:
    text = (
        "全市获得部级及以上相关称号5项，主要包括：工业互联网试点示范项目（澧川重工集团有限公司"
        "5G全连接工厂）、智能制造示范工厂（澧川电子股份有限公司）。"
    )
    lists = lists_of(tmp_path, text)
    assert lists["national_titles"] == [
        "工业互联网试点示范项目(澧川重工集团有限公司5G全连接工厂)",
        "智能制造示范工厂(澧川电子股份有限公司)",
    ]


def test_a_bare_title_gives_way_to_the_same_title_with_its_holder(tmp_path: Path) -> None:
    text = (
        "全市先后获批国家产融合作试点城市等称号。\n\n附表 称号清单\n序号\t称号\t部门\n"
        "1\t国家产融合作试点城市（澧川市）\t工业和信息化部\n"
    )
    assert lists_of(tmp_path, text)["national_titles"] == ["国家产融合作试点城市(澧川市)"]


def test_a_table_nested_in_a_form_cell_takes_the_sentence_pointing_to_it(tmp_path: Path) -> None:
    document = docx.Document()
    form = document.add_table(rows=1, cols=2)
    form.cell(0, 0).text = "不可偏离条件说明"
    cell = form.cell(0, 1)
    cell.text = "2023年，全市2个项目入选工业和信息化部5G工厂名录，详见下表。"
    nested = cell.add_table(rows=3, cols=2)
    for row, (number, name) in enumerate(
        [
            ("序号", "项目名称"),
            ("1", "澧川重工集团有限公司5G全连接工厂"),
            ("2", "澧川电子股份有限公司5G数字化车间"),
        ]
    ):
        nested.cell(row, 0).text, nested.cell(row, 1).text = number, name
    cell.add_paragraph("另有12家企业获评省级5G全连接工厂。")
    path = tmp_path / "form.docx"
    document.save(str(path))
    found = find_lists(parse_in_process(path, Limits(ocr=False)))
    assert [item.name for item in found["factories_5g"]] == [
        "澧川重工集团有限公司5G全连接工厂",
        "澧川电子股份有限公司5G数字化车间",
    ]


def test_a_list_s_wording_holds_through_its_items(tmp_path: Path) -> None:
    text = (
        "截至2024年8月，我市共有2个项目入选工业互联网试点示范（5G工厂方向），6个项目入选5G工厂名录，"
        "具体\n如下：\n"
        "（1）澧川钢铁联合有限责任公司“5G+智慧钢厂”全连接工厂（2022年工业互联网试点示范，"
        "5G全连接工厂方向）；\n"
        "（2）澧川化工股份有限公司5G智能化工工厂；\n（3）澧川港集团股份有限公司5G智慧港口。"
    )
    assert lists_of(tmp_path, text)["factories_5g"] == [
        "澧川钢铁联合有限责任公司“5G+智慧钢厂”全连接工厂",
        "澧川化工股份有限公司5G智能化工工厂",
        "澧川港集团股份有限公司5G智慧港口",
    ]


HOLDERS = [
    pytest.param(
        "日前，澧川高新区获评国家级绿色工业园区。",
        ["国家级绿色工业园区"],
        id="a-park-winning-a-title-lists-the-title",
    ),
    pytest.param(
        "澧川装备制造产业园区获评国家绿色园区。",
        ["国家绿色园区"],
        id="the-title-as-written-keeps-its-guojia",
    ),
    pytest.param(
        "澧川市成为全省唯一入选国家产融合作试点城市。",
        ["国家产融合作试点城市"],
        id="the-holder-ends-at-the-first-verb",
    ),
    pytest.param(
        "澧川市成功入选全国首批10个“5G+工业互联网”融合应用试点城市。",
        ["“5G+工业互联网”融合应用试点城市"],
        id="a-batch-counted-between-the-verb-and-the-title",
    ),
    pytest.param(
        "澧川市工业基础扎实，上述基础让其成功入选国家产融合作试点城市。",
        ["国家产融合作试点城市"],
        id="the-passage-s-subject-named-by-a-pronoun",
    ),
    pytest.param(
        "澧川光电产业园成功获批工信部“2023年度中小企业特色产业集群”称号。",
        ["2023年度中小企业特色产业集群"],
        id="a-title-in-quotes-with-its-year",
    ),
    pytest.param(
        "2023年，澧川市获批“国家产融合作试点城市”，产业基础进一步夯实。",
        ["国家产融合作试点城市"],
        id="a-title-in-quotes-closed-by-a-comma",
    ),
    pytest.param(
        "澧川经开区获评工信部四星级国家新型工业化产业示范基地、全省五星级产业集群。",
        ["四星级国家新型工业化产业示范基地"],
        id="a-grade-before-a-title-is-part-of-it",
    ),
    pytest.param(
        "澧川钛合金产业入选国家中小企业特色产业集群。",
        ["国家中小企业特色产业集群"],
        id="a-sector-winning-a-title-lists-the-title",
    ),
    pytest.param(
        "我区新材料产业集群跻身国家级中小企业特色产业集群，澧川智能装备集群入选国家先进制造业集群。",
        ["国家级中小企业特色产业集群", "澧川智能装备集群国家先进制造业集群"],
        id="a-sector-s-cluster-lists-the-title-a-named-cluster-keeps-its-name",
    ),
    pytest.param(
        "澧川市工业基础扎实，澧川钛合金产业集群入选国家先进制造业集群。",
        ["澧川钛合金产业集群国家先进制造业集群"],
        id="a-sector-s-cluster-named-with-the-applicant-s-place-keeps-its-name",
    ),
    pytest.param(
        "（二）国家级称号（企业类）\n1．澧川印染股份有限公司：2022年度智能制造示范工厂揭榜单位\n"
        "2．澧川五金机械有限公司：2023年智能制造优秀场景",
        ["2022年度智能制造示范工厂揭榜单位", "2023年智能制造优秀场景"],
        id="an-enterprise-s-name-before-a-colon-opens-no-list-of-another-s",
    ),
    pytest.param(
        "澧川重工集团有限公司获评国家级工业设计中心。",
        ["澧川重工集团有限公司国家级工业设计中心"],
        id="an-enterprise-keeps-its-name",
    ),
    pytest.param(
        "全市部级称号包括澧川经济技术开发区国家新型工业化产业示范基地（装备制造）等。",
        ["澧川经济技术开发区国家新型工业化产业示范基地(装备制造)"],
        id="a-place-written-with-its-title-stays",
    ),
    pytest.param(
        "澧川经济开发区获评澄州市绿色工业园区。",
        [],
        id="a-city-s-title-is-not-a-ministry-s",
    ),
    pytest.param(
        "澧川陶瓷研究院获批国家先进陶瓷技术创新中心，澧川动力电池研究院获批国家动力电池创新中心。",
        ["澧川动力电池研究院国家动力电池创新中心"],
        id="a-technology-innovation-centre-is-another-ministry-s",
    ),
    pytest.param(
        "澧川经开区先后获批国家新型工业化(装备制造)产业示范基地。",
        ["国家新型工业化(装备制造)产业示范基地"],
        id="a-field-in-brackets-inside-the-title",
    ),
    pytest.param(
        "附件2  部级及以上称号清单\n\n[1] - 国家级绿色工厂（澧川石材有限公司）\n"
        "[2] - 服务型制造示范企业（澧川医药有限公司）\n",
        ["国家级绿色工厂(澧川石材有限公司)", "服务型制造示范企业(澧川医药有限公司)"],
        id="a-list-pasted-with-bracketed-numbers",
    ),
    pytest.param(
        "工信部公布第五批绿色制造名单，我市共有三家企业入选绿色工厂，分别是澧川纺织科技有限公司、"
        "澄江新材料股份有限公司和澧川钢铁集团，占全省总数的三成。",
        ["澧川纺织科技有限公司", "澄江新材料股份有限公司", "澧川钢铁集团"],
        id="enterprises-named-after-the-title-they-won",
    ),
    pytest.param(
        "我市2家企业入选国家级工业设计中心，分别为澧川重工和澄江精密。",
        ["澧川重工", "澄江精密"],
        id="short-names-under-a-count-of-enterprises",
    ),
    pytest.param(
        "我市3家企业入选省级绿色工厂，分别是澧川纺织科技有限公司、澄江新材料股份有限公司、"
        "澧川钢铁集团。工信部公示2024年度绿色工厂名单，拟入选企业分别是澧川电子有限公司。",
        [],
        id="a-province-s-title-or-a-list-on-show-names-no-holder",
    ),
    pytest.param(
        "近日，工信部印发《关于公布第六批国家级工业设计中心名单的通告》，全国新认定113家工业设计"
        "中心，其中澧川市3家企业，分别为澧川重工股份有限公司、澄江精密和澧川光电科技有限公司。",
        ["澧川重工股份有限公司", "澄江精密", "澧川光电科技有限公司"],
        id="a-published-list-then-the-applicant-s-count-and-names",
    ),
    pytest.param(
        "工信部近日公布2023年度智能制造示范工厂揭榜单位名单。\n\n"
        "此次获批的2个项目分别是澧川重工股份有限公司的大型铸件智能工厂新模式应用与推广、"
        "澄江研究所的锂电材料数字化车间。在众多参与者中，我市澧川乳业智能制造示范工厂成功入选。",
        [
            "澧川重工股份有限公司的大型铸件智能工厂新模式应用与推广",
            "澄江研究所的锂电材料数字化车间",
            "澧川乳业智能制造示范工厂",
        ],
        id="a-published-list-then-projects-in-the-next-paragraph",
    ),
    pytest.param(
        "澧川市工业和信息化局工作动态\n\n"
        "工信部公布第六批国家级工业设计中心名单，其中江州市3家企业，分别为江州重工股份有限公司、"
        "江州精密和江州光电科技有限公司。\n\n工信部公布2024年度绿色工厂名单。\n\n"
        "今年以来全市新上项目120个。\n\n澧川纺织科技有限公司和澄江新材料股份有限公司成功入选。",
        [],
        id="a-published-list-names-no-holder-of-another-place-or-far-away",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLDERS)
def test_title_holders(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert lists_of(tmp_path, text).get("national_titles", []) == expected


def test_a_title_among_a_count_of_titles_is_named(tmp_path: Path) -> None:
    text = "澧川经开先后获批国家新型工业化产业示范基地等10余项国家级称号，智能制造示范工厂等3家。"
    assert lists_of(tmp_path, text)["national_titles"] == ["国家新型工业化产业示范基地"]


def test_kinds_of_title_counted_are_not_named(tmp_path: Path) -> None:
    text = (
        "澧川市入选全国制造业新型技术改造城市试点。截至2024年底，全市创建的绿色供应链管理企业、"
        "绿色工业园区、绿色工厂数量分别居全省第一、第二和第三。"
    )
    assert lists_of(tmp_path, text)["national_titles"] == ["制造业新型技术改造城市试点"]


def test_who_approved_a_title_and_when_is_a_note_not_its_name(tmp_path: Path) -> None:
    text = (
        "截至2024年8月，我市共获得部级及以上相关称号3项，具体为：\n"
        "1. 国家新型工业化产业示范基地（装备制造）（工业和信息化部，2019年）\n"
        "2. 国家产融合作试点城市（工业和信息化部等五部门，2021年）\n"
        "3. 澧川纺织科技有限公司服务型制造示范企业（财政部、工业和信息化部）\n"
    )
    assert lists_of(tmp_path, text)["national_titles"] == [
        "国家新型工业化产业示范基地(装备制造)",
        "国家产融合作试点城市",
        "澧川纺织科技有限公司服务型制造示范企业",
    ]


def test_an_enterprise_s_project_in_quotes_holds_the_title_after_it(tmp_path: Path) -> None:
    text = (
        "部级及以上相关称号情况：\n"
        "1. 澧川重工有限公司“5G+海工装备协同制造”工业互联网试点示范项目\n"
        "2. 澧川铝业有限公司“铝材质量追溯”智能制造优秀场景\n"
        "3. 新增2个项目入选智能制造优秀场景\n"
    )
    assert lists_of(tmp_path, text)["national_titles"] == [
        "澧川重工有限公司“5G+海工装备协同制造”工业互联网试点示范项目",
        "澧川铝业有限公司“铝材质量追溯”智能制造优秀场景",
    ]


@pytest.mark.parametrize(
    ("announcement", "expected"),
    [
        pytest.param(
            "近日，工业和信息化部正式发布2023年5G工厂名录，全国共有300个项目入选。记者获悉，"
            "我市共有2家工厂榜上有名。",
            ["澧川特钢有限公司5G全连接特钢工厂", "澧川纺织股份有限公司5G智慧纺纱工厂"],
            id="the-list-named-in-the-paragraph-before",
        ),
        pytest.param(
            "近日，工业和信息化部公示2023年5G工厂名录，全国共有300个项目拟入选。记者获悉，"
            "我市共有2家工厂榜上有名。",
            [],
            id="a-list-on-show-in-the-paragraph-before-lists-none",
        ),
    ],
)
def test_a_listing_paragraph_takes_the_list_named_before_it(
    tmp_path: Path, announcement: str, expected: list[str]
) -> None:
    text = (
        announcement + "\n\n入选的2家工厂分别是：澧川特钢有限公司5G全连接特钢工厂、"
        "澧川纺织股份有限公司5G智慧纺纱工厂。"
    )
    assert lists_of(tmp_path, text).get("factories_5g", []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "截至2023年底，全市共有3个项目入选工业和信息化部5G工厂名录。澧川特钢有限公司5G全连接"
            "特钢工厂、澧川纺织股份有限公司5G智慧纺纱工厂等项目位列其中。",
            ["澧川特钢有限公司5G全连接特钢工厂", "澧川纺织股份有限公司5G智慧纺纱工厂"],
            id="named-before-words-placing-them-on-the-list-named-before",
        ),
        pytest.param(
            "工业和信息化部发布2023年5G工厂名录，我市澧川钨业制品有限公司5G钨制品工厂等6个项目上榜。",
            ["澧川钨业制品有限公司5G钨制品工厂"],
            id="the-count-and-verb-after-the-last-name-are-not-its-name",
        ),
        pytest.param(
            "在工业和信息化部发布的5G工厂名录中，2022年入选的项目为澧川食品机械有限公司5G食品装备"
            "车间；2023年入选的项目为澧川重型机械股份有限公司5G矿山装备工厂。",
            ["澧川食品机械有限公司5G食品装备车间", "澧川重型机械股份有限公司5G矿山装备工厂"],
            id="the-intake-opening-each-clause-is-not-part-of-its-name",
        ),
    ],
)
def test_news_wording_places_named_factories_on_the_list(
    tmp_path: Path, text: str, expected: list[str]
) -> None:
    assert lists_of(tmp_path, text).get("factories_5g", []) == expected


def test_two_titles_joined_by_and_are_two_and_a_pairing_names_no_holder(tmp_path: Path) -> None:
    text = (
        "2021年，我市获批国家产融合作试点城市和澧川重工有限公司“5G+矿山装备远程运维”工业互联网"
        "试点示范项目。另外，澧川药辅和澧川新材的真石漆还分别获评国家级绿色工厂和绿色产品称号。"
    )
    assert lists_of(tmp_path, text)["national_titles"] == [
        "国家产融合作试点城市",
        "澧川重工有限公司“5G+矿山装备远程运维”工业互联网试点示范项目",
    ]


def test_two_factories_joined_by_and_are_two_a_project_with_and_in_it_is_one(
    tmp_path: Path,
) -> None:
    text = (
        "澧川重工股份有限公司5G智能工厂和澧川化纤有限公司5G全连接工厂入选2023年5G工厂名录。"
        "澧川机床有限公司5G+研发与制造一体化工厂入选2024年5G工厂名录。"
    )
    assert lists_of(tmp_path, text)["factories_5g"] == [
        "澧川重工股份有限公司5G智能工厂",
        "澧川化纤有限公司5G全连接工厂",
        "澧川机床有限公司5G+研发与制造一体化工厂",
    ]


def test_a_note_in_brackets_cut_by_its_comma_is_not_part_of_a_factory(tmp_path: Path) -> None:
    text = (
        "我市共有2个项目入选5G工厂名录，分别为澧川港晟智能装备有限公司5G全连接港口装备工厂、"
        "澧川石化机械有限公司5G石化装备工厂（均为2023年入选，详见附表4）。"
    )
    assert lists_of(tmp_path, text)["factories_5g"] == [
        "澧川港晟智能装备有限公司5G全连接港口装备工厂",
        "澧川石化机械有限公司5G石化装备工厂",
    ]


def test_items_labelled_inside_one_line_are_each_judged_by_their_own_words(
    tmp_path: Path,
) -> None:
    text = (
        "部级及以上相关称号情况：(1)澧川钢铁有限公司“5G+智慧炼铁”项目入选2021年工业互联网试点"
        "示范项目(2)澧川轨道装备有限公司5G全连接轮轴工厂入选2023年工业互联网试点示范(5G工厂"
        "方向) (3)澧川数控机床有限公司5G数控机床工厂入选2023年5G工厂名录(4)国家产融合作试点城市"
    )
    assert lists_of(tmp_path, text)["factories_5g"] == [
        "澧川轨道装备有限公司5G全连接轮轴工厂",
        "澧川数控机床有限公司5G数控机床工厂",
    ]


def test_factories_enumerated_inside_a_note_in_brackets_are_items(tmp_path: Path) -> None:
    text = (
        "截至目前，我市共有2个项目入选5G工厂名录（澧川精工有限公司5G精密轴承工厂、澧川电池有限"
        "公司5G电芯数字化车间，均为2023年入选），暂无项目入选工业互联网试点示范（5G工厂方向）。"
    )
    assert lists_of(tmp_path, text)["factories_5g"] == [
        "澧川精工有限公司5G精密轴承工厂",
        "澧川电池有限公司5G电芯数字化车间",
    ]


def test_a_statement_about_an_enterprise_is_no_factory_s_name(tmp_path: Path) -> None:
    text = (
        "5G工厂名录入选情况：澧川特钢有限公司5G全连接特钢工厂入选2023年5G工厂名录。"
        "澧川汽车有限公司已带动周边42家协作企业实施5G改造，澧川橡塑股份有限公司依托5G+机器"
        "视觉实现焊缝在线检测，澧川新能源汽车有限公司等企业按照5G工厂名录标准改造产线，"
        "重点完成标杆工厂认定和5G工厂名录申报。\n\n"
        "[1] - 实施“百厂千景”工程。分行业编制场景清单。"
    )
    assert lists_of(tmp_path, text)["factories_5g"] == ["澧川特钢有限公司5G全连接特钢工厂"]


def test_a_year_written_before_a_title_is_kept_a_batch_in_brackets_is_not(tmp_path: Path) -> None:
    text = (
        "2023年，澧川市入选2024年“5G+工业互联网”融合应用试点城市。部级及以上相关称号：\n"
        "1. 2022年工业互联网试点示范项目（澧川重工有限公司）\n"
        "2. 中小企业数字化转型试点城市（第二批）\n"
    )
    assert lists_of(tmp_path, text)["national_titles"] == [
        "2024年“5G+工业互联网”融合应用试点城市",
        "2022年工业互联网试点示范项目(澧川重工有限公司)",
        "中小企业数字化转型试点城市",
    ]


def test_items_run_on_after_semicolons_keep_their_batch_or_year_as_written(tmp_path: Path) -> None:
    text = (
        "近年来，我市获得部级及以上相关称号共计5项，主要包括：国家产融合作试点城市（2021年）；"
        "第九批国家新型工业化产业示范基地（纺织服装）；澧川钢联重工机械有限公司“5G+智慧炼钢”项目"
        "（工业互联网试点示范，2021年）；智能制造示范工厂（澧川矿山机械有限公司）"
        "（工业和信息化部等四部门，2021年）；2023年度智能制造优秀场景（澧川重工机械有限公司，"
        "原料场智能理货）。"
    )
    found = lists_of(tmp_path, text)
    assert found["national_titles"] == [
        "国家产融合作试点城市",
        "第九批国家新型工业化产业示范基地(纺织服装)",
        "澧川钢联重工机械有限公司“5G+智慧炼钢”项目",
        "智能制造示范工厂(澧川矿山机械有限公司)",
        "2023年度智能制造优秀场景(澧川重工机械有限公司，原料场智能理货)",
    ]
    assert "factories_5g" not in found


def test_the_first_of_items_written_as_parts_is_an_item_too(tmp_path: Path) -> None:
    text = (
        "国家新型工业化产业示范基地（芳烃及精细化工）；澧川铝材有限公司“5G+铝型材智能挤压”项目"
        "（2022年工业互联网试点示范项目）；澧川矿业有限公司智能制造优秀场景（2022年）。"
    )
    assert lists_of(tmp_path, text)["national_titles"] == [
        "国家新型工业化产业示范基地(芳烃及精细化工)",
        "澧川铝材有限公司“5G+铝型材智能挤压”项目",
        "澧川矿业有限公司智能制造优秀场景",
    ]


def test_a_title_holding_its_maker_in_brackets_is_no_5g_factory(tmp_path: Path) -> None:
    text = (
        "我市共有2个项目入选5G工厂名录。获评称号如下：智能制造示范工厂（澧川矿山机械有限公司）"
        "（工业和信息化部等四部门，2021年）。"
    )
    assert "factories_5g" not in lists_of(tmp_path, text)


def test_a_title_labelling_the_named_project_that_won_it_gives_the_project(tmp_path: Path) -> None:
    text = (
        "我市现有部级及以上相关称号4项：\n"
        "6、跨行业跨领域工业互联网平台：澧川智造科技有限公司“澧智云”工业互联网平台\n"
        "7、2022年工业互联网试点示范项目：澧川家电有限公司“5G+家电柔性总装”项目\n"
        "8、2020年工业互联网试点示范项目——澧川鞋业有限公司“5G+柔性鞋服定制”项目\n"
        "9、国家产融合作试点城市\n"
    )
    assert lists_of(tmp_path, text)["national_titles"] == [
        "澧川智造科技有限公司“澧智云”工业互联网平台",
        "澧川家电有限公司“5G+家电柔性总装”项目",
        "澧川鞋业有限公司“5G+柔性鞋服定制”项目",
        "国家产融合作试点城市",
    ]


def test_named_projects_before_the_title_they_won_are_each_an_entry(tmp_path: Path) -> None:
    text = (
        "我市累计拥有部级及以上相关称号23项。其中，澧川智能装备有限公司“5G+柔性产线”项目、澧川新材料"
        "科技有限公司“锂电极片质量追溯系统”项目入选工业互联网试点示范项目。\n"
        "我市现有部级及以上相关称号3项，具体为：（1）国家新型工业化产业示范基地（稀土新材料），2019年"
        "获批；（2）澧川重型机械有限公司“5G+重型装备远程运维”项目，入选2022年工业互联网试点示范项目；"
        "（3）澧川永磁材料有限公司，获评2023年度智能制造示范工厂揭榜单位。\n"
    )
    assert lists_of(tmp_path, text)["national_titles"] == [
        "澧川智能装备有限公司“5G+柔性产线”项目",
        "澧川新材料科技有限公司“锂电极片质量追溯系统”项目",
        "国家新型工业化产业示范基地(稀土新材料)",
        "澧川重型机械有限公司“5G+重型装备远程运维”项目",
        "2023年度智能制造示范工厂揭榜单位",
    ]


def test_a_named_project_holding_a_title_is_the_entry(tmp_path: Path) -> None:
    text = (
        "部级及以上相关称号：一是澧川瑞驰车桥有限公司“5G+车桥智能制造”项目入选2022年工业互联网试点"
        "示范项目；二是澧川太子河铝材有限公司“5G+铝型材智能挤压”项目（2022年工业互联网试点示范"
        "项目）；三是澧川重工有限公司“5G+智慧钢厂”全连接工厂（2022年工业互联网试点示范，5G全连接"
        "工厂方向）。"
    )
    assert lists_of(tmp_path, text)["national_titles"] == [
        "澧川瑞驰车桥有限公司“5G+车桥智能制造”项目",
        "澧川太子河铝材有限公司“5G+铝型材智能挤压”项目",
    ]


def test_a_factory_s_date_of_entry_and_a_provincial_recommendation(tmp_path: Path) -> None:
    text = (
        "5G工厂情况：澧川机器人科技有限公司“5G+机器人柔性装配全连接工厂”项目已于2022年入选5G工厂名录；"
        "澧川菱镁新材料股份有限公司5G菱镁工厂项目已通过省级推荐参评5G工厂名录。"
    )
    assert lists_of(tmp_path, text)["factories_5g"] == [
        "澧川机器人科技有限公司“5G+机器人柔性装配全连接工厂”项目"
    ]


def test_the_parts_after_an_opening_are_its_items_and_no_others(tmp_path: Path) -> None:
    text = (
        "我市共有3个项目入选5G工厂名录（均为2023年名录），分别为：澧川重型机械有限公司5G重型装备工厂；"
        "澧川永磁材料有限公司5G永磁材料工厂；澧川铝业有限公司5G电解铝工厂。"
        "全市2个项目入选5G工厂名录；澧川乳品加工有限公司5G乳品工厂正在建设。"
    )
    assert lists_of(tmp_path, text)["factories_5g"] == [
        "澧川重型机械有限公司5G重型装备工厂",
        "澧川永磁材料有限公司5G永磁材料工厂",
        "澧川铝业有限公司5G电解铝工厂",
    ]


def test_circled_numbers_label_the_items_of_a_word_cell(tmp_path: Path) -> None:
    text = (
        "部级及以上相关称号情况\n①国家新型工业化产业示范基地（不锈钢）\n②2021年工业互联网试点示范项目"
        "（澧川重型机械有限公司）\n③国家产融合作试点城市（2021年）"
    )
    assert lists_of(tmp_path, text)["national_titles"] == [
        "国家新型工业化产业示范基地(不锈钢)",
        "2021年工业互联网试点示范项目(澧川重型机械有限公司)",
        "国家产融合作试点城市",
    ]


def test_the_next_item_s_label_is_no_field_of_a_title(tmp_path: Path) -> None:
    text = (
        "部级及以上相关称号：(1)国家新型工业化产业示范基地（钢铁）(2)澧川钢铁股份有限公司“5G+智慧炼铁”"
        "项目（2022年工业互联网试点示范项目）"
    )
    assert lists_of(tmp_path, text)["national_titles"] == [
        "国家新型工业化产业示范基地(钢铁)",
        "澧川钢铁股份有限公司“5G+智慧炼铁”项目",
    ]


def test_an_item_starts_after_the_label_inside_its_line(tmp_path: Path) -> None:
    text = (
        "部级及以上相关称号：(1)省级智能制造示范工厂（澧川电子有限公司）(2)澧川钢铁股份有限公司"
        "“5G+智慧炼铁”项目（2022年工业互联网试点示范项目）"
    )
    assert lists_of(tmp_path, text)["national_titles"] == ["澧川钢铁股份有限公司“5G+智慧炼铁”项目"]


def test_two_factories_of_one_enterprise_named_apart_are_two(tmp_path: Path) -> None:
    text = (
        "2023年，澧川机器人有限公司5G机器人装配工厂入选5G工厂名录；2022年，澧川机器人有限公司"
        "“5G+机器人柔性装配全连接工厂”项目入选工业互联网试点示范（5G工厂方向）。"
    )
    assert lists_of(tmp_path, text)["factories_5g"] == [
        "澧川机器人有限公司5G机器人装配工厂",
        "澧川机器人有限公司“5G+机器人柔性装配全连接工厂”项目",
    ]


def test_a_list_of_titles_does_not_take_the_5g_factory_list_before_it(tmp_path: Path) -> None:
    text = (
        "（四）5G工厂情况：截至2024年6月，我市已有2个项目入选5G工厂名录：澧川钢铁有限公司5G智慧"
        "钢铁工厂；澧川矿山机械有限公司5G矿山装备工厂。\n"
        "（五）部级及以上相关称号情况：我市现有部级及以上称号2项：国家新型工业化产业示范基地（钢铁）"
        "（工业和信息化部，2019年）；澧川重工机械有限公司“5G+智慧炼钢”项目（工业互联网试点示范，"
        "2021年）。"
    )
    assert lists_of(tmp_path, text)["factories_5g"] == [
        "澧川钢铁有限公司5G智慧钢铁工厂",
        "澧川矿山机械有限公司5G矿山装备工厂",
    ]


def test_a_project_said_not_to_be_on_the_5g_factory_list_is_no_factory(tmp_path: Path) -> None:
    text = (
        "我市共有2个项目入选5G工厂名录，分别为：澧川印染有限公司5G智慧印染工厂、澧川轴承有限公司"
        "5G轴承智能工厂。需要"
        "说明的是，澧川化纤有限公司“5G+化纤长丝智能生产”项目入选的是2021年工业互联网试点示范平台"
        "类方向，不属于5G工厂方向。"
    )
    assert lists_of(tmp_path, text)["factories_5g"] == [
        "澧川印染有限公司5G智慧印染工厂",
        "澧川轴承有限公司5G轴承智能工厂",
    ]
