ENTRIES = [
dict(stem="jiaxing-news-1", url="http://zj.people.com.cn/BIG5/n2/2022/1225/c186327-40242774.html",
 title="每萬人擁有5G基站25個 嘉興成功獲評國家“千兆城市”", publisher="嘉興日報(人民網浙江頻道 繁體版)", date="2022年12月25日09:34",
 text="""人民網
人民網

每萬人擁有5G基站25個

嘉興成功獲評國家“千兆城市”

沈哲韜、劉麗佳
2022年12月25日09:34 | 來源:嘉興日報
小字號

作為數字基礎設施的重要組成部分,以5G和千兆光網為代表的“雙千兆”網絡,不僅是支撐數字經濟蓬勃發展的重要“底座”,還是驅動經濟社會高質量發展的新引擎。記者12月24日從嘉興市經信局獲悉,在工信部近日公布的2022年“千兆城市”建設情況通報中,嘉興憑借關鍵指標成績優異,成功獲評國家“千兆城市”。

據工信部通報顯示,嘉興每萬人擁有5G基站數達25個、5G用戶佔比達34%、10G-PON端口佔比31、500M及以上用戶佔比達30%,以上四項“千兆城市”關鍵指標,嘉興的完成情況居浙江省前列。""",
 city="嘉兴市",
 claims=[("bs_per_10k", 25, "actual", 2022, "exact", "嘉興每萬人擁有5G基站數達25個")],
 note="Year from the dateline 2022年12月25日 and the 2022年“千兆城市”建設情況通報 the figure comes from. The headline repeats the same figure (one claim). 千兆城市 is an MIIT appraisal of network build-out, not one of the industrial demonstration titles; not listed. Kept the site header lines (人民網, 小字號) because they sit between the title and dateline of the stored copy.",
),
dict(stem="zhanjiang-news-1", url="http://ndf191.com/shizheng/p/2785625.html",
 title="(stored page has no title line) 湛江市推进5G、工业互联网等信息基础设施建设", publisher="(转载站 ndf191.com; original presumably 湛江日报)", date="no date on page",
 text="""5G、工業(yè)互聯(lián)網(wǎng)、大數(shù)據(jù)中心等“新基建”頻頻刷屏,我市如何在大格局中掌握經(jīng)濟發(fā)展的先機?記者從市工信局獲悉,近年來,我市信息化產(chǎn)業(yè)發(fā)展情況,可以說是跨越性的大發(fā)展,特別是推進信息基礎設施建設方面,成效顯著。
市工信局認真貫徹落實市委、市政府關于建設網(wǎng)絡強市的決策部署,積極引導電信運營商加大投入力度,推進5G、工業(yè)互聯(lián)網(wǎng)、數(shù)據(jù)中心等信息基礎設施建設。2019年,全市電信業(yè)務總量達446.6億元,居粵東西北地區(qū)首位。信息通信行業(yè)不斷發(fā)展壯大,為我市經(jīng)濟社會發(fā)展提供信息化支撐。
其中,全市今年上半年新建5G基站2165座,完成省下達年度目標(2170座)的99.8%,遠超時間進度完成省下達的全年建設任務,5G基站建設取得階段成效,現(xiàn)全市5G基站累計已達2545座。我市信息基礎設施不斷提升,為全市信息化建設和應用推廣提供有力支撐,帶動工業(yè)制造、教育、醫(yī)療等領域向網(wǎng)絡化數(shù)字化智能化方向發(fā)展。
日前,寶鋼湛江鋼鐵、中科煉化一體化、巴斯夫精細化工一體化、森工造紙四大臨港產(chǎn)業(yè)基地全力推進建設,這些重大項目對云計算、大數(shù)據(jù)的海量需求,將形成牽引作用,加快我市工業(yè)化和信息化融合、人工智能與實體經(jīng)濟融合。我市正在規(guī)劃建設“粵西數(shù)谷”,承載湛江、茂名、陽江數(shù)據(jù)中心第二、三類業(yè)務。近期,“粵西數(shù)谷”已列入《廣東省5G基站和數(shù)據(jù)中心總體布局規(guī)劃(2020-2025年)》。""",
 city="湛江市",
 claims=[("bs_total", 2545, "actual", None, "exact", "現(xiàn)全市5G基站累計已達2545座")],
 note="The city is 湛江 (我市 with 寶鋼湛江鋼鐵 and 粵西數谷 in 湛江). No date in the text: 今年 cannot be resolved (2019年 is a past reference year, not the document's date), so year is null. 2165 new stations and the annual target 2170 are changes/build plans, not totals; the 廣東省 布局規劃 is provincial.",
),
]
