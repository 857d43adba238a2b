ENTRIES = [
dict(stem="jinjiang-list-1", url="http://house.mnw.cn/jjfc/20251014/70785.html",
 title="(stored page has no title line) 晋江7家企业入选2025年省级制造业单项冠军企业拟入选名单", publisher="闽南网", date="no date on page",
 text="""近日,福建省工信厅发布2025年省级制造业单项冠军企业拟入选名单。泉州共13家企业入选。其中,晋江有7家企业上榜,入选数量占泉州入选总数的53.8%,位居泉州各县(市、区)首位。
根据名单,晋江的这些企业涵盖机械、纺织服装等多个行业,分别是晋江市凯嘉机器制造有限公司、福建兴翼智能装备股份有限公司、三斯达(福建)塑胶有限公司、安踏(中国)有限公司、三六一度(中国)有限公司、世兴达(福建)纺织科技有限公司、晋江国盛新材料科技有限公司。(记者 蔡明宣)""",
 city="晋江市",
 claims=[],
 note="Trap: provincial (省级) single champions, and only a 拟入选 list; the national single_champions field is not stated. 7 is a batch intake. Nothing to label.",
),
dict(stem="yiwu-news-1", url="http://www.yw.gov.cn/art/2021/5/19/art_1229436590_59252176.html",
 title="(stored page has no title line) “从人口变化看义乌发展”新闻发布会召开", publisher="义乌市人民政府网", date="2021-05-19 14:43",
 text="""发布时间:2021-05-19 14:43
信息来源:义乌市
本网讯 2021年5月19日,“从人口变化看义乌发展”新闻发布会召开。发布会上公布了义乌市第七次人口普查主要数据。2020年义乌市常住人口185.94万人,与2010年第六次全国人口普查的123.40万人相比,十年增加62.54万人,增长50.68%,年均增长4.18%。人口总量在浙江省县级市中排名第一,人口增量分别高于温州、湖州、绍兴、衢州、舟山、丽水这六个地级市。""",
 city="义乌市",
 claims=[("population", 1859400, "actual", 2020, "exact", "2020年义乌市常住人口185.94万人"),
         ("population", 1234000, "actual", 2010, "exact", "与2010年第六次全国人口普查的123.40万人相比")],
 note="Both census figures are the applicant's 常住人口 (2020 and 2010); 62.54万 is the change and is not a claim. An empty '访问次数:' counter line was dropped as page furniture.",
),
dict(stem="xingning-bulletin-1", url="https://qinglite.cn/doc/7347670e246488f41",
 title="兴宁市统计局关于2022年国民经济和社会发展统计的公报", publisher="兴宁市统计局(轻识 qinglite.cn 转载)", date="2022-07-12 00:00 (repost site's date, as stored)",
 text="""兴宁市统计局关于2022年国民经济和社会发展统计的公报 2022
2022-07-12 00:00
2022年,兴宁坚持以习近平新时代中国特色社会主义思想为指导,全市上下持续深入贯彻落实党的二十大精神和习近平总书记对广东重要讲话和重要指示批示精神,贯彻落实国家、广东省、梅州市的部署要求,坚持实体经济为本、制造业当家,坚定推进经济高质量发展,坚定不移抓机遇谋发展,集中精力谋项目搞建设,统筹做好稳增长、促改革、调结构、惠民生、防风险、保稳定各项工作,推动经济运行稳中向好,城乡居民收入稳步增长。
一、综合
年末常住人口77.03万人,比上年末减少0.76万人。年末户籍总人口114.98万人,比上年末减少0.68万人,其中城镇人口47.12万人,比上年末减少0.43万人。全市出生人口8800人,人口出生率为7.63‰,出生率比去年下降1.62‰;死亡人口3945人,死亡率为3.42‰,死亡率比去年下降0.65‰;自然增长率为4.21‰。人口密度549人/平方公里。
经梅州市统计局统一核算,2022年全市实现地区生产总值(初步核算数)200.99亿元,比上年增长1.1%。其中:第一产业增加值53.53亿元,比上年增长4.5%,对地区生产总值增长的贡献率为113.7%;第二产业增加值37.10亿元,比上年增长1.2%,对地区生产总值增长的贡献率为19.1%;第三产业增加值110.37亿元,比上年下降0.6%,对地区生产总值增长的贡献率为-32.7%。三次产业结构比重为26.63:18.46:54.91。
图1 2022年三次产业增加值占地区生产总值比重(%)
全年地方财政一般预算收入9.56亿元,下降10.2%;其中,税收收入4.87亿元,下降19.4%。全年一般公共预算支出70.93亿元,比上年增长2.4%。其中,教育支出16.91亿元,增长7.3%;卫生健康支出9.46亿元,下降13.7%;社会保障和就业支出15.66亿元,增长2.4%。""",
 city="兴宁市",
 claims=[("population", 770300, "actual", 2022, "exact", "年末常住人口77.03万人")],
 note="年末 is the end of the bulletin's year (2022, from the title), not the repost site's date line 2022-07-12, which is kept verbatim but cannot be the as-of date. 户籍总人口 is not 常住人口. The repost site's word-count line was dropped as page furniture.",
),
dict(stem="qingdao-news-1", url="http://qd.zhongsuoip.cn/sce_ninfo.aspx?id=39963",
 title="(stored page has no title line) 青岛2家企业拟入选2020年度山东省智能制造标杆企业", publisher="(中索知识产权 qd.zhongsuoip.cn 转载)", date="no date on page",
 text="""日前,山东省工业和信息化厅对拟入选2020年度山东省智能制造标杆企业名单进行了公示,青岛市工业和信息化局推荐申报的青岛前丰国际帽艺股份有限公司、青岛雷霆重工股份有限公司入选,占公示企业数量的五分之一。公示结束后,我市入选山东省智能制造标杆企业数量将达到8个,总数居全省首位。
山东省智能制造标杆企业认定工作于2018年启动,旨在通过实施智能制造“1+N”带动提升行动,打造“基础雄厚、规模领先、结构优化、增长强劲”的智能制造生态体系,确保我省智能制造水平始终走在全国前列,成为推动全省新旧动能加快转换的重要力量。按照《山东省智能制造“1+N”带动提升行动实施方案》部署,到2020年,在全省重点行业培育30个左右智能制造标杆企业,并带动100个左右企业实现高水平智能化升级。""",
 city="青岛市",
 claims=[],
 note="Trap: a provincial title (省智能制造标杆企业), only in 公示, with a future count (将达到8个); the 实施方案 is the province's, not the applicant's. Nothing to label.",
),
]
