"""Write the gold/v1 files for the p4-figures passages (labels written by hand, from the spec)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

def c(field, value, status, year, quote, qualifier=None, note=None):
    d = {"field": field, "value": value, "status": status, "year": year}
    if qualifier:
        d["qualifier"] = qualifier
    d["quote"] = quote
    if note:
        d["note"] = note
    return d

G = {}

G["suzhou-news-1"] = dict(city="苏州市", claims=[
    c("bs_total", 14720, "actual", 2020, "目前,全市累计建成5G基站14720个"),
], note="Dateline 2020-10-29 in the page header; 目前 resolves to 2020. The 2022 全覆盖 aim has no figure.")

G["changsha-news-1"] = dict(city="长沙", claims=[
    c("bs_per_10k", 21.89, "actual", 2022, "每万人拥有5G基站21.89个"),
    c("bs_total", 67358, "actual", 2022, "累计开通67358个逻辑基站",
      note="逻辑基站 read as 5G logical base stations: the sentence is about 5G continuous coverage and the paragraph sits under the 每万人拥有5G基站 heading. The 10736 newly opened that year is a change, not labelled."),
], lists={"national_titles": ["长沙国家人工智能创新应用先导区", "国家区块链创新应用试点城市"]},
   note="Stored copy has no title or dateline (starts with the byline); the figures carry their own year (截至2022年底). 千兆城市 is an MIIT evaluation result, not counted as a title (same rule across this folder); 全国数字经济15强 is a ranking.")

G["qingdao-news-1"] = dict(city="青岛市", claims=[
    c("bs_total", 42700, "actual", 2025, "青岛已建成4.27万个5G基站"),
    c("industrial_platforms", 14, "actual", 2025, "青岛拥有14家国家级工业互联网平台",
      note="Counts national platforms only (no provincial figure given)."),
], lists={"policy_documents": ["青岛市“5G+工业互联网”融合应用试点城市建设实施方案"],
          "national_titles": ["“5G+工业互联网”融合应用试点城市"]},
   note="No title in the stored copy; the lead sentence dates the event 2025年9月20日. The stored page is one run-on paragraph whose inline headings (启动背景/启动仪式亮点/试点建设核心方向) mark the original paragraphs; the excerpt stops before 试点建设核心方向. 《数字青岛2024年行动方案》 is a general digital plan, not a 5G+工业互联网 special policy. 5G试点城市 (operator designation) and 千兆城市 not counted as titles; 21个国家级创新领航案例 is a count of one title category, not the total, so not labelled.")

G["qingdao-operator-1"] = dict(city="青岛市", claims=[
    c("bs_total", 30361, "actual", None, "累计开通5G基站30361个"),
], lists={"policy_documents": ["青岛市5G产业发展行动(2019-2022年)", "关于加快工业互联网高质量发展若干措施的通知", "青岛市5G基站奖补政策实施细则"]},
   note="No title or date in the stored copy and no year in the text, so year is null. Operator figures (联通3174/移动5009/电信1971) are each operator's own new openings and 10154 is the year's increase: none labelled.")

G["weifang-news-1"] = dict(city="潍坊市", claims=[
    c("directory_5g_factories", 14, "actual", 2024, "潍坊市5G工厂总数达到14家",
      note="至此 after the 2024 名录 list: the cumulative count of the city's 名录 entries; year tied to 《2024年5G工厂名录》 (no dateline in the stored copy). The 8 is this batch's intake, not the count."),
], lists={"factories_5g": ["昌邑华晨纺织集团有限公司", "山东鑫珂海洋生物技术股份有限公司", "山东世纪阳光纸业集团有限公司", "山东金钻金属制品有限公司", "山东矿机集团股份有限公司", "国能寿光发电有限责任公司", "三峡新能源山东昌邑发电有限公司", "潍坊港区散货码头有限公司"]},
   note="The news reports the 公示 (拟核定) of the 2024 名录 as 入选; the entries are listed as the news names them (enterprise names, no project names). No title/date in the stored copy.")

G["tongcheng-news-1"] = dict(city="通城县", claims=[
    c("above_scale_enterprises", 125, "actual", 2024, "截止到2024年末,我们的规上工业已经达到了125家"),
    c("little_giants", 6, "actual", 2024, "同时我们还有6家国家级专精特新企业",
      note="国家级专精特新企业 read as national 专精特新“小巨人” (the national tier of 专精特新); stated in the 2024年末 passage."),
], note="Interview with the county head about the city's government work report; no title in the stored copy. 省级专精特新企业38家 is provincial, not the field; 入园率/产值占比 are shares.")

G["liaocheng-news-1"] = dict(city="聊城", claims=[
    c("bs_total", 10616, "actual", 2024, "今年一季度,我市累計開通5G基站10616個",
      note="No dateline in the stored copy (page URL dated 2024-05-20); the text reports 2023 as a finished year, so 今年 is 2024."),
], note="Traditional-script copy of a 聊城新聞網 本報訊 release. 千兆城市 not counted as a title.")

G["shenzhen-news-1"] = dict(city="深圳市", claims=[
    c("bs_total", 46480, "actual", None, "深圳已建成4.648万个5G基站"),
], note="Title present but no date in the stored copy and no year in the text (截至8月14日), so year is null. The 4.5万 is the target that was over-fulfilled; the achieved count 4.648万 is the claim (not labelled twice). 全年新建50万个 is the nation's.")

G["puyang-policy-1"] = dict(city="濮阳市", claims=[
    c("bs_total", 1300, "target", 2020, "到 2020年年底,5G基站数量超过1300个", qualifier="over"),
    c("bs_total", 3000, "target", 2021, "到 2021年年底,5G基站数量超过3000个", qualifier="over"),
], lists={"policy_documents": ["濮阳市加快 5G产业发展三年行动计划(2020—2022年)"]},
   note="Policy issued 2020年8月8日 (濮政办〔 2020〕38号); the 2020 year-end figure is after the issue date, so a target. The 2022 paragraph is cut in the stored copy and left out. 5G应用场景试点示范项目突破10个 is not a field.")

G["wuxi-news-1"] = dict(city="无锡市", claims=[
    c("little_giants", 230, "actual", 2023, "无锡国家级专精特新“小巨人”总数超过230家", qualifier="over"),
    c("little_giants", 10, "actual", 2020, "从2020年的10家"),
    c("little_giants", 300, "target", 2025, "专精特新“小巨人”企业数量分别达到10000家、1000家、300家"),
], note="发布时间 2023-08-21. The 分别 list gives 300 to 专精特新“小巨人”; 10000/1000 belong to 创新型中小企业/专精特新中小企业 (not fields). 超230家 (2023) is the same figure as 总数超过230家.")

G["changshajingkaiqu-news-1"] = dict(city="长沙经开区", claims=[
    c("bs_total", 1085, "actual", 2023, "已累计建设开通5G物理基站1085个"),
    c("bs_per_10k", 67.8, "actual", 2023, "万人5G物理基站数达67.8个"),
    c("bs_total", 3000, "actual", 2023, "5G逻辑基站近3000个", qualifier="about",
      note="A second 5G base-station total (logical rather than physical stations); kept as its own claim."),
    c("industrial_platforms", 12, "actual", 2023, "培育省级工业互联网平台12家"),
    c("typical_scenarios", 17, "actual", 2023, "鼓励企业打造17类“5G+工业互联网”融合应用典型场景",
      note="17类 typical “5G+工业互联网” scenarios read as coverage of the MIIT typical-scenario list."),
], lists={"national_titles": ["工信部第二批工业互联网平台+园区示范单位"]},
   note="Park-level article dated 2023-07-07. 湖南省唯一“5G+工业互联网”先导区 and 全省“5G+工业互联网”示范工厂 (7家) are provincial, not titles or 5G-factory entries. 标杆企业9家, 设备数, APP数 are not fields.")

G["wujiang-news-1"] = dict(city="吴江区", claims=[
    c("little_giants", 35, "actual", 2022, "吴江获评国家级专精特新“小巨人”共35家"),
], note="Dated 2022年08月15日. 26家 is this batch's intake and 123家 is 苏州市's batch: neither labelled. The stored copy ends mid-paragraph after the 35家 sentence; the excerpt stops at that sentence's full stop (a judgment call, noted in README).")

G["cixi-news-1"] = dict(city="慈溪市", claims=[
    c("little_giants", 30, "actual", None, "宁波慈溪市国家专精特新“小巨人”企业(含杭州湾新区)达30家"),
    c("little_giants", 35, "target", 2025, "该市国家级专精特新“小巨人”企业数量达35家"),
    c("single_champions", 6, "target", 2025, "国家级单项冠军6家"),
    c("single_champions", 5, "actual", None, "共有慈星、方太、公牛、天生、大发5家企业夺得“国字号”制造业单项冠军"),
], note="Dateline only '1月10日', no year anywhere, so actuals have year null; “十四五”末 is 2025. The second mention of 30家 is the same claim. 浙江省“隐形冠军”示范企业10家 is provincial.")

G["wuxi-news-2"] = dict(city="无锡市", claims=[],
   note="No claim on purpose: 56家 is the batch entering the 公示 list (an intake, not a count); the 2025 aim 市级以上专精特新企业1500家/省级以上超350家 counts 专精特新企业 of all levels, not 专精特新“小巨人”. 《无锡市为专精特新“小巨人”企业办实事清单》 is not a 5G+工业互联网 policy.")

G["wujin-news-1"] = dict(city="武进区", claims=[
    c("single_champions", 12, "actual", None, "目前总量12家"),
], note="No title or year in the stored copy (dateline only 3月4日), so year is null. 全市占比30.77% is a share. The named enterprises are champions, not 5G factories or titles for the lists.")

G["ningbo-news-1"] = dict(city="宁波", claims=[
    c("single_champions", 35, "actual", None, "宁波累计入选国家级制造业单项冠军示范企业35家"),
], note="Only the enterprise count is the field. 63个 mixes enterprises and 单项冠军产品 (28个), 18席 is this batch, 45个 the earlier total of the mixed count: none labelled. No year in the stored copy (dateline '15日').")

tbl_note = ("MIIT 办公厅 notice of 2022年12月18日 on 千兆城市; the passage keeps the notice head and the city's own row of 附件1. "
            "Row marked 2022 年度, figures as reported with the 2022 evaluation, so year 2022. Table-cell quote written as row：cell（column）.")
G["zhangjiakou-list-1"] = dict(city="张家口", claims=[c("bs_per_10k", 13.8, "actual", 2022, "张家口：13.8（每万人拥有5G基站数）")], note=tbl_note + " 110个城市 figures are national.")
G["xiongan-list-1"] = dict(city="雄安", claims=[c("bs_per_10k", 26.0, "actual", 2022, "雄安：26.0（每万人拥有5G基站数）")], note=tbl_note)
G["taiyuan-list-1"] = dict(city="太原", claims=[c("bs_per_10k", 20.9, "actual", 2022, "太原：20.9（每万人拥有5G基站数）")], note=tbl_note)
G["datong-list-1"] = dict(city="大同", claims=[c("bs_per_10k", 16.2, "actual", 2022, "大同：16.2（每万人拥有5G基站数）")], note=tbl_note)

G["liuyangjingkaiqu-news-1"] = dict(city="浏阳经开区", claims=[],
   lists={"national_titles": ["国家新型工业化产业示范基地"]},
   note="Dated 2016-07-15. 34家 is the national batch. No figure for a field; the title is the park's own.")

G["nantong-news-1"] = dict(city="南通", claims=[],
   lists={"policy_documents": ["关于加快推进第五代移动通信网络建设的通知"],
          "national_titles": ["国家新型工业化产业示范基地(大数据中心-实时应用类)"]},
   note="No claim on purpose: 全市将新建6300个5G基站 is a year's new-build plan and 上半年已新建4181个 a change, not totals; 5G产业企业47家 are 5G-industry firms, not 5G+工业互联网 solution providers. 全国首批50个5G商用城市 is an operator designation. No title/date in the stored copy.")

G["jinan-policy-1"] = dict(city="济南", claims=[],
   lists={"policy_documents": ["工业互联网创新发展行动计划(2020-2022年)", "促进5G创新发展行动计划"]},
   note="Dated 2020 03/19 (本报济南讯 3月16日). Only the industrial-internet and 5G plans are listed as special policies; 《“企业上云”行动计划》《新型智慧城市建设行动计划》《新一代人工智能发展行动计划》 are the city's but not 5G+工业互联网 special policies. The 2022年底 aim has no figure. The stored copy's last paragraph (每年拿出不少于1亿…) is cut mid-sentence and left out.")

G["mudanjiang-news-1"] = dict(city="牡丹江市", claims=[
    c("bs_total", 3391, "actual", None, "我市累计建成并投入商用的5G基站已达3391个"),
], lists={"policy_documents": ["牡丹江市加快推进5G通信基础设施建设方案"]},
   note="Same figure stated twice (one claim). No title or date in the stored copy and no year tied to 截至目前, so year null. 覆盖率90% is a share; 5G终端用户 not a field.")

G["linyi-news-1"] = dict(city="临沂市", claims=[
    c("bs_total", 5527, "actual", 2021, "目前已建设5G基站5527个"),
], note="临沂市工业和信息化局 reply to deputies, dated 2021-10-22 (the city is not named in the excerpt; it is the publisher). 鲁工信工联〔2020〕60号 is a provincial notice, not listed.")

G["yunhe-bulletin-1"] = dict(city="云和县", claims=[
    c("population", 127400, "actual", 2022, "年末全县常住人口12.74万人"),
], note="2022 bulletin. 户籍人口112635人 is registered population, not 常住人口, and is not labelled.")

G["zhongjiang-bulletin-1"] = dict(city="中江县", claims=[
    c("population", 945000, "actual", 2023, "年末全县常住人口94.5万人"),
], note="2023 bulletin. 户籍总人口134.3万人 is registered population, not labelled; 比上年末减少0.4万人 is a change.")

G["wangjiang-bulletin-1"] = dict(city="望江县", claims=[
    c("above_scale_enterprises", 128, "actual", 2022, "规模以上工业企业128家"),
], note="2022 bulletin; the excerpt keeps the intro and the 工业 section (the 综合 section in between is skipped).")

G["longsha-bulletin-1"] = dict(city="龙沙区", claims=[],
   note="No claim on purpose: the only population figure is 户籍总人口27.2万人 (registered, not 常住人口). The stored copy has no bulletin title; the 2024 report year comes from the intro.")

G["dongxihu-news-1"] = dict(city="东西湖区", claims=[
    c("little_giants", 13, "actual", 2022, "全区获得国家级专精特新“小巨人”荣誉称号企业达到13家"),
], note="今年 resolved to 2022 by the 2022年9月8日 paragraph. 省级专精特新“小巨人” 43/76 are provincial; 东西湖10家 is the batch intake; 湖北303家/武汉158家 are others'. No title/date line in the stored copy.")

G["xinwu-news-1"] = dict(city="无锡高新区", claims=[],
   note="No claim on purpose: 189家 counts 国家、省、市各类 专精特新小巨人 together, not the national 小巨人 count; 上市的有10家 and 超亿元民营企业208家 are not fields. Dateline 3月5日 without year.")

G["donghu-news-2"] = dict(city="东湖高新区", claims=[
    c("little_giants", 95, "actual", 2022, "國家級專精特新“小巨人”95家",
      note="Listed among the past year's results (全年…) in a 2023-01-15 report, so as of 2022."),
], note="Traditional-script copy; the published title carries a site suffix (-世界熱點評), kept verbatim. 新引進6名國家級、21名省級高層次人才 is a year's intake (a change), not the talents stock; 兩大國家技術創新中心 are unnamed and not labelled; 新增 counts are changes.")

G["zhengzhou-policy-1"] = dict(city="郑州市", claims=[
    c("bs_total", 17900, "target", 2020, "到2020年年底,全市5G基站数量达到1.79万个"),
    c("bs_total", 24000, "target", 2021, "到2021年年底,全市5G基站数量达到2.4万个"),
], lists={"policy_documents": ["郑州市加快5G网络建设和产业发展三年行动计划(2020-2022年)"]},
   note="Dated 2020年09月12日; the 2020 year-end figure is after the date, so a target. The 2022 paragraph is cut in the stored copy and left out. 5G用户 and 应用场景试点示范项目 are not fields.")

G["lishui-news-1"] = dict(city="溧水区", claims=[
    c("bs_total", 1000, "target", 2021, "提出到2021年将建设5G基站1000个",
      note="Read as the district's cumulative 5G base-station target for 2021."),
], note="Dated 2020-07-08. 1至5月共建设5G基站380个 is the year's new builds (a change), not labelled; 近7成 is a share.")

G["wujiang-news-2"] = dict(city="吴江区", claims=[
    c("industrial_platforms", 4, "actual", None, "省级重点平台4个",
      note="省级(工业互联网)重点平台 in the 工业互联网领域 sentence."),
], lists={"national_titles": ["工信部“互联网+先进制造业”融合发展示范项目"]},
   note="No title in the stored copy; dateline '今天(5月18日)' without year, so year null. 江苏省首批“互联网+先进制造业基地” is provincial; 一批国家级工业互联网试点示范项目 are unnamed and uncounted; 标识解析二级节点 is not an edge-computing node; 标杆工厂5家 are provincial.")

G["caidian-news-1"] = dict(city="蔡甸區", claims=[
    c("little_giants", 5, "target", 2023, "國家級專精特新“小巨人”企業達到5家"),
], note="Dated 2022-09-11. The four enterprises are in the 4th-batch 公示 list (零的突破): a batch still under 公示, not labelled as the count. 省級專精特新“小巨人”60家 is provincial; 培育入庫企業100家 is not a field.")

G["jinyun-bulletin-1"] = dict(city="縉云縣", claims=[
    c("population", 408000, "actual", 2023, "年末全縣常住人口40.8萬人"),
], note="2023 bulletin (traditional-script copy). The stored intro paragraph has a garbled character and is left out; the excerpt keeps the title line and the population paragraph.")

G["changning-news-1"] = dict(city="长宁区", claims=[
    c("bs_total", 1611, "actual", 2022, "截止2022年6月,我区已经建成5G基站1611个"),
    c("bs_total", 5000, "target", 2025, "至十四五末期,我区规划建设室5G基站5000个"),
], note="District reply to a deputy (no title/date in the stored copy; the figures carry their own dates). 室外综合杆基站223个 is a part of the total. 十四五末 is 2025.")

G["shanghai-news-1"] = dict(city="上海", claims=[
    c("bs_total", 51716, "actual", 2022, "上海已累计建成开通5G基站51716个"),
    c("bs_per_10k", 20.8, "actual", 2022, "万人5G基站数达到20.8个"),
    c("bs_per_10k", 28, "target", 2023, "每万人拥有5G基站数提升至28个"),
], note="Dated 2022-06-13 (今年4月 = 2022). Per-km² density, 5G users, investment and 207个5G虚拟专网 are not fields; 超过200项 national special projects and pilots mix funding projects and pilots, not a title count.")

G["donghu-news-1"] = dict(city="东湖高新区", claims=[
    c("little_giants", 95, "actual", None, "国家级专精特新“小巨人”企业达到95家"),
    c("population", 1180000, "actual", 2021, "2021年中国光谷常住人口已达118万"),
], note="No title or date in the stored copy; the 95家 figure has no year (null) while the population carries its own (2021). 高层次人才3000多名 etc. are the stock of people working in the park, not 引进和培育 talents, and are not labelled.")

G["quanzhou-operator-1"] = dict(city="泉州市", claims=[],
   note="No claim on purpose: 电信233/移动1184/铁塔1417 are operators' own sites; 力争第二季度完成5G站点建设3000个 is a quarter's construction quantity, not a cumulative total. 《泉州市第三批5G建设重要场所清单》 is a site list, not a policy document. Dated 2022-05-07.")

G["weihai-news-1"] = dict(city="威海", claims=[
    c("bs_total", 580, "actual", 2020, "截至3月底,威海全市共建成5G基站580個",
      note="No dateline in the stored copy; 今年將建成1500個 matches the plan's 2020年 target, so 今年 and 3月底 are 2020. 已開通服務117個 is the opened subset of the same stations and is not labelled separately."),
    c("bs_total", 1500, "target", 2020, "威海今年將建成5G基站1500個以上", qualifier="over",
      note="Stated twice (lead and 2020年 plan target): one claim."),
    c("bs_total", 5000, "target", 2022, "2022年,全市建成5G基站5000個以上", qualifier="over"),
], lists={"policy_documents": ["關于加快5G網絡建設推動5G產業發展實施意見"]},
   note="Traditional-script copy. 5G示範應用場景 counts are not the MIIT typical-scenario field.")

G["meishan-policy-1"] = dict(city="眉山", claims=[
    c("bs_total", 1508, "actual", 2020, "截至2020年,我市5G基站配套完工数量1508个",
      note="5G基站配套完工数量 read as the count of completed 5G base-station sites."),
    c("bs_total", 7000, "target", 2025, "到2025年,我市5G基站数量将超过7000个", qualifier="over"),
], note="Newspaper page (眉山日报 第02版, 2022-05-27 per page address; no date in the text, figures carry their own years). 《眉山市“十四五”新型基础设施建设规划》 is a general new-infrastructure plan, not listed as a 5G+工业互联网 special policy. 千兆城市 not counted as a title.")

G["yixing-news-1"] = dict(city="宜兴", claims=[
    c("little_giants", 56, "actual", None, "全市累计拥有国家级专精特新“小巨人”企业56家"),
], note="No title or date in the stored copy; year null. 新增20家 is the 6th-batch intake; 66家/318家 are provincial; 《专精特新“小巨人”企业培育三年倍增行动计划》 is not a 5G+工业互联网 policy.")

G["hefei-news-1"] = dict(city="合肥", claims=[
    c("bs_total", 3240, "actual", None, "全市已累计建成5G基站3240个"),
    c("bs_total", 5000, "target", None, "预计到6月底将达到5000个"),
], note="No title or year in the stored copy (dateline 4月16日), so both years are null; 自2019年以来 marks a start, not the as-of date. The figure is the city's, reported with the tower company.")


G["zhongzhan-bulletin-1"] = dict(city="中站区", claims=[
    c("population", 107365, "actual", 2021, "年末全区常住人口107365人"),
], note="2021 bulletin issued 2022年5月25日. Urban/rural parts are not separate claims.")

G["daan-bulletin-1"] = dict(city="大安区", claims=[
    c("above_scale_enterprises", 75, "actual", 2022, "年末规模以上工业企业75户"),
], note="2022 bulletin, 发布时间 2023-05-11. Construction, real-estate, trade and service enterprise counts are not the field.")

G["duanzhou-bulletin-1"] = dict(city="端州区", claims=[
    c("population", 605600, "actual", 2022, "2022 年末,全区常住人 口 60.56 万人"),
], note="2022 bulletin; the stored copy has stray spaces inside words (常住人 口), kept verbatim. 户籍人口45.51万人 and the street-level 户籍 figures are not 常住人口; 减少0.5万人 is a change.")

G["chongqing-bulletin-1"] = dict(city="重庆市", claims=[
    c("population", 32133400, "actual", 2022, "年末全市常住人口3213.34万人"),
], note="2022 bulletin. The stored copy runs the bulletin's opening paragraphs together on one line (original paragraph breaks shown as single spaces); the excerpt ends at the end of the population paragraph. 城镇常住人口 and migration flows are not the field.")

G["suzhou-news-2"] = dict(city="苏州市", claims=[
    c("single_champions", 55, "actual", None, "拥有国家制造业单项冠军企业55家"),
], note="No title or dateline in the stored copy (only '昨天(3月16日)'); the text reports 2025 as a past year, so the piece is from 2026 or later, but no date is stated: year null. 去年新增…“小巨人”241家 is a change. 6个国家先进制造业集群 and 国家卓越级智能工厂10家 are counts of single title categories (not the total of titles) and unnamed; 国家新型工业化示范区 is only a 创建 candidacy. 入选5G工厂名录项目总数 is ranked but not counted.")

G["wuxi-news-3"] = dict(city="无锡市", claims=[
    c("bs_total", 10000, "target", None, "至今年年底,无锡市将累计建成5G基站10000座以上", qualifier="over"),
], note="Dateline '昨天(6月4日)' without a year anywhere in the stored copy, so the year-end target has year null. 从6月起计划建设超3900座 is a new-build plan (change).")

G["baotou-list-1"] = dict(city="包头", claims=[c("bs_per_10k", 21.0, "actual", 2022, "包头：21.0（每万人拥有5G基站数）")], note=tbl_note)

EXTRAS = {"wuxi-news-2", "liuyangjingkaiqu-news-1", "nantong-news-1", "jinan-policy-1", "longsha-bulletin-1", "xinwu-news-1", "quanzhou-operator-1"}

for stem, g in G.items():
    base = HERE / "no-claim-extras" if stem in EXTRAS else HERE
    src = base / f"{stem}.txt"
    assert src.is_file(), stem
    out = {"schema": "gold/v1", "document": f"{stem}.txt", "framework": "miit-2023",
           "city": g["city"], "claims": g["claims"], "lists": g.get("lists", {})}
    if g.get("note"):
        out["note"] = g["note"]
    (base / f"{stem}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
txts = sorted(p.stem for p in HERE.rglob("*.txt") if "_build" not in p.parts)
missing = [t for t in txts if t not in G]
print(len(G), "gold files; txt without gold:", missing)
