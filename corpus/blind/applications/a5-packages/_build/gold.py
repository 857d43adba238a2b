"""Write the gold/v1 files of a5-packages. The labels below were made by hand from the
texts in src/ (read, not computed); this script only serialises them."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
A, T = "actual", "target"


def C(field, value, status, year, quote, qualifier=None, note=None):
    d = {"field": field, "value": value, "status": status, "year": year}
    if qualifier:
        d["qualifier"] = qualifier
    d["quote"] = quote
    if note:
        d["note"] = note
    return d


def tbl(rows, cols, data, field_of_row, unit_mult, status_of_col, year_of_col, skip=()):
    """Claims from a year-column table: data[row][col]; quote as 行标签：单元格（列标题）."""
    out = []
    for r, row_label in enumerate(rows):
        field = field_of_row[r]
        if field is None:
            continue
        for c, col_label in enumerate(cols):
            if (r, c) in skip:
                continue
            cell = data[r][c]
            value = round(float(cell) * unit_mult[r], 6)
            value = int(value) if value == int(value) else value
            out.append(C(field, value, status_of_col[c], year_of_col[c], f"{row_label}：{cell}（{col_label}）"))
    return out


def write(stem, ext, city, claims, lists, prescreen, note):
    gold = {
        "schema": "gold/v1",
        "document": f"{stem}.{ext}",
        "framework": "miit-2023",
        "city": city,
        "note": note,
        "claims": claims,
        "lists": lists,
        "prescreen": prescreen,
    }
    (OUT / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 衡水 (TXT, 2024-09-20)
hs = [
    C("population", 4187000, A, 2023, "2023年末全市常住人口418.7万人"),
    C("above_scale_enterprises", 1604, A, 2023, "截至2023年底，全市共有规模以上工业企业1604家"),
    C("little_giants", 21, A, 2023, "专精特新“小巨人”企业21家"),
    C("single_champions", 3, A, 2023, "制造业单项冠军企业3家"),
    C("bs_total", 15200, A, 2024, "截至2024年6月底，全市累计建成开通5G基站1.52万个"),
    C("bs_per_10k", 36.3, A, 2024, "每万人拥有5G基站数达36.3个"),
    C("bs_total", 13600, A, 2023, "2023年底全市5G基站达到1.36万个"),
    C("platform_projects", 204, A, 2024, "在建项目204个，覆盖全部主导产业"),
    C("typical_scenarios", 16, A, 2024, "二十大典型应用场景中的16个"),
    C("scenario_factories", 6, A, 2024, "具备10个以上典型应用场景的工厂6家"),
    C("pilot_5g_factory_projects", 1, A, 2023, "1个项目入选工业和信息化部2023年工业互联网试点示范（5G工厂方向）"),
    C("directory_5g_factories", 3, A, 2023, "3个项目入选2023年5G工厂名录"),
    C("industrial_platforms", 11, A, 2024, "全市拥有省级以上工业互联网平台11个",
      note="其中国家级1个 is part of the 11, not a separate count"),
    C("edge_nodes", 14, A, 2024, "建成边缘计算节点14个"),
    C("solution_providers", 33, A, 2024, "本地提供“5G+工业互联网”产品或解决方案的企业33家"),
    C("standards", 9, A, 2024, "国家标准、行业标准9项"),
    C("ip_count", 386, A, 2024, "拥有相关有效知识产权386件"),
    C("talents", 1870, A, 2024, "累计引进培育高水平技术技能人才1870人"),
    C("special_funds", 115000000, A, 2024, "2022年以来累计兑现市级“5G+工业互联网”专项资金1.15亿元",
      note="cumulative since 2022, as of the document date"),
    C("national_titles", 6, A, 2024, "全市累计获得部级及以上相关称号6项"),
    # targets in prose
    C("special_funds", 300000000, T, 2026, "2024—2026年市级财政累计安排先导区建设专项资金不少于3亿元", "at_least"),
    C("bs_total", 21000, T, 2026, "到2026年底累计建成5G基站2.1万个"),
    C("bs_per_10k", 50, T, 2026, "每万人拥有5G基站数达到50个"),
    C("edge_nodes", 30, T, 2026, "建设边缘计算节点30个"),
    C("scenario_factories", 15, T, 2026, "到2026年具备10个以上典型应用场景的工厂达到15家"),
    C("solution_providers", 60, T, 2026, "到2026年提供“5G+工业互联网”产品或解决方案的企业达到60家"),
    C("industrial_platforms", 18, T, 2026, "省级以上工业互联网平台达到18个"),
    C("talents", 5000, T, 2026, "到2026年累计引进培育高水平技术技能人才5000人"),
    C("platform_projects", 400, T, 2026, "“5G+工业互联网”项目达到400个"),
    C("directory_5g_factories", 12, T, 2026, "累计入选5G工厂名录项目达到12个"),
    C("little_giants", 30, T, 2026, "专精特新“小巨人”企业达到30家"),
    C("standards", 20, T, 2026, "到2026年主导或参与制定相关国家标准、行业标准20项以上", "over"),
]
hs += tbl(
    ["5G基站数", "每万人拥有5G基站数", "“5G+工业互联网”项目数", "具备10个以上典型应用场景的工厂数", "省级以上工业互联网平台数", "边缘计算节点数"],
    ["2024年底", "2025年底"],
    [["1.70", "1.90"], ["40", "45"], ["250", "320"], ["8", "11"], ["12", "15"], ["18", "24"]],
    ["bs_total", "bs_per_10k", "platform_projects", "scenario_factories", "industrial_platforms", "edge_nodes"],
    [10000, 1, 1, 1, 1, 1], [T, T], [2024, 2025])
write("hengshui-2024", "txt", "衡水市", hs, {
    "policy_documents": [
        "衡水市加快推进5G网络建设和应用若干措施",
        "衡水市工业互联网创新发展三年行动计划（2022—2024年）",
        "衡水市“5G+工业互联网”融合应用先导区建设行动方案（2024—2026年）",
    ],
    "national_titles": [
        "国家新型工业化产业示范基地（橡胶制品·景县经济开发区）",
        "智能制造示范工厂揭榜单位（河北冀衡汽车零部件有限公司）",
        "智能制造优秀场景（衡水瑞丰橡塑制品股份有限公司密炼过程质量在线精准控制）",
        "智能制造优秀场景（安平县恒通丝网科技有限公司丝网编织设备预测性维护）",
        "新一代信息技术与制造业融合发展试点示范（衡水中诚精密机械有限公司“数字领航”企业）",
        "工业互联网试点示范项目（衡水康达药业有限公司基于标识解析的药品全流程追溯）",
    ],
    "factories_5g": [
        "河北冀衡汽车零部件有限公司“5G+柔性制造”工厂",
        "衡水瑞丰橡塑制品股份有限公司5G全连接工厂",
        "衡水中诚精密机械有限公司5G智能制造工厂",
        "安平县恒通丝网科技有限公司5G数字化车间",
    ],
}, {
    "special_policy": "pass", "bs_density": "pass", "scenario_factories": "pass",
    "factory_5g": "pass", "national_demonstration": "pass", "no_major_incident": "unclear",
}, "Document date 2024-09-20 (申报日期, 承诺 and 落款). The 现状（2024年6月） column of the yearly table repeats the prose figures; the 2024年底 column is a target (after the document date). "
   "no_major_incident is unclear: the 真实性承诺 says the materials are true, but no passage states that no major network-security incident or work-safety accident occurred (section （六） covers only 筹备). "
   "Not labelled: 衡水移动 7860 stations (operator), 全省 19.8万 (province), 国家级高新技术企业1012家 (not the solution-provider field), 支持项目142个 and 首批入库项目86个 (funded / library projects, not platform projects), 另有5个项目已按程序申报2024年5G工厂名录 (applications, not listings). "
   "The 工业互联网试点示范项目 in 附件2 is a 标识解析 project, distinct from the 5G工厂方向 project, so the six titles do not double-count the 5G factory.")

# ---------------------------------------------------------------- 梧州 (TXT, 2024-09-26)
wz = [
    C("population", 2816000, A, 2023, "2023年末全市常住人口281.6万人"),
    C("above_scale_enterprises", 812, A, 2023, "截至2023年底，全市有规模以上工业企业812家"),
    C("little_giants", 9, A, 2023, "专精特新“小巨人”企业9家"),
    C("single_champions", 2, A, 2023, "制造业单项冠军企业2家"),
    C("bs_total", 9860, A, 2024, "截至2024年8月底，全市累计建成5G基站9860个"),
    C("bs_total", 8120, A, 2023, "2023年底，全市5G基站达到8120个"),
    C("platform_projects", 128, A, 2024, "已申报建成或在建项目128个"),
    C("typical_scenarios", 14, A, 2024, "5G应用覆盖二十大典型应用场景中的14个"),
    C("directory_5g_factories", 2, A, 2023, "2个项目入选工业和信息化部2023年5G工厂名录"),
    C("pilot_5g_factory_projects", 0, A, 2024, "工业互联网试点示范（5G工厂方向）方面，我市暂无项目入选"),
    C("industrial_platforms", 5, A, 2024, "拥有自治区级工业互联网平台5个", note="自治区级 = provincial level"),
    C("edge_nodes", 6, A, 2024, "建成边缘计算节点6个"),
    C("solution_providers", 21, A, 2024, "本地提供“5G+工业互联网”产品或解决方案的企业21家"),
    C("ip_count", 210, A, 2024, "拥有5G和工业互联网相关有效知识产权210件"),
    C("standards", 4, A, 2024, "参与制定行业标准4项"),
    C("talents", 1560, A, 2024, "累计培育高水平技术技能人才1560人"),
    C("special_funds", 120000000, A, 2024, "2023年以来，市本级统筹安排“5G+工业互联网”相关专项资金1.2亿元"),
    C("national_titles", 7, A, 2024, "全市累计获得部级及以上相关称号7项"),
    # table: 2023 base column
    C("platform_projects", 96, A, 2023, "“5G+工业互联网”项目数：96（2023年（基数））"),
    C("industrial_platforms", 4, A, 2023, "自治区级以上工业互联网平台数：4（2023年（基数））"),
    C("solution_providers", 18, A, 2023, "提供“5G+工业互联网”解决方案的企业数：18（2023年（基数））"),
    # targets
    C("special_funds", 300000000, T, 2027, "2025—2027年市本级累计安排先导区建设专项资金不少于3亿元", "at_least"),
    C("bs_total", 13500, T, 2027, "到2027年全市5G基站达到1.35万个"),
    C("bs_per_10k", 48, T, 2027, "每万人拥有5G基站数达到48个"),
    C("scenario_factories", 5, T, 2025, "力争到2025年底，具备10个以上典型应用场景的工厂达到5家"),
    C("scenario_factories", 12, T, 2027, "到2027年具备10个以上典型应用场景的工厂达到12家"),
    C("directory_5g_factories", 10, T, 2027, "累计入选5G工厂名录项目10个以上", "over"),
    C("talents", 3000, T, 2027, "到2027年累计培育高水平技术技能人才3000人"),
    C("platform_projects", 280, T, 2027, "“5G+工业互联网”项目达到280个"),
    C("above_scale_enterprises", 930, T, 2027, "规模以上工业企业达到930家"),
    C("little_giants", 18, T, 2027, "专精特新“小巨人”企业达到18家"),
    C("industrial_platforms", 10, T, 2027, "自治区级以上工业互联网平台达到10个"),
    C("solution_providers", 40, T, 2027, "到2027年提供“5G+工业互联网”产品或解决方案的企业达到40家"),
]
wz += tbl(
    ["5G基站数", "“5G+工业互联网”项目数", "规模以上工业企业数", "专精特新“小巨人”企业数", "自治区级以上工业互联网平台数", "提供“5G+工业互联网”解决方案的企业数"],
    ["2025年", "2026年"],
    [["11000", "12300"], ["170", "220"], ["850", "890"], ["12", "15"], ["6", "8"], ["26", "33"]],
    ["bs_total", "platform_projects", "above_scale_enterprises", "little_giants", "industrial_platforms", "solution_providers"],
    [1] * 6, [T, T], [2025, 2026])
write("wuzhou-2024", "txt", "梧州市", wz, {
    "policy_documents": [
        "梧州市加快5G网络建设和应用若干措施",
        "梧州市推进“5G+工业互联网”融合发展三年行动计划（2023—2025年）",
    ],
    "national_titles": [
        "国家新型工业化产业示范基地（再生资源·梧州循环经济产业园区）",
        "中小企业数字化转型试点城市（梧州市）",
        "智能制造示范工厂揭榜单位（广西梧州鑫达再生金属有限公司）",
        "智能制造优秀场景（梧州华晟电子科技有限公司印制电路板质量精准追溯）",
        "工业互联网试点示范项目（梧州陶联科技有限公司藤县陶瓷产业集群工业互联网平台）",
        "国家级绿色工厂（广西岑溪宏利石材有限公司）",
        "服务型制造示范企业（梧州中和医药有限公司）",
    ],
    "factories_5g": [
        "广西梧州鑫达再生金属有限公司5G智慧工厂",
        "梧州华晟电子科技有限公司5G全连接工厂",
    ],
}, {
    "special_policy": "pass", "bs_density": "pass", "scenario_factories": "unclear",
    "factory_5g": "fail", "national_demonstration": "pass", "no_major_incident": "pass",
}, "Document date 2024-09-26 (system export time, 承诺 and 落款). bs_density passes on a worked-out density: the document states no per-10,000 figure for now, but gives 9860 stations (2024-08) and 常住人口281.6万 (2023年末): 35.0 per 10,000. "
   "scenario_factories is unclear: no count of factories with more than 10 scenarios is given; the only figures are targets (5 by 2025, 12 by 2027). "
   "factory_5g fails: 2 projects in the 2023 名录 (< 5) and 暂无 in 试点示范（5G工厂方向）. "
   "Not labelled: 自治区级5G工厂11家 (provincial list), 梧州移动/联通/电信 stations (operators), 全区9.6万 (region), 部署5G终端860个 (one enterprise), 另有4个项目…参加2024年5G工厂名录遴选, 每年培训5000人次 (a flow), a planned 《梧州市5G工厂培育专项扶持办法》 (研究出台, not issued) and the autonomous region's 行动方案 (not the applicant's).")

# ---------------------------------------------------------------- 儋州 (TXT GB18030, 2025-09-28)
dz = [
    C("population", 972000, A, 2024, "2024年末全市常住人口97.2万人"),
    C("above_scale_enterprises", 96, A, 2024, "2024年底全市规模以上工业企业96家"),
    C("little_giants", 2, A, 2024, "专精特新“小巨人”企业2家"),
    C("single_champions", 0, A, 2024, "尚无制造业单项冠军企业"),
    C("bs_total", 2660, A, 2025, "截至2025年6月底，全市累计建成5G基站2660个"),
    C("bs_per_10k", 27.4, A, 2025, "每万人拥有5G基站数27.4个"),
    C("bs_total", 2410, A, 2024, "2024年底全市5G基站2410个"),
    C("bs_per_10k", 24.8, A, 2024, "每万人拥有5G基站数：24.8（2024年（基数））"),
    C("platform_projects", 38, A, 2025, "已申报建成或在建项目38个"),
    C("platform_projects", 29, A, 2024, "“5G+工业互联网”项目数：29（2024年（基数））"),
    C("typical_scenarios", 11, A, 2025, "5G应用覆盖二十大典型应用场景中的11个"),
    C("industrial_platforms", 1, A, 2025, "拥有省级工业互联网平台1个"),
    C("edge_nodes", 3, A, 2025, "建成边缘计算节点3个"),
    C("solution_providers", 7, A, 2025, "本地提供“5G+工业互联网”产品或解决方案的企业7家"),
    C("talents", 420, A, 2025, "累计引进培育高水平技术技能人才420人"),
    C("special_funds", 32000000, A, 2025, "2024年以来，市级财政安排数字化转型和“5G+工业互联网”专项资金3200万元"),
    C("scenario_factories", 2, A, 2025, "全市具备10个以上“5G+工业互联网”典型应用场景的工厂2家"),
    C("scenario_factories", 1, A, 2024, "具备10个以上典型应用场景的工厂数：1（2024年（基数））"),
    C("directory_5g_factories", 1, A, 2024, "入选5G工厂名录项目数：1（2024年（基数））",
      note="the prose names the one factory in the 2024 名录; the table gives the count"),
    C("pilot_5g_factory_projects", 0, A, 2025, "工业互联网试点示范（5G工厂方向）方面，我市暂无项目入选"),
    C("national_titles", 2, A, 2025, "我市企业累计获得部级及以上相关称号2项"),
    # targets
    C("bs_total", 3000, T, 2025, "预计2025年底全市5G基站达到3000个"),
    C("bs_per_10k", 31, T, 2025, "每万人拥有5G基站数达到31个"),
    C("special_funds", 150000000, T, 2027, "2025—2027年市级财政累计安排专项资金不少于1.5亿元", "at_least"),
    C("bs_total", 3600, T, 2027, "到2027年全市5G基站达到3600个"),
    C("bs_per_10k", 37, T, 2027, "每万人拥有5G基站数达到37个"),
    C("edge_nodes", 8, T, 2027, "建设边缘计算节点8个"),
    C("scenario_factories", 5, T, 2027, "到2027年具备10个以上典型应用场景的工厂达到5家"),
    C("directory_5g_factories", 5, T, 2027, "累计入选5G工厂名录项目达到5个"),
    C("pilot_5g_factory_projects", 1, T, 2027, "力争1个项目入选工业互联网试点示范（5G工厂方向）"),
    C("solution_providers", 20, T, 2027, "到2027年本地提供“5G+工业互联网”产品或解决方案的企业达到20家"),
    C("talents", 1500, T, 2027, "到2027年累计引进培育高水平技术技能人才1500人"),
]
dz += tbl(
    ["5G基站数", "每万人拥有5G基站数", "“5G+工业互联网”项目数", "具备10个以上典型应用场景的工厂数", "入选5G工厂名录项目数", "规模以上工业企业数"],
    ["2025年", "2026年", "2027年"],
    [["3000", "3300", "3600"], ["31", "34", "37"], ["45", "60", "80"], ["3", "4", "5"], ["2", "3", "5"], ["102", "108", "115"]],
    ["bs_total", "bs_per_10k", "platform_projects", "scenario_factories", "directory_5g_factories", "above_scale_enterprises"],
    [1] * 6, [T, T, T], [2025, 2026, 2027],
    skip={(0, 0), (1, 0), (0, 2), (1, 2), (3, 2), (4, 2)})
write("danzhou-2025", "txt", "儋州市", dz, {
    "policy_documents": [],
    "national_titles": [
        "国家级绿色工厂（海南儋州木棠新型建材有限公司）",
        "智能制造优秀场景（海南儋州华南橡胶制品有限公司天然橡胶加工质量精准追溯）",
    ],
    "factories_5g": ["海南儋州华南橡胶制品有限公司5G智慧工厂"],
}, {
    "special_policy": "unclear", "bs_density": "fail", "scenario_factories": "fail",
    "factory_5g": "fail", "national_demonstration": "fail", "no_major_incident": "pass",
}, "Document date 2025-09-28 (承诺 and 落款; cover 二〇二五年九月). special_policy is unclear: the city's own 实施方案 is a 送审稿 to be issued by end of October 2025 (a plan), the other document in 附件1 is provincial; policy_documents is therefore empty. "
   "bs_density fails on 27.4 per 10,000 (2025-06); the 31 expected for end-2025 is a target. scenario_factories fails on 2 factories; factory_5g fails on 1 名录 project and 暂无 in 试点示范; national_demonstration fails on 2 titles (the 省级智能工厂 and 省级专精特新 are provincial). "
   "The 2025年 column of the yearly table is a target (after the 2024 base column; year-end 2025 is after the document date). "
   "Not labelled: 洋浦经济开发区 1200 stations (a separately administered zone, not the applicant), 全省2.3万 (province), 2025年上半年新增250个 and 2025年新建590个以上 (changes), 5G行业专网30个 (no field).")

# ---------------------------------------------------------------- 肇庆 (DOCX, 2024-09-24)
zq = [
    C("population", 4132600, A, 2023, "2023年末全市常住人口413.26万人"),
    C("above_scale_enterprises", 1386, A, 2023, "2023年底全市规模以上工业企业1386家"),
    C("little_giants", 18, A, 2024, "全市现有专精特新“小巨人”企业18家"),
    C("single_champions", 4, A, 2024, "制造业单项冠军企业4家"),
    C("bs_total", 14600, A, 2024, "截至2024年6月底，全市累计建成5G基站1.46万个"),
    C("bs_per_10k", 35.3, A, 2024, "每万人拥有5G基站数35.3个"),
    C("bs_total", 12900, A, 2023, "2023年底全市5G基站达到1.29万个"),
    C("platform_projects", 286, A, 2024, "已申报建成或在建项目286个"),
    C("typical_scenarios", 18, A, 2024, "5G应用覆盖二十大典型应用场景中的18个"),
    C("scenario_factories", 7, A, 2024, "具备10个以上典型应用场景的工厂7家"),
    C("pilot_5g_factory_projects", 2, A, 2024, "累计2个项目入选工业和信息化部工业互联网试点示范（5G工厂方向）",
      note="cumulative over the 2022 and 2023 lists, as of the document"),
    C("directory_5g_factories", 5, A, 2023, "5个项目入选2023年5G工厂名录"),
    C("industrial_platforms", 9, A, 2024, "全市拥有国家级、省级工业互联网平台9个"),
    C("edge_nodes", 23, A, 2024, "建成边缘计算节点23个"),
    C("solution_providers", 46, A, 2024, "本地提供“5G+工业互联网”产品或解决方案的企业46家"),
    C("standards", 14, A, 2024, "国家标准、行业标准14项"),
    C("ip_count", 620, A, 2024, "拥有相关知识产权620件"),
    C("talents", 3800, A, 2024, "高水平技术技能人才3800余人", "over"),
    C("special_funds", 236000000, A, 2024, "2021年以来累计投入市级“5G+工业互联网”专项资金2.36亿元"),
    C("national_titles", 11, A, 2024, "全市累计获得部级及以上相关称号11项"),
    # targets
    C("special_funds", 600000000, T, 2027, "2025—2027年市财政累计安排先导区建设专项资金不少于6亿元", "at_least"),
    C("bs_total", 22000, T, 2027, "到2027年全市5G基站达到2.2万个"),
    C("bs_per_10k", 53, T, 2027, "每万人拥有5G基站数达到53个"),
    C("platform_projects", 600, T, 2027, "“5G+工业互联网”项目达到600个"),
    C("scenario_factories", 15, T, 2027, "具备10个以上典型应用场景的工厂达到15家"),
    C("directory_5g_factories", 15, T, 2027, "累计入选5G工厂名录项目15个以上", "over"),
    C("pilot_5g_factory_projects", 5, T, 2027, "工业互联网试点示范（5G工厂方向）项目达到5个"),
    C("little_giants", 30, T, 2027, "专精特新“小巨人”企业达到30家"),
    C("solution_providers", 80, T, 2027, "本地提供“5G+工业互联网”产品或解决方案的企业达到80家"),
    C("standards", 30, T, 2027, "主导或参与制定国家标准、行业标准30项以上", "over"),
    C("talents", 8000, T, 2027, "到2027年累计引进培育高水平技术技能人才8000人"),
    C("edge_nodes", 45, T, 2027, "到2027年达到45个"),
]
zq += tbl(
    ["5G基站数", "每万人拥有5G基站数", "边缘计算节点数", "“5G+工业互联网”项目数", "具备10个以上典型应用场景的工厂数", "专精特新“小巨人”企业数", "提供“5G+工业互联网”产品或解决方案的企业数"],
    ["2025年", "2026年"],
    [["1.70", "1.95"], ["41", "47"], ["30", "38"], ["380", "480"], ["9", "12"], ["22", "26"], ["55", "65"]],
    ["bs_total", "bs_per_10k", "edge_nodes", "platform_projects", "scenario_factories", "little_giants", "solution_providers"],
    [10000, 1, 1, 1, 1, 1, 1], [T, T], [2025, 2026])
write("zhaoqing-2024", "docx", "肇庆市", zq, {
    "policy_documents": [
        "肇庆市加快推进“5G+工业互联网”融合发展行动计划（2022—2024年）",
        "肇庆市支持制造业数字化转型若干措施",
        "肇庆市“5G+工业互联网”融合应用先导区建设实施方案（2024—2027年）",
    ],
    "national_titles": [
        "国家新型工业化产业示范基地（电子信息·肇庆高新技术产业开发区）",
        "国家新型工业化产业示范基地（汽车零部件·四会市）",
        "中小企业数字化转型试点城市（肇庆市）",
        "智能制造示范工厂揭榜单位（肇庆鼎峰精密电子有限公司）",
        "智能制造示范工厂揭榜单位（肇庆华粤新能源汽车零部件有限公司）",
        "智能制造优秀场景（广东肇庆润达铝业有限公司铝型材挤压工艺数字化设计）",
        "智能制造优秀场景（肇庆星辰储能科技有限公司电芯生产质量精准追溯）",
        "工业互联网试点示范项目（肇庆智联工业互联网科技有限公司金属加工行业工业互联网平台）",
        "新一代信息技术与制造业融合发展试点示范（肇庆鼎峰精密电子有限公司“数字领航”企业）",
        "国家级绿色工厂（广东封开丰源新材料有限公司）",
        "服务型制造示范（肇庆宏力机电设备有限公司共享制造平台）",
    ],
    "factories_5g": [
        "肇庆华粤新能源汽车零部件有限公司5G全连接工厂",
        "肇庆星辰储能科技有限公司5G+储能电芯智能工厂",
        "肇庆鼎峰精密电子有限公司5G全连接工厂",
        "广东肇庆润达铝业有限公司5G智慧铝材工厂",
        "肇庆宏力机电设备有限公司5G数字化车间",
        "四会市金石五金制品有限公司5G智能工厂",
        "肇庆康和生物制药有限公司5G智慧药厂",
    ],
}, {
    "special_policy": "pass", "bs_density": "pass", "scenario_factories": "pass",
    "factory_5g": "pass", "national_demonstration": "pass", "no_major_incident": "pass",
}, "Document date 2024-09-24 (承诺 and 落款). The 核心指标 text box (DrawingML with a VML fallback, so its text is stored twice) repeats figures from the body; 边缘计算节点23个 is also in the body. "
   "The 现状（2024年6月） column of 表2 repeats the prose figures; its 2025–2027 columns are targets (2027 duplicates the prose targets). "
   "The 名录 count keeps the list's own year (2023) given next to it; the 试点示范 count spans two lists (2022, 2023) and takes the document's as-of year. "
   "Not labelled: 新增5G基站1700个 (change), 肇庆移动7200个 (operator), 全省33.2万 and 全国391.7万, 5G终端1200余个 (one enterprise), 带动企业投资超过30亿元 (not government funds), 规模20亿元的数字经济产业基金 (an industry fund, 产融合作, not 专项资金), 国家级特色专业型平台2个 (part of the 9), 解决方案服务商分支机构17家 (branches brought in, not the count of providers), 另有6个项目正在参加2024年5G工厂名录遴选.")

# ---------------------------------------------------------------- 枣庄 (DOCX, 2025-07-15)
zz = [
    C("population", 3845000, A, 2024, "2024年末全市常住人口384.5万人"),
    C("above_scale_enterprises", 1390, A, 2024, "2024年底全市规模以上工业企业1390家"),
    C("little_giants", 15, A, 2024, "专精特新“小巨人”企业15家"),
    C("single_champions", 2, A, 2024, "制造业单项冠军企业2家"),
    C("bs_total", 13100, A, 2025, "截至2025年5月底，全市累计建成5G基站1.31万个"),
    C("bs_per_10k", 34.1, A, 2025, "每万人拥有5G基站数34.1个"),
    C("bs_total", 12200, A, 2024, "2024年底，全市5G基站为1.22万个"),
    C("bs_per_10k", 31.7, A, 2024, "每万人拥有5G基站数31.7个"),
    C("platform_projects", 231, A, 2025, "已申报建成或在建项目231个"),
    C("platform_projects", 198, A, 2024, "“5G+工业互联网”项目数：198（2024年（基数））"),
    C("typical_scenarios", 17, A, 2025, "5G应用覆盖二十大典型应用场景中的17个"),
    C("scenario_factories", 8, A, 2025, "具备10个以上典型应用场景的工厂8家"),
    C("scenario_factories", 6, A, 2024, "具备10个以上典型应用场景的工厂数：6（2024年（基数））"),
    C("directory_5g_factories", 5, A, 2024, "截至2024年底，累计5个项目入选工业和信息化部5G工厂名录",
      note="2023年2个、2024年3个 are batch intakes, not separate counts"),
    C("industrial_platforms", 7, A, 2025, "全市拥有国家级、省级工业互联网平台7个"),
    C("edge_nodes", 12, A, 2025, "建成边缘计算节点12个"),
    C("solution_providers", 28, A, 2025, "提供“5G+工业互联网”产品或解决方案的企业28家"),
    C("standards", 6, A, 2025, "国家标准、行业标准6项"),
    C("ip_count", 450, A, 2025, "拥有相关有效知识产权450件"),
    C("talents", 2600, A, 2025, "高水平技术技能人才2600余人", "over"),
    C("special_funds", 180000000, A, 2025, "2023年以来，市级累计投入“5G+工业互联网”专项资金1.8亿元"),
    C("national_titles", 4, A, 2025, "全市累计获得部级及以上相关称号4项"),
    # targets
    C("special_funds", 500000000, T, 2027, "累计投入“5G+工业互联网”专项资金不少于5亿元", "at_least"),
    C("solution_providers", 50, T, 2027, "到2027年达到50家"),
    C("industrial_platforms", 12, T, 2027, "国家级、省级工业互联网平台达到12个"),
    C("talents", 6000, T, 2027, "到2027年累计培育高水平技术技能人才6000人"),
    C("bs_total", 18000, T, 2027, "到2027年，全市5G基站达到1.8万个"),
    C("bs_per_10k", 47, T, 2027, "每万人拥有5G基站数达到47个"),
    C("platform_projects", 400, T, 2027, "“5G+工业互联网”项目达到400个"),
    C("scenario_factories", 16, T, 2027, "具备10个以上典型应用场景的工厂达到16家"),
    C("directory_5g_factories", 15, T, 2027, "累计入选5G工厂名录项目达到15个"),
    C("pilot_5g_factory_projects", 2, T, 2027, "力争2个项目入选工业互联网试点示范（5G工厂方向）"),
    C("national_titles", 10, T, 2027, "力争到2027年部级及以上相关称号达到10项"),
    C("above_scale_enterprises", 1520, T, 2027, "规模以上工业企业达到1520家"),
    C("edge_nodes", 25, T, 2027, "到2027年达到25个"),
    C("standards", 15, T, 2027, "到2027年主导或参与制定国家标准、行业标准15项"),
]
zz += tbl(
    ["5G基站数", "每万人拥有5G基站数", "“5G+工业互联网”项目数", "具备10个以上典型应用场景的工厂数", "入选5G工厂名录项目数（累计）", "规模以上工业企业数"],
    ["2025年", "2026年"],
    [["1.40", "1.60"], ["36", "42"], ["260", "330"], ["10", "13"], ["8", "11"], ["1430", "1470"]],
    ["bs_total", "bs_per_10k", "platform_projects", "scenario_factories", "directory_5g_factories", "above_scale_enterprises"],
    [10000, 1, 1, 1, 1, 1], [T, T], [2025, 2026])
write("zaozhuang-2025", "docx", "枣庄市", zz, {
    "policy_documents": [
        "枣庄市支持数字经济和实体经济深度融合若干政策措施",
        "枣庄市“5G+工业互联网”融合发展行动计划（2024—2026年）",
        "枣庄市5G工厂和数字化车间认定管理办法",
    ],
    "national_titles": [
        "国家新型工业化产业示范基地（锂电新能源·枣庄高新技术产业开发区）",
        "智能制造示范工厂揭榜单位（山东枣庄锂能科技有限公司）",
        "智能制造优秀场景（滕州精工数控机床有限公司机床装配过程质量追溯）",
        "工业互联网试点示范项目（枣庄华信电子科技有限公司工业互联网平台+安全综合解决方案）",
    ],
    "factories_5g": [
        "滕州精工数控机床有限公司5G全连接工厂",
        "山东枣庄锂能科技有限公司5G锂电池智能工厂",
        "枣庄鲁南新材料股份有限公司5G智慧工厂",
        "枣庄康源制药有限公司5G数字化车间",
        "滕州恒力机械有限公司5G智能铸造工厂",
    ],
}, {
    "special_policy": "pass", "bs_density": "pass", "scenario_factories": "pass",
    "factory_5g": "pass", "national_demonstration": "fail", "no_major_incident": "pass",
}, "Document date 2025-07-15 (承诺 and 落款). The 核心指标 callout box (DrawingML wedgeRectCallout) repeats body figures. factory_5g passes on exactly 5 名录 projects (threshold 不少于5). "
   "national_demonstration fails: 4 部级及以上 titles; the four 省级（供参考） rows of 附件2 and the 12 provincial titles do not count and are not listed. "
   "The yearly table has a two-row merged header (目标值 over 2025–2027); the 2025 column is a target (after the 2024 base; document dated mid-2025). "
   "Not labelled: 滕州市建成5G基站4100个 (a county-level city within the applicant, not the applicant's total), 全省26.8万, 2025年1—5月新增900个 (change), 支持项目167个, 5G虚拟专网213个 (no field), 锂电企业150余家 / 中小机床企业超过500家 (not 规上 counts), the planned 《…若干支持政策》 (研究出台).")

# ---------------------------------------------------------------- 河源 (DOCX, 2025-09-12)
hy = [
    C("population", 2830000, A, 2024, "2024年末全市常住人口283.0万人"),
    C("above_scale_enterprises", 1012, A, 2024, "2024年底全市规模以上工业企业1012家"),
    C("little_giants", 12, A, 2024, "专精特新“小巨人”企业12家"),
    C("single_champions", 1, A, 2024, "制造业单项冠军企业1家"),
    C("bs_total", 8490, A, 2025, "截至2025年6月底，全市累计建成5G基站8490个"),
    C("bs_per_10k", 30.0, A, 2025, "每万人拥有5G基站数达到30.0个"),
    C("bs_total", 7960, A, 2024, "2024年底全市5G基站7960个"),
    C("bs_per_10k", 28.1, A, 2024, "每万人拥有5G基站数28.1个"),
    C("platform_projects", 112, A, 2025, "已申报建成或在建项目112个"),
    C("platform_projects", 96, A, 2024, "“5G+工业互联网”项目数：96（2024年（基数））"),
    C("typical_scenarios", 13, A, 2025, "5G应用覆盖二十大典型应用场景中的13个"),
    C("pilot_5g_factory_projects", 1, A, 2023, "1个项目入选工业和信息化部2023年工业互联网试点示范（5G工厂方向）"),
    C("directory_5g_factories", 4, A, 2024, "截至2024年底累计4个项目入选5G工厂名录"),
    C("industrial_platforms", 4, A, 2025, "全市拥有国家级、省级工业互联网平台4个"),
    C("edge_nodes", 5, A, 2025, "建成边缘计算节点5个"),
    C("solution_providers", 15, A, 2025, "提供“5G+工业互联网”产品或解决方案的企业15家"),
    C("solution_providers", 11, A, 2024, "由2024年底的11家增加到15家"),
    C("standards", 3, A, 2025, "参与制定相关国家标准、行业标准3项"),
    C("ip_count", 160, A, 2025, "拥有相关有效知识产权160件"),
    C("talents", 980, A, 2025, "累计引进培育高水平技术技能人才980人"),
    C("special_funds", 86000000, A, 2025, "2023年以来，市级累计安排“5G+工业互联网”相关专项资金8600万元"),
    C("national_titles", 5, A, 2025, "全市累计获得部级及以上相关称号5项"),
    # targets
    C("special_funds", 200000000, T, 2027, "2025—2027年市级财政累计安排先导区建设专项资金不少于2亿元", "at_least"),
    C("bs_total", 12000, T, 2027, "到2027年全市5G基站达到1.2万个"),
    C("edge_nodes", 15, T, 2027, "边缘计算节点达到15个"),
    C("talents", 3000, T, 2027, "到2027年累计引进培育高水平技术技能人才3000人"),
    C("bs_per_10k", 42, T, 2027, "每万人拥有5G基站数达到42个"),
    C("platform_projects", 220, T, 2027, "“5G+工业互联网”项目达到220个"),
    C("scenario_factories", 5, T, 2026, "力争到2026年底具备10个以上典型应用场景的工厂达到5家"),
    C("scenario_factories", 8, T, 2027, "到2027年达到8家"),
    C("directory_5g_factories", 12, T, 2027, "累计入选5G工厂名录项目达到12个"),
    C("solution_providers", 30, T, 2027, "提供“5G+工业互联网”产品或解决方案的企业达到30家"),
    C("above_scale_enterprises", 1160, T, 2027, "规模以上工业企业数：1160（2027年）"),
]
hy += tbl(
    ["5G基站数", "每万人拥有5G基站数", "“5G+工业互联网”项目数", "入选5G工厂名录项目数（累计）", "规模以上工业企业数", "提供“5G+工业互联网”产品或解决方案的企业数"],
    ["2025年", "2026年"],
    [["9000", "10500"], ["32", "37"], ["130", "170"], ["6", "9"], ["1050", "1100"], ["18", "24"]],
    ["bs_total", "bs_per_10k", "platform_projects", "directory_5g_factories", "above_scale_enterprises", "solution_providers"],
    [1] * 6, [T, T], [2025, 2026])
write("heyuan-2025", "docx", "河源市", hy, {
    "policy_documents": [
        "河源市推动“5G+工业互联网”高质量发展实施方案（2023—2025年）",
        "河源市5G工厂建设专项扶持办法",
    ],
    "national_titles": [
        "国家新型工业化产业示范基地（电子信息·河源高新技术产业开发区）",
        "智能制造示范工厂揭榜单位（河源市粤辉电子科技有限公司）",
        "智能制造优秀场景（广东河源万绿饮品有限公司饮料灌装产线能效优化）",
        "新一代信息技术与制造业融合发展示范（广东华源新材料股份有限公司“数字领航”企业）",
        "中小企业数字化转型试点城市（河源市）",
    ],
    "factories_5g": [
        "河源市粤辉电子科技有限公司5G全连接工厂",
        "广东河源万绿饮品有限公司5G智慧饮料工厂",
        "广东华源新材料股份有限公司5G智能工厂",
        "河源龙川精密模具有限公司5G数字化车间",
        "紫金县宏达光伏科技有限公司5G智能工厂",
    ],
}, {
    "special_policy": "pass", "bs_density": "fail", "scenario_factories": "unclear",
    "factory_5g": "pass", "national_demonstration": "pass", "no_major_incident": "pass",
}, "Document date 2025-09-12 (cover, 承诺 and 落款; the provincial recommendation cells are blank). The 核心指标 box is a one-cell shaded table. "
   "bs_density fails: 30.0 per 10,000 does not exceed 30, although the document calls it 达到评审指标要求. "
   "scenario_factories is unclear: 27家工厂开展5G应用 and 10家工厂部署5个以上典型应用场景 are not the field (the condition counts factories with more than 10 scenarios); the only figures for the field are targets (5 by end-2026, 8 by 2027). "
   "factory_5g passes on the one 2023 试点示范（5G工厂方向） project. national_demonstration passes on exactly 5 titles. "
   "Not labelled: 较2024年底增加530个 / 2025年新增1000个以上 (changes), 全省36.1万 (province), 服务深河合作园区企业46家, 厂区覆盖率92% (a share).")
print("ok")
