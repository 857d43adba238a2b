ENTRIES = [
dict(stem="bozhou-news-2", url="http://www.dingqianjf.com/news/show/87694244bb82e6c6.html",
 title="(stored page has no title line) 亳州市2023年5G网络建设与应用情况", publisher="(转载站 dingqianjf.com)", date="no date on page",
 text="""今年以來,我市大力推進5G網(wǎng)絡建設,深化5G創(chuàng)新應用,推動5G綠色發(fā)展,2023年新建5G基站2111個,年度任務完成率117%,完成進度位居全省第4,連續(xù)四年超額完成5G基站建設任務,累計建成5G基站7775個,實現(xiàn)市主城區(qū)、縣城、鄉(xiāng)鎮(zhèn)、行政村區(qū)域5G網(wǎng)絡全覆蓋。
強化協(xié)調(diào)聯(lián)動。充分發(fā)揮市加快5G發(fā)展暨電信設施建設和保護工作領(lǐng)導小組牽總協(xié)調(diào)作用,堅持“雙調(diào)度”機制,形成多方聯(lián)動、合力推進的工作格局,建立5G基站建設動態(tài)問題清單,逐項明確問題類別、責任單位等,持續(xù)推動疑難站址問題解決,確保疑難站址問題解決率100%。
降低建設成本。明確公共設施及附屬資源開放范圍,大力推進公共設施資源向基礎(chǔ)電信業(yè)務經(jīng)營者免費平等開放。聯(lián)合相關(guān)部門清理5G基站用電不合理亂象,規(guī)范非電網(wǎng)直接供電5G基站用電價格,提升直供電基站占比,切實降低用電成本。
打造應用示范。深入推進5G場景應用,2023年,中煤新集利辛電廠5G在火力發(fā)電場景的應用、5G守護校園安全項目、古井貢酒智能園5G+工業(yè)互聯(lián)網(wǎng)項目、渦陽經(jīng)濟開發(fā)區(qū)5G+創(chuàng)新型智慧園區(qū)項目分別獲工信部第六屆“綻放杯”5G應用征集大賽二等獎、三等獎、優(yōu)秀獎;“數(shù)字蒙城”智慧城市能力提升項目獲工信部第二屆“光華杯”千兆光網(wǎng)應用創(chuàng)新大賽三等獎;安徽新亳華揚服飾數(shù)智化管理云5G工廠入選工信部《2023年5G工廠名錄》。""",
 city="亳州市",
 claims=[("bs_total", 7775, "actual", 2023, "exact", "累計建成5G基站7775個")],
 lists={"factories_5g": ["安徽新亳華揚服飾數(shù)智化管理云5G工廠"]},
 note="The city is 亳州 (我市 with 利辛, 渦陽, 蒙城, 古井貢酒). 7775 is tied to 2023 (the sentence's 2023年新建…累計建成); 2111 is the year's new builds. One 2023 名录 factory is named, but no count is stated, so no directory_5g_factories claim. 綻放杯/光華杯 prizes are competition awards, not demonstration titles.",
),
dict(stem="bozhou-news-3", url="http://www.bozhou.cn/yaowen/p/328115.html",
 title="全市已建设5G基站超万个", publisher="亳州晚报(亳州新闻网)", date="no date on page",
 text="""全市已建设5G基站超万个

亳州新闻网讯 记者昨日从市数据资源管理局获悉,我市加快推进移动通信网络建设,今年新建620个5G基站。全市已累计建设5G基站10593个。

近年来,市数据资源管理局持续推进网络基础设施共建共享,加快5G网络建设,规范通信杆线建设管理,不断促进通信杆线建设规范化、科学化。

我市深入推进网络基础设施共建共享,市数据资源管理局会同市城市管理局、市重点工程建设管理服务中心等,加强杆件统筹规划,建设集智慧照明、通信基站、视频监控等多种设施于一体的多用灯杆,减少重复建设。截至目前,累计在市中心城区铁路以东2号、3号地块建设1031个多杆合一路灯杆,完成共享杆路1346公里、管道2446公里、宏站4648处、室分897处,共享率均为100%,累计节约成本8000多万元。

我市不断完善通信网络,加快推进移动通信网络建设,减少杆线建设数量,累计建设5G基站10593个,实现行政村及以上区域和重点自然村5G网络全覆盖。累计建设4G基站12077个,4G网络实现全域覆盖、深度覆盖。积极打造5G融合应用新产品、新业态、新模式,全市累计探索5G应用场景21个,共揽获工信部“绽放杯”5G应用征集大赛二等奖2个、三等奖4个、优秀奖5个。

另外,我市还规范开展电杆、吊线、拉线等通信基础设施建设,完善光缆通信杆路建设清单,分级分类开展通信杆路日常巡检和维护,及时整改歪杆、倒杆、线路高度不够等问题,确保通信杆路规范有序。

(责任编辑:李惠惠)""",
 city="亳州市",
 claims=[("bs_total", 10593, "actual", None, "exact", "全市已累计建设5G基站10593个")],
 note="The headline's 超万个 and the body's 10593 are the same figure stated twice (one claim, the exact one). No date in the document, so year is null (今年 cannot be resolved). 620 is the year's new builds. 5G应用场景21个 are local 5G use cases, not MIIT's typical “5G+工业互联网” scenarios. The copyright notice under the headline was dropped as page furniture.",
),
]
