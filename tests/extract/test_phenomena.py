"""One real sentence or small document per phenomenon the claim extractor must handle.

The wording here is written fresh for the tests (city names, figures and phrasing differ from
the corpora), so a rule fitted to one corpus sentence fails here.
"""

from pathlib import Path

import pytest

from tests.extract.phenomena import Simple
from tests.extract.phenomena import claims_of as _claims
from tests.extract.phenomena import simple as _simple

CASES = [
    # --- numbers -------------------------------------------------------------------------
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站数为四十一点五个。",
        {("bs_per_10k", 41.5, "actual", 2023)},
        id="chinese-decimal",
    ),
    pytest.param(
        "截至2023年底，全市累计开通5G基站2 468个。",
        {("bs_total", 2468, "actual", 2023)},
        id="thousands-typed-with-a-space",
    ),
    pytest.param(
        "截至2023年底，全市规上工业企业１，０２４家，专项资金3.2亿元。",
        {
            ("above_scale_enterprises", 1024, "actual", 2023),
            ("special_funds", 3.2e8, "actual", 2023),
        },
        id="fullwidth-thousands-and-yi-yuan",
    ),
    pytest.param(
        "截至2023年底，全市建设边缘计算节点12—18个，培育解决方案供应商30至40家。",
        set(),
        id="ranges-are-not-claims",
    ),
    # --- status --------------------------------------------------------------------------
    pytest.param(
        "到2026年底，全市5G基站总数达到3.1万个。",
        {("bs_total", 31000, "target", 2026)},
        id="year-end-inside-a-target-phrase",
    ),
    pytest.param(
        "全市每万人拥有5G基站28.4个，预计2024年底可达到33个。",
        {("bs_per_10k", 28.4, "actual", None), ("bs_per_10k", 33, "target", 2024)},
        id="forecast-with-year-end",
    ),
    pytest.param(
        "力争到2027年，全市每万人拥有5G基站数由目前的29.6个提高到52个。",
        {("bs_per_10k", 29.6, "actual", None), ("bs_per_10k", 52, "target", 2027)},
        id="from-now-to-target",
    ),
    pytest.param(
        "到2025年，累计培育专精特新“小巨人”企业40家。",
        {("little_giants", 40, "target", 2025)},
        id="cumulative-is-not-achieved",
    ),
    pytest.param(
        "截至2023年，全区引进国家人才计划入选者及高水平技术技能人才615人。",
        {("talents", 615, "actual", 2023)},
        id="plan-as-a-noun-is-no-target",
    ),
    pytest.param(
        "截至2023年底，全市纳入发展管理平台的已建成和在建项目318个；"
        "到2026年，发展管理平台中已建成和在建项目达到520个。",
        {("platform_projects", 318, "actual", 2023), ("platform_projects", 520, "target", 2026)},
        id="built-and-building-is-a-noun-phrase",
    ),
    # --- subject -------------------------------------------------------------------------
    pytest.param(
        "据通报，全省5G基站总数达到21.7万个，每万人拥有5G基站35.2个；全市5G基站达到9650个。",
        {("bs_total", 9650, "actual", None)},
        id="province-governs-its-clauses-until-the-city-returns",
    ),
    pytest.param(
        "鹭江市5G基站达到8200个，邻市澄海市5G基站达到1.1万个，鹭江市每万人拥有5G基站31.2个。",
        {("bs_total", 8200, "actual", None), ("bs_per_10k", 31.2, "actual", None)},
        id="another-named-city",
    ),
    pytest.param(
        "该公司已部署机器视觉质检等12个典型应用场景。",
        set(),
        id="one-enterprise-is-not-the-applicant",
    ),
    # --- changes, sub-counts, enumerations -----------------------------------------------
    pytest.param(
        "截至2023年底，全市新开通5G基站1 120个、累计达到6 340个。",
        {("bs_total", 6340, "actual", 2023)},
        id="new-beside-cumulative",
    ),
    pytest.param(
        "2023年末，新入选国家级专精特新“小巨人”企业4家、制造业单项冠军企业1家。",
        set(),
        id="change-cue-governs-the-enumeration",
    ),
    pytest.param(
        "截至2023年底，新培育后全市“小巨人”企业总数达到19家。",
        {("little_giants", 19, "actual", 2023)},
        id="stock-after-a-change-cue",
    ),
    pytest.param(
        "截至2023年底，全市有效发明专利5,210件，其中5G和工业互联网相关发明专利412件。",
        {("ip_count", 412, "actual", 2023)},
        id="defining-subcount-replaces-the-total",
    ),
    pytest.param(
        "截至2023年底，全市5G基站7 650个，其中工业园区5G基站1 980个。",
        {("bs_total", 7650, "actual", 2023)},
        id="same-field-subcount-is-dropped",
    ),
    pytest.param(
        "截至2023年底，全市规上工业企业1 310家，其中专精特新“小巨人”企业16家。",
        {("above_scale_enterprises", 1310, "actual", 2023), ("little_giants", 16, "actual", 2023)},
        id="other-field-subcount-is-kept",
    ),
    pytest.param(
        "截至2023年底，新认定省级专精特新企业25家、国家级专精特新“小巨人”企业3家，"
        "累计分别达到96家和14家。",
        {("little_giants", 14, "actual", 2023)},
        id="respectively",
    ),
    pytest.param(
        "截至2023年底，新认定国家级专精特新“小巨人”企业3家、省级专精特新企业25家，"
        "两类累计分别14家和96家。",
        {("little_giants", 14, "actual", 2023)},
        id="respectively-right-before-its-figures",
    ),
    pytest.param(
        "2023年末，全市拥有国家级工业互联网平台2个、省级工业互联网平台11个。",
        {("industrial_platforms", 13, "actual", 2023)},
        id="parts-by-level-are-summed",
    ),
    # --- counts without a numeral, thresholds, definitions --------------------------------
    pytest.param(
        "截至2023年底，全市尚无企业入选5G工厂名录。",
        {("directory_5g_factories", 0, "actual", 2023)},
        id="none-stated-is-zero",
    ),
    pytest.param(
        "截至2023年底，全市规上工业企业860家。入选5G工厂名录项目：无。",
        {
            ("above_scale_enterprises", 860, "actual", 2023),
            ("directory_5g_factories", 0, "actual", 2023),
        },
        id="a-label-answered-none-after-another-sentence",
    ),
    pytest.param(
        "截至2023年底，全市规上工业企业860家。联系人：无。今年暂无企业获评。",
        {("above_scale_enterprises", 860, "actual", 2023)},
        id="none-said-of-no-field-is-no-claim",
    ),
    pytest.param(
        "截至2023年底，全市共有2个项目入选工业互联网试点示范（5G工厂方向）。",
        {("pilot_5g_factory_projects", 2, "actual", 2023)},
        id="count-before-pilot-direction",
    ),
    pytest.param(
        "全市部级及以上相关称号仅4项，距“不少于5项”的门槛还差1项。",
        {("national_titles", 4, "actual", None)},
        id="quoted-threshold-and-shortfall",
    ),
    pytest.param(
        "评审指标要求每万人拥有5G基站数超过30个。截至2024年7月底，全市每万人拥有5G基站"
        "27.6个；满足评审要求、具备10个以上典型应用场景的工厂共12家；按照适度超前要求累计建成"
        "5G基站1.2万个。",
        {
            ("bs_per_10k", 27.6, "actual", 2024),
            ("scenario_factories", 12, "actual", 2024),
            ("bs_total", 12000, "actual", 2024),
        },
        id="a-threshold-quoted-before-the-figure",
    ),
    pytest.param(
        "截至2023年底，全市具备10个以上典型应用场景的工厂9家，3家工厂具备10个以上典型应用场景，"
        "另有4家工厂各自建成10个以上典型应用场景。",
        {
            ("scenario_factories", 9, "actual", 2023),
            ("scenario_factories", 3, "actual", 2023),
            ("scenario_factories", 4, "actual", 2023),
        },
        id="the-ten-of-the-definition-is-no-count",
    ),
    pytest.param(
        "年末全县户籍人口61.4万人，常住人口55.9万人。",
        {("population", 559000, "actual", None)},
        id="registered-population-is-not-resident",
    ),
    pytest.param(
        "申报城市\t盐城市\n盐城市推进智慧城市建设，5G基站达到9 100个；邻近的淮川市5G基站1.2万个。",
        {("bs_total", 9100, "actual", None)},
        id="applicant-from-the-form-and-a-city-ending-in-cheng",
    ),
    pytest.param(
        "青岛市召开试点城市现场会。\n作为全国首批5G试点城市和千兆城市，青岛已建成4.27万个5G基站。",
        {("bs_total", 42700, "actual", None)},
        id="a-kind-of-city-is-no-place-千兆城市",
    ),
    pytest.param(
        "青岛市召开现场会。\n作为一座大城市，青岛已建成5G基站2万个。",
        {("bs_total", 20000, "actual", None)},
        id="a-kind-of-city-is-no-place-大城市",
    ),
    pytest.param(
        "澧川市5G建设\n2020年4月16日\n全市已累计建成5G基站3240个，预计到6月底将达到5000个；"
        "截至3月底建成5G基站3000个，三季度末将达到6000个。",
        {
            ("bs_total", 3240, "actual", 2020),
            ("bs_total", 5000, "target", None),
            ("bs_total", 3000, "actual", 2020),
            ("bs_total", 6000, "target", None),
        },
        id="a-clause-of-a-time-of-the-year-and-a-figure-takes-the-field-before-it",
    ),
    pytest.param(
        "澧川市5G建设\n2021年3月1日\n全市已建成5G基站7万个，到“十四五”末期达到15万个。",
        {("bs_total", 70000, "actual", 2021), ("bs_total", 150000, "target", 2025)},
        id="a-clause-of-a-plan-periods-end-and-a-figure-takes-the-field-before-it",
    ),
    pytest.param(
        "截至2023年底，撬动社会投资12亿元，市财政安排专项资金6000万元。",
        {("special_funds", 6e7, "actual", 2023)},
        id="enterprise-investment-is-not-government-funds",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phenomenon(tmp_path: Path, text: str, expected: set[Simple]) -> None:
    assert _simple(_claims(tmp_path, text)) == expected


YEARS = [
    pytest.param(
        "澄江市人民政府工作报告\n——2025年1月9日在澄江市第十七届人民代表大会第三次会议上\n\n"
        "过去一年，全市累计建成5G基站1.42万个。今年，我们将推动5G基站总数突破1.7万个。",
        {("bs_total", 14200, "actual", 2024), ("bs_total", 17000, "target", 2025)},
        id="work-report-past-year-and-this-year",
    ),
    pytest.param(
        "澄江：5G工厂建设提速\n（2024年5月20日）记者从市工信局获悉，截至目前，全市已有"
        "7家企业入选5G工厂名录。截至去年底，全市边缘计算节点11个。",
        {("directory_5g_factories", 7, "actual", 2024), ("edge_nodes", 11, "actual", 2023)},
        id="news-dateline-now-and-last-year",
    ),
    pytest.param(
        "澄江市二〇二三年国民经济和社会发展统计公报\n\n年末全市5G基站8 035个。",
        {("bs_total", 8035, "actual", 2023)},
        id="bulletin-year-in-chinese-numerals",
    ),
    pytest.param(
        "澄江市5G+工业互联网发展实施方案（2024—2026年）\n\n三年内，建设行业级边缘计算节点8个。",
        {("edge_nodes", 8, "target", 2026)},
        id="plan-span-gives-the-target-year",
    ),
    pytest.param(
        "澄江市先导区建设方案（二〇二四年七月）\n\n我市现有规模以上工业企业1 905家。",
        {("above_scale_enterprises", 1905, "actual", 2024)},
        id="dated-plan-present-tense",
    ),
    pytest.param(
        "截至2022年底，全国5G基站达到231万个。\n\n目前，全市5G基站6 200个。\n\n"
        "申报城市人民政府（盖章）：\n2023年12月9日",
        {("bs_total", 6200, "actual", 2023)},
        id="no-as-of-year-from-a-national-sentence-but-目前-from-the-signature-date",
    ),
    pytest.param(
        "截至2023年底，全市5G基站8 100个，到2026年力争达到1.2万个。\n\n"
        "截至2023年，全市部级及以上相关称号达到9项；至2023年，全市5G工厂名录入选数达6个。",
        {
            ("bs_total", 8100, "actual", 2023),
            ("bs_total", 12000, "target", 2026),
            ("national_titles", 9, "actual", 2023),
            ("directory_5g_factories", 6, "actual", 2023),
        },
        id="until-the-as-of-year-is-as-of",
    ),
    pytest.param(
        "澄江市经济和信息化局\n2024年4月2日\n\n到“十四五”末，全市边缘计算节点达到20个。\n\n"
        "到“十五五”末，主要指标如下。全市5G基站总数3万个；工业互联网平台9个。\n\n"
        "到“十三五”末，全市已建成5G基站2 600个。到“十四五”末，全市每万人拥有5G基站数已达到32个。",
        {
            ("edge_nodes", 20, "target", 2025),
            ("bs_total", 30000, "target", 2030),
            ("industrial_platforms", 9, "target", 2030),
            ("bs_total", 2600, "actual", 2020),
            ("bs_per_10k", 32, "target", 2025),  # 已 by a period’s end still ahead: a goal
        },
        id="a-plan-periods-end-is-a-target-unless-reached",
    ),
]


SIGNED = "澄江市人民政府\n2024年3月5日\n\n"  # a plan's issuer and date, 2024

# Ways a plan puts a goal without a year or a verb of intent: a time frame still ahead (今后三年,
# 试点期内, a plan period not over), what comes after something yet to be done (建成后), a plan
# followed (按照规划), an effort (努力实现), a directive (要完成).
FORWARD = [
    "“十四五”期间，全市",
    "“十四五”时期，全市",
    "今后三年，全市",
    "未来两年，全市",
    "下一步，全市",
    "试点期内，全市",
    "试点期满时，全市",
    "建设期间，全市",
    "通过三年建设，全市",
    "先导区建成后，全市",
    "待项目全部投产后，全市",
    "按照规划，全市",
    "根据建设计划，全市",
    "努力实现全市",
    "今年要完成网络建设，全市",
]


@pytest.mark.parametrize("lead", FORWARD)
def test_a_goal_in_a_time_frame_still_ahead_is_a_target(tmp_path: Path, lead: str) -> None:
    text = f"{SIGNED}{lead}每万人拥有5G基站数达到35个。"
    assert [(c.field, c.status.value) for c in _claims(tmp_path, text)] == [
        ("bs_per_10k", "target")
    ]


# What is expected, striven for or in the pipeline is no achievement: 预期, 设想, 力求, 预估, 期望,
# 可达, 应达到, 争创; entries planned, held in reserve, applied for, recommended or being built.
INTENDED = [
    "预期全市每万人拥有5G基站数达到35个。",
    "全市设想每万人拥有5G基站数达到35个。",
    "全市每万人拥有5G基站数力求达到35个。",
    "全市每万人拥有5G基站数预估达到35个。",
    "全市每万人拥有5G基站数期望达到35个。",
    "全市每万人拥有5G基站数可达35个。",
    "全市每万人拥有5G基站数应达到35个。",
    "全市争创部级及以上相关称号8项。",
    "全市谋划5G工厂名录项目12个。",
    "全市储备5G工厂名录项目20个。",
    "全市申报5G工厂名录项目15个。",
    "全市推荐15个项目申报5G工厂名录。",
    "全市有20家企业列入5G工厂培育库。",
    "全市正在建设5G工厂名录项目12个。",
    "全市在建5G工厂名录项目12个。",
    "全市后备5G工厂名录项目9个。",
]


@pytest.mark.parametrize("sentence", INTENDED)
def test_what_is_intended_or_pending_is_no_achievement(tmp_path: Path, sentence: str) -> None:
    text = f"{SIGNED}{sentence}"
    assert all(c.status.value == "target" for c in _claims(tmp_path, text))


@pytest.mark.parametrize(
    "sentence",
    [
        "全市在发展管理平台中已申报建成或在建项目300个。",  # the platform's own stock
        "其中纳入发展管理平台的在建和建成项目300个。",
    ],
)
def test_projects_built_or_being_built_on_the_platform_are_a_stock(
    tmp_path: Path, sentence: str
) -> None:
    text = f"{SIGNED}{sentence}"
    assert _simple(_claims(tmp_path, text)) == {("platform_projects", 300, "actual", 2024)}


def test_a_plan_period_over_by_the_documents_date_is_achieved(tmp_path: Path) -> None:
    text = "澄江市人民政府\n2024年3月5日\n\n“十三五”期间，全市每万人拥有5G基站数达到12个。"
    assert _simple(_claims(tmp_path, text)) == {("bs_per_10k", 12, "actual", 2020)}


@pytest.mark.parametrize(("text", "expected"), YEARS)
def test_years_from_the_document(tmp_path: Path, text: str, expected: set[Simple]) -> None:
    assert _simple(_claims(tmp_path, text)) == expected


TABLES = [
    pytest.param(
        "表1 主要指标\n序号｜指标｜2023年现状｜2026年目标\n1｜每万人5G基站数（个）｜32.5｜48\n"
        "2｜专项资金投入（万元）｜—｜12000\n",
        {
            ("bs_per_10k", 32.5, "actual", 2023),
            ("bs_per_10k", 48, "target", 2026),
            ("special_funds", 1.2e8, "target", 2026),
        },
        id="txt-table-with-bars",
    ),
    pytest.param(
        "表1  主要指标\n类别  指标  2023年现状  目标值\n      2024年目标  2026年目标\n"
        "基础设施  边缘计算节点数（个）  9  12  20\n"
        "  5G基站总数（个）  6,500  —  9,000\n",
        {
            ("edge_nodes", 9, "actual", 2023),
            ("edge_nodes", 12, "target", 2024),
            ("edge_nodes", 20, "target", 2026),
            ("bs_total", 6500, "actual", 2023),
            ("bs_total", 9000, "target", 2026),
        },
        id="txt-table-with-spaces-merged-header-and-group-cells",
    ),
    pytest.param(
        "序号\t指标\t2023年现状\t2026年目标\n1\t常住人口（万人）\t318.6\t—\n"
        "2\t\t—\t—\n3\t制造业单项冠军企业数（家）\t4\t6\n",
        {
            ("population", 3186000, "actual", 2023),
            ("single_champions", 4, "actual", 2023),
            ("single_champions", 6, "target", 2026),
        },
        id="txt-table-with-tabs-and-empty-cells",
    ),
    pytest.param(
        "序号｜指标｜2023年现状｜2026年目标\n1｜专项资金投入（万元｜）1,500｜3,000\n",
        {("special_funds", 1.5e7, "actual", 2023), ("special_funds", 3e7, "target", 2026)},
        id="unit-bracket-cut-by-the-cell-border",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_tables_typed_in_text(tmp_path: Path, text: str, expected: set[Simple]) -> None:
    assert _simple(_claims(tmp_path, text)) == expected


QUALIFIERS = [
    pytest.param(
        "截至2023年底，全市5G基站不低于6 000个。", "at_least", id="not-below-is-not-below"
    ),
    pytest.param("截至2023年底，全市5G基站超过6 000个。", "over", id="over"),
    pytest.param("截至2023年底，全市5G基站约为6 000个。", "about", id="about-with-link-verb"),
    pytest.param("截至2023年底，全市5G基站6 000个左右。", "about", id="about-after-the-unit"),
    pytest.param("截至2023年底，全市5G基站6 000个以上。", "over", id="over-after-the-unit"),
    pytest.param("截至2023年底，全市5G基站不足6 000个。", "under", id="under"),
    pytest.param("截至2023年底，全市5G基站六千余个。", "over", id="more-after-a-chinese-numeral"),
    pytest.param("截至2023年底，全市5G基站达到6 000个。", "exact", id="exact"),
]


@pytest.mark.parametrize(("text", "qualifier"), QUALIFIERS)
def test_qualifier_from_the_words_around_the_figure(
    tmp_path: Path, text: str, qualifier: str
) -> None:
    (claim,) = _claims(tmp_path, text)
    assert claim.qualifier.value == qualifier


def test_figure_in_a_national_sentence_is_context_not_claim(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "全国5G基站达到337.7万个，我市5G基站达到5 120个。")
    assert [(c.field, c.value) for c in claims] == [("bs_total", 5120)]


def test_every_claim_has_its_unit_and_a_confidence(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "截至2023年底，全市专项资金8000万元，5G基站4 300个。")
    assert {(c.field, c.unit) for c in claims} == {
        ("special_funds", "yuan"),
        ("bs_total", "stations"),
    }
    assert all(0 < c.confidence <= 1 for c in claims)


def test_a_field_borrowed_from_the_sentence_is_less_sure(tmp_path: Path) -> None:
    (own,) = _claims(tmp_path, "截至2023年底，全市5G基站达到4 300个。")
    (borrowed,) = _claims(tmp_path, "截至2023年底，全市5G基站建设加快，累计达到4 300个。")
    assert borrowed.confidence < own.confidence
    assert borrowed.pattern_id is not None
    assert borrowed.pattern_id.endswith("@sentence")
