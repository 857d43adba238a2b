"""Hand-written labels: one dict per passage. claims: (field, value, status, year, quote[, qualifier])."""
ENTRIES = []
A = ENTRIES.append

A(dict(stem="zhengzhoujkq-news-1", city="郑州经开区",
  url="https://zzwb.zynews.cn/html/2025-05/23/content_1499504.htm", title="(not on page)",
  publisher="郑州晚报 (zzwb.zynews.cn)", date="(not on page)",
  claims=[("single_champions", 8, "actual", None, "经开区共有单项冠军8家"),
          ("little_giants", 19, "actual", None, "国家级专精特新“小巨人”企业19家")],
  note="截至目前 has no date in the document (the date is only in the URL), so year is null. The 17 enterprises of the batch are provincial 创新型中小企业, no field."))

A(dict(stem="zhengzhougxq-news-1", city="郑州高新区",
  url="https://dzb.zzrbnews.com/news/37072.html", title="高新区新增43家 区级龙头企业",
  publisher="郑州日报 (dzb.zzrbnews.com)", date="(not on page)",
  claims=[("little_giants", 41, "actual", 2022, "新增国家级“专精特新”小巨人企业18家,累计达到41家")],
  note="Year 2022 from the sentence '2022年入选…；新增…累计达到41家'. 新增18家 is a change, not a count. E-paper furniture (版面 line, date counter) dropped."))

A(dict(stem="shanxizgq-news-1", city="山西轉型綜改示范區",
  url="http://82559.cc/20/12611.html", title="(not on page)",
  publisher="(not on page; re-published on 82559.cc)", date="(not on page)",
  claims=[("little_giants", 39, "actual", None, "綜改示范區有國家級專精特新“小巨人”企業39家")],
  note="Traditional characters as stored. 新增…兩家 is the batch intake, not the count. 截至目前 has no date in the document, so year is null."))

A(dict(stem="qingxu-news-1", city="清徐县",
  url="https://paper.cuduwang.com/Html/2021-01-22/44037.html", title="(not on page)",
  publisher="醋都网 e-paper (paper.cuduwang.com)", date="(not on page)",
  claims=[],
  note="No claim: 4家企业榜上有名 is one batch's intake, not the county's count of 小巨人. The text says only 我县; the county (清徐县, 醋都) is identified from the publishing site and the named vinegar companies."))

A(dict(stem="xining-news-1", city="西宁市",
  url="http://www.qinghai.gov.cn/msfw/system/2023/11/04/030028972.shtml", title="(not on page)",
  publisher="青海省人民政府网 (qinghai.gov.cn)", date="(not on page)",
  claims=[],
  note="No claim: the 26 4G/5G stations are one 电信普遍服务 batch (4G and 5G mixed), not the city's 5G total."))

A(dict(stem="kunming-news-1", city="昆明市",
  url="http://news.jjrbnet.com/yunnan/20221117/76378.html", title="(not on page)",
  publisher="(not on page; news.jjrbnet.com)", date="(not on page)",
  claims=[],
  note="No claim for a spec field (数字经济规模 and a growth rate are not fields). The plans are named only descriptively, without a title (数字经济发展规划(2020-2025年)、5G产业和大数据产业发展规划), so policy_documents is left empty (judgment call). Social-media buttons at the top dropped."))

A(dict(stem="mouding-report-1", city="牟定县",
  url="http://bx2200.com/baogao/xn/9984.html", title="政府工作报告 (2024年1月18日在牟定县第十八届人民代表大会第三次会议上)",
  publisher="牟定县人民政府 (re-published on bx2200.com)", date="2024-01-18",
  claims=[],
  note="No claim: growth rates and money amounts only. The stored copy goes on into a paragraph (cut off mid-sentence) with 园区10户规上企业 — a park's count, not the county's; that paragraph is not included."))

A(dict(stem="changshaxian-report-1", city="长沙县",
  url="https://nextlevelartsconsulting.com/bhuazhong/5439.html", title="政府工作报告 (2023年2月2日在长沙县第十八届人民代表大会第三次会议上)",
  publisher="长沙县人民政府 (re-published on nextlevelartsconsulting.com)", date="2023-02-02",
  claims=[],
  note="No claim: rankings and growth rates only; rankings (百强县 etc.) are not ministerial titles."))

A(dict(stem="zhuzhou-news-1", city="株洲市",
  url="https://hn.rednet.cn/content/646847/54/13615296.html", title="观潮的螃蟹丨株洲制造为何“盛产”全国冠军",
  publisher="红网 (hn.rednet.cn)", date="2024-03-10 21:38:19",
  claims=[],
  note="No claim: the 9 株洲 firms are one batch (第八批) and only at 公示 stage; 湖南's 47 is provincial. 单项冠军 firms are not put in national_titles (the reference marks their status as a national title as doubtful, and these are not yet published)."))

A(dict(stem="xianning-news-1", city="咸宁市",
  url="http://xianning.gov.cn/mlxn/tzxn2/qyxx/202505/t20250516_3985448.shtml", title="第七批省级专精特新中小企业名单公示 咸宁98家企业入围",
  publisher="香城都市报 (咸宁市人民政府网)", date="2025-05-16",
  claims=[("little_giants", 20, "actual", 2025, "国家级专精特新“小巨人”企业20家")],
  note="截至目前 resolved against 日期:2025-05-16. 规上工业企业 appears only as a share base (三分之一, 42%), no count. The 98 provincial 专精特新 firms and the targets (新增70家、力争达100家、总数突破300家) concern provincial 专精特新, not a spec field."))

A(dict(stem="wuhan-news-1", city="武汉市",
  url="http://startup-partner.com/19027.html", title="(not on page; begins with 导语)",
  publisher="(not on page; re-published on startup-partner.com)", date="(not on page)",
  claims=[("little_giants", 207, "actual", 2022, "武汉拥有国家级专精特新“小巨人”总数207家"),
          ("little_giants", 260, "target", 2023, "争创国家级专精特新“小巨人”企业260家")],
  note="The page has no dateline; 截至目前/今年 are tied to 2022 by the report the article opens with (《专精特新中小企业发展报告(2022年)》, 今年新培育第四批) — a judgment call. 158家 is the 第四批 intake; 8997 is national; 省级“小巨人”500家 is a provincial-level target. The 专精特新 action plan is not a 5G/工业互联网 policy and has no title as written."))

A(dict(stem="luonan-bulletin-1", city="洛南县",
  url="http://sjzyihang.com/forum.php?extra=page%3D137&mod=viewthread&tid=74976", title="(not on page; stored copy begins inside the bulletin)",
  publisher="(not on page; re-published on sjzyihang.com)", date="(not on page)",
  claims=[("above_scale_enterprises", 57, "actual", 2022, "年底,全縣規模以上工業企業57戶")],
  note="Traditional characters as stored. The stored copy starts mid-bulletin (no title); the county is identified by 洛南核桃 and 代表商洛市. Year 2022 from the document's own 2022 table captions and 2022 brand ranking. 新納8戶 is a change."))

A(dict(stem="fangshan-news-1", city="北京高端制造业基地(中关村房山园)",
  url="http://www.didadaijia.cn/yuquanyaowen/33058.html", title="(not on page)",
  publisher="(not on page; re-published on didadaijia.cn)", date="(not on page)",
  claims=[("little_giants", 5, "actual", None, "國家級專精特新“小巨人”企業5家")],
  note="Traditional characters as stored. 2024年度 is part of a list's name, not the date of the document, so year is null. 專精特新企業近30家 is provincial/municipal-level 专精特新, not a field. The municipal 特色園區 recognition is not a ministerial title."))

A(dict(stem="beijingjkq-news-1", city="北京经开区",
  url="https://www.kczg.org.cn/rules/detail?id=6221199", title="致敬高精尖产业开拓者",
  publisher="(not on page; kczg.org.cn)", date="2023-01-03",
  claims=[],
  note="No claim: the 小巨人 count is given only as a ranking (排名第一), no number."))

A(dict(stem="beijing-news-1", city="北京市",
  url="http://m.zhoukan.cc/guancha/2022/0915/87986.html", title="(not on page)",
  publisher="(not on page; re-published on m.zhoukan.cc)", date="(not on page)",
  claims=[("bs_total", 63000, "actual", 2022, "目前5G基站总数已经达到6.3万个"),
          ("bs_per_10k", 28.9, "actual", 2022, "平均每万人28.9个")],
  note="目前 resolved to 2022 through the event the article reports (2022中国信息通信业发展高层论坛9月15日举行开幕式) — the only date the text gives. National figures (数字经济规模, 20万座通信塔) are not Beijing's. 千兆城市 is not counted as a ministerial title here (not in the reference categories)."))

A(dict(stem="bijie-list-1", city="毕节市",
  url="https://chacewang.com/newsdetail/news237905.html", title="(not on page; 2023年电信普遍服务试点项目建设名单公示)",
  publisher="毕节市工业和信息化局 (re-published on chacewang.com)", date="(not on page)",
  claims=[],
  note="No claim: 5G基站建设指标95个 is one year's universal-service quota (a plan for new stations), not the city's total. The provincial notice cited is not the applicant's policy."))

A(dict(stem="xingtai-news-1", city="邢台市",
  url="http://m.wonderfulkids.cn/xt/2025-10/19/content_991559.htm", title="(not on page)",
  publisher="(not on page; re-published on m.wonderfulkids.cn)", date="(not on page)",
  claims=[],
  note="Traditional characters as stored; only the first paragraph is used (the next one carries encoding debris in the stored copy). No claim: 卓越級智能工廠1家(國家級) counts one title category, not the city's total of ministerial titles, and names no project; 先進級 (省級) factories are provincial; 38家 is a batch."))

A(dict(stem="yiyang-list-1", city="益阳市",
  url="http://bb.yiyang.gov.cn/yiyang/2/3/73/content_1985150.html", title="省级新型工业化产业示范基地发展质量评价结果公布 我市上榜4家四星级2家三星级",
  publisher="益阳日报全媒体 (中国益阳门户网)", date="2024-09-10 08:56",
  claims=[],
  note="No claim, no list item: all bases named are provincial (省级) 示范基地, which do not count as ministerial titles. Province-wide counts (五星基地8家…) are provincial."))

A(dict(stem="yongzhou-list-1", city="永州市",
  url="https://yz.rednet.cn/content/2020/06/15/7373915.html", title="(not on page)",
  publisher="永州广电 (yz.rednet.cn)", date="(not on page)",
  claims=[],
  note="No claim, no list item: a provincial 公示 (拟支持) of provincial awards; nothing ministerial and nothing yet granted."))

A(dict(stem="zhuzhougxq-news-1", city="株洲高新技术产业开发区",
  url="http://gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/jxyw/202004/t20200427_12010486.html", title="我省2个工业园区被工信部评为五星级示范基地",
  publisher="湖南日报 (湖南省工业和信息化厅网站)", date="2020-04-27 08:01",
  claims=[],
  lists={"national_titles": ["五星级国家新型工业化产业示范基地"]},
  note="The applicant holds a 国家新型工业化产业示范基地 (装备制造·轨道交通装备) rated five-star by MIIT; listed once, as written. 长沙经济技术开发区 is another place; 30家/381家 are national counts."))

A(dict(stem="wansheng-bulletin-1", city="万盛经开区",
  url="http://ws.cq.gov.cn/bm/tjj/zwgk_70287/fdzdgknr_70290/tjxx_197374/tjgb/202102/t20210208_8884537.html",
  title="2015年重庆市万盛经开区国民经济和社会发展统计公报", publisher="万盛统计局", date="2021-02-08 (发布日期)",
  claims=[],
  note="No claim: the opening part gives GDP and per-capita GDP only (按常住人口计算 is not a population figure)."))

A(dict(stem="dadukou-bulletin-1", city="大渡口区",
  url="https://gcs66.com/document_detail/57813.html", title="2011年重庆市大渡口区人民政府国民经济和社会发展统计公报(2022年更新)",
  publisher="(not on page; re-published on gcs66.com)", date="(not on page)",
  claims=[("above_scale_enterprises", 69, "actual", 2011, "69家规模以上工业企业实现总产值245.5亿元")],
  note="The title's (2022年更新) is the re-publisher's label, not an as-of date; the figure is for 2011."))

A(dict(stem="changchun-news-1", city="长春市",
  url="https://jl.cri.cn/2024-01-11/1c0de2bb-f3c9-69d6-e075-7d4ceaf15917.html", title="长春2023年地区生产总值增长6.5%以上",
  publisher="吉林日报 (jl.cri.cn)", date="2024-01-11 10:51:15",
  claims=[],
  note="No claim: “专精特新”企业1452户 counts provincial-level 专精特新 SMEs, not 专精特新“小巨人”; 国家科技型中小企业 is not a field."))

A(dict(stem="tonghua-report-1", city="通化市",
  url="http://daxue.ljyz.com.cn/news/HTML_PC/202306/3198_2.html", title="(not on page; second page of the 通化市政府工作报告)",
  publisher="(not on page; re-published on daxue.ljyz.com.cn)", date="(not on page)",
  claims=[],
  note="The stored copy is the second page of a government work report and carries no title or date; no figure for any field."))

A(dict(stem="yuncheng-news-1", city="运城市",
  url="http://yc.sxgov.cn/content/2019-07/26/content_9538326.htm", title="(not on page)",
  publisher="(not on page; yc.sxgov.cn)", date="(not on page)",
  claims=[],
  note="No claim: 82 villages of 4G coverage is a yearly task, and the tower company is an operator."))

A(dict(stem="luoyang-news-1", city="洛阳市",
  url="http://www.huai123.net/yc/2022/0624/54747.html", title="(not on page)",
  publisher="洛阳市人民政府 (re-published on huai123.net)", date="(not on page)",
  claims=[],
  note="Traditional characters as stored. No claim: 212家 are provincial 专精特新 SMEs (not 小巨人), 141家 is a batch, 3000家 a target of 创新型中小企业 — none is a spec field."))

A(dict(stem="pishan-news-1", city="皮山县",
  url="https://m.dutenews.com/n/article/6366203", title="新疆开通首个高原5G基站",
  publisher="新华网 (re-published on m.dutenews.com, 读特)", date="2021-12-10 16:01",
  claims=[],
  note="No claim for the county: the only totals (新建12835个, 累计19343个) are Xinjiang-wide; the one station in 赛图拉镇 is shared by four operators."))

A(dict(stem="kunming-bulletin-1", city="昆明市",
  url="https://www.fensifuwu.com/economics/f4d449814e780e5c4003201321c7d0a6.html", title="关于2022年昆明市主要人口数据的公告 (as reported; page title not in stored copy)",
  publisher="昆明市统计局, via 开屏新闻 (re-published on fensifuwu.com)", date="(not on page; 4月4日 only)",
  claims=[("population", 8600000, "actual", 2022, "2022年末,昆明市常住人口为860.0万人")],
  note="Urban/rural splits (697.5万, 162.5万) are parts of the total, not the total."))

A(dict(stem="haerbin-bulletin-1", city="哈尔滨市",
  url="http://www.tjcn.org/tjgb/08hlj/36604.html", title="哈尔滨市2020年国民经济和社会发展统计公报",
  publisher="哈尔滨市统计局 (re-published on tjcn.org)", date="2021-04-29 (signature); page time 2021-08-09",
  claims=[],
  note="No claim: the opening part gives GDP only; the population paragraph that follows in the stored copy (户籍总人口, cut off mid-paragraph) is not included and would not be 常住人口 anyway. Site menus dropped."))

A(dict(stem="huhehaote-operator-1", city="呼和浩特市",
  url="http://szb.northnews.cn/bfxb/html/2023-05/18/content_42148_207444.htm", title="(not on page)",
  publisher="北方新报 e-paper (szb.northnews.cn)", date="(not on page)",
  claims=[],
  note="Operator news (中国移动内蒙古公司): the port shares and the 1700/4000 residential compounds are the operator's, region-wide figures; 千兆示范城市 is not counted as a ministerial title of the reference list."))

A(dict(stem="wuhan-news-2", city="武汉市",
  url="http://www.eace.org.cn/?p=15048", title="2022 中国5G+工业互联网大会丨武汉市人民政府副市长党蓁:拥抱数字时代 做强武汉制造",
  publisher="湖北省通信行业协会 (eace.org.cn)", date="2022-11-20 20:16",
  claims=[],
  note="No claim: a speech with no figure for any field in the stored part; site login furniture dropped."))

A(dict(stem="nanyang-news-1", city="南阳市",
  url="http://nypubweb.nydt.cn/nyh/article/1/1461148705508126721", title="南阳召开2021年南阳市重点民生实事 “扩大5G网络覆盖面落实情况” 新闻发布会",
  publisher="南阳广播电视台", date="2021-11-18",
  claims=[("bs_total", 5135, "actual", 2021, "5G基站累计达到5135个")],
  note="截至11月10日 resolved against the dateline 2021-11-18. 建设完成2185个 (this year's build) and 全年计划新建不少于3491个 (a yearly plan) are changes, not totals; 186个 are stations moved to direct power supply."))

A(dict(stem="ankang-operator-1", city="安康市",
  url="http://www.poltart.com/news/ankang/aknews/368473.html", title="(not on page)",
  publisher="(not on page; re-published on poltart.com)", date="(not on page)",
  claims=[],
  note="Traditional characters as stored. Operator news (city signs a cooperation agreement with 中国移动陕西公司); no figure and no policy title — a cooperation agreement is not a policy document."))

A(dict(stem="zhangye-policy-1", city="张掖市",
  url="http://www.myphoneactivates.com/zyszfxxgk/fdzdgknr_5657/qtfdzdgknr/zcjd_5702/202009/t20200925_493355.html",
  title="(not on page; 政策解读 of 张掖市关于加快推进5G网络建设和应用的实施意见)",
  publisher="张掖市工业和信息化局 (re-published on myphoneactivates.com)", date="(not on page)",
  claims=[],
  lists={"policy_documents": ["張掖市關于加快推進5G網絡建設和應用的實施意見"]},
  note="Traditional characters as stored, including a stray ?, in the stored copy. The provincial 甘政辦發〔2019〕72號 opinion is not the applicant's. The stored copy goes on (cut off) into the yearly new-build targets; not included."))

A(dict(stem="huangpi-news-1", city="黄陂区",
  url="http://kexingxing.cn/news1014/201811/1550235.html", title="(not on page)",
  publisher="(not on page; re-published on kexingxing.cn)", date="(not on page)",
  claims=[],
  note="No claim. 武汉市5G基站规划建设实施方案 is issued by the parent city (武汉市人民政府), not by the applicant 黄陂区, so it is not in policy_documents. The stored copy's last paragraph (Wuhan-wide station targets, with 黄陂区's share) is cut off mid-sentence and not included. Site slogan lines at the top dropped."))

A(dict(stem="chengdu-list-1", city="成都市",
  url="http://www.0859xyzj.com/news/6710789", title="(not on page)",
  publisher="蓉城政事 (re-published on 0859xyzj.com)", date="(not on page)",
  claims=[],
  note="Traditional characters as stored. No claim and no list item: the 7 firms are only in a 公示 (擬入選) list of 卓越級智能工廠, not yet published; 7 is a batch, not a count of titles."))

A(dict(stem="beijing-list-1", city="北京市",
  url="https://dlsb.xwboo.com/news/70938.html", title="(not on page)",
  publisher="(not on page; re-published on dlsb.xwboo.com)", date="(not on page)",
  claims=[],
  lists={"national_titles": ["低压电器智能制造示范工厂", "高端显示器件智能制造示范工厂"]},
  note="A national list passage assigned to 北京市: only the two Beijing enterprises' 2022年度智能制造示范工厂 (揭榜任务, published by 公告) are listed as the applicant's titles; the Tianjin and Xiamen factories and the 优秀场景 firms of other places (许昌, 德阳, 福州, 天津) are not Beijing's. No count is stated."))

A(dict(stem="jiaxian-report-1", city="郏县",
  url="https://edutainingadventures.com/bhuazhong/10595.html", title="(not on page; 郏县政府工作报告)",
  publisher="郏县人民政府 (re-published on edutainingadventures.com)", date="(not on page)",
  claims=[],
  note="No claim: growth rates and revenue only. The stored copy continues (cut off) into a paragraph with 5G重点项目13个 — a count of local 5G projects, not a field of the spec; not included."))

A(dict(stem="yongchuan-report-1", city="永川区",
  url="https://edutainingadventures.com/bxn/3484.html", title="(not on page; 重庆市永川区政府工作报告)",
  publisher="重庆市永川区人民政府 (re-published on edutainingadventures.com)", date="2022-01-08 (meeting date in the text)",
  claims=[],
  note="No claim: output values and growth rates only (规上工业总产值 is not a count of enterprises)."))

A(dict(stem="guazhou-bulletin-1", city="瓜州县",
  url="http://sjzyihang.com/forum.php?extra=page%3D7&mod=viewthread&tid=81283", title="2023年瓜州縣國民經濟和社會發展統計公報",
  publisher="瓜州县统计局 (re-published on sjzyihang.com)", date="(not on page)",
  claims=[("population", 132200, "actual", 2023, "年末全縣常住人口13.22萬人")],
  note="Traditional characters as stored. 城鎮常住人口6.04萬人 is a part, 比上年減少500人 a change."))

A(dict(stem="chengdu-news-1", city="成都市",
  url="http://m.hcjjw.com.cn/article/detail/1548772.html", title="(not on page)",
  publisher="(not on page; re-published on m.hcjjw.com.cn)", date="(not on page)",
  claims=[("above_scale_enterprises", 5000, "actual", 2024, "規模以上工業企業突破5000家", "over")],
  note="Traditional characters as stored. Year 2024 from the sentence's own 2024年. 國家級產業集群增至14個 is not a spec field (not the 国家先进制造业集群 title list as written)."))

A(dict(stem="tianjinhebei-report-1", city="天津市河北区",
  url="http://www.tjhb.gov.cn/zwgk/ndbg/202601/t20260128_7234038.html", title="(not on page; 天津市河北区政府工作报告)",
  publisher="天津市河北区人民政府 (tjhb.gov.cn)", date="(not on page)",
  claims=[],
  note="No claim. The text never names the district (only 区人民政府, 中心城区); the place is identified from the publishing site, a judgment call."))

A(dict(stem="baotou-report-1", city="包头市",
  url="http://btskw.com.cn/info/201309250007", title="(not on page; 包头市政府工作报告)",
  publisher="包头市人民政府 (re-published on btskw.com.cn)", date="(not on page)",
  claims=[],
  note="No claim: an early report (2012 figures) with money amounts only; the State Council opinion cited is not the applicant's policy."))

A(dict(stem="dafang-bulletin-1", city="大方县",
  url="https://tjgb.hongheiku.com/xjtjgb/xj2020/52432.html", title="大方县2023年国民经济和社会发展统计公报",
  publisher="大方县统计局 (re-published on tjgb.hongheiku.com)", date="(not on page)",
  claims=[],
  note="No claim: the opening part gives GDP and per-capita GDP only. Spacing inside words is as stored (PDF conversion). Site selector line dropped."))

A(dict(stem="wuhan-bulletin-1", city="武汉市",
  url="http://bx2200.com/tjgongbao/huazhong/6171.html", title="(湖北省)2022年武汉市国民经济和社会发展统计公报",
  publisher="武汉市统计局、国家统计局武汉调查队 (re-published on bx2200.com)", date="(not on page)",
  claims=[("population", 13739000, "actual", 2022, "年末全市常住人口1373.90万人")],
  note="户籍人口944.42万人 and 城镇常住人口 are not the 常住人口 total; 增加9.01万人 is a change."))

A(dict(stem="dalian-bulletin-1", city="大连市",
  url="http://m.xiaomonv0755.com/tjgb/06ln/37949.html", title="(not on page; 大连市2023年国民经济和社会发展统计公报)",
  publisher="大连市统计局 (re-published on m.xiaomonv0755.com)", date="(not on page)",
  claims=[("population", 7539000, "actual", 2023, "年末全市常住人口753.9萬人")],
  note="Traditional characters as stored; the stored copy opens with the issuer line, no title. Year 2023 from the opening sentence. 戶籍人口608.8萬人 is not 常住人口."))

A(dict(stem="ezhou-policy-1", city="鄂州市",
  url="https://www.ezhou.gov.cn/gk/zfgb/2023zfgb/zfgb202304/202312/t20231211_598908.html", title="市人民政府关于印发鄂州市数字经济发展“十四五”规划的通知",
  publisher="鄂州市人民政府 (鄂州政府网)", date="2023-08-22 (page); signed 2023-06-30",
  claims=[],
  note="The stored copy goes on into 信息基础设施 (5G base stations, 每万人5G基站) but cuts that paragraph off mid-sentence, so it is not included and the passage has no claim. The plan is a general digital-economy plan (title names neither 5G nor 工业互联网), so policy_documents is empty; the national and provincial plans cited are not the applicant's. Voice-player furniture dropped."))

A(dict(stem="xianning-policy-1", city="咸宁市",
  url="http://xianning.gov.cn/xxgk/zc/zfwj/xzbf/202210/t20221017_2825253.shtml", title="(not on page; 咸宁市人民政府办公室关于印发全面推进数字咸宁建设实施方案的通知)",
  publisher="咸宁市人民政府办公室", date="2022-10-11 (signature)",
  claims=[],
  note="No claim in the stored part; the plan is a general 数字咸宁 plan (title names neither 5G nor 工业互联网), so policy_documents is left empty (judgment call)."))

A(dict(stem="xialu-policy-1", city="下陆区",
  url="http://xialuqu.gov.cn/zwgk/fdzdgknr/jhzj/sswgh/202207/t20220715_922798.html", title="下陆区数字经济“十四五”发展规划",
  publisher="下陆区人民政府 (xialuqu.gov.cn)", date="(not in this stored copy)",
  claims=[],
  note="Plan text with no figure in its opening part. A general digital-economy plan, so not in policy_documents (judgment call). The G20 initiative is not a policy of the applicant. Site menu dropped."))

A(dict(stem="changshajkq-news-1", city="长沙经开区",
  url="http://shadafang.com/c/112JQF12020.html", title="政策|湖南5G建设跻身全国前十",
  publisher="湖南日报 (re-published on shadafang.com)", date="(not on page)",
  claims=[],
  note="Mostly provincial: the policies named are Hunan's, the 21044 stations are province-wide. The applicant's only item is a provincial title (湖南省“5G 工业互联网”先导区), which is not ministerial, and 支持其打造国家级…先导区 is an aim, not a held title; so no claim and no list item."))

A(dict(stem="changsha-operator-1", city="长沙市",
  url="https://www.icswb.com/h/168/20210206/697908.html", title="长沙移动提前完成2020年电普基站开通",
  publisher="长沙晚报 (icswb.com)", date="(not on page; 2月5日讯)",
  claims=[],
  note="Operator news: the 79 and 188 universal-service stations are 中国移动长沙's 4G stations, not the city's 5G total."))

A(dict(stem="yangquan-operator-1", city="阳泉市",
  url="https://www.shanxishangren.com/b2b/news/show.php?itemid=182411", title="(not on page)",
  publisher="(not on page; re-published on shanxishangren.com)", date="(not on page)",
  claims=[],
  note="Operator story (山西联通). The 工信部万兆工厂试点 belongs to 山煤国际河曲露天煤业 in 河曲县, not to the applicant, and is not a 5G工厂名录 entry; 826万元 is one company's project investment, not 政府专项资金. Photo captions kept as stored."))

A(dict(stem="zhongwei-news-1", city="中卫市",
  url="http://www.iitime.com.cn/html/10208/9114821.htm", title="宁夏通信管理局开展农村5G网络覆盖精准监测工作专项督查",
  publisher="宁夏通信管理局 (iitime.com.cn)", date="2023-03-15 09:11",
  claims=[],
  note="No claim: a provincial inspection that visits 中卫市; the 80% village-coverage target is national."))

A(dict(stem="baoji-news-1", city="宝鸡市",
  url="http://img-sxworker.sxworker.com/xinwen/sx/2025-10-17/206697.html", title="宝鸡新增一个国家级中小企业特色产业集群",
  publisher="陕西工人报 (陕工网)", date="2025-10-17 09:43:58",
  claims=[],
  note="No claim (judgment call): the 19 小巨人 and 6 单项冠军 are the firms inside the city's 8 特色产业集群, not the city-wide counts. The 金台区 cluster is only at 公示 stage; the 国家级中小企业特色产业集群 title (2 held) is not in the reference title categories, so it is neither counted nor listed. Site menus and footer dropped."))

A(dict(stem="tianjin-news-1", city="天津市",
  url="http://news.72177.com/2019/0608/4477679.shtml", title="(not on page)",
  publisher="津云新闻 (re-published on news.72177.com)", date="(not on page)",
  claims=[("bs_total", 400, "actual", 2019, "截至目前已开通5G基站400余个", "over")],
  note="截至目前 resolved to 2019 through the text's own dating (今年…印发《…(2019年第一批)的通知》, 截至4月底) — a judgment call. The 810亿元 is the operators' investment, not government funds; the 通知 on base-station problems does not name 5G or 工业互联网 and is not listed."))

A(dict(stem="songxian-bulletin-1", city="嵩县",
  url="https://tjgb.hongheiku.com/xjtjgb/xj2020/37992.html", title="2022年嵩县国民经济和社会发展统计公报",
  publisher="嵩县统计局 (re-published on tjgb.hongheiku.com)", date="(not on page)",
  claims=[],
  note="No claim: GDP, prices and farm output only; the county's opening part gives no 常住人口. Site selector line dropped; tables kept as stored."))

A(dict(stem="beijing-news-2", city="北京市",
  url="http://tech.mcar.com.cn/keji/20190611/29482.html", title="截至5月底,北京地区共建设完成了5G基站4300个",
  publisher="北京青年报 (re-published on tech.mcar.com.cn)", date="2019-06-11 15:08:07",
  claims=[("bs_total", 4300, "actual", 2019, "截至5月底,北京地区共建设完成了5G基站4300个")],
  lists={"policy_documents": ["关于加快推进5G基础设施建设的工作方案"]},
  note="截至5月底 resolved against the dateline 2019-06-11. The title repeats the figure; one claim. The 工作方案 was issued by 北京市政府办公厅 (the applicant's government), so it is listed; 到2021年 coverage goals carry no number."))

A(dict(stem="chaoyang-news-1", city="朝阳区",
  url="http://xymqmc.com/news_show.aspx?id=164389", title="(not on page)",
  publisher="(not on page; re-published on xymqmc.com)", date="(not on page)",
  claims=[],
  note="Traditional characters as stored. No claim for the district: 8000多個5G基站 is 北京鐵塔's Beijing-wide figure (an operator, and the parent city). The 工作方案 is issued by the parent city (北京市政府), not by 朝陽區, so it is not in policy_documents."))

A(dict(stem="guiyang-news-1", city="贵阳市",
  url="http://www.gz.chinanews.com.cn/szfc/guiyang/2025-12-05/doc-ihexqkcc0462901.shtml", title="贵阳奋力在实施数字经济战略上抢新机 数字经济占GDP比重53.3%",
  publisher="中新网贵州", date="(not on page; 12月5日电)",
  claims=[],
  note="No claim: data-centre and computing figures are not spec fields; 千兆城市 and village 5G coverage give no count. The 算力产业促进条例 is a regulation on computing, not a 5G/工业互联网 policy."))

A(dict(stem="guian-news-1", city="贵安新区",
  url="http://www.mp4sky.com/xwzx/gnsz/gdxw/202509/t20250929_2495756.shtml", title="(not on page; photo story)",
  publisher="(not on page; re-published on mp4sky.com)", date="(not on page)",
  claims=[],
  note="Traditional characters as stored. No claim: firm counts of one park (大科城1700多家) and of one company's ecosystem, not above-scale industrial enterprises or any other field."))

A(dict(stem="jingzhou-news-1", city="荆州市",
  url="http://news.jznews.com.cn/system/2024/01/10/030060998.shtml", title="政府工作报告解读:数说荆州2023(二)",
  publisher="荆州广播电视台 (荆州新闻网)", date="2024-01-10",
  claims=[],
  note="No claim: 新增…5G基站1874个 is a yearly addition in the central city (a change), not a total. County-level honours (百强 lists, provincial pilots) are not ministerial titles; 国家公交都市建设示范工程 is unrelated to the spec's titles. Site furniture (report hotlines) dropped."))

A(dict(stem="liaoyuan-report-1", city="辽源市",
  url="http://bx2200.com/baogao/db/2881.html", title="(吉林省)辽源市人民政府工作报告(2022年1月11日)",
  publisher="辽源市人民政府 (re-published on bx2200.com)", date="2022-01-11",
  claims=[],
  note="No claim in the included part. The stored copy continues (cut off mid-paragraph) with 规上工业企业达到111户, which is therefore not included."))

A(dict(stem="shuangliao-report-1", city="双辽市",
  url="http://bx2200.com/baogao/db/4673.html", title="(吉林省)双辽市人民政府工作报告(2022年12月27日)",
  publisher="双辽市人民政府 (re-published on bx2200.com)", date="2022-12-27",
  claims=[],
  note="No claim: growth rates only."))

A(dict(stem="alashan-operator-1", city="阿拉善盟",
  url="https://www.cnfin.com/cmjj-lb/detail/20241012/4118265_1.html", title="内蒙古移动:让巴丹吉林沙漠“一网无前”",
  publisher="(not on page; cnfin.com)", date="(not on page)",
  claims=[],
  note="Operator story (中国移动内蒙古公司阿拉善分公司): the 2 5G stations are the operator's, in one desert area, not the 盟's total; 500万元 is operator investment. The stored copy repeats its first paragraph; kept as stored. Cut before the last paragraph, which the stored copy cuts off."))

A(dict(stem="shancheng-operator-1", city="山城区",
  url="http://www.yqzksb.com/html/zhoubian/hebi/2020_08/25/38101961.html", title="(not on page)",
  publisher="(not on page; re-published on yqzksb.com)", date="(not on page; 8月20日 only)",
  claims=[],
  note="Traditional characters as stored. Judgment call: 山城區已經開通5G基站22個 is stated by 鶴壁移動's general manager together with its own 5G customers, so it is read as the operator's network, not the district's total, and not labelled. The 三年行動計劃 is the parent city's (鶴壁市), not the applicant's."))

A(dict(stem="suizhou-news-1", city="随州市",
  url="http://www.ynkmhao.com/thread-1587477-1-94.html", title="(not on page; forum re-post of 随州日报)",
  publisher="随州日报 (re-posted on ynkmhao.com forum)", date="(not on page)",
  claims=[("single_champions", 1, "actual", None, "國家級單項冠軍企業1家"),
          ("little_giants", 12, "actual", None, "國家專精特新“小巨人”企業12家")],
  note="Traditional characters as stored; forum header (user badge, sign-in days) dropped. 目前 has no date in the document (2023年 names the list, 2022年6月 the provincial rule), so year is null. 省級單項冠軍30家 and the 11 new ones are provincial; 國家級重點“小巨人”3家 is a subset of the 小巨人, not a separate field."))

A(dict(stem="honghu-news-1", city="洪湖市",
  url="https://news.hubeidaily.net/pc/c_2485904.html", title="洪湖8家企业入选省制造业单项冠军",
  publisher="湖北日报客户端", date="2024-04-11 16:57:20",
  claims=[],
  note="No claim: all 单项冠军 here are provincial (省制造业单项冠军), at 公示 stage; 总数达31家 counts provincial champions, not the national 制造业单项冠军 of the spec. App/comment furniture dropped."))

A(dict(stem="yanbian-policy-1", city="延边州",
  url="http://yjjkjs.com/getDetails?id=13390&paretId=44", title="延边州人民政府办公室关于加快推动第五代移动通信网络建设的通知",
  publisher="延边州人民政府办公室 (re-published on yjjkjs.com)", date="2020-10-15 (re-publication)",
  claims=[],
  lists={"policy_documents": ["延边州人民政府办公室关于加快推动第五代移动通信网络建设的通知"]},
  note="A 5G-specific notice issued by the applicant (第五代移动通信 = 5G), so it is listed. The three provincial documents cited are not the applicant's. Document numbers are as stored (the stored copy drops the closing brackets). No figure in the included part."))

A(dict(stem="chongqing-news-1", city="重庆市",
  url="https://taiwan-reports.com/archives/664126", title="(not on page)",
  publisher="(not on page; taiwan-reports.com, 本報綜合報導)", date="(not on page)",
  claims=[],
  note="Traditional characters as stored. No claim: 每萬人擁有5G基站數 is given only as a rank (西部第一、全國第六), with no value; the 5G+醫療/教育 pilots are not spec fields; user-penetration targets are not fields."))

A(dict(stem="neixiang-report-1", city="内乡县",
  url="http://mp.123yiche.com/j5b246830k1.html", title="(河南省)2021年内乡县人民政府工作报告(全文)",
  publisher="内乡县人民政府 (re-published on mp.123yiche.com)", date="2021-04-28 (meeting date in the text)",
  claims=[],
  note="No claim in the included part (opening of the report). Re-publisher's '本地事' label kept as stored."))

A(dict(stem="yibin-report-1", city="宜宾市",
  url="http://bx2200.com/baogao/xn/3811.html", title="(not on page; 宜宾市政府工作报告)",
  publisher="宜宾市人民政府 (re-published on bx2200.com)", date="(not on page)",
  claims=[],
  note="No claim: the included opening has no figure for a field; the stored copy continues (cut off) with growth rates."))

A(dict(stem="jianyang-report-1", city="简阳市",
  url="https://edutainingadventures.com/bxn/3593.html", title="政府工作报告 (在简阳市第十八届人民代表大会第一次会议上)",
  publisher="简阳市人民政府 (re-published on edutainingadventures.com)", date="(not on page)",
  claims=[],
  note="No claim: GDP, investment and rankings only; 全国县域经济百强 is not a ministerial title of the reference list."))

A(dict(stem="xiangaoxin-news-1", city="西安高新区",
  url="http://m.yhgelaimei.com/shehui/2024/255683.html", title="經濟向好 發展向新 民生向暖 2023年西安高新區GDP突破3300億元大關",
  publisher="各界新聞網 (re-published on m.yhgelaimei.com)", date="2024-02-29 14:24:11",
  claims=[],
  note="Traditional characters as stored; a spam line at the top of the stored page dropped as furniture. No claim: output values and shares only, no count of enterprises."))

A(dict(stem="chengdu-news-2", city="成都市",
  url="https://m.163.com/dy/article/KMC0T0HF05149D15.html", title="(not on page)",
  publisher="(not on page; 网易号 m.163.com)", date="(not on page)",
  claims=[("little_giants", 410, "actual", 2025, "2025年,成都国家级专精特新“小巨人”企业增至410家")],
  note="新入选制造业单项冠军2家 and 专精特新“小巨人”56家 are the 2025 intakes (changes), not counts. The targets (省级专精特新累计超4000家, 创新型中小企业累计超8000家, shares) are not spec fields; the 专精特新 plan is not a 5G/工业互联网 policy."))
