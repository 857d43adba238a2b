"""宜昌市 试点工作方案, DOCX, dated 2025-06-18. Figures invented."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import OUT, build_docx, write_gold, indicator_claims

STEM = "yichang-2025-plan"

T1_HEAD = [["序号", "指标", "单位", "指标属性", "2024年（现状）", "2025年", "2026年", "2027年"]]
T1 = [
    ["1", "5G基站总数", "个", "预期性", "12900", "15000", "16500", "18000"],
    ["2", "每万人拥有5G基站数", "个", "约束性", "33.1", "38.4", "42.3", "46.1"],
    ["3", "“5G+工业互联网”在建及建成项目数", "个", "预期性", "152", "200", "260", "320"],
    ["4", "具备10个以上典型应用场景的工厂数", "家", "约束性", "3", "5", "8", "12"],
    ["5", "覆盖典型应用场景数", "个", "预期性", "16", "18", "20", "20"],
    ["6", "入选5G工厂名录项目数（累计）", "个", "约束性", "3", "5", "8", "12"],
    ["7", "部级及以上相关称号数", "项", "约束性", "3", "6", "8", "10"],
    ["8", "国家级、省级工业互联网平台数", "个", "预期性", "7", "9", "11", "13"],
    ["9", "边缘计算节点数", "个", "预期性", "11", "16", "22", "28"],
    ["10", "专精特新“小巨人”企业数", "家", "预期性", "27", "32", "37", "42"],
    ["11", "市级财政专项资金投入（累计）", "亿元", "预期性", "1.1", "1.9", "2.7", "3.5"],
]
T1_FIELDS = {
    "5G基站总数": "bs_total", "每万人拥有5G基站数": "bs_per_10k",
    "“5G+工业互联网”在建及建成项目数": "platform_projects",
    "具备10个以上典型应用场景的工厂数": "scenario_factories", "覆盖典型应用场景数": "typical_scenarios",
    "入选5G工厂名录项目数（累计）": "directory_5g_factories", "部级及以上相关称号数": "national_titles",
    "国家级、省级工业互联网平台数": "industrial_platforms", "边缘计算节点数": "edge_nodes",
    "专精特新“小巨人”企业数": "little_giants", "市级财政专项资金投入（累计）": "special_funds",
}

BLOCKS = [
    ("title", "宜昌市“5G+工业互联网”融合应用"),
    ("title", "先导区试点工作方案"),
    ("p", "为抢抓“5G+工业互联网”融合发展机遇，加快推动我市制造业高端化、智能化、绿色化发展，按照工业和信息化部《“5G+工业互联网”融合应用先导区试点工作规则（暂行）》和《“5G+工业互联网”融合应用先导区试点建设指南》要求，结合《湖北省数字经济高质量发展若干政策措施》和我市实际，制定本方案。"),
    ("h1", "一、指导思想"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届三中全会精神，全面落实省委、省政府关于建设全国构建新发展格局先行区的部署要求，围绕我市打造长江中上游区域性中心城市和世界级宜昌的目标，以绿色化工、生物医药、装备制造、新材料等主导产业为重点，以5G工厂为主要载体，坚持“以用促建、以建带用、建用互促”，推动5G与工业互联网在更广范围、更深程度、更高水平融合，为长江经济带化工产业转型升级提供“宜昌样板”。"),
    ("h1", "二、基础条件"),
    ("h2", "（一）经济和产业基础"),
    ("p", "宜昌市辖5个区、3个县级市、5个县，2024年末常住人口390.2万人，实现地区生产总值6196亿元，规模以上工业增加值同比增长7.3%。截至2024年底，全市规模以上工业企业1820家，形成了绿色化工、生物医药、装备制造、新材料、清洁能源等优势产业集群，其中绿色化工产业产值突破2000亿元，磷化工产业规模居全国前列。"),
    ("h2", "（二）政策支撑情况"),
    ("p", "我市先后印发《宜昌市“5G+工业互联网”融合应用先导区建设实施方案（2024—2026年）》《宜昌市促进工业互联网高质量发展若干措施》，明确对企业5G专网建设、5G工厂建设、典型场景应用、工业互联网平台培育给予资金奖补。2022—2024年，市级财政累计安排“5G+工业互联网”相关专项资金1.1亿元，带动企业投资23.6亿元。市政府与中国移动湖北公司、中国电信湖北公司、中国联通湖北省分公司分别签署5G融合应用战略合作协议。"),
    ("h2", "（三）基础设施建设情况"),
    ("p", "截至2024年底，全市累计建成5G基站12900个，每万人拥有5G基站数33.1个；2025年以来持续加大建设力度，截至2025年5月底，全市5G基站总数达到13500个，每万人拥有5G基站数提升至34.6个，5G网络实现城区、县城、乡镇全覆盖和重点工业园区深度覆盖。同期，全省累计建成5G基站14.8万个。全市已在国家“5G+工业互联网”发展管理平台中申报建成或在建项目152个，建成5G行业虚拟专网81张，部署边缘计算节点11个，中国电信宜昌分公司建成的三峡云计算中心已部署标准机架3200个。"),
    ("h2", "（四）融合应用情况"),
    ("p", "我市5G应用已覆盖工业和信息化部发布的二十大典型应用场景中的16个。截至2024年底，全市具备10个以上“5G+工业互联网”典型应用场景的工厂3家，分别为楚峡磷化集团有限公司、宜昌夷陵新材料股份有限公司和宜昌猇亭船舶装备有限公司，距离先导区“不少于5家”的要求尚差2家。宜昌西陵生物医药有限公司、宜昌点军电缆股份有限公司等企业已分别部署8个和7个典型场景，有望于2025年内突破10个。"),
    ("p", "5G工厂建设成效初显。楚峡磷化集团有限公司磷化工5G全连接工厂项目入选工业和信息化部2022年工业互联网试点示范（5G全连接工厂方向），是全省化工行业首个入选项目。全市累计3个项目入选工业和信息化部5G工厂名录，其中宜昌夷陵新材料股份有限公司电子级多晶硅5G工厂、宜昌猇亭船舶装备有限公司船舶分段制造5G工厂入选2023年5G工厂名录，宜都长江水泥有限公司水泥熟料5G工厂入选2024年5G工厂名录。另有14家企业入选湖北省5G全连接工厂。"),
    ("h2", "（五）产业生态情况"),
    ("p", "全市拥有国家级、省级工业互联网平台7个，其中楚峡磷化“磷化工云”入选湖北省重点工业互联网平台；参与制定5G和工业互联网相关国家标准、行业标准9项，拥有相关知识产权超过300项。拥有国家级专精特新“小巨人”企业27家、制造业单项冠军企业4家，提供“5G+工业互联网”产品或解决方案的企业23家。"),
    ("p", "全国性示范能力有待提升。截至2024年底，全市获得部级及以上相关称号3项，分别为：国家新型工业化产业示范基地（精细化工·宜昌高新技术产业开发区）、智能制造示范工厂（楚峡磷化集团有限公司）、国家绿色工业园区（宜昌高新技术产业开发区）。此外，全市有9个项目入选湖北省智能制造试点示范，有2家企业获评湖北省服务型制造示范企业。"),
    ("h2", "（六）公共服务情况"),
    ("p", "依托三峡大学建成“5G+工业互联网”现代产业学院，联合宜昌职业技术学院、三峡电力职业学院建设实训基地4个。截至2024年底，全市累计引进国家级人才计划入选者14人。建成宜昌市工业互联网公共服务平台，为企业提供诊断咨询、供需对接、人才培训等服务，累计为560家中小企业开展数字化转型诊断。"),
    ("h1", "三、发展目标"),
    ("h2", "（一）总体目标"),
    ("p", "通过三年建设，全市“5G+工业互联网”网络基础设施全面升级，融合应用由点及面加速推广，产业生态持续完善，建成长江经济带化工行业“5G+工业互联网”融合应用先导区。到2025年底，具备10个以上典型应用场景的工厂达到5家，入选5G工厂名录项目累计达到5个；到2027年，每万人拥有5G基站数达到46.1个，具备10个以上典型应用场景的工厂达到12家，部级及以上相关称号达到10项，引进国家级人才计划入选者累计达到30人。"),
    ("h2", "（二）分年度指标"),
    ("table", "表1  宜昌市先导区试点建设主要指标", T1_HEAD, T1, [1.0, 5.0, 1.1, 1.6, 2.0, 1.5, 1.5, 1.5]),
    ("note", "注：2024年（现状）为2024年末数据；专项资金为2022年以来累计数。"),
    ("h1", "四、重点任务"),
    ("h2", "（一）加大政策支持力度"),
    ("p", "1.完善政策体系。落实先导区建设实施方案，动态修订支持政策，对新入选国家5G工厂名录的项目给予最高150万元奖励，对新认定的具备10个以上典型应用场景的工厂给予50万元奖励。"),
    ("p", "2.深化产融合作。设立规模10亿元的宜昌市数字经济产业基金，推广“技改贷”“数字贷”等金融产品。"),
    ("h2", "（二）夯实网络基础设施"),
    ("p", "3.推进5G工业专网建设。在化工园区、高新区、各县市工业园区推广5G虚拟专网和混合专网，开展5G独立专网建设试点，满足化工安全生产等场景的高可靠需求。"),
    ("p", "4.建设边缘算力设施。依托三峡云计算中心和基础电信企业资源，建设城市级、园区级边缘计算节点。"),
    ("h2", "（三）推进融合应用创新"),
    ("p", "5.打造5G工厂集群。以绿色化工、生物医药、装备制造为重点，推动宜昌西陵生物医药有限公司、宜昌点军电缆股份有限公司、当阳玉泉纸业有限公司等企业加快典型场景部署，补齐“具备10个以上典型应用场景的工厂”短板。"),
    ("p", "6.推广化工安全生产场景。围绕危化品生产、储运等环节，推广无人智能巡检、生产过程溯源、精准动态作业等场景，形成化工行业可复制推广的解决方案。"),
    ("h2", "（四）培育壮大产业生态"),
    ("p", "7.强化技术创新。支持龙头企业联合高校、运营商共建“5G+工业互联网”联合实验室，开展5G+化工安全生产关键技术攻关和标准研制。"),
    ("p", "8.积极争创国家级称号。组织企业申报工业互联网试点示范、新一代信息技术与制造业融合发展示范、智能制造示范工厂等项目，力争每年新增部级及以上称号2项以上。"),
    ("h2", "（五）强化公共服务能力"),
    ("p", "9.加强人才引育。实施“三峡英才”计划数字专项，支持现代产业学院扩大招生规模，培育复合型技术技能人才。"),
    ("p", "10.强化安全保障。建设工业互联网安全监测平台，推动重点化工企业开展工业控制系统安全防护。"),
    ("h1", "五、保障措施"),
    ("p", "（一）加强组织领导。成立由市政府主要负责同志任组长的先导区建设工作领导小组，领导小组办公室设在市经济和信息化局，统筹推进各项工作。"),
    ("p", "（二）加大资金投入。2025—2027年，市级财政每年安排先导区建设专项资金8000万元，三年累计安排2.4亿元，统筹用于5G工厂建设、场景应用推广和公共服务平台建设。"),
    ("p", "（三）强化监测评估。建立先导区建设指标监测体系，按季度调度重点指标完成情况，按年度开展评估。"),
    ("p", "（四）加强宣传推广。总结推广典型案例和经验做法，营造良好发展氛围。"),
    ("pr", "宜昌市经济和信息化局"),
    ("pr", "宜昌市通信发展管理办公室"),
    ("pr", "2025年6月18日"),
]

from extras import EXTRA, insert_after  # noqa: E402
from extras import MORE, MORE2  # noqa: E402
for _prefix, _new in EXTRA["yichang"] + MORE["yichang"] + MORE2["yichang"]:
    BLOCKS = insert_after(BLOCKS, _prefix, _new)

CLAIMS = [
    {"field": "population", "value": 3902000, "status": "actual", "year": 2024, "quote": "2024年末常住人口390.2万人"},
    {"field": "above_scale_enterprises", "value": 1820, "status": "actual", "year": 2024, "quote": "全市规模以上工业企业1820家"},
    {"field": "special_funds", "value": 110000000, "status": "actual", "year": 2024, "quote": "2022—2024年，市级财政累计安排“5G+工业互联网”相关专项资金1.1亿元"},
    {"field": "bs_total", "value": 12900, "status": "actual", "year": 2024, "quote": "截至2024年底，全市累计建成5G基站12900个"},
    {"field": "bs_per_10k", "value": 33.1, "status": "actual", "year": 2024, "quote": "每万人拥有5G基站数33.1个"},
    {"field": "bs_total", "value": 13500, "status": "actual", "year": 2025, "quote": "截至2025年5月底，全市5G基站总数达到13500个"},
    {"field": "bs_per_10k", "value": 34.6, "status": "actual", "year": 2025, "quote": "每万人拥有5G基站数提升至34.6个"},
    {"field": "platform_projects", "value": 152, "status": "actual", "year": 2024, "quote": "申报建成或在建项目152个"},
    {"field": "edge_nodes", "value": 11, "status": "actual", "year": 2024, "quote": "部署边缘计算节点11个"},
    {"field": "typical_scenarios", "value": 16, "status": "actual", "year": 2024, "quote": "二十大典型应用场景中的16个",
     "note": "table 2024年（现状） gives the same 16"},
    {"field": "scenario_factories", "value": 3, "status": "actual", "year": 2024, "quote": "典型应用场景的工厂3家"},
    {"field": "pilot_5g_factory_projects", "value": 1, "status": "actual", "year": 2024,
     "quote": "楚峡磷化集团有限公司磷化工5G全连接工厂项目入选工业和信息化部2022年工业互联网试点示范（5G全连接工厂方向）",
     "note": "one named project; counted as the holding at the as-of date of the 基础条件 (截至2024年底)"},
    {"field": "directory_5g_factories", "value": 3, "status": "actual", "year": 2024, "quote": "全市累计3个项目入选工业和信息化部5G工厂名录"},
    {"field": "industrial_platforms", "value": 7, "status": "actual", "year": 2024, "quote": "全市拥有国家级、省级工业互联网平台7个"},
    {"field": "standards", "value": 9, "status": "actual", "year": 2024, "quote": "国家标准、行业标准9项"},
    {"field": "ip_count", "value": 300, "status": "actual", "year": 2024, "qualifier": "over", "quote": "拥有相关知识产权超过300项"},
    {"field": "little_giants", "value": 27, "status": "actual", "year": 2024, "quote": "专精特新“小巨人”企业27家"},
    {"field": "single_champions", "value": 4, "status": "actual", "year": 2024, "quote": "制造业单项冠军企业4家"},
    {"field": "solution_providers", "value": 23, "status": "actual", "year": 2024, "quote": "提供“5G+工业互联网”产品或解决方案的企业23家"},
    {"field": "national_titles", "value": 3, "status": "actual", "year": 2024, "quote": "全市获得部级及以上相关称号3项",
     "note": "the document counts 3 and does not count its 5G全连接工厂方向 试点示范 project among them; even counted, 4 < 5"},
    {"field": "talents", "value": 14, "status": "actual", "year": 2024, "quote": "全市累计引进国家级人才计划入选者14人"},
    {"field": "talents", "value": 30, "status": "target", "year": 2027, "quote": "引进国家级人才计划入选者累计达到30人"},
    {"field": "special_funds", "value": 240000000, "status": "target", "year": 2027, "quote": "三年累计安排2.4亿元",
     "note": "2025—2027 period commitment (period end 2027); distinct from 表1's cumulative-since-2022 3.5亿元 for 2027"},
]

PROSE_OVERRIDE = {
    ("scenario_factories", 2025): "具备10个以上典型应用场景的工厂达到5家",
    ("directory_5g_factories", 2025): "入选5G工厂名录项目累计达到5个",
    ("bs_per_10k", 2027): "每万人拥有5G基站数达到46.1个",
    ("scenario_factories", 2027): "具备10个以上典型应用场景的工厂达到12家",
    ("national_titles", 2027): "部级及以上相关称号达到10项",
}


def main():
    docx_path = OUT / f"{STEM}.docx"
    build_docx(BLOCKS, docx_path, fontset="gov", size=16, spacing=28,
               meta={"author": "宜昌市经济和信息化局", "title": "宜昌市“5G+工业互联网”融合应用先导区试点工作方案", "date": "2025-06-17T15:40:00"})
    cols = [(h, "target", int(h[:4])) for h in T1_HEAD[0][5:]]
    tclaims = indicator_claims(T1, cols, 1, 2, T1_FIELDS, 5)
    for c in tclaims:
        c.pop("anchor")
        key = (c["field"], c["year"])
        if key in PROSE_OVERRIDE:
            c["quote"] = PROSE_OVERRIDE[key]
            c["note"] = "stated in 表1 and in the 总体目标 paragraph: one claim"
    lists = {
        "policy_documents": [
            "宜昌市“5G+工业互联网”融合应用先导区建设实施方案（2024—2026年）",
            "宜昌市促进工业互联网高质量发展若干措施",
        ],
        "national_titles": [
            "国家新型工业化产业示范基地（精细化工·宜昌高新技术产业开发区）",
            "智能制造示范工厂（楚峡磷化集团有限公司）",
            "国家绿色工业园区（宜昌高新技术产业开发区）",
        ],
        "factories_5g": [
            "楚峡磷化集团有限公司磷化工5G全连接工厂",
            "宜昌夷陵新材料股份有限公司电子级多晶硅5G工厂",
            "宜昌猇亭船舶装备有限公司船舶分段制造5G工厂",
            "宜都长江水泥有限公司水泥熟料5G工厂",
        ],
    }
    prescreen = {"special_policy": "pass", "bs_density": "pass", "scenario_factories": "fail",
                 "factory_5g": "pass", "national_demonstration": "fail", "no_major_incident": "unclear"}
    note = ("Document date 2025-06-18 (落款). 表1's 2024年（现状） column is 2024年末 (table note); its values are the same figures as "
            "the 截至2024年底 text and are labelled once. Two achieved base-station pairs: 2024年底 12900 / 33.1 and 2025年5月底 13500 / 34.6. "
            "scenario_factories fails on the achieved 3 (尚差2家 is a gap, not a count; 8个/7个 are per-factory scenario counts). "
            "national_demonstration fails on the achieved 3 named titles (4 even if the 5G全连接工厂方向 试点示范 project were counted as a title) (湖北省 titles and 小巨人 are not counted). "
            "factory_5g passes on the 2022 试点示范（5G全连接工厂方向） project. no_major_incident: the plan states neither the absence of "
            "major incidents nor that the materials are true (only a forward 强化安全保障 task) → unclear. special_funds: 表1 gives the "
            "cumulative-since-2022 series (1.9/2.7/3.5亿元 targets), the 保障措施 the 2025—2027 period total 2.4亿元 (each labelled once; "
            "每年8000万元 is a yearly flow and not labelled). Not labelled: 全省14.8万 base stations, 标准机架3200个, 14家湖北省5G全连接工厂, "
            "企业投资23.6亿元, 产业基金10亿元 (not government special funds), 9个湖北省智能制造试点示范 and 2家湖北省服务型制造示范 (provincial titles), 每年新增称号2项 (a change).")
    note += (" The 重点项目 table and its total investment (21.3亿元) are enterprise / project investment, not government "
             "special funds, and are not labelled.")
    write_gold(STEM, docx_path.name, "宜昌市", CLAIMS + tclaims, lists, prescreen, note)


if __name__ == "__main__":
    main()
