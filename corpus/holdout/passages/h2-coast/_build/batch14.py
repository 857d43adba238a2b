ENTRIES = [
dict(stem="yichun-news-1", url="http://chinacrane.net/news/202209/27/242143.html",
 title="(stored page has no title line) 宜春这十年", publisher="(中国起重机械网 chinacrane.net 转载; text machine-reworded)", date="no date on page",
 text="""十年来,宜春市规划以上工业增加值年均增长9.3%,规上工业企业由770家增加到2040家、居全省第3,工业园区经营收入从2054亿元增长到4203亿元,科技实力综合排名上升至全省第4位,获评国家创新驱动演示市。
2021年宜春市战略性新兴工业增加值增长28.6%、占规划以上工业增加值比重到达27.1%。尤其是锂电新能源工业,主经营务收入由2012年的12亿元提升到2021年的455亿元。现在,宜春市共有锂电企业159家、其间规上企业111家,在建项目133个、总出资1356.39亿元,2022年新签约项目51个、总出资1607.5亿元。
聚焦提升发展动能,宜春实施敞开晋级战略。十年来,宜春市外贸进出口总额、实际使用外资、使用省外项目资金别离增长2倍、1.2倍和1.9倍,宜春海关开关,宜春至宁波铁海联运班列开通,完毕了赣西无直接出海通道的前史。近三年,宜春先后引进了出资230亿元的江西国轩项目、出资500亿元的宜春年代项目、出资285亿元的比亚迪宜春项目、新出资300亿元的赣锋锂业宜春项目等。
这十年,宜春市狠抓污染防治,空气质量接连两年到达国家二级标准,国考省考断面水质达标率、县级及以上城市饮用水水源地水质达标率、重点断面劣Ⅴ类水体消除率接连四年坚持100%。
在民生保证方面,宜春市坚持财政资金向民生歪斜,各类民生支出占一般公共预算支出稳定在80%以上。""",
 city="宜春市",
 claims=[("above_scale_enterprises", 2040, "actual", None, "exact", "规上工业企业由770家增加到2040家"),
         ("above_scale_enterprises", 770, "actual", None, "exact", "规上工业企业由770家增加到2040家")],
 note="The stored text is a machine-reworded copy (规划以上 for 规模以上, 演示市 for 示范市) and is kept as stored. Both ends of 由770家增加到2040家 are the applicant's 规上工业企业 counts; neither carries a year in the sentence (十年来 only; the page has no date), so both years are null (judgment: 770 is implicitly ten years earlier). 规上企业111家 counts lithium firms only. 国家创新驱动示范市 is a science-and-technology designation, not counted here.",
),
dict(stem="yancheng-news-1", url="http://news.jschina.com.cn/scroll/szyw/202008/t20200802_2603915.shtml",
 title="(stored page has no title line) 江苏高质量发展5G 为社会经济复苏筑牢新基建“压舱石”", publisher="中国江苏网", date="no date on page",
 text="""应对新冠肺炎疫情的持续外部冲击、满足产业升级转型的内生需求,以5G为代表的新型基础设施建设成为有力一招。
今年6月,正值5G商用牌照发放一周年。一年多来,江苏省高质量发展5G,为社会经济复苏筑牢新基建“压舱石”,更为江苏高质量发展迎来新“基”遇。
动若风发,江苏5G发展按下“快进键”
6月30日,中国电信江苏分公司对外宣布,已建成容量为1200万用户的5G核心网,成功完成上半年既定的战略布局。中国电信江苏分公司副总经理陈志强充满信心:“年初时我们设定了‘全年新建5G基站4万座’的目标,后来调整为‘新建5.2万座’,年度投资规模相应增加到127亿元,目前看来,不仅会完成,而且会超额完成。”
江苏省通信管理局数据显示,今年1-6月,全省新开通5G基站2.84万个,完成年度计划的64%;5G建设总投资63亿元,完成年度计划的48%。
从去年5G正式发放商用牌照至今,江苏5G产业发展一路疾驰。今年3月,江苏省编发的《第五代移动通信产业发展3年行动计划》为产业发展提供了“指南针”和“路线图”。其中明确提出,到2022年,全省城镇地区及各类开发区5G网络基本全覆盖,5G基站达到16.9万个,个人用户数达3800万,5G产业规模超5000亿元。
目标既定,动若风发。今年以来,各设区市、省有关部门加速与四大电信运营企业全面对接,建立合作机制。目前,镇江、无锡、徐州、苏州、连云港、淮安、盐城、扬州、宿迁等9市与电信运营企业签署5G战略合作协议。""",
 city="盐城市",
 claims=[],
 note="Trap: a provincial story in which the applicant (盐城) appears only as one of nine cities that signed operator agreements. Every figure is the province's or an operator's (16.9万 is a provincial 2022 target; the 3年行动计划 is the province's). Nothing to label.",
),
dict(stem="zhangzhou-news-1", url="http://m.zz.mnw.cn/news/2951725.html",
 title="漳州工信打造“冠军的摇篮”", publisher="闽南日报(闽南网)", date="2024-09-08 12:19",
 text="""漳州工信打造“冠军的摇篮”

闽南日报   2024-09-08 12:19

  “单项冠军”再增七家

  漳州工信打造“冠军的摇篮”

  近日,记者获悉,我市共有7家企业正式入选第八批省级制造业单项冠军,入选数居全省第三,年度新增数创历年新高。入选企业分别为福建安泰新能源科技有限公司、福建蓝海黑石新材料科技有限公司、漳州灿坤实业有限公司、润科生物工程(福建)有限公司、同溢堂药业有限公司、漳州视瑞特光电科技股份有限公司、福建福船一帆新能源装备制造有限公司。至此我市省级以上单项冠军企业数增至22家,入选数较2023年增加6家、增长47%。

  今年来,市工信局积极贯彻落实新发展理念,把产业社区建设作为加快新质生产力发展的重要载体,着力招引一批专精特新“小巨人”企业、高新技术企业落户。在全力抓好制造业单项冠军企业申报和日常跟踪管理服务工作的同时,组织发动县区认真梳理专精特新、小巨人、龙头企业等潜力企业,建立健全市级单项冠军企业培育库,持续跟踪了解企业生产经营情况,及时助企纾困,提供要素保障,进一步巩固提升企业发展质量和安全生产水平,累计推荐10家符合条件企业申报省级单项冠军。

  下一步,市工信局将强化政策扶持,采取长短期结合、综合性和专业性相结合的办法,用好用足《漳州市促进工业高质量发展若干措施》《漳州市鼓励企业入园进区增产增效的若干措施》《数字化转型八条措施》《促进食品加工产业发展八条措施》等一系列政策措施,从全生命周期各环节助力企业做大做强,鼓励支持更多企业申报获评国家级单项冠军企业。""",
 city="漳州市",
 claims=[],
 lists={"policy_documents": ["数字化转型八条措施"]},
 note="Trap: the 7 firms are provincial single champions, and 省级以上单项冠军企业22家 mixes provincial and national, so it is not the national single_champions count. Of the four named policies only the 数字化转型八条措施 is a digital-transformation policy (listed); the general industrial, park-entry and food-processing measures are not (judgment call). Site breadcrumb dropped; the truncated '相关链接' block not taken.",
),
]
