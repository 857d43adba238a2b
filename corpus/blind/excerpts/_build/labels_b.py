# -*- coding: utf-8 -*-
"""Hand labels for ex21-ex40 (DOCX)."""
from labels_a import C

LABELS = {}

LABELS["ex21-panjin.docx"] = dict(
    city="盘锦市",
    claims=[
        C("bs_total", 4862, "actual", 2024, "截至2024年6月，全市累计建成5G基站4862个"),
        C("bs_per_10k", 35.6, "actual", 2024, "每万人拥有5G基站数达35.6个"),
        C("scenario_factories", 3, "actual", 2024, "全市已有3家工厂具备10个以上“5G+工业互联网”典型应用场景"),
        C("national_titles", 5, "actual", 2024, "共计5项"),
    ],
    lists=dict(
        policy_documents=[
            "盘锦市“5G+工业互联网”融合应用先导区建设行动方案（2024—2026年）",
            "盘锦市支持5G工厂建设若干措施",
        ],
        factories_5g=[
            "盘锦辽河石化装备有限公司“5G全连接石化装备工厂”",
            "盘锦宏泰沥青新材料有限公司5G沥青智能工厂",
            "盘锦双台子海洋装备有限公司5G海工装备工厂",
        ],
        national_titles=[
            "国家新型工业化产业示范基地（石化）",
            "国家产融合作试点城市",
            "2022年工业互联网试点示范项目（盘锦辽河石化装备有限公司）",
            "2023年度智能制造示范工厂揭榜单位（盘锦宏泰沥青新材料有限公司）",
            "2023年智能制造优秀场景（盘锦双台子海洋装备有限公司）",
        ],
    ),
    prescreen=dict(special_policy="pass", bs_density="pass", scenario_factories="fail",
                   factory_5g="pass", national_demonstration="pass", no_major_incident="pass"),
    note="Full 申报表 layout: the six-part 不可偏离条件说明 is one merged cell with numbered paragraphs; signature date 2024年9月25日 in the 承诺 cell. 3 scenario factories < 5 -> fail. '最高200万元奖励' is a per-project cap, not special_funds.",
)

LABELS["ex22-hefei.docx"] = dict(
    city="合肥市",
    claims=[
        C("national_titles", 11, "actual", 2024, "截至2024年8月，我市累计获得部级及以上相关称号11项"),
        C("directory_5g_factories", 5, "actual", 2024, "累计5个项目入选5G工厂名录"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（新型显示）",
            "国家先进制造业集群（合肥市新型显示器件集群）",
            "服务型制造示范城市",
            "国家产融合作试点城市",
            "中小企业数字化转型试点城市",
            "跨行业跨领域工业互联网平台",
            "工业互联网试点示范项目",
            "工业互联网试点示范项目",
            "新一代信息技术与制造业融合发展试点示范",
            "智能制造示范工厂揭榜单位",
            "智能制造优秀场景",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Word table with vertically merged 批准部门 cells, a header row repeated mid-table, and a provincial row 12 marked 不计入 (not labelled). Entry = 称号名称 cell. 5G factories only as a count (≥5, dated) -> pass without names.",
)

LABELS["ex23-luoyang.docx"] = dict(
    city="洛阳市",
    claims=[
        C("directory_5g_factories", 4, "actual", 2024, "截至目前，我市共有4个项目入选5G工厂名录"),
        C("pilot_5g_factory_projects", 1, "actual", 2024, "1个项目入选工业互联网试点示范（5G工厂方向）"),
        C("national_titles", 9, "actual", 2024, "累计9项"),
    ],
    lists=dict(
        factories_5g=[
            "5G+矿山装备智能制造工厂",
            "5G+大型铸锻件全连接车间",
            "5G轴承智能工厂",
            "5G智慧矿山选矿厂",
            "洛阳偃师耐材有限公司",
        ],
        national_titles=[
            "国家新型工业化产业示范基地（装备制造）",
            "国家产融合作试点城市",
            "服务型制造示范城市",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="5G table with a vertically merged 企业名称 cell (rows 1-2) and an empty 项目名称 cell (row 5: entry falls back to the enterprise name). Row 6 provincial and row 7 only recommended: not labelled.",
)

LABELS["ex24-weifang.docx"] = dict(
    city="潍坊市",
    claims=[
        C("directory_5g_factories", 4, "actual", 2023, "截至2023年底，我市共有4个项目入选5G工厂名录"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（动力装备）",
            "国家先进制造业集群（潍坊市动力装备集群）",
            "中小企业数字化转型试点城市",
            "潍坊白浪河动力机械有限公司“5G+发动机智能装配”项目",
            "寿光农机装备有限公司“农机装备远程运维平台”项目",
            "智能制造示范工厂揭榜单位",
            "智能制造优秀场景",
        ],
        factories_5g=[
            "潍坊白浪河动力机械有限公司5G动力总成工厂",
            "潍坊诸城汽车配件有限公司5G汽车配件工厂",
            "寿光农机装备有限公司5G农机装备工厂",
            "潍坊昌乐玻璃制品有限公司5G玻璃智能工厂",
            "潍坊白浪河动力机械有限公司“5G全连接发动机工厂”",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Narrative. The table lists provincial 山东省5G全连接工厂 with the same columns as a 名录 table: none labelled. Province total 300余项, 争创 titles not labelled. Titles carry no year but are stated as achieved in a dated document -> pass.",
)

LABELS["ex25-taiyuan.docx"] = dict(
    city="太原市",
    claims=[
        C("pilot_5g_factory_projects", 2, "actual", 2024, "我市共有2个项目入选工业互联网试点示范（5G工厂方向）"),
        C("directory_5g_factories", 1, "actual", 2024, "1个项目入选5G工厂名录"),
    ],
    lists=dict(
        factories_5g=[
            "太原晋阳重型机械有限公司“5G+智能采掘装备全连接工厂”",
            "太原汾河特殊钢有限公司“5G+特钢智能工厂”",
            "太原清徐矿业有限公司5G智慧矿山",
        ],
        national_titles=[
            "国家新型工业化产业示范基地（不锈钢）",
            "2021年工业互联网试点示范项目（太原晋阳重型机械有限公司）",
            "2022年新一代信息技术与制造业融合发展试点示范（太原汾河特殊钢有限公司）",
            "2022年度智能制造示范工厂揭榜单位（太原晋阳重型机械有限公司）",
            "国家产融合作试点城市",
            "中小企业数字化转型试点城市",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Form table with a horizontally merged section header; ① lists inside cells. Item ⑦ is provincial (省级) although listed in the ministerial cell: not labelled. Year-only brackets dropped.",
)

LABELS["ex26-zhongshan.docx"] = dict(
    city="中山市",
    claims=[
        C("national_titles", 3, "actual", 2024, "目前，我市拥有部级及以上相关称号3项"),
        C("national_titles", 6, "target", 2025, "力争2025年部级及以上称号达到6项"),
        C("directory_5g_factories", 3, "actual", 2024, "截至目前，我市共有3个项目入选5G工厂名录"),
        C("pilot_5g_factory_projects", 0, "actual", 2024, "尚无项目入选工业互联网试点示范（5G工厂方向）"),
    ],
    lists=dict(
        national_titles=[
            "服务型制造示范城市",
            "中山古镇灯饰科技有限公司“灯饰行业工业互联网平台”",
            "国家新型工业化产业示范基地（健康医药）",
        ],
        factories_5g=[
            "5G智能五金工厂",
            "5G灯饰柔性制造工厂",
            "5G储能装备工厂",
        ],
    ),
    prescreen=dict(factory_5g="fail", national_demonstration="fail"),
    note="Titles being applied for (产融合作, 数字化转型第三批) and the provincially recommended 2024 名录 project are not labelled. Both conditions fall short.",
)

LABELS["ex27-dandong.docx"] = dict(
    city="丹东市",
    claims=[
        C("bs_per_10k", 32, "target", 2026, "到2026年，每万人拥有5G基站数达到32个"),
        C("directory_5g_factories", 5, "target", 2026, "力争到2026年入选5G工厂名录项目达到5个"),
    ],
    lists=dict(
        national_titles=["国家新型工业化产业示范基地（仪器仪表）"],
    ),
    prescreen=dict(factory_5g="unclear", national_demonstration="unclear"),
    note="Self-assessment table: policy only being drafted (not labelled, special_policy unclear), base stations only a target, 5G factories only planned, titles referred to an annex with one example -> all unclear. Provincial 5G factories not labelled.",
)

LABELS["ex28-fushun.docx"] = dict(
    city="抚顺市",
    claims=[
        C("directory_5g_factories", 0, "actual", 2024, "我市暂无项目入选5G工厂名录"),
        C("national_titles", 4, "actual", 2024, "合计：部级及以上相关称号4项"),
    ],
    lists=dict(
        factories_5g=["抚顺浑河石化装备有限公司“5G+石化装备全连接工厂”"],
        national_titles=[
            "国家新型工业化产业示范基地（精细化工）",
            "工业互联网试点示范项目",
            "智能制造优秀场景",
            "新一代信息技术与制造业融合发展试点示范",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="fail"),
    note="Title table with a merged 批准部门 cell, a full-width merged divider before provincial rows (not labelled) and a merged 合计 row. One 5G-direction pilot project satisfies the 5G condition although 名录 = 0.",
)

LABELS["ex29-liaoyang.docx"] = dict(
    city="辽阳市",
    claims=[
        C("directory_5g_factories", 4, "actual", 2024, "截至2024年8月，我市已入选5G工厂名录项目4个"),
        C("pilot_5g_factory_projects", 0, "actual", 2024, "暂无项目入选工业互联网试点示范（5G工厂方向）"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（芳烃及精细化工）",
            "辽阳太子河铝材有限公司“5G+铝型材智能挤压”项目",
            "辽阳弓长岭矿业有限公司智能制造优秀场景",
            "辽阳宏伟汽车零部件有限公司智能制造示范工厂揭榜单位",
            "辽阳市中小企业数字化转型试点城市",
        ],
        factories_5g=[
            "5G铝型材智能工厂",
            "5G汽车零部件工厂",
            "5G智慧矿山",
            "5G铝合金压铸车间",
        ],
    ),
    prescreen=dict(factory_5g="fail", national_demonstration="pass"),
    note="Semicolon run inside a form cell, holder as prefix kept, list/year brackets dropped. 5G table with the header row repeated; row 5 only recommended for 2024, not labelled.",
)

LABELS["ex30-tieling.docx"] = dict(
    city="铁岭市",
    claims=[
        C("bs_total", 6520, "actual", 2024, "截至2024年6月，全市累计建成5G基站6520个"),
        C("bs_per_10k", 28.3, "actual", 2024, "每万人拥有5G基站数28.3个"),
        C("directory_5g_factories", 0, "actual", 2024, "我市尚无项目入选5G工厂名录"),
        C("pilot_5g_factory_projects", 0, "actual", 2024, "尚无项目入选工业互联网试点示范（5G工厂方向）"),
        C("national_titles", 1, "actual", 2024, "我市现有部级及以上相关称号1项"),
        C("national_titles", 5, "target", 2026, "力争到2026年，部级及以上相关称号达到5项"),
    ],
    lists=dict(
        policy_documents=["铁岭市推进“5G+工业互联网”发展实施方案"],
        national_titles=["国家新型工业化产业示范基地（专用车）"],
    ),
    prescreen=dict(special_policy="pass", bs_density="fail", scenario_factories="unclear",
                   factory_5g="fail", national_demonstration="fail", no_major_incident="unclear"),
    note="A weak application: 28.3 stations per 10k (≤30) -> fail; no 5G factories; 1 title. Provincial 5G全连接工厂 not labelled. 文号 after the policy title is not part of it.",
)

LABELS["ex31-nantong.docx"] = dict(
    city="南通市",
    claims=[
        C("national_titles", 7, "actual", 2024, "合计 7项"),
        C("directory_5g_factories", 6, "actual", 2024, "截至2024年8月，我市共有南通启海船舶重工有限公司5G全连接船舶工厂等6个项目入选5G工厂名录"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（船舶与海工装备）",
            "5G+船舶智能焊接车间",
            "家纺行业工业互联网平台",
            "高端纺机智能制造示范工厂",
            "船用柴油机数字孪生装配",
            "海工装备数字化协同研发平台",
            "中小企业数字化转型试点城市",
        ],
        factories_5g=["南通启海船舶重工有限公司5G全连接船舶工厂"],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Title table whose name column is 项目（称号）名称, so entries are the named projects; merged 称号类别 cell (rows 2-3) and merged 合计 row. 名录 count 6 with only one name (等6个).",
)

LABELS["ex32-yichang.docx"] = dict(
    city="宜昌市",
    claims=[
        C("national_titles", 6, "actual", 2024, "我市获得部级及以上相关称号6项"),
        C("directory_5g_factories", 5, "actual", 2023, "截至2023年底，全市共5个项目入选5G工厂名录"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（精细化工）（宜昌高新区）",
            "2021年工业互联网试点示范项目（宜昌猇亭化工有限公司）",
            "2022年工业互联网试点示范项目（宜昌夷陵新材料有限公司）",
            "2022年度智能制造示范工厂揭榜单位（宜昌当阳建材有限公司）",
            "2023年智能制造优秀场景（宜昌猇亭化工有限公司）",
            "国家产融合作试点城市（宜昌市）",
        ],
        factories_5g=[
            "宜昌猇亭化工有限公司5G磷化工智能工厂",
            "宜昌夷陵新材料有限公司5G新材料工厂",
            "宜昌当阳建材有限公司5G水泥智能工厂",
            "宜昌秭归食品有限公司5G柑橘深加工工厂",
            "宜都船舶配套有限公司5G船配工厂",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Numbered list in one cell with holder brackets kept. Item 7 is 公示中: not labelled. Hubei total 30 not labelled.",
)

LABELS["ex33-xiamen.docx"] = dict(
    city="厦门市",
    claims=[
        C("directory_5g_factories", 6, "actual", 2024, "截至目前，我市累计6个项目入选5G工厂名录"),
        C("pilot_5g_factory_projects", 1, "actual", 2024, "另有1个项目入选工业互联网试点示范（5G工厂方向）"),
        C("national_titles", 21, "actual", 2024, "我市已累计获得部级以上称号21项"),
    ],
    lists=dict(
        factories_5g=[
            "厦门鹭江电子科技有限公司5G液晶模组工厂",
            "厦门海沧港务装卸有限公司5G智慧码头",
            "厦门集美工程机械有限公司5G装载机工厂",
            "厦门同安卫浴有限公司5G智能卫浴工厂",
            "厦门翔安半导体材料有限公司5G半导体材料工厂",
            "厦门湖里钨业制品有限公司5G钨制品工厂",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="News reprint dated 时间：2024-01-10, so 截至目前 resolves to 2024. Titles only as a count (21) without names: claim, no list. '力争2024年新增5G工厂10个' is a change: not labelled.",
)

LABELS["ex34-changsha.docx"] = dict(
    city="长沙市",
    claims=[
        C("scenario_factories", 6, "actual", 2024, "截至2024年6月，全市具备10个以上“5G+工业互联网”典型应用场景的工厂达6家"),
        C("national_titles", 8, "actual", 2024, "以上共8项"),
        C("directory_5g_factories", 8, "actual", 2024, "5G工厂名录8个"),
        C("pilot_5g_factory_projects", 1, "actual", 2024, "试点示范（5G工厂方向）1个"),
    ],
    lists=dict(
        policy_documents=["长沙市“5G+工业互联网”融合应用先导区建设实施方案（2023—2025年）"],
        national_titles=[
            "国家新型工业化产业示范基地（工程机械）（长沙经开区）",
            "国家先进制造业集群（长沙市工程机械集群）",
            "国家产融合作试点城市",
            "服务型制造示范城市",
            "跨行业跨领域工业互联网平台（长沙岳麓智云科技有限公司）",
            "长沙星沙工程机械有限公司“5G+远程操控”项目",
            "2023年度智能制造示范工厂揭榜单位（长沙望城电子材料有限公司）",
            "2023年智能制造优秀场景（长沙雨花汽车零部件有限公司）",
        ],
        factories_5g=[
            "5G全连接泵车工厂",
            "5G+远程操控起重机工厂",
            "5G电子浆料工厂",
            "5G汽车零部件智能工厂",
            "5G智能网关工厂",
            "5G烟花机械工厂",
            "5G食品智能工厂",
            "5G制药工厂",
            "5G轨道装备车间",
        ],
    ),
    prescreen=dict(special_policy="pass", bs_density="unclear", scenario_factories="pass",
                   factory_5g="pass", national_demonstration="pass", no_major_incident="pass"),
    note="The Hunan provincial measures are not the applicant's policy. 5G table with merged enterprise cell and a merged 合计 row carrying both counts.",
)

LABELS["ex35-huizhou.docx"] = dict(
    city="惠州市",
    claims=[
        C("national_titles", 8, "actual", 2024, "我市共获得部级及以上相关称号8项"),
        C("directory_5g_factories", 5, "actual", 2023, "截至2023年底，我市共5个项目入选5G工厂名录"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（石化）",
            "惠州仲恺电子信息有限公司“5G+手机主板柔性制造”项目",
            "2022年度智能制造示范工厂揭榜单位",
            "2023年智能制造优秀场景",
            "2024年中小企业数字化转型试点城市",
        ],
        factories_5g=[
            "惠州仲恺电子信息有限公司5G智能终端工厂",
            "惠州博罗电池科技有限公司5G锂电池工厂",
            "惠州大亚湾化工新材料有限公司5G化工新材料工厂",
            "惠州惠东鞋业有限公司5G智能制鞋工厂",
            "惠州龙门光伏玻璃有限公司5G光伏玻璃工厂",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Total 8 with a subtotal '其中工业互联网试点示范项目3项' (a share, not labelled) and only 5 named (主要有).",
)

LABELS["ex36-baoding.docx"] = dict(
    city="保定市",
    claims=[
        C("directory_5g_factories", 3, "actual", 2024, "截至目前，我市入选5G工厂名录项目3个"),
        C("pilot_5g_factory_projects", 0, "actual", 2024, "我市暂无项目入选工业互联网试点示范（5G工厂方向）"),
    ],
    lists=dict(
        factories_5g=[
            "保定莲池汽车零部件有限公司5G汽车零部件工厂",
            "保定竞秀输变电设备有限公司5G变压器智能工厂",
            "高碑店新型建材有限公司5G装配式建材工厂",
        ],
        national_titles=[
            "国家新型工业化产业示范基地（新能源与智能电网装备）",
            "工业互联网试点示范项目",
            "智能制造示范工厂揭榜单位",
            "智能制造优秀场景",
            "新一代信息技术与制造业融合发展试点示范",
            "服务型制造示范企业",
        ],
    ),
    prescreen=dict(factory_5g="fail", national_demonstration="pass"),
    note="Dated 2024-11-12, inside the 2024 名录 公示 window: the three 拟入选 projects are not labelled; counting them would turn a fail into a false pass.",
)

LABELS["ex37-jiaxing.docx"] = dict(
    city="嘉兴市",
    claims=[
        C("directory_5g_factories", 7, "actual", 2023, "嘉兴市共有7个项目入选5G工厂名录（截至2023年12月）"),
        C("pilot_5g_factory_projects", 0, "actual", 2023, "尚未有项目入选工业互联网试点示范（5G工厂方向）"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（化纤）",
            "中小企业数字化转型试点城市",
            "服务型制造示范城市",
            "工业互联网试点示范项目",
            "智能制造示范工厂揭榜单位",
            "智能制造优秀场景",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Title table with a vertically merged 获得单位 cell; row 7 (争创中) not labelled. Other cities of the same batch not labelled. 名录 only as a count.",
)

LABELS["ex38-maanshan.docx"] = dict(
    city="马鞍山市",
    claims=[
        C("national_titles", 6, "actual", 2024, "以上部级及以上称号共计6项"),
        C("directory_5g_factories", 3, "actual", 2024, "我市共有3个项目入选5G工厂名录"),
        C("pilot_5g_factory_projects", 1, "actual", 2024, "1个项目入选工业互联网试点示范（5G工厂方向）"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（钢铁）",
            "马鞍山雨山钢铁股份有限公司“5G+智慧炼铁”项目",
            "马鞍山当涂轨道装备有限公司5G全连接轮轴工厂",
            "马鞍山博望数控机床有限公司5G数控机床工厂",
            "2022年度智能制造示范工厂揭榜单位（马鞍山雨山钢铁股份有限公司）",
            "国家产融合作试点城市",
        ],
        factories_5g=[
            "马鞍山当涂轨道装备有限公司5G全连接轮轴工厂",
            "马鞍山博望数控机床有限公司5G数控机床工厂",
            "马鞍山含山铸造有限公司5G铸造工厂",
            "和县化工新材料有限公司5G化工工厂",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="The city lists a 5G-direction pilot project and a 名录 factory inside its ministerial-title list and counts them (6): they are labelled in both lists, following the document. Item (7) provincial: not labelled.",
)

LABELS["ex39-shenfu.docx"] = dict(
    city="沈抚改革创新示范区",
    claims=[
        C("national_titles", 5, "actual", 2024, "示范区现有部级及以上相关称号5项（含公示2项）"),
        C("directory_5g_factories", 2, "actual", 2024, "示范区共有2个项目入选5G工厂名录"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（工业互联网）",
            "工业互联网试点示范项目",
            "智能制造优秀场景",
        ],
        factories_5g=[
            "沈抚新材料科技有限公司5G新材料工厂",
            "沈抚数控装备有限公司5G数控装备工厂",
            "沈抚智联工业软件有限公司“5G+工业软件赋能全连接工厂”项目",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="fail"),
    note="Liaoning park applicant. Its stated count 5 includes two titles still in 公示 (status column): claim kept at the stated 5, only the 3 approved titles are listed, and a careful reviewer finds 3 -> fail.",
)

LABELS["ex40-mianyang.docx"] = dict(
    city="绵阳市",
    claims=[
        C("national_titles", 8, "actual", 2024, "合计 8项"),
        C("directory_5g_factories", 5, "actual", 2024, "合计：5G工厂名录5个"),
        C("pilot_5g_factory_projects", 1, "actual", 2024, "试点示范（5G工厂方向）1个"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（电子信息）",
            "国家产融合作试点城市",
            "工业互联网试点示范项目",
            "工业互联网试点示范项目",
            "新一代信息技术与制造业融合发展试点示范",
            "智能制造示范工厂揭榜单位",
            "智能制造优秀场景",
            "服务型制造示范平台",
        ],
        factories_5g=[
            "5G全连接显示面板工厂",
            "5G显示模组车间",
            "5G电子元件工厂",
            "5G新材料智能工厂",
            "5G特钢工厂",
            "5G汽车零部件工厂",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Annex tables only, as-of 截至2024年8月 in the caption. Merged full-width divider '以下为省级5G工厂，不计入' before two provincial rows (not labelled); merged 合计 rows.",
)
