"""长治市 试点工作方案, PDF (DOCX -> LibreOffice), dated 2024-03-26. Figures invented."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import OUT, build_docx, to_pdf, write_gold, indicator_claims

STEM = "changzhi-2024-plan"

T1_HEAD = [["序号", "指标", "单位", "2023年（现状）", "2024年", "2025年", "2026年"]]
T1 = [
    ["1", "5G基站数", "个", "9860", "11000", "12000", "13000"],
    ["2", "每万人拥有5G基站数", "个", "—", "32", "35", "38"],
    ["3", "“5G+工业互联网”项目数", "个", "87", "120", "160", "200"],
    ["4", "边缘计算节点数", "个", "9", "12", "16", "20"],
    ["5", "具备10个以上典型应用场景的工厂数", "家", "摸底中", "2", "4", "6"],
    ["6", "入选5G工厂名录项目数", "个", "0", "2", "4", "6"],
    ["7", "部级及以上相关称号数", "项", "3", "4", "6", "8"],
    ["8", "国家级、省级工业互联网平台数", "个", "4", "5", "7", "9"],
    ["9", "“5G+工业互联网”解决方案供应商数", "家", "12", "16", "20", "25"],
    ["10", "高水平技术技能人才数", "人", "3400", "4000", "4800", "5600"],
]
T1_FIELDS = {
    "5G基站数": "bs_total", "每万人拥有5G基站数": "bs_per_10k", "“5G+工业互联网”项目数": "platform_projects",
    "边缘计算节点数": "edge_nodes", "具备10个以上典型应用场景的工厂数": "scenario_factories",
    "入选5G工厂名录项目数": "directory_5g_factories", "部级及以上相关称号数": "national_titles",
    "国家级、省级工业互联网平台数": "industrial_platforms", "“5G+工业互联网”解决方案供应商数": "solution_providers",
    "高水平技术技能人才数": "talents",
}

BLOCKS = [
    ("title", "长治市创建“5G+工业互联网”融合应用"),
    ("title", "先导区试点工作方案"),
    ("subtitle", "（2024—2026年）"),
    ("p", "为贯彻落实工业和信息化部《“5G+工业互联网”融合应用先导区试点工作规则（暂行）》《“5G+工业互联网”融合应用先导区试点建设指南》和山西省关于推进制造业数字化转型的部署，以“5G+工业互联网”赋能煤炭、钢铁、装备制造等产业转型升级，积极创建国家“5G+工业互联网”融合应用先导区，结合我市实际，制定本方案。"),
    ("h1", "一、指导思想"),
    ("p", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实习近平总书记考察调研山西重要讲话重要指示精神，立足资源型城市转型发展需求，坚持“智能矿山引领、制造升级带动、生态协同支撑”，以5G智能矿山和传统产业5G改造为主攻方向，加快补齐5G网络、5G工厂和全国性示范能力短板，力争用三年时间达到先导区试点建设要求，为资源型地区“5G+工业互联网”发展探索新路径。"),
    ("h1", "二、基础条件"),
    ("h2", "（一）基本情况"),
    ("p", "长治市位于山西省东南部，辖4区8县，全市户籍人口335.2万人，2023年实现地区生产总值2761亿元。截至2023年底，全市规模以上工业企业1120家，形成了煤炭、焦化、钢铁、装备制造、光电、新能源汽车、生物医药等产业体系，是全国重要的优质动力煤和喷吹煤生产基地。"),
    ("h2", "（二）政策基础"),
    ("p", "2023年5月，市政府印发《长治市“5G+工业互联网”创新发展行动方案（2023—2025年）》，提出实施网络建设、场景应用、平台培育、安全保障四大工程。2023年，市级财政安排“5G+工业互联网”专项资金3000万元，支持5G智能矿山、5G工厂和工业互联网平台项目41个。同时，认真落实《山西省“5G+工业互联网”三年行动计划》，争取省级专项资金2100万元。"),
    ("h2", "（三）网络基础"),
    ("p", "截至2023年底，全市累计建成5G基站9860个，实现县城以上城区、重点工业园区和大型煤矿5G网络覆盖，其中井下5G基站1260个。中国移动长治分公司累计开通5G基站4300个，中国联通、中国电信共建共享5G基站5200个。同期全省累计建成5G基站8.6万个。全市在国家“5G+工业互联网”发展管理平台中已申报建成或在建项目87个，建成边缘计算节点9个。"),
    ("h2", "（四）应用基础"),
    ("p", "我市以煤炭行业为突破口，累计建成5G智能化煤矿38座、智能化综采工作面96个，5G应用覆盖工业和信息化部发布的二十大典型应用场景中的12个，远程设备操控、无人智能巡检、设备故障诊断等场景在煤矿井下实现规模应用。长治上党煤业集团有限公司单个矿井部署5G基站126个，实现综采工作面远程操控和井下人员精准定位。"),
    ("p", "目前，全市尚无项目入选工业和信息化部5G工厂名录和工业互联网试点示范（5G工厂方向），长治太岳煤机装备股份有限公司、长治潞州钢铁集团有限公司等4个项目入选山西省5G全连接工厂（第一批）。全市具备10个以上典型应用场景的工厂数量正在组织摸底认定。"),
    ("h2", "（五）产业生态"),
    ("p", "全市拥有省级工业互联网平台4个，暂无国家级工业互联网平台；参与制定5G+智能矿山相关行业标准5项，拥有5G和工业互联网相关知识产权160余项；拥有国家级专精特新“小巨人”企业9家、制造业单项冠军企业2家，提供“5G+工业互联网”产品或解决方案的企业12家。累计获得部级及以上相关称号3项，分别是："),
    ("p", "1.国家新型工业化产业示范基地（煤机装备·长治高新技术产业开发区）；"),
    ("p", "2.智能制造示范工厂（长治太岳煤机装备股份有限公司）；"),
    ("p", "3.工业互联网试点示范项目（长治上党煤业集团有限公司煤炭行业工业互联网平台）。"),
    ("h2", "（六）公共服务"),
    ("p", "依托长治学院、长治职业技术学院等院校，建成智能矿山现代产业学院1个、实训基地3个，累计培育煤矿智能化等领域高水平技术技能人才3400人。建成长治市工业互联网创新服务中心，为企业提供诊断评估、供需对接等服务。"),
    ("h2", "（七）对照不可偏离条件的差距分析"),
    ("p", "对照《试点评审指标（2023年版）》不可偏离条件，我市已印发专项政策，满足“不少于1项专项政策文件”的要求；近三年全市未发生重大网络安全事件和重大安全生产事故。主要差距在于：一是5G工厂方面，尚无项目入选5G工厂名录或工业互联网试点示范（5G工厂方向）；二是全国性示范能力方面，部级及以上相关称号3项，距离“不少于5项”尚差2项；三是具备10个以上典型应用场景的工厂尚待认定；四是每万人拥有5G基站数需在常住人口数据更新后进一步核算。"),
    ("h1", "三、发展目标"),
    ("p", "到2026年，全市5G基站数达到1.3万个，每万人拥有5G基站数达到38个；培育具备10个以上典型应用场景的工厂不少于6家；力争入选5G工厂名录项目6个、工业互联网试点示范（5G工厂方向）项目1个；部级及以上相关称号达到8项；国家级、省级工业互联网平台达到9个，基本达到先导区试点建设要求。分年度目标见表1。"),
    ("table", "表1  长治市先导区创建主要指标", T1_HEAD, T1, [1.1, 5.6, 1.2, 2.3, 1.8, 1.8, 1.8]),
    ("h1", "四、重点任务"),
    ("h2", "（一）网络提质工程"),
    ("p", "加快5G网络向煤矿井下、钢铁厂区、工业园区深度覆盖，每年新建5G基站1000个以上，推动5G虚拟专网和混合专网在大型工业企业全覆盖，建设城市级和园区级边缘计算节点。"),
    ("h2", "（二）5G工厂培育工程"),
    ("p", "建立5G工厂培育库，重点支持长治太岳煤机装备股份有限公司、长治潞州钢铁集团有限公司、长治屯留光电科技有限公司、长治襄垣新能源汽车有限公司等企业对标国家5G工厂名录要求建设5G工厂，力争2024年实现5G工厂名录零的突破。"),
    ("h2", "（三）场景拓展工程"),
    ("p", "在巩固煤矿井下远程操控、无人巡检等场景的基础上，推动钢铁、装备制造、光电、医药等行业拓展机器视觉质检、生产能效管控、生产过程溯源等场景，2024年完成具备10个以上典型应用场景工厂的认定工作。"),
    ("h2", "（四）示范创建工程"),
    ("p", "组织企业积极申报工业互联网试点示范、智能制造示范工厂、新一代信息技术与制造业融合发展示范等国家级项目，争创国家产融合作试点城市，补齐全国性示范能力短板。"),
    ("h2", "（五）生态培育工程"),
    ("p", "引进5G工业模组、矿用5G终端企业，支持本地企业联合电信运营商打造煤炭、钢铁行业解决方案，培育省级以上工业互联网平台。"),
    ("h1", "五、保障措施"),
    ("p", "（一）加强组织领导。成立由市政府主要领导任组长的先导区创建工作领导小组，建立工作专班和月调度机制。"),
    ("p", "（二）加大资金支持。2024—2026年，市级财政累计安排“5G+工业互联网”专项资金不少于1.5亿元，重点支持5G工厂建设、典型场景应用和公共服务平台建设。"),
    ("p", "（三）强化安全保障。压实企业网络安全和安全生产主体责任，加强煤矿井下5G设备安全管理。"),
    ("p", "长治市人民政府承诺：本方案所述情况及相关支撑材料真实、准确，不存在提供虚假材料的情况。"),
    ("pr", "长治市人民政府"),
    ("pr", "2024年3月26日"),
]

from extras import EXTRA, insert_after  # noqa: E402
from extras import MORE, MORE2  # noqa: E402
for _prefix, _new in EXTRA["changzhi"] + MORE["changzhi"] + MORE2["changzhi"]:
    BLOCKS = insert_after(BLOCKS, _prefix, _new)

CLAIMS = [
    {"field": "above_scale_enterprises", "value": 1120, "status": "actual", "year": 2023, "quote": "全市规模以上工业企业1120家"},
    {"field": "special_funds", "value": 30000000, "status": "actual", "year": 2023, "quote": "2023年，市级财政安排“5G+工业互联网”专项资金3000万元"},
    {"field": "bs_total", "value": 9860, "status": "actual", "year": 2023, "quote": "截至2023年底，全市累计建成5G基站9860个"},
    {"field": "platform_projects", "value": 87, "status": "actual", "year": 2023, "quote": "已申报建成或在建项目87个"},
    {"field": "edge_nodes", "value": 9, "status": "actual", "year": 2023, "quote": "建成边缘计算节点9个"},
    {"field": "typical_scenarios", "value": 12, "status": "actual", "year": 2023, "quote": "二十大典型应用场景中的12个"},
    {"field": "directory_5g_factories", "value": 0, "status": "actual", "year": 2023,
     "quote": "全市尚无项目入选工业和信息化部5G工厂名录和工业互联网试点示范（5G工厂方向）",
     "note": "尚无 = 0; 表1 现状 also 0; year from the 2023年（现状） column, consistent with the 2023年底 paragraphs"},
    {"field": "pilot_5g_factory_projects", "value": 0, "status": "actual", "year": 2023,
     "quote": "全市尚无项目入选工业和信息化部5G工厂名录和工业互联网试点示范（5G工厂方向）"},
    {"field": "industrial_platforms", "value": 4, "status": "actual", "year": 2023, "quote": "全市拥有省级工业互联网平台4个，暂无国家级工业互联网平台",
     "note": "国家级 0 + 省级 4 = 4 国家级、省级 platforms; same as 表1 现状 4"},
    {"field": "standards", "value": 5, "status": "actual", "year": 2023, "quote": "参与制定5G+智能矿山相关行业标准5项"},
    {"field": "ip_count", "value": 160, "status": "actual", "year": 2023, "qualifier": "over", "quote": "知识产权160余项"},
    {"field": "little_giants", "value": 9, "status": "actual", "year": 2023, "quote": "专精特新“小巨人”企业9家"},
    {"field": "single_champions", "value": 2, "status": "actual", "year": 2023, "quote": "制造业单项冠军企业2家"},
    {"field": "solution_providers", "value": 12, "status": "actual", "year": 2023, "quote": "提供“5G+工业互联网”产品或解决方案的企业12家"},
    {"field": "national_titles", "value": 3, "status": "actual", "year": 2023, "quote": "累计获得部级及以上相关称号3项"},
    {"field": "talents", "value": 3400, "status": "actual", "year": 2023, "quote": "高水平技术技能人才3400人"},
    {"field": "pilot_5g_factory_projects", "value": 1, "status": "target", "year": 2026, "quote": "工业互联网试点示范（5G工厂方向）项目1个"},
    {"field": "special_funds", "value": 150000000, "status": "target", "year": 2026, "qualifier": "at_least",
     "quote": "市级财政累计安排“5G+工业互联网”专项资金不少于1.5亿元"},
]

PROSE_OVERRIDE = {
    ("bs_total", 2026): ("全市5G基站数达到1.3万个", None),
    ("bs_per_10k", 2026): ("每万人拥有5G基站数达到38个", None),
    ("scenario_factories", 2026): ("培育具备10个以上典型应用场景的工厂不少于6家", "at_least"),
    ("directory_5g_factories", 2026): ("力争入选5G工厂名录项目6个", None),
    ("national_titles", 2026): ("部级及以上相关称号达到8项", None),
    ("industrial_platforms", 2026): ("国家级、省级工业互联网平台达到9个", None),
}


def main():
    docx_path = OUT / "_build" / f"{STEM}.docx"
    pdf_path = OUT / f"{STEM}.pdf"
    build_docx(BLOCKS, docx_path, fontset="noto", size=16, spacing=28,
               meta={"author": "长治市工业和信息化局", "title": "长治市创建“5G+工业互联网”融合应用先导区试点工作方案", "date": "2024-03-25T11:00:00"})
    to_pdf(docx_path, pdf_path, "2024-03-25T11:00:00")
    docx_path.unlink()
    cols = [(h, "target", int(h[:4])) for h in T1_HEAD[0][4:]]
    tclaims = indicator_claims(T1, cols, 1, 2, T1_FIELDS, 4)
    for c in tclaims:
        key = (c["field"], c["year"])
        if key in PROSE_OVERRIDE:
            c["quote"], q = PROSE_OVERRIDE[key]
            if q:
                c["qualifier"] = q
                c["note"] = "表1 prints 6, the 发展目标 paragraph 不少于6家: one claim, qualifier from the prose"
            else:
                c["note"] = "stated in 表1 and in the 发展目标 paragraph: one claim"
            c.pop("anchor")
    lists = {
        "policy_documents": ["长治市“5G+工业互联网”创新发展行动方案（2023—2025年）"],
        "national_titles": [
            "国家新型工业化产业示范基地（煤机装备·长治高新技术产业开发区）",
            "智能制造示范工厂（长治太岳煤机装备股份有限公司）",
            "工业互联网试点示范项目（长治上党煤业集团有限公司煤炭行业工业互联网平台）",
        ],
    }
    prescreen = {"special_policy": "pass", "bs_density": "unclear", "scenario_factories": "unclear",
                 "factory_5g": "fail", "national_demonstration": "fail", "no_major_incident": "pass"}
    note = ("Document date 2024-03-26 (落款); 表1 as-of column 2023年（现状）, so its 2024 column is a target. bs_density: the achieved "
            "total 9860 is stated but only 户籍人口 (335.2万, not 常住人口, not labelled) and no achieved density (表1 现状 —; the text defers "
            "the calculation) → unclear; only targets (32/35/38). scenario_factories: 现状 摸底中, only targets → unclear. factory_5g fails "
            "on 尚无 (0 and 0); the 4 山西省5G全连接工厂 are provincial. national_demonstration fails on 3 named titles (尚差2项 is a gap). "
            "no_major_incident passes: the text states no major network-security incident / work-safety accident in three years and the "
            "government's commitment that the materials are true. Not labelled: 井下5G基站1260个 (part), operators' 4300 / 5200, 全省8.6万, "
            "上党煤业 126 (one enterprise), 5G智能化煤矿38座 (no field), 省级资金2100万元, 支持项目41个, 每年新建1000个以上 (a change).")
    note += (" The 重点项目 table and its total investment (15.2亿元) are enterprise / project investment, not government "
             "special funds, and are not labelled.")
    write_gold(STEM, pdf_path.name, "长治市", CLAIMS + tclaims, lists, prescreen, note, pdf_path=pdf_path)


if __name__ == "__main__":
    main()
