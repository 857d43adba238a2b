"""银川市 — 请示 + 试点工作方案 (as its 附件), Word look, footer — n —, dated 2025-09-12; ends with a
one-page scanned annex (stamped table of figures with year columns)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

from lib import (CAP, H1, H2, P, PB, PI, PN, R, SP, SUB, TABLE, T, annex_table, draw_stamp, text_line,
                 wrap_text)

META = dict(
    stem="yinchuan-2025-qingshi-fangan",
    city="银川市",
    footer="dash",
    margins=(3.7 * cm, 3.5 * cm, 2.8 * cm, 2.6 * cm),
    leading=22,
    pdf_title="关于申报“5G+工业互联网”融合应用先导区试点的请示",
    author="ycgxj",
    creator="Microsoft® Word 2021",
    producer="Microsoft® Word 2021",
    pdf_date="D:20250912110530+08'00'",
)

BLOCKS = [
    T("银川市人民政府"),
    T("关于申报“5G+工业互联网”融合应用先导区试点的请示"),
    SP(10),
    PN("自治区工业和信息化厅、宁夏通信管理局："),
    P("为深入贯彻落实工业和信息化部关于“5G+工业互联网”融合应用先导区试点工作的部署要求，加快推动我市“5G+工业互联网”规模化发展，我市对照《“5G+工业互联网”融合应用先导区试点评审指标（2023年版）》，在全面梳理现有基础条件的基础上，组织编制了《银川市“5G+工业互联网”融合应用先导区试点工作方案》，现呈报贵厅（局），恳请审核并推荐我市申报“5G+工业互联网”融合应用先导区试点。"),
    P("妥否，请批示。"),
    SP(8),
    PN("附件：1.银川市“5G+工业互联网”融合应用先导区试点工作方案"),
    PI("2.银川市“5G+工业互联网”发展主要指标统计表"),
    SP(30),
    R("银川市人民政府"),
    R("2025年9月12日"),
    SP(10),
    PN("（联系人：马××，联系电话：0951-56×××××）"),
    PB(),
    PN("附件1"),
    SP(6),
    T("银川市“5G+工业互联网”融合应用先导区试点工作方案"),
    SP(6),
    H1("一、基本情况"),
    P("银川市是宁夏回族自治区首府，是全区政治、经济、文化中心和沿黄城市带核心城市，辖兴庆区、金凤区、西夏区3个区，永宁县、贺兰县2个县，代管灵武市，总面积9025平方公里。2024年，全市实现地区生产总值2812.4亿元，同比增长6.1%，占全区经济总量的一半以上；全市户籍人口218.5万人。2024年末，全市规模以上工业企业712家，规模以上工业增加值同比增长9.3%，已形成新型材料、装备制造、绿色食品、数字信息等主导产业，单晶硅、光伏组件、乳制品等产品在全国具有重要影响力。"),
    H1("二、基础条件"),
    H2("（一）发展政策"),
    P("2024年3月，市政府印发《银川市“5G+工业互联网”融合应用先导区建设实施方案（2024—2026年）》（银政发〔2024〕16号）；2024年8月，市政府办公室出台《银川市支持工业互联网和5G融合发展若干措施》（银政办发〔2024〕52号），对5G专网建设、5G工厂、工业互联网平台、解决方案服务商等给予支持。2024年，市级财政安排“5G+工业互联网”专项资金4800万元，支持项目39个。宁夏回族自治区印发的《宁夏“5G+工业互联网”融合发展三年行动计划》为我市工作提供了有力指导。"),
    H2("（二）基础设施"),
    P("截至2024年底，全市累计建成5G基站9200个，建成边缘计算节点9个，在“5G+工业互联网”发展管理平台中已申报建成或在建项目142个，城区、县城、乡镇和重点工业园区实现5G网络连续覆盖，5G网络覆盖水平位居西北地区省会城市前列。今年以来，全市新建5G基站660个。宁夏全区累计建成5G基站2.9万个，其中中国移动宁夏公司建成1.4万个。全市数据中心标准机架达到3.2万架。"),
    H2("（三）行业应用"),
    P("截至2024年底，全市“5G+工业互联网”应用覆盖工业和信息化部发布的典型应用场景14个，具备10个以上典型应用场景的工厂7家，主要分布在新型材料、装备制造和绿色食品行业，5G+机器视觉质检、5G+生产能效管控、5G+厂区智能物流等场景应用较为成熟。"),
    P("宁夏银丰单晶硅材料有限公司单晶硅棒5G全连接工厂入选工业和信息化部2023年工业互联网试点示范（5G工厂方向），成为西北地区首批入选的5G工厂项目之一。目前，我市尚无项目正式入选5G工厂名录，宁夏贺兰山装备制造有限公司智能铸造5G工厂、宁夏塞上乳业有限公司液态奶5G工厂2个项目已列入2025年5G工厂名录公示名单。全市已培育自治区级5G全连接工厂11个。"),
    H2("（四）产业生态"),
    P("截至2024年底，全市有国家级专精特新“小巨人”企业17家，提供“5G+工业互联网”产品或解决方案的企业41家，国家级、省级工业互联网平台8个；企业主导或参与制定5G和工业互联网相关标准10项，拥有相关知识产权790件。"),
    P("截至目前，全市累计获得部级及以上相关称号3项，分别为国家新型工业化产业示范基地（新材料·银川经济技术开发区）、国家级绿色工厂（宁夏银丰单晶硅材料有限公司）、智能制造示范工厂揭榜单位（宁夏贺兰山装备制造有限公司）。此外，银川经济技术开发区获评工业互联网园区星级评价“链洲”计划三星级园区，全市拥有自治区级智能工厂和数字化车间56个。"),
    H2("（五）公共服务"),
    P("建成银川市工业互联网公共服务平台和宁夏“5G+工业互联网”创新应用体验中心，与宁夏大学、宁夏职业技术学院共建产业学院2个；截至2025年6月底，累计培育“5G+工业互联网”高水平技术技能人才1500余人。"),
    H2("（六）安全与诚信"),
    P("近三年，我市未发生重大网络安全事件、重大安全生产事故，未出现提供虚假材料等情况。我市承诺本次申报材料真实、完整、有效。"),
    H1("三、建设目标"),
    P("试点期三年，自批复之日起计算。到2027年，全市5G基站数达到1.3万个，每万人拥有5G基站数达到40个；具备10个以上典型应用场景的工厂达到15家；累计入选5G工厂名录项目6个、工业互联网试点示范（5G工厂方向）项目3个；部级及以上相关称号达到8项；建成具有西北特色的“5G+工业互联网”融合应用先导区。各项指标现状及目标值见附件2。"),
    H1("四、重点任务"),
    H2("（一）强化政策引领"),
    P("落实先导区建设实施方案，每年制定工作要点和任务清单；优化专项资金支持方式，采取“以奖代补”“先建后补”等方式支持5G工厂和专网建设；推动银川市产业引导基金设立“5G+工业互联网”子基金。"),
    H2("（二）夯实网络基础"),
    P("实施5G网络“提质扩面”行动，推动5G网络向银川经济技术开发区、宁东（灵武）能源化工园区、贺兰工业园区等重点园区深度覆盖；推动基础电信企业与龙头企业共建5G虚拟专网和混合专网；建设新型材料行业标识解析二级节点，完善边缘计算节点布局。"),
    H2("（三）深化融合应用"),
    P("聚焦单晶硅、光伏组件、装备铸造、乳制品加工等重点领域，推广5G+生产过程溯源、5G+设备预测维护、5G+生产单元模拟等场景；实施5G工厂梯度培育，推动已入选公示名单的项目完成建设，组织更多项目申报5G工厂名录和工业互联网试点示范。"),
    H2("（四）培育产业生态"),
    P("支持宁夏塞上云工业互联网科技有限公司等本地企业发展壮大，引进5G模组、工业网关、工业软件企业；鼓励企业参与标准制定和知识产权布局；深化与东部发达地区的产业协作，引进优质解决方案服务商。"),
    H2("（五）提升公共服务"),
    P("完善工业互联网公共服务平台功能，开展企业数字化诊断；实施“塞上数字工匠”培育计划，建设校企协同育人示范基地；建立先导区建设监测评估机制。"),
    H1("五、保障措施"),
    P("（一）加强组织领导。成立由市长任组长的先导区建设领导小组，领导小组办公室设在市工业和信息化局。（二）加大资金投入。2025—2027年，市级财政累计安排“5G+工业互联网”专项资金不少于1.8亿元。（三）强化安全保障。落实工业互联网安全分类分级管理，提升安全监测和应急处置能力。（四）加强督促考核。将先导区建设纳入年度目标考核，定期通报进展情况。"),
]

STATS = [
    ["序号", "指标", "单位", "2024年底", "2025年6月底", "2027年目标"],
    ["1", "5G基站数", "个", "9200", "9860", "13000"],
    ["2", "边缘计算节点数", "个", "9", "11", "20"],
    ["3", "“5G+工业互联网”发展管理平台中已建成或在建项目数", "个", "142", "168", "300"],
    ["4", "覆盖“5G+工业互联网”典型应用场景数", "个", "14", "16", "20"],
    ["5", "具备10个以上典型应用场景的工厂数", "家", "7", "8", "15"],
    ["6", "入选工业互联网试点示范（5G工厂方向）项目数（累计）", "个", "1", "1", "3"],
    ["7", "入选5G工厂名录项目数（累计）", "个", "0", "0", "6"],
    ["8", "国家级、省级工业互联网平台数", "个", "8", "9", "15"],
    ["9", "规模以上工业企业数", "家", "712", "728", "—"],
    ["10", "国家级专精特新“小巨人”企业数", "家", "17", "19", "30"],
    ["11", "提供“5G+工业互联网”产品或解决方案的企业数", "家", "41", "46", "80"],
    ["12", "5G和工业互联网相关标准数", "项", "10", "12", "20"],
    ["13", "5G和工业互联网相关知识产权数", "件", "790", "860", "1500"],
    ["14", "部级及以上相关称号数", "项", "3", "3", "8"],
]


def annex(c):
    w, h = A4
    text_line(c, 2.5 * cm, h - 2.4 * cm, "附件2", font="HeiB", size=15)
    text_line(c, w / 2, h - 3.7 * cm, "银川市“5G+工业互联网”发展主要指标统计表", font="SongB", size=17, center=True)
    text_line(c, 2.2 * cm, h - 4.8 * cm, "填报单位：银川市工业和信息化局（盖章）", size=11.5)
    text_line(c, w - 2.2 * cm, h - 4.8 * cm, "填报日期：2025年9月10日", size=11.5, right=True)
    y = annex_table(c, 2.0 * cm, h - 5.2 * cm, STATS, [1.0, 7.6, 1.2, 2.2, 2.4, 2.4], font_size=10.5,
                    left_cols=(1,))
    y = wrap_text(c, 2.2 * cm, y - 0.5 * cm, w - 4.4 * cm,
                  "注：1.2024年底数据为年报统计数，2025年6月底数据为快报数；2.2027年目标值为预期性指标；3.“—”表示不设目标。",
                  size=10.5, leading=16, indent=False)
    draw_stamp(c, 6.3 * cm, h - 4.55 * cm, 1.95 * cm, "银川市工业和信息化局")


ANNEX = [annex]


def _c(field, value, status, year, quote, qualifier="exact", **kw):
    d = dict(field=field, value=value, status=status, year=year, qualifier=qualifier, quote=quote)
    d.update(kw)
    return d


CLAIMS = [
    _c("above_scale_enterprises", 712, "actual", 2024, "2024年末，全市规模以上工业企业712家"),
    _c("special_funds", 48000000, "actual", 2024, "2024年，市级财政安排“5G+工业互联网”专项资金4800万元"),
    _c("bs_total", 9200, "actual", 2024, "截至2024年底，全市累计建成5G基站9200个"),
    _c("edge_nodes", 9, "actual", 2024, "建成边缘计算节点9个", note="annex 2024年底 also 9: one claim"),
    _c("platform_projects", 142, "actual", 2024, "已申报建成或在建项目142个"),
    _c("typical_scenarios", 14, "actual", 2024, "典型应用场景14个"),
    _c("scenario_factories", 7, "actual", 2024, "具备10个以上典型应用场景的工厂7家"),
    _c("directory_5g_factories", 0, "actual", 2025, "我市尚无项目正式入选5G工厂名录",
       note="目前 (2025-09); the two projects only on the 2025 公示 list are not counted; annex 2025年6月底 also 0"),
    _c("little_giants", 17, "actual", 2024, "全市有国家级专精特新“小巨人”企业17家"),
    _c("solution_providers", 41, "actual", 2024, "提供“5G+工业互联网”产品或解决方案的企业41家"),
    _c("industrial_platforms", 8, "actual", 2024, "国家级、省级工业互联网平台8个"),
    _c("standards", 10, "actual", 2024, "相关标准10项"),
    _c("ip_count", 790, "actual", 2024, "拥有相关知识产权790件"),
    _c("national_titles", 3, "actual", 2025, "全市累计获得部级及以上相关称号3项",
       note="截至目前 (2025-09); annex 2025年6月底 also 3"),
    _c("talents", 1500, "actual", 2025, "累计培育“5G+工业互联网”高水平技术技能人才1500余人", "over"),
    _c("bs_total", 13000, "target", 2027, "全市5G基站数达到1.3万个", note="annex 2027年目标 also 13000: one claim"),
    _c("bs_per_10k", 40, "target", 2027, "每万人拥有5G基站数达到40个"),
    _c("scenario_factories", 15, "target", 2027, "具备10个以上典型应用场景的工厂达到15家", note="also annex: one claim"),
    _c("directory_5g_factories", 6, "target", 2027, "5G工厂名录项目6个", note="also annex: one claim"),
    _c("pilot_5g_factory_projects", 3, "target", 2027, "工业互联网试点示范（5G工厂方向）项目3个", note="also annex: one claim"),
    _c("national_titles", 8, "target", 2027, "部级及以上相关称号达到8项", note="also annex: one claim"),
    _c("special_funds", 180000000, "target", 2027, "安排“5G+工业互联网”专项资金不少于1.8亿元", "at_least"),
]

# scanned annex 2 (the last page): claims not already stated in the body
_scan = [
    # label, field, [2024, 2025, 2027] or None where the body already carries the claim / no figure
    ("5G基站数", "bs_total", [None, "9860", None]),
    ("边缘计算节点数", "edge_nodes", [None, "11", "20"]),
    ("“5G+工业互联网”发展管理平台中已建成或在建项目数", "platform_projects", [None, "168", "300"]),
    ("覆盖“5G+工业互联网”典型应用场景数", "typical_scenarios", [None, "16", "20"]),
    ("具备10个以上典型应用场景的工厂数", "scenario_factories", [None, "8", None]),
    ("入选工业互联网试点示范（5G工厂方向）项目数（累计）", "pilot_5g_factory_projects", ["1", "1", None]),
    ("入选5G工厂名录项目数（累计）", "directory_5g_factories", ["0", None, None]),
    ("国家级、省级工业互联网平台数", "industrial_platforms", [None, "9", "15"]),
    ("规模以上工业企业数", "above_scale_enterprises", [None, "728", None]),
    ("国家级专精特新“小巨人”企业数", "little_giants", [None, "19", "30"]),
    ("提供“5G+工业互联网”产品或解决方案的企业数", "solution_providers", [None, "46", "80"]),
    ("5G和工业互联网相关标准数", "standards", [None, "12", "20"]),
    ("5G和工业互联网相关知识产权数", "ip_count", [None, "860", "1500"]),
    ("部级及以上相关称号数", "national_titles", ["3", None, None]),
]
for label, field, cells in _scan:
    for col, yr, st, cell in zip(["2024年底", "2025年6月底", "2027年目标"], [2024, 2025, 2027],
                                  ["actual", "actual", "target"], cells):
        if cell is None:
            continue
        CLAIMS.append(_c(field, int(cell), st, yr, f"{label}：{cell}（{col}）", page="annex1"))

LISTS = {
    "policy_documents": [
        "银川市“5G+工业互联网”融合应用先导区建设实施方案（2024—2026年）",
        "银川市支持工业互联网和5G融合发展若干措施",
    ],
    "national_titles": [
        "国家新型工业化产业示范基地（新材料·银川经济技术开发区）",
        "国家级绿色工厂（宁夏银丰单晶硅材料有限公司）",
        "智能制造示范工厂揭榜单位（宁夏贺兰山装备制造有限公司）",
    ],
    "factories_5g": [
        "宁夏银丰单晶硅材料有限公司单晶硅棒5G全连接工厂",
    ],
}

PRESCREEN = {
    "special_policy": "pass",
    "bs_density": "unclear",
    "scenario_factories": "pass",
    "factory_5g": "pass",
    "national_demonstration": "fail",
    "no_major_incident": "pass",
}

NOTES = ("请示 dated 2025-09-12 with the 试点工作方案 as 附件1 and a scanned 附件2 (JPEG only, no text layer): a "
         "stamped statistics table with columns 2024年底 | 2025年6月底 | 2027年目标 (the first two actual, the last "
         "target). Figures stated in the body and repeated in the annex are one claim, paged to the body; the "
         "other annex cells are claims on the scanned page. bs_density unclear: the document gives the station "
         "total but no 常住人口 (only 户籍人口218.5万, which may not be used) and a density only as a 2027 target. "
         "national_demonstration fails: 3 ministerial titles (4 even if the 5G-factory 试点示范 project were counted "
         "again); the 链洲 star park (an alliance rating) and 自治区级 titles do not count. directory_5g_factories is "
         "0: two projects are only on the 2025 名录 公示 list, so they are neither counted nor listed. Not labelled: "
         "新建5G基站660个 (a change), 宁夏全区 and operator stations, 标准机架3.2万架, 自治区级5G全连接工厂11个, "
         "支持项目39个.")
