"""What a figure counts: look-alikes of a field, flows, batches and surpluses are not its count.

Sentences written for these tests (invented 澧川市) from the classes of error seen on text
written by others.
"""

from pathlib import Path

import pytest

from tests.extract.phenomena import Simple, claims_of, simple

DATED = "时间：2024-06-18\n"
CASES = [
    pytest.param(
        DATED + "全市5G基站建设加快，累计3万个正在建设。",
        set(),
        id="a-bare-clause-borrowing-its-field-keeps-the-words-after-its-count",
    ),
    pytest.param(
        DATED + "全市建成数据中心、边缘计算节点12个。",
        {("edge_nodes", 12, "actual", 2024)},
        id="a-noun-joined-before-a-field-that-rules-nothing-out",
    ),
    pytest.param(
        DATED + "全市获得部级及以上相关称号5项，均为2023年获得；国家级专精特新“小巨人”企业12家，"
        "均为2020年以来认定。",
        {("national_titles", 5, "actual", 2023), ("little_giants", 12, "actual", 2024)},
        id="a-year-said-of-all-a-count-holds-dates-it-a-year-since-does-not",
    ),
    pytest.param(
        DATED + "全市提供“5G+工业互联网”产品或解决方案的高新技术企业58家，解决方案服务商12个；"
        "每年发布行业解决方案20个。",
        {("solution_providers", 58, "actual", 2024), ("solution_providers", 12, "actual", 2024)},
        id="solutions-counted-are-not-their-providers",
    ),
    pytest.param(
        DATED + "全市现有国家级专精特新“小巨人”企业3家，尚无制造业单项冠军企业；拥有省级工业互联网"
        "平台4个，暂无国家级工业互联网平台。",
        {
            ("little_giants", 3, "actual", 2024),
            ("single_champions", 0, "actual", 2024),
            ("industrial_platforms", 4, "actual", 2024),
        },
        id="none-held-is-a-count-of-0-unless-a-level-names-part-of-the-field",
    ),
    pytest.param(
        DATED + "2020年全市首批立项5G站点1100多个，目前全市累计建成5G基站860个。",
        {("bs_total", 860, "actual", 2024)},
        id="sites-approved-for-building-are-no-stations",
    ),
    pytest.param(
        DATED + "全市拥有各类专业技术人才26万余人，累计引进培育高水平技术技能人才2100人；力争"
        "再有2个项目入选工业互联网试点示范（5G工厂方向）。",
        {("talents", 2100, "actual", 2024)},
        id="every-professional-and-a-further-intake-are-no-counts-of-the-field",
    ),
    pytest.param(
        DATED + "全市规模以上工业企业1065家，其中电子信息、新能源电池两大新兴产业规模以上企业达到"
        "86家；全市“5G+工业互联网”应用覆盖18个典型应用场景，其中，澧川电子科技有限公司智能终端"
        "工厂覆盖柔性生产制造等16个典型应用场景。",
        {
            ("above_scale_enterprises", 1065, "actual", 2024),
            ("typical_scenarios", 18, "actual", 2024),
        },
        id="a-part-after-qizhong-in-another-clause-is-no-count-of-its-own",
    ),
    pytest.param(
        DATED + "年末全市常住人口388.2万人，其中城镇常住人口251.4万人；户籍总人口402.6万人。",
        {("population", 3882000, "actual", 2024)},
        id="urban-part-and-registered-population",
    ),
    pytest.param(
        DATED + "全市拥有国家级专精特新“小巨人”企业12家、省级专精特新“小巨人”企业60家，"
        "制造业单项冠军企业5家、单项冠军产品7个。",
        {("little_giants", 12, "actual", 2024), ("single_champions", 5, "actual", 2024)},
        id="provincial-giants-and-champion-products",
    ),
    pytest.param(
        DATED + "全区累计获认国家、省、市各类专精特新小巨人企业189家，各级单项冠军企业21家；"
        "全市共培育各级专精特新企业320家，其中国家级专精特新“小巨人”企业18家。",
        {("little_giants", 18, "actual", 2024)},
        id="a-count-over-several-levels-is-not-the-national-one",
    ),
    pytest.param(
        DATED + "市领导带队走访了12家规上企业，服务专精特新“小巨人”企业26家，组织8家国家级制造业"
        "单项冠军企业参加展会；已有320家规上工业企业实施数字化改造。全市现有规上工业企业2100家。",
        {("above_scale_enterprises", 2100, "actual", 2024)},
        id="enterprises-acted-on-or-doing-something-are-not-the-stock",
    ),
    pytest.param(
        DATED
        + "全市已开放5G基站站址资源3500个，5G基站规划站址储备达到3000个；4G/5G基站总数达到2.3万个。"
        "全市累计建成5G基站8600个。",
        {("bs_total", 8600, "actual", 2024)},
        id="sites-for-stations-and-4g-with-5g-are-not-5g-stations",
    ),
    pytest.param(
        DATED + "全市数据中心标准机架约2万个，已有3个城市达到千兆城市建设标准；"
        "我市牵头制定5G和工业互联网相关行业标准9项。",
        {("standards", 9, "actual", 2024)},
        id="racks-and-criteria-are-no-standards",
    ),
    pytest.param(
        DATED + "全市5G基站密度达到每平方公里8.2个，每万人拥有5G基站32.4个。",
        {("bs_per_10k", 32.4, "actual", 2024)},
        id="a-density-by-area",
    ),
    pytest.param(
        DATED + "技术人员对刚建起的一座5G基站进行调试。全市仅有一个项目入选5G工厂名录；"
        "全县具备10个以上典型应用场景的工厂数量为一家。",
        {("directory_5g_factories", 1, "actual", 2024), ("scenario_factories", 1, "actual", 2024)},
        id="one-after-a-determiner-is-an-article",
    ),
    pytest.param(
        DATED
        + "全县引进5G项目53个，资金500多亿元；已建设开通5G物理基站1085个、5G逻辑基站近3000个。"
        "澧川省专精特“小巨人”企业认定名单公布，我市18家企业上榜。",
        {("bs_total", 1085, "actual", 2024)},
        id="investment-brought-in-physical-stations-a-province-s-giants",
    ),
    pytest.param(
        DATED + "全市各类工业互联网平台超过60个，其中国家级、省级工业互联网平台15个。",
        {("industrial_platforms", 15, "actual", 2024)},
        id="every-kind-of-platform",
    ),
    pytest.param(
        DATED + "全市建成省级智能工厂104家、绿色工厂87家、工业互联网平台11家。",
        {("industrial_platforms", 11, "actual", 2024)},
        id="the-noun-after-an-enumeration-comma-is-the-next-figure-s",
    ),
    pytest.param(
        DATED + "全市新签约“5G+工业互联网”项目186个，谋划实施“5G+工业互联网”重点项目6个；"
        "发展管理平台中已建成和在建项目318个。",
        {("platform_projects", 318, "actual", 2024)},
        id="signed-and-planned-projects",
    ),
    pytest.param(
        DATED + "全市争取省级专项资金2100万元，签约资金超千亿元；市财政安排专项资金6000万元。",
        {("special_funds", 6e7, "actual", 2024)},
        id="money-sought-or-signed-is-not-the-city-s-fund",
    ),
    pytest.param(
        DATED + "全年人才流入32.6万人，每年培训技术技能人才2000人次；累计引进高水平人才615人。",
        {("talents", 615, "actual", 2024)},
        id="flows-of-people",
    ),
    pytest.param(
        DATED + "全市建成边缘计算节点46个，标识解析二级节点5个；规模以上工业企业75户、"
        "房地产开发企业11户。",
        {("edge_nodes", 46, "actual", 2024), ("above_scale_enterprises", 75, "actual", 2024)},
        id="a-clause-naming-another-thing-borrows-no-field",
    ),
    pytest.param(
        DATED + "1至5月全市建成5G基站380个；截至目前已建成5G基站3002个，超出计划2个。",
        {("bs_total", 3002, "actual", 2024)},
        id="a-period-s-construction-and-a-surplus",
    ),
    pytest.param(
        DATED
        + "工信部公示第七批制造业单项冠军企业名单，我市入选3家，全市单项冠军企业总数达到11家。",
        {("single_champions", 11, "actual", 2024)},
        id="a-batch-s-intake",
    ),
    pytest.param(
        DATED + "到2026年，力争每年有2个以上项目入选国家5G工厂名录，每年发布市级“5G+工业互联网”"
        "典型场景案例30个，全市5G工厂名录入选项目累计达到12个。",
        {("directory_5g_factories", 12, "target", 2026)},
        id="a-yearly-intake-is-no-stock",
    ),
    pytest.param(
        DATED + "新一批国家专精特新“小巨人”企业名单公示，我市又有一批企业入选，全市高度重视专精特新"
        "企业培育工作，涌现出一大批优质企业，又启动专精特新紫金行动，加快构建梯次发展的企业群体，"
        "到2026年，全市国家制造业单项冠军企业、国家专精特新“小巨人”企业数量分别达到30家、300家。",
        {("single_champions", 30, "target", 2026), ("little_giants", 300, "target", 2026)},
        id="a-batch-named-many-clauses-back-is-not-the-figure-s",
    ),
    pytest.param(
        DATED + "工信部公示第五批专精特新“小巨人”企业名单，经过层层遴选，"
        "我市专精特新“小巨人”企业8家。",
        set(),
        id="a-batch-named-two-clauses-back-is-the-figure-s",
    ),
    pytest.param(
        DATED + "截至2024年6月底，全市累计建成5G基站12310个，按2023年末常住人口356.8万人计算，"
        "每万人拥有5G基站34.5个。",
        {
            ("bs_total", 12310, "actual", 2024),
            ("population", 3568000, "actual", 2023),
            ("bs_per_10k", 34.5, "actual", 2024),
        },
        id="the-base-population-keeps-its-year",
    ),
    pytest.param(
        DATED + "我市依托虚拟专网建设，全市已建成5G基站6000个；将5G基站建设纳入规划，全市现有"
        "规模以上工业企业1200家。",
        {("bs_total", 6000, "actual", 2024), ("above_scale_enterprises", 1200, "actual", 2024)},
        id="ni-in-xuni-and-a-ba-construction-are-no-plans",
    ),
    pytest.param(
        DATED + "截至目前，我市已累计建设1.73万个5G基站，培育6家国家级专精特新企业、"
        "3家制造业单项冠军企业，已建成9家国家级5G工厂。",
        {
            ("bs_total", 17300, "actual", 2024),
            ("little_giants", 6, "actual", 2024),
            ("single_champions", 3, "actual", 2024),
            ("directory_5g_factories", 9, "actual", 2024),
        },
        id="the-count-before-the-noun",
    ),
    pytest.param(
        DATED
        + "我市12家企业入选第七批国家级制造业单项冠军，5家企业荣获新一批国家级专精特新“小巨人”。",
        set(),
        id="a-batch-named-after-the-count",
    ),
    pytest.param(
        DATED + "全市创新型中小企业、省级专精特新中小企业、专精特新“小巨人”企业数量分别达到312家、"
        "96家、14家。",
        {("little_giants", 14, "actual", 2024)},
        id="the-n-th-figure-counts-the-n-th-noun",
    ),
    pytest.param(
        DATED + "全市规上工业企业、专精特新“小巨人”企业数量分别达到1310家、16家。"
        "全市5G基站、工业互联网平台数量分别达到7650个、13个。",
        {
            ("above_scale_enterprises", 1310, "actual", 2024),
            ("little_giants", 16, "actual", 2024),
            ("bs_total", 7650, "actual", 2024),
            ("industrial_platforms", 13, "actual", 2024),
        },
        id="each-sentence-pairs-its-own-figures-with-its-own-nouns",
    ),
    pytest.param(
        DATED + "规上工业企业、“小巨人”企业分别1310家、16家。",
        {("above_scale_enterprises", 1310, "actual", 2024), ("little_giants", 16, "actual", 2024)},
        id="short-nouns-paired-with-figures-right-after-respectively",
    ),
    pytest.param(
        DATED + "2022年、2023年分别有4个、7个项目入选5G工厂名录，截至2023年底累计11个。",
        {("directory_5g_factories", 11, "actual", 2023)},
        id="figures-paired-with-years-are-each-a-year-s",
    ),
    pytest.param(
        DATED + "我市共有3个项目入选5G工厂名录（2022年1个、2023年2个）；全市国家级、省级工业互联网"
        "平台15个（国家级2个、省级13个）。",
        {
            ("directory_5g_factories", 3, "actual", 2024),
            ("industrial_platforms", 15, "actual", 2024),
        },
        id="a-breakdown-in-brackets",
    ),
    pytest.param(
        DATED
        + "全市累计获得部级及以上相关称号4项，另获得省级相关称号12项；毗邻的澧西经济开发区已建成"
        "5G基站1200个。",
        {("national_titles", 4, "actual", 2024)},
        id="provincial-titles-and-a-neighbour",
    ),
    pytest.param(
        DATED + "2023年,建成5G基站850个,完成年度建设计划的105%;今年建成5G基站620个,"
        "全市累计建成5G基站5230个。",
        {("bs_total", 5230, "actual", 2024)},
        id="a-year-s-construction-with-ascii-punctuation",
    ),
    pytest.param(
        DATED + "2023年，全市已建成5G基站4800个，5G网络实现城区连续覆盖。",
        {("bs_total", 4800, "actual", 2023)},
        id="a-year-s-already-built-is-the-stock-by-then",
    ),
    pytest.param(
        DATED + "全市已形成12个“5G+工业互联网”融合应用典型场景，覆盖研发设计等环节。",
        {("typical_scenarios", 12, "actual", 2024)},
        id="scenarios-named-as-fusion-application-scenarios",
    ),
    pytest.param(
        DATED + "《行动方案》明确了2025年、2027年的发展目标。2025年，全市建成5G基站6000个以上，"
        "乡镇实现连续覆盖；2027年，全市新建成5G基站900个。",
        {("bs_total", 6000, "target", 2025)},
        id="a-goal-s-built-by-a-year-is-the-stock-aimed-at-unless-new",
    ),
    pytest.param(
        DATED + "目前全市站点已全部复工，力争第三季度完成5G站点建设1200个；上半年新建5G基站"
        "460个；今年一季度，全市累计开通5G基站6300个。",
        {("bs_total", 6300, "actual", 2024)},
        id="a-quarter-s-construction-is-not-the-stock",
    ),
    pytest.param(
        DATED + "截至目前，我市7家企业获得国家级专精特新“小巨人”认定，24家企业获得省级专精特新"
        "“小巨人”认定；2017年底以来，共有5家企业夺得“国字号”制造业单项冠军。",
        {("little_giants", 7, "actual", 2024), ("single_champions", 5, "actual", 2024)},
        id="enterprises-winning-a-title-counted-as-the-stock",
    ),
    pytest.param(
        DATED + "全区常住人口已达118万，常住人口出生率为6.09‰，比上年增加1.6万。\n"
        "各街道中澧西街道常住人口居全区第一，达到52.3万，其次为澧东街道41.2万。",
        {("population", 1180000, "actual", 2024)},
        id="a-population-in-wan-leaves-its-unit-unsaid",
    ),
    pytest.param(
        DATED + "澧川23家专精特新“小巨人”企业入围“国家队”，6家单项冠军企业上榜；全市国家级专精特新"
        "“小巨人”企业累计达到120家。",
        {("little_giants", 120, "actual", 2024)},
        id="enterprises-that-made-the-list-are-an-intake",
    ),
    pytest.param(
        DATED + "全市应用覆盖工业和信息化部发布的20个典型应用场景中的15个。",
        {("typical_scenarios", 15, "actual", 2024)},
        id="the-whole-a-count-is-part-of-is-no-count",
    ),
    pytest.param(
        "澧川市5G+工业互联网发展情况\n" + DATED + "入选全国5G工厂名录的400个项目中，澧川占6个；"
        "全市5G基站3万个中，高新区有1.2万个。",
        {("directory_5g_factories", 6, "actual", 2024), ("bs_total", 30000, "actual", 2024)},
        id="the-applicant-s-share-of-a-whole-not-its-own-part",
    ),
    pytest.param(
        DATED + "全市入选5G工厂名录的8个项目中，龙头企业有3个。",
        {("directory_5g_factories", 8, "actual", 2024)},
        id="a-whole-with-a-part-that-is-no-place-in-a-text-naming-none",
    ),
    pytest.param(
        DATED + "全市已有268个项目在“5G+工业互联网”发展管理平台中申报建成或在建。",
        {("platform_projects", 268, "actual", 2024)},
        id="projects-counted-before-the-platform",
    ),
    pytest.param(
        DATED + "截至8月1日，全市已累计建设5G基站10500个，开通5G基站10026个。",
        {("bs_total", 10500, "actual", 2024)},
        id="the-opened-share-of-a-built-total-is-no-second-total",
    ),
    pytest.param(
        DATED + "截至5月底，全市建设完成5G基站1260个，5G基站累计达到4310个。",
        {("bs_total", 4310, "actual", 2024)},
        id="a-count-without-a-word-of-totals-is-the-part-of-the-running-total-after-it",
    ),
    pytest.param(
        DATED + "截至5月底，全市建成5G基站4300个，累计开通5G基站3800个。",
        {("bs_total", 4300, "actual", 2024)},
        id="a-smaller-running-total-after-a-count-is-not-its-whole",
    ),
    pytest.param(
        DATED + "在新一批名单公示前，全市已累计培育国家级单项冠军企业12家、国家级专精特新“小巨人”"
        "企业64家，全市累计培育国家级专精特新“小巨人”企业将达到90家。",
        {
            ("single_champions", 12, "actual", 2024),
            ("little_giants", 64, "actual", 2024),
            ("little_giants", 90, "target", None),
        },
        id="a-running-total-heading-a-list-makes-each-item-a-stock-and-a-goal-after-it-no-whole",
    ),
    pytest.param(
        DATED + "目前，全市有国家级重点“小巨人”企业2家、国家级专精特新“小巨人”企业17家。其中，"
        "重点“小巨人”企业4家。",
        {("little_giants", 17, "actual", 2024)},
        id="the-giants-picked-for-funding-are-not-the-giants-count",
    ),
    pytest.param(
        DATED + "澧川市8家企业入选2023年度澧江省制造业单项冠军企业名单，总数达27家。力争专精特新"
        "企业户均有效专利达到12件以上。",
        set(),
        id="a-province-s-champions-and-a-per-enterprise-average-are-not-counts",
    ),
    pytest.param(
        DATED + "2024年计划投资3亿元，建设5G基站900个，实现城区全覆盖。",
        {("bs_total", 900, "target", 2024)},
        id="a-plan-to-invest-governs-the-clauses-after-it",
    ),
    pytest.param(
        DATED + "我市2024年电信普遍服务试点项目5G基站建设指标80个。",
        {("bs_total", 80, "target", 2024)},
        id="a-building-quota-is-a-target",
    ),
    pytest.param(
        DATED
        + "我市每万人拥有5G基站数（35.2个）位居全省第一。全市共有3个项目入选5G工厂名录（2023年"
        "1个、2024年2个）。",
        {("bs_per_10k", 35.2, "actual", 2024), ("directory_5g_factories", 3, "actual", 2024)},
        id="a-figure-in-brackets-after-a-rate-per-10000-people-is-no-breakdown",
    ),
    pytest.param(
        DATED + "截至6月底，全市5G基站达9800个（每万人39.6个）。工业互联网平台15个（国家级2个、"
        "省级13个）。",
        {
            ("bs_total", 9800, "actual", 2024),
            ("bs_per_10k", 39.6, "actual", 2024),
            ("industrial_platforms", 15, "actual", 2024),
        },
        id="a-bracket-naming-a-field-of-its-own-is-no-breakdown",
    ),
    pytest.param(
        DATED + "澧川高新区先后获批国家新型工业化产业示范基地等12项国家级“金字招牌”，今年再添两项"
        "国家级“金字招牌”，另有11个国家级“绿色工厂”。",
        {("national_titles", 12, "actual", 2024)},
        id="national-titles-counted-before-their-noun-and-a-further-addition-is-a-change",
    ),
    pytest.param(
        DATED + "企业梯度培育分为创新型中小企业、专精特新中小企业、专精特新“小巨人”企业、制造业单项"
        "冠军企业四个梯次。",
        set(),
        id="a-count-of-tiers-is-no-count-of-the-field-named-in-them",
    ),
    pytest.param(
        DATED
        + "全年新纳规模以上工业企业9户，全县现有规模以上工业企业63户。我县“单项冠军”再增两家。"
        "全县国家级5G工厂3个，省级5G工厂11个。",
        {
            ("above_scale_enterprises", 63, "actual", 2024),
            ("directory_5g_factories", 3, "actual", 2024),
        },
        id="newly-included-and-a-further-increase-are-changes-a-national-5g-factory-is-listed",
    ),
    pytest.param(
        "全市规上工业企业由630家增加到1210家。",
        {
            ("above_scale_enterprises", 630, "actual", None),
            ("above_scale_enterprises", 1210, "actual", None),
        },
        id="a-count-increased-to-is-the-count-it-reached",
    ),
    pytest.param(
        DATED + "全市累计建成5G基站3200个和120个“智慧社区”示范点，拥有国家级专精特新“小巨人”企业"
        "20家和5家单项冠军企业。",
        {
            ("bs_total", 3200, "actual", 2024),
            ("little_giants", 20, "actual", 2024),
            ("single_champions", 5, "actual", 2024),
        },
        id="a-count-joined-on-with-a-noun-of-its-own-counts-that-noun",
    ),
    pytest.param(
        DATED + "工业和信息化部公布第二批专精特新“小巨人”企业名单。我市共有9家企业荣获专精特新"
        "“小巨人”称号。\n我市8家企业获评国家级制造业单项冠军。",
        set(),
        id="enterprises-winning-a-title-in-a-batch-or-unsaid-are-an-intake",
    ),
    pytest.param(
        DATED + "梳理102个5G基站建设难点清单;招商引资到位资金达1218亿元;2023年湖北省专精特新"
        "“小巨人”企业认定名单公布,我市18家企业上榜。",
        set(),
        id="a-list-of-sites-investment-and-a-province-s-giants",
    ),
    pytest.param(
        DATED + "到2025年底,力争创新型中小企业、专精特新中小企业、专精特新“小巨人”企业数量分别达到"
        "1000家、200家、30家的目标。",
        {("little_giants", 30, "target", 2025)},
        id="paired-counts-ending-in-a-goal",
    ),
    pytest.param(
        "时间：2024-09-24\n截至2023年，全县累计建成5G通信基站512座；已累计建设1.3万个5G移动通信"
        "基站。",
        {("bs_total", 512, "actual", 2023), ("bs_total", 13000, "actual", 2023)},
        id="communication-stations-are-stations",
    ),
    pytest.param(
        "时间：2024-09-24\n截至目前，全县完成5G基站查勘设计63座，正在勘察41座。",
        set(),
        id="stations-surveyed-are-not-built",
    ),
    pytest.param(
        "时间：2024-09-24\n全县已建成5G基站3100个，在建5G基站400个，另有5G基站260个正在建设；"
        "在发展管理平台中已建成或在建项目52个。",
        {("bs_total", 3100, "actual", 2024), ("platform_projects", 52, "actual", 2024)},
        id="stations-being-built-are-not-built-projects-being-built-count",
    ),
    pytest.param(
        "时间：2023-09-24\n近日，工信部公布第五批专精特新“小巨人”企业名单，澧川区3家企业入选。"
        "加上前四批获评的5家企业，澧川区入围国家级专精特新“小巨人”企业名单的企业已有8家。",
        {("little_giants", 8, "actual", 2023)},
        id="a-batch-s-intake-with-the-earlier-batches-added-in-is-the-stock",
    ),
    pytest.param(
        "时间：2024-09-24\n全市2个项目入选工业和信息化部2023年工业互联网试点示范（5G全连接工厂"
        "方向）。\n\n全市3个项目入选工业和信息化部发布的《2023年5G工厂名录》。",
        {
            ("pilot_5g_factory_projects", 2, "actual", 2023),
            ("directory_5g_factories", 3, "actual", 2023),
        },
        id="counts-first-with-the-ministry-and-the-year-before-the-list",
    ),
    pytest.param(
        "时间：2024-09-24\n截至目前，我市共有4个项目入选5G工厂名录、1个项目入选工业互联网试点示范"
        "（5G工厂方向）。",
        {
            ("directory_5g_factories", 4, "actual", 2024),
            ("pilot_5g_factory_projects", 1, "actual", 2024),
        },
        id="a-count-first-reads-its-own-list-not-the-next-item-s",
    ),
    pytest.param(
        "时间：2024-09-24\n全市5家工厂将具备10个以上典型应用场景。全市2个项目有望入选5G工厂名录。",
        {("scenario_factories", 5, "target", None), ("directory_5g_factories", 2, "target", None)},
        id="a-goal-s-word-right-after-a-count-named-first",
    ),
    pytest.param(
        "时间：2024-09-24\n澧川已建设1.3万个5G基站将推进算力枢纽建设",
        {("bs_total", 13000, "actual", 2024)},
        id="a-count-said-reached-before-it-stays-achieved-whatever-follows",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counts(tmp_path: Path, text: str, expected: set[Simple]) -> None:
    assert simple(claims_of(tmp_path, text)) == expected
