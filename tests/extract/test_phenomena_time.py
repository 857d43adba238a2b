"""Time: which year a figure is for and whether it is achieved, from the document's own date.

Sentences are written for these tests from the classes of error seen on text written by
others (news datelines, work reports, plans); none is copied from a corpus.
"""

from pathlib import Path

import pytest

from tests.extract.phenomena import Simple, claims_of, simple

CASES = [
    pytest.param(
        "发布时间：2025-01-16\n去年全区经济平稳增长。全年新增企业1.2万家，国家级专精特新“小巨人”"
        "企业累计达到48家。",
        {("little_giants", 48, "actual", 2024)},
        id="a-whole-year-s-result-told-in-january-is-the-year-just-ended",
    ),
    pytest.param(
        "发布时间：2025-07-16\n全年新增企业1.2万家，国家级专精特新“小巨人”企业累计达到48家。",
        {("little_giants", 48, "actual", 2025)},
        id="a-whole-year-s-result-told-in-july-is-the-year-of-the-date",
    ),
    pytest.param(
        "本报讯 昨日，澧江省2025年度第一批专精特新中小企业名单公布，澧川市12家企业入选。\n"
        "截至目前，全市累计培育国家级专精特新“小巨人”企业26家。",
        {("little_giants", 26, "actual", 2025)},
        id="an-undated-release-is-as-of-the-dated-event-it-reports",
    ),
    pytest.param(
        "3月5日上午，2026年澧川市制造业数字化转型主题采访活动启动。\n目前，全市累计建成5G基站5120个。",
        {("bs_total", 5120, "actual", 2026)},
        id="an-activity-launched-in-the-lead-dates-an-undated-release",
    ),
    pytest.param(
        "澧川市统计局\n2023年，澧川市坚持稳中求进工作总基调，经济运行平稳向好。\n"
        "年末全市常住人口512.6万人。目前，全市累计建成5G基站6100个。",
        {("population", 5126000, "actual", 2023), ("bs_total", 6100, "actual", 2023)},
        id="a-head-opening-with-its-year-speaks-of-that-year",
    ),
    pytest.param(
        "记者从市工信局获悉，2023年，澧川计划新增5G基站400个。\n截至目前，全市已累计建成5G基站"
        "2100个。",
        {("bs_total", 2100, "actual", 2023)},
        id="a-reporter-s-lead-before-the-opening-year-still-dates-the-release",
    ),
    pytest.param(
        "澧川网3月7日讯 近日，工信部公布了第八批制造业单项冠军企业名单。\n2023年，澧川市工业增加值"
        "增长7.1%。目前，全市国家级单项冠军企业总数达到26家。",
        {("single_champions", 26, "actual", 2024)},
        id="a-release-dated-by-month-and-day-reviewing-one-whole-year-is-from-the-next",
    ),
    pytest.param(
        "澧川网3月7日讯 2022年、2023年，澧川市连续两年获评“数字城市”。目前，全市累计建成5G基站"
        "6300个。",
        {("bs_total", 6300, "actual", None)},
        id="two-whole-years-named-leave-a-release-undated",
    ),
    pytest.param(
        "2023澧川工业互联网发展大会9月15日举行。\n目前，全市累计建成5G基站7300个。",
        {("bs_total", 7300, "actual", 2023)},
        id="an-event-named-with-a-bare-year-dates-an-undated-release",
    ),
    pytest.param(
        "5月28日，记者从市工信局获悉，自2019年省里发布5G行动计划以来，全市持续推进5G网络建设。\n"
        "目前，全市共建成5G基站1962个。",
        {("bs_total", 1962, "actual", None)},
        id="a-start-in-the-lead-is-no-event-that-dates-a-release",
    ),
    pytest.param(
        "填报日期：2024年9月20日\n基期值（2023年）：全市累计建成5G基站8600个。\n",
        {("bs_total", 8600, "actual", 2023)},
        id="a-year-alone-in-brackets-labels-the-figure-s-column",
    ),
    pytest.param(
        "填报日期：2025年6月18日\n全市常住人口384.5万人（2024年末）。",
        {("population", 3845000, "actual", 2024)},
        id="an-as-of-date-in-brackets-after-a-figure-is-its-year",
    ),
    pytest.param(
        "填报日期：2024年9月20日\n全市有2个项目入选工业和信息化部2023年5G工厂名录，另有1个项目入选"
        "2022年工业互联网试点示范（5G工厂方向）。全市累计3个项目入选2023年5G工厂名录。目前，"
        "全市共有4个项目入选2023年5G工厂名录。",
        {
            ("directory_5g_factories", 2, "actual", 2023),
            ("pilot_5g_factory_projects", 1, "actual", 2022),
            ("directory_5g_factories", 3, "actual", 2024),
            ("directory_5g_factories", 4, "actual", 2024),
        },
        id="a-count-entering-a-dated-list-is-as-of-the-list-s-year-a-running-total-is-not",
    ),
    pytest.param(
        "到2023年底，全市已建成5G基站8200个。力争到2025年底，全市已建成的5G基站达到1.5万个。",
        {("bs_total", 8200, "actual", 2023), ("bs_total", 15000, "target", 2025)},
        id="a-year-said-reached-is-an-as-of-date-what-is-built-by-a-goal-year-is-not",
    ),
    pytest.param(
        "时间：2022-05-01\n到2023年底，全市每万人拥有5G基站已达到35个。",
        {("bs_per_10k", 35, "target", 2023)},
        id="reached-by-a-year-after-the-document-s-date-is-a-target",
    ),
    pytest.param(
        "澧川市工业和信息化局工作材料\n\n一、2023年工作回顾\n\n"
        "全市国家级专精特新“小巨人”企业总数达到26家。\n\n二、2024年发展目标与工作安排\n\n"
        "目前全市规模以上工业企业1320家。",
        {("little_giants", 26, "actual", 2023), ("above_scale_enterprises", 1320, "actual", None)},
        id="a-heading-reviewing-one-year-dates-the-figures-under-it-a-plan-s-does-not",
    ),
    pytest.param(
        "2023年澧川市中小企业发展情况\n全市拥有国家级专精特新“小巨人”企业26家。",
        {("little_giants", 26, "actual", 2023)},
        id="an-undated-title-reviewing-one-year-dates-its-figures",
    ),
    pytest.param(
        "2024年澧川市数字经济发展工作要点\n目前全市规模以上工业企业1320家。",
        {("above_scale_enterprises", 1320, "actual", None)},
        id="a-plan-s-title-year-is-no-as-of-year",
    ),
    pytest.param(
        "时间：2024-03-01\n常住人口从2012年末的221.89万人增长到2021年末的288.20万人；"
        "全市国家级专精特新“小巨人”企业由2020年的5家增加至2023年的21家，"
        "每万人拥有5G基站数由目前的28个提高到2026年的40个。",
        {
            ("population", 2218900, "actual", 2012),
            ("population", 2882000, "actual", 2021),
            ("little_giants", 5, "actual", 2020),
            ("little_giants", 21, "actual", 2023),
            ("bs_per_10k", 28, "actual", 2024),
            ("bs_per_10k", 40, "target", 2026),
        },
        id="a-change-from-one-dated-stock-to-another-ends-in-an-achieved-one",
    ),
    pytest.param(
        "全市国家级专精特新“小巨人”企业由2020年的5家增加至2023年的21家。",
        {("little_giants", 5, "actual", 2020), ("little_giants", 21, "target", 2023)},
        id="a-change-ending-in-a-year-an-undated-document-cannot-place-stays-a-target",
    ),
    pytest.param(
        "截至2023年底，全市5G基站2050个，每万人拥有5G基站31个。",
        {("bs_total", 2050, "actual", 2023), ("bs_per_10k", 31, "actual", 2023)},
        id="a-count-between-1900-and-2099-is-no-year",
    ),
    pytest.param(
        "截至2023年底，全市累计建成5G基站12000个，每万人拥有5G基站38.2个。",
        {("bs_total", 12000, "actual", 2023), ("bs_per_10k", 38.2, "actual", 2023)},
        id="no-year-inside-a-longer-number",
    ),
    pytest.param(
        "时间：2023-08-16\n截至目前，全市累计建成5G基站9300个。去年全市规上工业企业达到1 210家。",
        {("bs_total", 9300, "actual", 2023), ("above_scale_enterprises", 1210, "actual", 2022)},
        id="relative-words-resolve-against-the-dateline",
    ),
    pytest.param(
        "全市现有规模以上工业企业1 420家。\n\n澧川市人民政府\n2024年9月12日",
        {("above_scale_enterprises", 1420, "actual", 2024)},
        id="a-figure-without-a-year-is-as-of-the-signature",
    ),
    pytest.param(
        "2023年：5G基站达到9 000个。\n2024年：5G基站达到1.1万个。\n2025年：5G基站达到1.3万个。\n\n"
        "澧川市人民政府\n2024年6月20日",
        {
            ("bs_total", 9000, "actual", 2023),
            ("bs_total", 11000, "target", 2024),
            ("bs_total", 13000, "target", 2025),
        },
        id="a-year-after-the-document-date-is-a-target-whatever-the-verb",
    ),
    pytest.param(
        "截至2024年6月底，全市5G基站1.2万个；2024年底，全市5G基站达到1.4万个。\n\n"
        "申报日期：2024年9月20日",
        {("bs_total", 12000, "actual", 2024), ("bs_total", 14000, "target", 2024)},
        id="the-document-year-end-still-ahead-is-a-target",
    ),
    pytest.param(
        "2024—2026年，市级财政累计安排“5G+工业互联网”专项资金不少于6亿元。"
        "2021—2023年，市级财政累计安排专项资金4.5亿元。\n\n澧川市人民政府\n2024年9月12日",
        {("special_funds", 6e8, "target", 2026), ("special_funds", 4.5e8, "actual", 2023)},
        id="a-commitment-over-a-period-is-a-target-of-its-last-year",
    ),
    pytest.param(
        "2024—2026年，市级财政统筹安排“5G+工业互联网”专项资金，三年累计不少于6亿元。"
        "2025—2027年，县级财政每年安排专项资金5000万元，三年累计安排1.5亿元。"
        "\n\n澧川市人民政府\n2024年9月12日",
        {("special_funds", 6e8, "target", 2026), ("special_funds", 1.5e8, "target", 2027)},
        id="a-total-over-years-named-in-a-bare-clause-and-a-rate-before-it",
    ),
    pytest.param(
        "发布时间:2021年04月21日 来源:澧川日报\n澧川区将三年内落实专项政策资金1亿元。",
        {("special_funds", 1e8, "target", 2024)},
        id="within-n-years-counts-from-the-document-date",
    ),
    pytest.param(
        "澧川市5G+工业互联网融合发展行动计划（2024—2026年）\n三年内累计安排专项资金3亿元。"
        "\n\n澧川市人民政府\n2024年3月12日",
        {("special_funds", 3e8, "target", 2026)},
        id="within-n-years-ends-with-the-plan-s-span",
    ),
    pytest.param(
        "2022年以来，市级财政累计投入专项资金2.1亿元。按2023年末常住人口计算，每万人拥有5G"
        "基站35.4个。\n\n澧川市人民政府\n2024年9月12日",
        {("special_funds", 2.1e8, "actual", 2024), ("bs_per_10k", 35.4, "actual", 2024)},
        id="a-start-year-or-a-base-year-is-not-the-figure-year",
    ),
    pytest.param(
        "时间：2024-09-20\n截至6月底，全市建成5G基站5000个，年底达到6000个。"
        "下半年，全市入选5G工厂名录项目达到8个，12月底边缘计算节点达到9个。年末常住人口356.8万人。",
        {
            ("bs_total", 5000, "actual", 2024),
            ("bs_total", 6000, "target", 2024),
            ("directory_5g_factories", 8, "target", 2024),
            ("edge_nodes", 9, "target", 2024),
            ("population", 3568000, "actual", 2024),
        },
        id="a-time-of-the-year-after-the-document-s-date-is-a-goal-a-statistics-year-end-is-not",
    ),
    pytest.param(
        "时间：2024-06-18\n全市拟新建一批5G行业专网；全市已建成5G基站8 600个。"
        "到2026年，全市5G基站达到1.2万个；每万人拥有5G基站达到40个。",
        {
            ("bs_total", 8600, "actual", 2024),
            ("bs_total", 12000, "target", 2026),
            ("bs_per_10k", 40, "target", 2026),
        },
        id="a-plan-cue-governs-its-own-statement-a-target-year-heads-the-rest",
    ),
    pytest.param(
        "澧川累计开通5G基站超1.2万个\n截至2023年底，全市累计开通5G基站超1.2万个。",
        {("bs_total", 12000, "actual", 2023)},
        id="a-headline-repeating-a-dated-figure-is-one-claim",
    ),
    pytest.param(
        "澧川累计开通5G基站超3万个 5G用户达200万户\n时间：2024-05-20\n"
        "截至4月底，全市累计建成开通5G基站31286个。",
        {("bs_total", 31286, "actual", 2024)},
        id="a-headline-rounding-the-body-s-figure-is-one-claim",
    ),
    pytest.param(
        "2023年澧川区国民经济和社会发展\n统计公报\n澧川区统计局\n2024年4月28日\n"
        "年末全区常住人口21.36万人。",
        {("population", 213600, "actual", 2023)},
        id="a-bulletin-s-wrapped-title-year-is-its-figures-year",
    ),
    pytest.param(
        "截至目前，澧川专精特新“小巨人”企业达28家。\n2018年底以来，28家企业获评国家专精特新“小巨人”企业。",
        {("little_giants", 28, "actual", None)},
        id="a-start-is-no-as-of-date",
    ),
    pytest.param(
        "截止到2024年末，我们的规上工业已经达到了125家。这说明主导产业优势明显。"
        "同时我们还有6家国家级专精特新企业。",
        {("above_scale_enterprises", 125, "actual", 2024), ("little_giants", 6, "actual", 2024)},
        id="jiezhi-dao-is-as-of-and-carries-through-its-paragraph",
    ),
    pytest.param(
        "澧川已建设2.46万个5G基站\n时间：2024-05-20\n截至去年年底，全市已累计建设2.46万个5G基站。",
        {("bs_total", 24600, "actual", 2023)},
        id="a-headline-takes-the-body-s-year",
    ),
    pytest.param(
        "澧川累计开通5G基站超3万个\n时间：2024-05-20\n截至4月底，全市累计建成开通5G基站41286个。",
        {("bs_total", 30000, "actual", 2024), ("bs_total", 41286, "actual", 2024)},
        id="a-headline-figure-the-body-does-not-round-stays",
    ),
    pytest.param(
        "时间：2021-03-22\n“十三五”时期，全市工业经济稳步增长；累计建成5G基站3.2万个。"
        "今年，全市将新建5G基站1.5万个，累计达到4.7万个。",
        {("bs_total", 32000, "actual", 2020), ("bs_total", 47000, "target", 2021)},
        id="a-past-plan-period-dates-its-paragraph",
    ),
    pytest.param(
        "澧川市“十四五”数字经济发展规划\n“十三五”末期，全市规上工业企业达到860家。",
        {("above_scale_enterprises", 860, "actual", 2020)},
        id="a-past-plan-period-dates-an-undated-document",
    ),
    pytest.param(
        "时间：2024-05-20\n“十四五”期间，全市已建成5G基站1.2万个。",
        {("bs_total", 12000, "actual", 2024)},
        id="a-period-not-yet-over-does-not-date-an-achieved-figure",
    ),
    pytest.param(
        "时间：2024-09-24\n【2025年】每万人拥有5G基站数达到34个；具备10个以上典型应用场景的"
        "工厂达到6家；发展管理平台项目达到150个。",
        {
            ("bs_per_10k", 34, "target", 2025),
            ("scenario_factories", 6, "target", 2025),
            ("platform_projects", 150, "target", 2025),
        },
        id="a-year-in-square-brackets-heads-its-line-of-goals",
    ),
    pytest.param(
        "时间：2024-09-24\n【2025年】每万人拥有5G基站数达到34个。具备10个以上典型应用场景的"
        "工厂达到6家。\n2026年度：发展管理平台项目达到150个。5G基站总数达到2.5万个。",
        {
            ("bs_per_10k", 34, "target", 2025),
            ("scenario_factories", 6, "target", 2025),
            ("platform_projects", 150, "target", 2026),
            ("bs_total", 25000, "target", 2026),
        },
        id="a-year-s-heading-in-brackets-or-with-du-carries-over-its-sentences",
    ),
    pytest.param(
        "时间：2024-09-24\n【2024年】每万人拥有5G基站数达到34个。具备10个以上典型应用场景的"
        "工厂达到6家。\n2024年度：5G基站总数达到2.5万个。发展管理平台项目达到150个。",
        {
            ("bs_per_10k", 34, "target", 2024),
            ("scenario_factories", 6, "target", 2024),
            ("bs_total", 25000, "target", 2024),
            ("platform_projects", 150, "target", 2024),
        },
        id="the-document-s-own-year-heading-its-goals-is-a-goal",
    ),
    pytest.param(
        "时间：2024-09-24\n2026年度：5G基站总数达到2.5万个；每万人拥有5G基站数达到38个。",
        {("bs_total", 25000, "target", 2026), ("bs_per_10k", 38, "target", 2026)},
        id="a-year-s-heading-with-du",
    ),
    pytest.param(
        "时间：2024-09-24\n2026年5G基站总数达到2.5万个；每万人拥有5G基站数达到38个。",
        {("bs_total", 25000, "target", 2026), ("bs_per_10k", 38, "target", 2026)},
        id="a-year-opening-a-sentence-dates-the-parts-after-its-semicolons",
    ),
    pytest.param(
        "时间：2024-09-24\n（2026年）5G基站总数达到2.5万个；每万人拥有5G基站数达到38个。",
        {("bs_total", 25000, "target", 2026), ("bs_per_10k", 38, "target", 2026)},
        id="a-year-in-brackets-opening-a-sentence-dates-it",
    ),
    pytest.param(
        "时间：2024-09-24\n2023年，全市规上工业企业达到1200家；每万人拥有5G基站数35个。",
        {("above_scale_enterprises", 1200, "actual", 2023), ("bs_per_10k", 35, "actual", 2023)},
        id="a-past-year-opening-a-sentence-dates-its-achieved-figures",
    ),
    pytest.param(
        "时间：2024-09-24\n2020年以来，全市规上工业企业达到1200家；每万人拥有5G基站数35个。",
        {("above_scale_enterprises", 1200, "actual", 2024), ("bs_per_10k", 35, "actual", 2024)},
        id="a-start-opening-a-sentence-is-no-year-of-its-figures",
    ),
    pytest.param(
        "时间：2024-09-24\n2023年，全市规上工业企业达到1200家；力争规上工业企业达到1500家。",
        {
            ("above_scale_enterprises", 1200, "actual", 2023),
            ("above_scale_enterprises", 1500, "target", None),
        },
        id="a-goal-does-not-take-a-past-year-opening-its-sentence",
    ),
    pytest.param(
        "时间：2024-09-24\n2024年，全市规上工业企业达到1200家；力争规上工业企业达到1500家。",
        {
            ("above_scale_enterprises", 1200, "actual", 2024),
            ("above_scale_enterprises", 1500, "target", 2024),
        },
        id="a-goal-takes-the-document-s-own-year-opening-its-sentence",
    ),
    pytest.param(
        "时间：2024-09-24\n到2027年，全市5G基站总数达到3万个。按照全年建设计划，截至2024年12月"
        "底，全市每万人拥有5G基站数将达到41个。",
        {("bs_total", 30000, "target", 2027), ("bs_per_10k", 41, "target", 2024)},
        id="a-month-s-end-is-a-goal-s-year",
    ),
    pytest.param(
        "时间：2024-09-24\n2024年7月3日，市政府印发方案，力争全市5G基站总数达到3万个。",
        {("bs_total", 30000, "target", None)},
        id="the-day-a-goal-was-set-is-not-its-year",
    ),
    pytest.param(
        "一、基础条件\n\n截至2022年底，全市规上工业企业1200家。\n\n截至2023年底，全市累计建成5G"
        "基站9000个。\n\n全市拥有国家级专精特新“小巨人”企业9家。\n\n澧川市人民政府\n2024年9月20日",
        {
            ("above_scale_enterprises", 1200, "actual", 2022),
            ("bs_total", 9000, "actual", 2023),
            ("little_giants", 9, "actual", 2023),
        },
        id="a-document-stating-earlier-as-of-dates-throughout-is-as-of-the-latest",
    ),
    pytest.param(
        "一、基础条件\n\n截至2023年底，全市规上工业企业1200家。\n\n全市拥有国家级专精特新“小巨人”"
        "企业9家。\n\n澧川市人民政府\n2024年9月20日",
        {("above_scale_enterprises", 1200, "actual", 2023), ("little_giants", 9, "actual", 2024)},
        id="one-earlier-as-of-date-holds-for-its-own-paragraph",
    ),
    pytest.param(
        "一、基础条件\n\n截至2023年底，全市规上工业企业1200家。\n\n截至2023年底，全市工业互联网"
        "平台12个。\n\n截至2025年底，全市将建成5G基站2万个。\n\n全市拥有国家级专精特新“小巨人”"
        "企业9家。\n\n澧川市人民政府\n2024年9月20日",
        {
            ("above_scale_enterprises", 1200, "actual", 2023),
            ("industrial_platforms", 12, "actual", 2023),
            ("bs_total", 20000, "target", 2025),
            ("little_giants", 9, "actual", 2024),
        },
        id="an-as-of-date-after-the-document-s-own-is-none-of-its-figures",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_time(tmp_path: Path, text: str, expected: set[Simple]) -> None:
    assert simple(claims_of(tmp_path, text)) == expected
