ENTRIES = [
dict(stem="huaian-news-1", url="https://jswotao.com/article-list/detail?childId=undefined&number=JSWZ20210812013&oneId=undefined",
 title="(stored page has no title line) 淮安8家企业上榜第三批专精特新“小巨人”公示", publisher="(转载站 jswotao.com)", date="no date on page",
 text="""日前,国家工信部对拟认定第三批专精特新“小巨人”企业进行公示,我市淮安威灵电机制造有限公司、江苏爱吉斯海珠机械有限公司、江苏三联新材料有限公司等8家企业上榜。截止目前,我市获批国家级专精特新“小巨人”企业累计12家,数量位居苏北第二。""",
 city="淮安市",
 claims=[("little_giants", 12, "actual", None, "exact", "我市获批国家级专精特新“小巨人”企业累计12家")],
 note="The 8 firms are only in a 公示 (拟认定) and 8 is a batch intake; 12 is asserted as the count 获批 so far (it is unclear whether it includes the 公示 batch; labelled as stated). No date in the text, so year is null. The city is 淮安 (我市 with 淮安威灵电机).",
),
dict(stem="taizhoujs-news-1", url="https://tzcredit.taizhou.gov.cn/xydt/art/2025/art_2a4595afd8ee40ba8946172fe3d48c92.html",
 title="我市中小企业特色产业集群培育工作再创佳绩 诚信发展筑牢根基", publisher="泰州市工业和信息化局(信用泰州)", date="2025-12-15 08:54",
 text="""我市中小企业特色产业集群培育工作再创佳绩 诚信发展筑牢根基

发布时间:2025-12-15 08:54 来源:市工业和信息化局

近年来,我市坚持以诚信为基石,高度重视中小企业特色产业集群的培育与发展,持续推进中小企业特色产业集群梯度培育工作,着力提升专业化配套能力,不断夯实中小企业产业集群核心竞争力,推动中小企业实现高质量、可持续发展。

在上半年泰兴市低碳烯烃延伸功能性材料产业集群成功跻身国家级中小企业特色产业集群的基础上,近日,经省工业和信息化厅严格审核、公示,我市五大集群成功入选省级中小企业特色产业集群公示名单,分别为:兴化市复合调味品及特色农产品精深加工产业集群、泰兴市舰船冷却装备系统产业集群、泰州市海陵区智能家居产业集群、泰州市高港区生物药及医疗器械产业集群、泰州市姜堰区车船轨交关键零部件产业集群。此次新增入选数量位居全省第一,累计总数与苏州市并列全省第一。

这一系列成绩的取得,是我市广大中小企业恪守诚信经营、专注专业发展的生动体现,也是各级政府持之以恒优化营商环境、加强引导培育的成果。诚信是企业的立身之本,也是集群健康发展的保障。未来我市将继续弘扬诚信精神,强化政策支持与服务,推动更多中小企业特色产业集群在守信、创新、协同的道路上行稳致远,为全市经济高质量发展注入更强动力。""",
 city="泰州市",
 claims=[],
 lists={"national_titles": ["泰兴市低碳烯烃延伸功能性材料产业集群"]},
 note="泰州, Jiangsu (stem taizhoujs to tell it from 台州). One MIIT 国家级中小企业特色产业集群 is held; the five others are provincial and only in a 公示. A trailing '分享:' widget was dropped.",
),
dict(stem="jinzhai-operator-1", url="http://zhinengpai.8966911.cn/news/2023/0524/55076.html",
 title="新时代新征程新伟业|数字底座护航山区人民美好生活_天天观察", publisher="人民邮电报(转载站 8966911.cn)", date="2023-05-24 14:50:20",
 text="""新时代新征程新伟业|数字底座护航山区人民美好生活_天天观察

快讯 | 2023-05-24 14:50:20
时间:2023-05-24 14:50:20   /   来源: 人民邮电报      /   点击数:()


(资料图)

六安瓜片,产自安徽省六安市大别山一带,早在明清时期便以御贡美誉名扬天下。位于皖西边陲、大别山腹地的前国家级贫困县安徽省金寨县,是六安瓜片的重要产区,也是安徽省面积最大、人口最多的山区县和旅游资源大县,更是中国第二大“将军县”与革命老区。

“八月桂花遍地开,鲜红旗帜竖起来,张灯又结彩……”老区红歌万家传,但这样一个“将军县”,却有着超40年的贫困史——“房子破、出行难、信号差”几乎成了游人眼中金寨的固有印象。大别山地区基建水平差,网络不畅、信号不通苦民久矣,外界只闻瓜片茶香、难见金寨茶园。

让全体人民共享信息化建设成果的使命感,鞭策着信息通信业笃行不怠、攻坚克难、一步一步改变山区面貌。六安铁塔联合通信企业制定信息化精准扶贫方案,加大对金寨县的资金投入,2019年用不到两个月时间建成扶贫站37座,完成关庙、长岭、南溪等多个偏远地区基站建设,补点天堂寨、大湾村、汤家汇等处信号覆盖,实现金寨县“村村有5G,户户打得通”的信息化扶贫目标。""",
 city="金寨县",
 claims=[],
 note="Operator story: 37 扶贫站 were built by 六安铁塔 (an operator's own build in one year, not a base-station total of the county). Nothing to label.",
),
]
