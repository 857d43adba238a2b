# -*- coding: utf-8 -*-
"""Hand labels for ex01-ex20 (TXT). Written by the corpus writer, one entry per document."""


def C(field, value, status, year, quote, qualifier=None):
    c = {"field": field, "value": value, "status": status, "year": year, "quote": quote}
    if qualifier:
        c["qualifier"] = qualifier
    return c


LABELS = {}

LABELS["ex01-dalian.txt"] = dict(
    city="大连市",
    claims=[
        C("directory_5g_factories", 6, "actual", 2024, "截至目前，全市累计6个项目入选工业和信息化部5G工厂名录"),
        C("pilot_5g_factory_projects", 0, "actual", 2024, "目前，我市尚无项目入选工业互联网试点示范（5G工厂方向）"),
        C("national_titles", 7, "actual", 2024, "截至2024年8月，我市共获得部级及以上相关称号7项"),
    ],
    lists=dict(
        factories_5g=[
            "大连瀚海船舶重工有限公司5G全连接船舶分段工厂",
            "大连恒岳轴承制造有限公司5G智能轴承工厂",
            "大连北港石化装备有限公司5G+智慧炼化装备工厂",
            "大连凌波数控机床有限公司5G全连接机床装配车间",
            "大连德泰冷链装备股份有限公司5G冷链压缩机工厂",
            "瓦房店金鼎精密轴承有限公司5G数字化轴承工厂",
        ],
        national_titles=[
            "国家新型工业化产业示范基地（船舶与海洋工程装备）",
            "国家产融合作试点城市",
            "智能制造示范工厂（大连恒岳轴承制造有限公司）",
            "2021年工业互联网试点示范项目",
            "面向高端轴承的数字孪生工厂（大连恒岳轴承制造有限公司）",
            "2023年跨行业跨领域工业互联网平台（大连云匠工业互联网科技有限公司）",
            "2023年智能制造优秀场景（大连北港石化装备有限公司“5G+设备预测维护”场景）",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Numbered （1） 名录 list and 1. titles list with approval brackets (dropped). Distractors: 辽宁省5G全连接工厂 (provincial), 金普新区 省级先导区, 争创国家级示范区, 2024 pilot application (planned). 'counted 6 名录' and '尚无' pilot = 0 are both claims.",
)

LABELS["ex02-changzhou.txt"] = dict(
    city="常州市",
    claims=[
        C("directory_5g_factories", 7, "actual", 2023, "截至2023年底，全市共有7个项目入选工业和信息化部5G工厂名录"),
        C("national_titles", 23, "actual", 2024, "累计拥有部级及以上相关称号23项"),
    ],
    lists=dict(
        policy_documents=["常州市“5G+工业互联网”融合应用先导区建设三年行动计划（2024—2026年）"],
        factories_5g=[
            "常州锐拓智能装备有限公司5G智能装备工厂",
            "常州华翎新材料科技有限公司5G锂电材料工厂",
            "常州宏程汽车零部件有限公司“5G全连接新能源汽车电驱工厂”",
        ],
        national_titles=[
            "国家产融合作试点城市",
            "国家新型工业化产业示范基地（智能制造装备）",
            "中小企业数字化转型试点城市",
            "服务型制造示范城市",
            "国家先进制造业集群（新能源汽车及零部件）",
            "常州锐拓智能装备有限公司“5G+柔性产线”项目",
            "常州华翎新材料科技有限公司“基于5G的锂电极片质量追溯系统”项目",
            "2022年度智能制造示范工厂",
        ],
    ),
    prescreen=dict(special_policy="pass", factory_5g="pass", national_demonstration="pass"),
    note="Narrative with 、-runs. 23 titles year from the signature date (2024年9月). National total 300 / province 97 not the applicant's. '力争新增5G工厂名录项目10个' is a change (新增), not labelled. Pilot project named without a numeral: no pilot count claim.",
)

LABELS["ex03-anshan.txt"] = dict(
    city="鞍山市",
    claims=[
        C("directory_5g_factories", 3, "actual", 2024, "截至2024年6月，我市已有3个项目入选5G工厂名录"),
        C("pilot_5g_factory_projects", 0, "actual", 2024, "我市暂无项目入选工业互联网试点示范（5G工厂方向）"),
        C("national_titles", 5, "actual", 2024, "我市现有部级及以上称号5项"),
    ],
    lists=dict(
        factories_5g=[
            "鞍山钢联重工机械有限公司5G智慧钢铁工厂",
            "鞍山恒立矿山机械有限公司5G矿山装备工厂",
            "鞍山千山耐火材料有限公司5G全连接耐材工厂",
        ],
        national_titles=[
            "国家新型工业化产业示范基地（钢铁）",
            "鞍山钢联重工机械有限公司“5G+智慧炼钢”项目",
            "智能制造示范工厂（鞍山恒立矿山机械有限公司）",
            "鞍山通华菱镁新材料股份有限公司“菱镁行业工业互联网平台”",
            "2023年度智能制造优秀场景（鞍山钢联重工机械有限公司，原料场智能理货）",
        ],
    ),
    prescreen=dict(factory_5g="fail", national_demonstration="pass", no_major_incident="pass"),
    note="Semicolon runs; trailing brackets giving list/approver/year dropped, holder brackets kept. 5G: 3 名录 + 0 pilot = fail; a project still in 2024 遴选 is not counted. Provincial titles not labelled.",
)

LABELS["ex04-quanzhou.txt"] = dict(
    city="泉州市",
    claims=[
        C("national_titles", 9, "actual", 2024, "获得部级及以上相关称号共计9项"),
        C("directory_5g_factories", 4, "actual", 2023, "截至2023年底，我市共有4个项目入选5G工厂名录"),
        C("pilot_5g_factory_projects", 1, "actual", 2023, "1个项目入选工业互联网试点示范（5G工厂方向）"),
    ],
    lists=dict(
        national_titles=[
            "国家产融合作试点城市",
            "第九批国家新型工业化产业示范基地（纺织服装）",
            "中小企业数字化转型试点城市",
            "晋江鸿翔鞋业有限公司“5G+柔性鞋服定制”项目",
            "泉州闽瑞石化装备有限公司“5G+安全生产”项目",
            "智能制造示范工厂（福建南安联丰石材机械有限公司）",
            "2022年智能制造优秀场景（泉州永晟纺织科技有限公司）",
            "服务型制造示范平台（泉州鞋服云供应链平台）",
            "5G应用安全创新推广中心（泉州闽南信安科技有限公司）",
        ],
        factories_5g=[
            "5G+柔性鞋服智能工厂",
            "5G全连接石化装备工厂",
            "5G石材智能加工工厂",
            "5G智慧纺纱工厂",
            "5G冷链食品工厂",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="① numbering; '年份 title——project' items are labelled by the named project. Tab-separated 5G table: entry = 项目名称 cell. 9-title count has no own as-of, resolved to the signature date 2024.",
)

LABELS["ex05-xiangyang.txt"] = dict(
    city="襄阳市",
    claims=[
        C("directory_5g_factories", 4, "actual", 2023, "截至2023年12月，我市共有4个项目入选5G工厂名录"),
        C("national_titles", 5, "actual", 2024, "已获得部级及以上相关称号5项"),
    ],
    lists=dict(
        factories_5g=[
            "襄阳瑞驰汽车车桥有限公司“5G全连接车桥工厂”",
            "襄阳恒鑫新能源电机有限公司5G智能电机工厂",
            "襄阳汉江轴承股份有限公司5G轴承数字化车间",
            "湖北楚襄化工有限公司5G智慧化工工厂",
        ],
        national_titles=[
            "国家新型工业化产业示范基地（汽车产业）",
            "国家产融合作试点城市",
            "襄阳瑞驰汽车车桥有限公司“5G+车桥智能制造”项目",
            "2023年度智能制造示范工厂揭榜单位",
            "襄阳汉江智联科技有限公司“汽车零部件行业工业互联网平台”",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="一是…二是… narrative. The 瑞驰 5G全连接车桥工厂 is both the 2023 pilot (5G工厂方向) and a 名录 entry: listed once. 湖北省5G全连接工厂 and 市级培育库 not labelled. 争创 titles not labelled.",
)

LABELS["ex06-yingkou.txt"] = dict(
    city="营口市",
    claims=[
        C("national_titles", 8, "actual", 2024, "合计：部级及以上称号8项"),
        C("directory_5g_factories", 2, "actual", 2024, "我市共有2个项目入选5G工厂名录"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（镁质材料）",
            "工业互联网试点示范项目",
            "工业互联网试点示范项目",
            "智能制造示范工厂揭榜单位",
            "智能制造优秀场景",
            "新一代信息技术与制造业融合发展试点示范",
            "服务型制造示范企业",
            "中小企业数字化转型试点城市",
        ],
        factories_5g=[
            "营口港晟智能装备有限公司5G全连接港口装备工厂",
            "营口辽滨石化机械有限公司5G石化装备工厂",
        ],
    ),
    prescreen=dict(factory_5g="fail", national_demonstration="pass"),
    note="Pipe table with a repeated header after （续表）, an empty 批准部门 cell and '同上'. Entry = 称号名称 cell, so generic titles repeat (two 工业互联网试点示范项目 held by different firms). Rows 9-10 are provincial, not labelled. 5G: 2 名录 and no pilot claimed -> fail.",
)

LABELS["ex07-wuxi.txt"] = dict(
    city="无锡市",
    claims=[
        C("directory_5g_factories", 8, "actual", 2023, "我市共有8家工厂榜上有名"),
        C("directory_5g_factories", 20, "target", 2025, "力争到2025年全市5G工厂名录项目达到20个"),
    ],
    lists=dict(
        factories_5g=[
            "无锡澄泰特钢有限公司5G全连接特钢工厂",
            "无锡锡芯微电子有限公司5G半导体封测工厂",
            "江阴华澄纺织股份有限公司5G智慧纺纱工厂",
            "宜兴陶都环保装备有限公司5G环保装备工厂",
            "无锡锡动动力机械有限公司5G柴油机数字化工厂",
            "无锡华新储能科技有限公司5G储能电池工厂",
            "江阴远帆船用配件有限公司5G船配智能工厂",
            "无锡金鑫焊材有限公司5G焊材工厂",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="unclear"),
    note="News-style support material (时间：2023-12-01). First 名录 batch, so the city's 8 is its total, year 2023. National 300 and Jiangsu 97 not labelled. 海岚 project only in a 公示 list: not labelled. '平均…超过8个' scenarios per factory is not a field count. No titles in the excerpt.",
)

LABELS["ex08-liuzhou.txt"] = dict(
    city="柳州市",
    claims=[
        C("pilot_5g_factory_projects", 2, "actual", 2024, "我市共有2个项目入选工业互联网试点示范（5G工厂方向）"),
        C("national_titles", 6, "actual", 2024, "以上合计6项"),
    ],
    lists=dict(
        factories_5g=[
            "柳州龙城汽车底盘有限公司“5G全连接汽车底盘工厂”",
            "柳州华岳钢铁有限公司“5G+智慧钢铁工厂”",
        ],
        national_titles=[
            "2021年度智能制造示范工厂揭榜单位",
            "2022年度智能制造示范工厂揭榜单位",
            "2022年工业互联网试点示范项目",
            "2023年新一代信息技术与制造业融合发展示范“数字领航”企业",
            "国家产融合作试点城市",
            "国家新型工业化产业示范基地（汽车）",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Holder-first sentences (某公司获评/入选…): entry is the title after the verb, with its year prefix. Autonomous-region titles and '力争新增5个以上' (a change) not labelled.",
)

LABELS["ex09-zhuzhou.txt"] = dict(
    city="株洲市",
    claims=[
        C("directory_5g_factories", 2, "actual", 2024, "截至目前，我市共有2个项目入选5G工厂名录"),
        C("pilot_5g_factory_projects", 0, "actual", 2024, "暂无项目入选工业互联网试点示范（5G工厂方向）"),
    ],
    lists=dict(
        factories_5g=[
            "株洲荷塘硬质合金有限公司5G硬质合金智能工厂",
            "株洲炎帝航空动力部件有限公司5G航空部件数字化车间",
        ],
        national_titles=[
            "国家新型工业化产业示范基地（轨道交通装备）",
            "株洲湘江电力机车配件有限公司“基于5G的轨道交通装备远程运维平台”",
            "国家产融合作试点城市",
            "智能制造示范工厂揭榜单位",
            "智能制造优秀场景",
            "服务型制造示范企业",
            "中小企业数字化转型试点城市",
        ],
    ),
    prescreen=dict(factory_5g="fail", national_demonstration="pass"),
    note="Year-prefixed semicolon run ('2019年，…；'): the year is separated by a comma so it is not part of the entry. No title total stated, so no national_titles claim; 7 dated titles -> pass. 争创 先进制造业集群 and planned 2024 名录 applications not labelled.",
)

LABELS["ex10-tangshan.txt"] = dict(
    city="唐山市",
    claims=[
        C("national_titles", 14, "actual", 2023, "我市累计获得部级及以上相关称号14项"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（钢铁）",
            "国家产融合作试点城市",
            "唐山冀东重型装备有限公司“5G+矿山装备远程运维”工业互联网试点示范项目",
        ],
    ),
    prescreen=dict(factory_5g="unclear", national_demonstration="pass"),
    note="Dated 2023-11-20, inside the 2023 名录 公示 window: the six named projects are only 公示 (not yet listed) -> not labelled, factory_5g unclear (nothing achieved claimed, nothing stated as zero). Count of titles (14) with only 3 names. Province 公示 total not labelled.",
)

LABELS["ex11-foshan.txt"] = dict(
    city="佛山市",
    claims=[
        C("national_titles", 10, "actual", 2024, "我市已获得部级及以上相关称号共10项"),
        C("directory_5g_factories", 9, "actual", 2023, "截至2023年12月，全市共有9家工厂入选工业和信息化部5G工厂名录"),
    ],
    lists=dict(
        national_titles=[
            "国家产融合作试点城市",
            "服务型制造示范城市",
            "国家先进制造业集群（泛家居产业集群）",
            "国家新型工业化产业示范基地（家电）",
            "中小企业数字化转型试点城市",
            "佛山南粤智造科技有限公司“粤智云”工业互联网平台",
            "顺德华凯家电有限公司“5G+家电柔性总装”项目",
            "佛山禅龙陶瓷有限公司智能陶瓷示范工厂",
            "南海瑞鑫铝型材有限公司“铝型材挤压工艺数字孪生”场景",
            "佛山精模数控科技有限公司“模具云设计APP”",
        ],
        factories_5g=[
            "顺德华凯家电有限公司5G家电全连接工厂",
            "佛山禅龙陶瓷有限公司5G智能陶瓷工厂",
            "南海瑞鑫铝型材有限公司5G铝型材智能工厂",
            "佛山三水日化科技有限公司5G日化智能工厂",
            "高明西江新材料有限公司5G高分子材料工厂",
            "顺德容桂小家电有限公司5G小家电智能工厂",
            "佛山狮山汽车部件有限公司5G汽车部件工厂",
            "南海九江机械装备有限公司5G智能装备工厂",
            "佛山北滘暖通设备有限公司5G暖通设备工厂",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="'1、' numbering; 'category：named item' entries are labelled by the named item; batch/year brackets dropped. 34 Guangdong provincial 5G factories not labelled.",
)

LABELS["ex12-deyang.txt"] = dict(
    city="德阳市",
    claims=[
        C("national_titles", 5, "actual", 2024, "累计获得部级及以上称号5项"),
        C("directory_5g_factories", 4, "actual", 2024, "合计：入选5G工厂名录4个"),
        C("pilot_5g_factory_projects", 1, "actual", 2024, "入选工业互联网试点示范（5G工厂方向）1个"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（装备制造）",
            "国家产融合作试点城市",
        ],
        factories_5g=[
            "5G+重型装备智能焊接工厂",
            "5G+大型铸锻件数字化车间",
            "5G燃机叶片智能工厂",
            "5G油气装备工厂",
            "5G智慧磷化工工厂",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Tab table with an empty 企业名称 cell (same firm as the row above) and a provincial row (row 6, not labelled). The 合计 line has no as-of of its own -> signature year 2024. '2个工业互联网试点示范项目和1家智能制造示范工厂' are unnamed counts: no list entries.",
)

LABELS["ex13-haicheng.txt"] = dict(
    city="海城市",
    claims=[
        C("above_scale_enterprises", 312, "actual", 2024, "规模以上工业企业312家"),
        C("directory_5g_factories", 0, "actual", 2024, "我市尚无项目入选5G工厂名录和工业互联网试点示范（5G工厂方向）"),
        C("pilot_5g_factory_projects", 0, "actual", 2024, "我市尚无项目入选5G工厂名录和工业互联网试点示范（5G工厂方向）"),
        C("national_titles", 2, "actual", 2024, "目前，我市共获得部级及以上相关称号2项"),
        C("national_titles", 5, "target", 2025, "力争“十四五”末部级及以上相关称号达到5项"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（菱镁新材料）",
            "2022年工业互联网试点示范项目",
        ],
    ),
    prescreen=dict(factory_5g="fail", national_demonstration="fail"),
    note="County-level city (Liaoning) judged on the national 2023 indicators as the brief requires. The parent city's (鞍山) 产融合作 title is not the applicant's. 辽宁省5G全连接工厂 not labelled. '十四五末' = 2025.",
)

LABELS["ex14-yantai.txt"] = dict(
    city="烟台市",
    claims=[
        C("bs_total", 21000, "actual", 2024, "截至2024年6月底，全市累计开通5G基站2.1万个"),
        C("bs_per_10k", 40, "target", 2026, "到2026年全市每万人拥有5G基站数达到40个"),
        C("national_titles", 11, "actual", 2024, "我市共有部级及以上相关称号11项"),
        C("directory_5g_factories", 6, "actual", 2024, "截至2024年8月底，全市共有6个项目入选5G工厂名录"),
        C("pilot_5g_factory_projects", 1, "actual", 2024, "1个项目入选工业互联网试点示范（5G工厂方向）"),
    ],
    lists=dict(
        policy_documents=["烟台市“5G+工业互联网”融合应用先导区建设工作方案"],
        national_titles=[
            "国家产融合作试点城市",
            "国家新型工业化产业示范基地（化工新材料）",
            "国家先进制造业集群（烟台化工新材料产业集群）",
            "中小企业数字化转型试点城市",
            "烟台蓬莱港重工有限公司“5G+海工装备协同制造”工业互联网试点示范项目",
            "烟台芝罘精密机床有限公司“机床远程运维平台”工业互联网试点示范项目",
            "烟台福山汽车零部件有限公司智能制造示范工厂",
            "烟台牟平锂电材料有限公司智能制造示范工厂",
            "烟台龙口铝业有限公司“铝材质量追溯”智能制造优秀场景",
            "烟台莱阳食品机械有限公司服务型制造示范企业",
            "5G应用安全创新推广中心烟台分中心",
        ],
        factories_5g=[
            "烟台蓬莱港重工有限公司5G全连接海工装备工厂",
            "烟台福山汽车零部件有限公司5G汽车零部件工厂",
            "烟台牟平锂电材料有限公司5G锂电材料工厂",
            "烟台芝罘精密机床有限公司5G精密机床车间",
            "烟台莱山生物医药有限公司5G制药工厂",
            "烟台招远黄金冶炼有限公司5G智慧冶炼工厂",
        ],
    ),
    prescreen=dict(special_policy="pass", bs_density="unclear", factory_5g="pass",
                   national_demonstration="pass", no_major_incident="pass"),
    note="称号（批准部门，年份） brackets dropped, field brackets kept. The pilot project is also in the 名录 and is listed once. Base-station density only as a 2026 target -> bs_density unclear. Shandong 32 and 17 provincial factories not labelled.",
)

LABELS["ex15-baotou.txt"] = dict(
    city="包头市",
    claims=[
        C("national_titles", 5, "actual", 2024, "我市现有部级及以上相关称号5项"),
        C("directory_5g_factories", 5, "actual", 2024, "截至目前，我市共有5个项目入选5G工厂名录"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（稀土新材料）",
            "包头鹿城重型机械有限公司“5G+重型装备远程运维”项目",
            "2023年度智能制造示范工厂揭榜单位",
            "包头昆都仑钢铁物流有限公司“钢铁物流工业互联网平台”",
        ],
        factories_5g=[
            "包头鹿城重型机械有限公司5G重型装备工厂",
            "包头稀都永磁材料有限公司5G永磁材料工厂",
            "包头昆都仑钢铁物流有限公司5G智慧钢铁物流园",
            "包头九原铝业有限公司5G电解铝工厂",
            "包头青山装甲车辆配件有限公司5G特种车辆配件车间",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="fail"),
    note="Q&A supplementary note. The document claims 5 titles but item (5) is an alliance title (链洲计划, 工业互联网产业联盟), not ministerial: 4 labelled, claim kept at the stated 5, a careful reviewer finds only 4 -> fail. Autonomous-region 5G factories not labelled.",
)

LABELS["ex16-wuhu.txt"] = dict(
    city="芜湖市",
    claims=[
        C("directory_5g_factories", 5, "actual", 2023, "至此，我市5G工厂名录项目达到5个"),
    ],
    lists=dict(
        factories_5g=[
            "芜湖鸠兹汽车零部件有限公司5G智能冲焊工厂",
            "芜湖镜湖电子材料有限公司5G显示材料工厂",
            "芜湖三山机器人科技有限公司5G机器人装配工厂",
            "芜湖弋江新材料股份有限公司5G铜基材料工厂",
            "无为华东电缆有限公司5G电线电缆工厂",
            "芜湖三山机器人科技有限公司“5G+机器人柔性装配全连接工厂”项目",
        ],
        national_titles=[
            "国家新型工业化产业示范基地（机器人）",
            "国家产融合作试点城市",
            "服务型制造示范城市",
            "2021年度智能制造示范工厂揭榜单位",
            "2022年度智能制造示范工厂揭榜单位",
            "2023年新一代信息技术与制造业融合发展示范",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="News-like wording (上榜, 位列其中, 至此…达到5个; 时间：2023-12-05). Anhui's 19 not labelled. The 2022 pilot project has a different name from the firm's 名录 factory, so both are listed. 省级智能工厂 not labelled.",
)

LABELS["ex17-jinzhou.txt"] = dict(
    city="锦州市",
    claims=[],
    lists=dict(
        factories_5g=[
            "锦州渤海光伏材料有限公司5G光伏材料工厂",
            "锦州滨海港务有限公司5G智慧港口",
            "锦州凌河电子元件有限公司5G电子元件工厂",
            "锦州北镇铸造有限公司5G数字化铸造工厂",
            "锦州太和石化设备有限公司5G石化设备工厂",
        ],
        national_titles=[
            "国家新型工业化产业示范基地（汽车零部件）",
            "锦州渤海光伏材料有限公司智能制造示范工厂",
            "锦州滨海港务有限公司“5G+智慧港口”工业互联网试点示范项目",
            "锦州北镇铸造有限公司“铸造行业工业互联网平台”新一代信息技术与制造业融合发展试点示范项目",
            "锦州凌河电子元件有限公司智能制造优秀场景",
            "国家产融合作试点城市",
        ],
    ),
    prescreen=dict(factory_5g="unclear", national_demonstration="unclear"),
    note="No date anywhere (the signature date is blank) and no item carries a year: items are labelled, but nothing is dated, so both conditions are unclear (the form asks for 2023年及以前).",
)

LABELS["ex18-shaoxing.txt"] = dict(
    city="绍兴市",
    claims=[
        C("national_titles", 7, "actual", 2024, "我市现有部级及以上相关称号7项"),
        C("directory_5g_factories", 3, "actual", 2024, "截至2024年8月，我市共有3个项目入选5G工厂名录"),
        C("pilot_5g_factory_projects", 0, "actual", 2024, "尚无项目入选工业互联网试点示范（5G工厂方向）"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（纺织印染）",
            "中小企业数字化转型试点城市",
            "国家先进制造业集群（绍兴现代纺织产业集群）",
            "2022年度智能制造示范工厂揭榜单位",
            "“5G+化纤长丝智能生产”项目",
            "2023年智能制造优秀场景",
            "服务型制造示范企业",
        ],
        factories_5g=[
            "浙江越州印染股份有限公司5G智慧印染工厂",
            "新昌大佛轴承有限公司5G轴承智能工厂",
            "嵊州剡溪电机有限公司5G电机数字化车间",
        ],
    ),
    prescreen=dict(factory_5g="fail", national_demonstration="pass"),
    note="'holder：title' items: holder separated by a colon is dropped; '——柯桥区' holder after a dash dropped; batch brackets dropped. The 2021 工业互联网试点示范 project is explicitly not 5G工厂方向, so it is a title but not a 5G factory. 46 provincial titles not labelled.",
)

LABELS["ex19-fuxin-gaoxin.txt"] = dict(
    city="阜新高新技术产业开发区",
    claims=[
        C("national_titles", 5, "actual", 2024, "园区本级及区内企业共获得部级及以上相关称号5项"),
        C("directory_5g_factories", 2, "actual", 2024, "截至2024年6月，园区内2家企业入选5G工厂名录"),
        C("pilot_5g_factory_projects", 0, "actual", 2024, "园区暂无项目入选工业互联网试点示范（5G工厂方向）"),
    ],
    lists=dict(
        national_titles=[
            "国家新型工业化产业示范基地（液压装备）",
            "2022年度智能制造示范工厂揭榜单位",
            "阜新氟都新材料有限公司“5G+氟化工安全生产”项目",
            "2022年智能制造优秀场景",
            "2023年服务型制造示范企业",
        ],
        factories_5g=[
            "阜新德瑞液压件有限公司5G液压件智能工厂",
            "阜新氟都新材料有限公司5G氟化工安全生产工厂",
        ],
    ),
    prescreen=dict(factory_5g="fail", national_demonstration="pass"),
    note="Park applicant (Liaoning). Titles of the parent city 阜新市 (产融合作试点城市, 产业转型升级示范区) are not the applicant's and are not labelled; nor the 名录 factory in 彰武县 outside the park.",
)

LABELS["ex20-xuzhou.txt"] = dict(
    city="徐州市",
    claims=[
        C("directory_5g_factories", 9, "actual", 2024, "截至2024年11月底，全市累计9个项目入选5G工厂名录"),
        C("national_titles", 16, "actual", 2024, "截至2024年底，我市部级及以上相关称号累计达到16项"),
        C("directory_5g_factories", 15, "target", 2025, "2025年，力争新增5G工厂名录项目5个以上，累计达到15个"),
    ],
    lists=dict(
        factories_5g=[
            "徐州彭城工程机械有限公司5G全连接起重机工厂",
            "徐州云龙输变电设备有限公司5G输变电装备工厂",
            "邳州板材科技有限公司5G智能板材工厂",
            "新沂化工新材料有限公司5G精细化工工厂",
            "徐州鼓楼食品机械有限公司5G食品装备车间",
            "徐州淮海重型机械股份有限公司5G矿山装备工厂",
            "徐州铜山轮胎有限公司5G轮胎智能工厂",
            "睢宁再生资源科技有限公司5G再生材料工厂",
            "丰县电动车零部件有限公司5G电动车零部件工厂",
            "徐州淮海重型机械股份有限公司“5G+智能掘进装备全连接工厂”项目",
        ],
        national_titles=[
            "中小企业数字化转型试点城市",
            "2024年智能制造优秀场景",
            "2024年工业互联网试点示范项目",
        ],
    ),
    prescreen=dict(factory_5g="pass", national_demonstration="pass"),
    note="Year-end report dated 2024-12-18, after the 2024 名录 (published 2024-11-19), so 2024 entries count. Batch intakes (2023年4个、2024年5个), 新增3项 and 新增5个以上 are not claims. National cumulative 700 not labelled. Only the 3 titles named this year are listed; the total 16 is a claim.",
)
