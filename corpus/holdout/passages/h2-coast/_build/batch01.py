ENTRIES = [
dict(stem="weifang-news-1", url="https://www.zgceo.cn/?m=home&c=View&a=index&aid=33279",
 title="潍坊先进制造“颜值高”——厚!大!新!优!融!", publisher="潍坊融媒(中国企业家网 zgceo.cn 转载)", date="2023-03-30",
 text="""潍坊先进制造“颜值高”——厚!大!新!优!融!

来源: 潍坊融媒 时间: 2023-03-30 作者: 谪雨

制造业是潍坊的当家产业、优势产业,近年来潍坊始终保持一颗产业强市、工业强市的雄心,扎实做优做强这份“厚实家当”,聚链成势,乘势而上,展现了盎然生机和磅礴力量,呈现出“厚、大、新、优、融”的鲜明特征。2022年,潍坊市动力装备集群入选国家先进制造业集群,成功入选首批产业链供应链生态体系建设试点市,入选2022年度工业稳增长和转型升级成效明显市(州),这三项荣誉都是全省唯一。

“厚”——历史悠久,积淀厚重。潍坊是我国著名的老工业城市和山东省制造业核心基地。明清时期,就有“南苏州、北潍县”的美誉。二十世纪八九十年代,潍坊工业全面崛起、盛极一时,被誉为中国“动力城、纺织城、电子城、农机城”。新中国第一个计算机中文信息处理系统——汉字激光照排就诞生在这里,让中国印刷业从此告别“铅与火”,迎来“光与电”的新纪元。

“大”——门类齐全,规模较大。全国41个工业行业大类中,潍坊拥有37个行业大类,其中包含所有的31个制造业行业。71种主导产品的市场占有率排在全球、亚洲、国内第1位。规模以上工业企业4141家,规上工业营业收入超过1.1万亿,约占全省的十分之一、全国的百分之一。

“新”——科技引领,不断创新。潍坊拥有国家级技术创新示范企业5家、省级30家;国家级工业设计中心3家、省级80家,居全省第一位。2016、2018年,我市三年内两次获得国家科学技术进步一等奖。四届“省长杯”工业设计大赛获金奖作品7件,居全省第一位。""",
 city="潍坊市",
 claims=[("above_scale_enterprises", 4141, "actual", 2023, "exact", "规模以上工业企业4141家")],
 lists={"national_titles": ["潍坊市动力装备集群", "首批产业链供应链生态体系建设试点市"]},
 note="4141 carries no year of its own; it is tied to the dateline 2023-03-30. national_titles: the 国家先进制造业集群 and the MIIT/财政部 产业链供应链生态体系建设试点 (ministerial); 工业稳增长和转型升级成效明显市 is a State Council 督查激励 recognition, not counted. Category counts (国家级技术创新示范企业5家, 国家级工业设计中心3家) are not a total of titles and are not labelled as national_titles claims.",
),
dict(stem="nantong-report-1", url="https://gxj.nantong.gov.cn/ntsjxw/rdjy/content/2d7eb764-7b24-4c25-aa2b-c8876d1b9af5.html",
 title="(stored page has no title line) 对顾留忠代表“关于进一步推动产业转型升级,打造具有辨识度产业链的建议”的答复", publisher="南通市工业和信息化局", date="no date on page",
 text="""顾留忠代表:
您提出的“关于进一步推动产业转型升级,打造具有辨识度产业链的建议”收悉,现答复如下:
一、南通市“616”产业体系概况
近年来,南通始终坚持产业立市、制造强市,以新型工业化工作为主线,加快构建现代产业体系,形成了以船舶海工、高端纺织、新一代信息技术、新材料、高端装备、新能源等6大重点产业集群、16条优势产业链(高技术船舶和海洋工程装备、高端家纺、化学纤维、纺织面料、电子元器(部)件、集成电路、软件和信息服务、先进通信、金属材料、化工新材料、生物医药及医疗器械、输配电设备、高端成套设备、汽车及零部件、光伏和储能、风力发电装备)为核心的“616”现代产业体系。其中,“海工装备和高技术船舶”和“高端纺织”集群获评国家级先进制造业集群。2023年,六大重点产业集群规上企业总数超3900家,实现产值1.08万亿元,首次突破万亿元,增幅10.7%,占全部规上工业产值的79%;今年1-8月,实现产值7717.5亿元,增幅7%。""",
 city="南通市",
 claims=[],
 lists={"national_titles": ["海工装备和高技术船舶", "高端纺织"]},
 note="Trap: 超3900家 counts the above-scale firms of six clusters only, not the city's 规上工业企业, so it is not an above_scale_enterprises claim. The two clusters are 国家级先进制造业集群 (one entry each).",
),
dict(stem="ningbo-news-1", url="http://www.victorzhang.cn/page/2019/1024/6092819.shtml",
 title="(stored page has no title line) 宁波市政府印发《宁波市5G应用和产业化实施方案》", publisher="(转载站 victorzhang.cn; 本报讯)", date="no date on page",
 text="""本報(bào)訊近日,寧波市致府正式印發(fā)了《寧波市5G應(yīng)用和產(chǎn)業(yè)化實(shí)施方案》(簡稱《方案》),未來三年,寧波將力爭成為具有全球競爭力的5G應(yīng)用和產(chǎn)業(yè)新高地。
《方案》提出,到2020年,寧波市將累計(jì)建成5G基站6000個(gè),實(shí)現(xiàn)中心城區(qū)、重點(diǎn)產(chǎn)業(yè)園區(qū)、港口、重點(diǎn)旅游區(qū)等重點(diǎn)區(qū)域5G信號(hào)連續(xù)覆蓋,實(shí)現(xiàn)5G規(guī)模商用;到2021年,累計(jì)建成5G基站1 2萬個(gè)以上,實(shí)現(xiàn)區(qū)縣(市)城區(qū)、重點(diǎn)鄉(xiāng)鎮(zhèn)5G信號(hào)全覆蓋;到2022年,5G基站累計(jì)達(dá)2萬個(gè),實(shí)現(xiàn)普通鄉(xiāng)鎮(zhèn)及以上區(qū)域5G信號(hào)全覆蓋,實(shí)現(xiàn)網(wǎng)絡(luò)設(shè)施全國領(lǐng)先。
據(jù)了解,寧拔市的5G網(wǎng)絡(luò)建設(shè)將重點(diǎn)圍繞“一城(中心城區(qū))、一港(寧渡舟山港)、一灣區(qū)(前灣新區(qū))”三個(gè)核心區(qū)域,力爭滿足不同區(qū)域、不同場景下的差異化應(yīng)用需求,建成5G高品質(zhì)體驗(yàn)區(qū)和先行區(qū)。同時(shí),寧波市將建設(shè)一批大型(超大型)云計(jì)算中心,在數(shù)據(jù)量大、時(shí)延要求高的應(yīng)用場景集中區(qū)域部署一批邊緣計(jì)算設(shè)施,為未來5G的一系列應(yīng)用打下基礎(chǔ)。""",
 city="宁波市",
 claims=[("bs_total", 6000, "target", 2020, "exact", "到2020年,寧波市將累計(jì)建成5G基站6000個(gè)"),
         ("bs_total", 12000, "target", 2021, "over", "累計(jì)建成5G基站1 2萬個(gè)以上"),
         ("bs_total", 20000, "target", 2022, "exact", "5G基站累計(jì)達(dá)2萬個(gè)")],
 lists={"policy_documents": ["寧波市5G應(yīng)用和產(chǎn)業(yè)化實(shí)施方案"]},
 note="Stored copy is in traditional characters with inline pinyin-like garbage (e.g. 報(bào)), typos (致府, 寧拔市, 寧渡) and a lost decimal point: '1 2萬個以上' is read as 1.2万 = 12000 (between the 6000 and 20000 targets). All three base-station figures are targets. Policy title written exactly as stored.",
),
]
