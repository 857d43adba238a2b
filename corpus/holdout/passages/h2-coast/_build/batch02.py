ENTRIES = [
dict(stem="jiading-news-1", url="http://jd.investchn.com/index.php/news/detail/id/423731.html",
 title="既要“大象起舞”,也需“蚂蚁雄兵”", publisher="嘉定报(投资中国网 investchn.com 转载)", date="2023-09-27",
 text="""既要“大象起舞”,也需“蚂蚁雄兵”
发布时间:2023-09-27    来源:嘉定报

  近期,上海市中小企业发展服务中心、上海联合产权交易所和上海产业转型发展研究院共同发布《2022年上海市专精特新“小巨人”市场竞争力指数》,嘉定企业安科瑞电气股份有限公司、上海智臻智能网络科技股份有限公司和上海威派格智慧水务股份有限公司分列榜单三甲。榜单前十中,嘉定区内企业占4席,另有禾赛科技、重塑科技、捷氢科技等14家企业位列榜单TOP100。

  “专精特新”企业是未来产业链的重要支撑,也是强链补链的主力军。对于嘉定而言,既要“大象起舞”,也需“蚂蚁雄兵”。截至2022年底,全区国家级专精特新“小巨人”企业数70家。从行业分布来看,新兴产业发展迅速,这些企业主要集中在新一代信息技术、高端装备制造、新能源、新材料、生物医药等中高端产业领域。据统计,嘉定专精特新“小巨人”企业中,规上企业54家,占比77.14%,涉及汽车新四化、高性能医疗设备及精准医疗、智能传感器三大产业企业共26家;专精特新中小企业中,规上企业255家,占比47.40%,涉及三大产业企业共134家。

  近年来,嘉定区大力扶持中小企业转型升级,鼓励企业从单项应用或局部智能化、数字化改造着手,从上云、上平台起步,逐步推进智能化升级和数字化转型。安科瑞电气、威派格智慧水务和汽车电驱动等企业开始“小步快跑”,并带动其他企业向智能化、数字化转型。""",
 city="嘉定区",
 claims=[("little_giants", 70, "actual", 2022, "exact", "截至2022年底,全区国家级专精特新“小巨人”企业数70家")],
 note="Trap: 规上企业54家 / 255家 are the above-scale firms among the 小巨人 and 专精特新 firms, not the district's 规上工业企业 count.",
),
dict(stem="shanghai-news-1", url="https://www.cititic.com/news/mm/1643717-20210913.htm",
 title="城市镜像.新闻汇总 2021-09-13 (上海专精特新企业发展正驶入快车道)", publisher="上海证券报(cititic.com 汇总转载)", date="2021-09-13",
 text="""城市镜像.新闻汇总 2021-09-13

消息来源:上海证券报 上海专精特新企业发展正驶入快车道 上海证券报记者近日从上海市经济和信息化委员会获悉,目前,上海有效期内专精特新企业3005家,国家级 专精特新小巨人企业262家 先进制造现代服务占比超五成数据显示,上海专精特新企业户均年销售收入超2.9亿元,户均利润总额超1550万元 据最新出炉的上海市先进制造业发展十四五规划,上海要坚持培优企业与做强产业相结合,分层培育专精特新中小企业群体,积极引导中小企业走专业化、精细化、特色化、新颖化的发展道路,增强核心竞争力,围绕产业基础领域和制造业重点领域,培育一批专精特新小巨人企业,打造一批具有创新能力的排头兵企业和具有全球竞争力的制造业单项冠军企业 。""",
 city="上海市",
 claims=[("little_giants", 262, "actual", 2021, "exact", "国家级 专精特新小巨人企业262家")],
 note="目前 resolved against the dateline 2021-09-13. 3005 counts municipal 专精特新企业, not 小巨人.",
),
dict(stem="nanjing-news-1", url="https://www.chacewang.com/newsdetail/news386979.html",
 title="(stored page has no title line) 南京累计培育专精特新“小巨人”企业将达到213家", publisher="(查策网 chacewang.com 转载)", date="no date on page",
 text="""新一批国家专精特新“小巨人”企业名单公示,累计培育专精特新“小巨人”企业将达到213家,专精特新是中小企业快速成长的必由之路,专精特新中小企业是产业链的重要支撑,南京市高度重视专精特新企业培育工作,涌现出一大批创新能力突出、掌握核心技术、细分市场占有率高、质量效益好的优质企业,作为国家专精特新“小巨人”企业,在新一批国家专精特新“小巨人”企业名单公示前,南京市已累计培育国家制造业单项冠军企业21家、国家级专精特新“小巨人”企业106家、省级专精特新中小企业647家,南京市累计培育国家级专精特新“小巨人”企业将达到213家,支持中小企业走专精特新发展之路,南京市又启动专精特新“千校万企”紫金行动,全面推动专精特新企业与高校协同创新,加快构建“十百千万”梯次发展的专精特新企业群体,全市国家制造业单项冠军企业、国家专精特新“小巨人”企业、省级专精特新中小企业、创新型中小企业数量分别达到30家、300家、1000家、10000家。""",
 city="南京市",
 claims=[("single_champions", 21, "actual", None, "exact", "已累计培育国家制造业单项冠军企业21家"),
         ("little_giants", 106, "actual", None, "exact", "国家级专精特新“小巨人”企业106家"),
         ("little_giants", 213, "target", None, "exact", "南京市累计培育国家级专精特新“小巨人”企业将达到213家"),
         ("single_champions", 30, "target", None, "exact", "分别达到30家、300家、1000家、10000家"),
         ("little_giants", 300, "target", None, "exact", "分别达到30家、300家、1000家、10000家")],
 note="No date in the text, so every year is null. 106/21 are the counts before the 公示 (actual); 213 is what the total 将达到 once the 公示 batch is confirmed, labelled target; 30/300 are the 紫金行动 goals (target, no year). 647 counts provincial 专精特新 firms and is not a field.",
),
dict(stem="ganzhou-news-1", url="http://www.bazfc.cn/fangchanzhinan/2023031670516.html",
 title="赣州首位产业「赣州优势产业」", publisher="(转载站 bazfc.cn)", date="2023-03-16 16:16:40",
 text="""赣州首位产业「赣州优势产业」

来源:   2023-03-16 16:16:40

日前,由江西省赣州市南康区家具智能制造创新中心研究院作为集群发展促进机构的“江西省赣州南康智能家居产业集群”成功进入国家工信部先进制造业集群项目,这是江西省首个入选项目,标志赣州现代工业数字制造水平进入“国家队”。

南康家博会期间,江西省委副书记、赣州市委书记吴忠琼,江西省副省长陈小平现场了解智能家居AI芯片

国家工业和信息化部先进制造业集群竞赛被认为是国内最高规格的产业集群竞赛,代表着国内产业集群的最高水准。针对先进制造业集群决赛优胜者,国家工业和信息化部将实施专项发展行动、支持集群内制造业创新中心建设、强化政府投资基金支持等举措,打造一批有国际竞争力的先进制造业集群,对入围的产业集群提升集聚度,打好“国际赛”。

近年来,赣州市委、市政府紧紧扭住制造业这个“强省重器”,按照“高大上”“链群配”的思路,聚焦“1 5 N”产业招大引强、扶优扶强、靠大联强,大力实施工业倍增升级行动。为推动家具产业集群高质量跨越式发展,赣州市委书记吴忠琼提出把现代家具产业链打造成标杆产业链,大力实施产业基础再造和产业链提升工程,加快推进创新驱动发展战略,通过“互联网 智能制造”深度融合,促进家具产业补链延链强链。""",
 city="赣州市",
 claims=[],
 lists={"national_titles": ["江西省赣州南康智能家居产业集群"]},
 note="The cluster sits in 南康区; the passage speaks of 赣州 as a whole, so the applicant is 赣州市. One national title (先进制造业集群).",
),
dict(stem="yingtan-news-1", url="https://jx.cnipai.com/news/detail/189687.html",
 title="(stored page has no title line) 江西3家省级产业基地晋级国家新型工业化产业示范基地", publisher="(中国产业经济信息网 江西 jx.cnipai.com)", date="no date on page",
 text="""3月1日,记者从省工信委获悉:工信部日前公布第八批“国家新型工业化产业示范基地”名单,我省申报的赣州高新区新材料(稀有金属)、鹰潭移动物联网、上饶经开区光伏3家省级产业基地成功晋级,全省国家新型工业化产业示范基地总数达到15家。
据悉,国家新型工业化产业示范基地,是工信部评选出的主导产业特色鲜明、发展水平和规模效益居行业领先地位、走在全国前列的产业集聚集群区,是事关当地经济发展的国家级重磅称号。""",
 city="鹰潭市",
 claims=[],
 lists={"national_titles": ["鹰潭移动物联网"]},
 note="A provincial news item naming three cities' bases; labelled for 鹰潭市, whose 移动物联网 base is the one national title of the applicant. 15 is the provincial total; the 赣州 and 上饶 bases belong to other places. A list of unrelated park names after the text (sidebar links) was dropped as page furniture.",
),
dict(stem="suzhougongyeyuan-news-1", url="http://yc.xinxuanze.com.cn/puguangdu/2022/0130/56531.html",
 title="江苏省国家级产业示范基地总数全国第一 将打造一批五星级先行示范基地", publisher="中国江苏网(新选择网 xinxuanze.com.cn 转载)", date="2022-01-30 14:17:30",
 text="""江苏省国家级产业示范基地总数全国第一 将打造一批五星级先行示范基地

来源:中国江苏网 2022-01-30 14:17:30

近日,工信部公示第十批国家新型工业化产业示范基地名单,我省特钢新材料及制品江苏江阴高新技术产业开发区、装备制造(新能源电力装备)江苏溧阳高新技术产业开发区、工业互联网苏州工业园区、苏州相城区等3家基地入选。截至目前,我省累计创建国家级产业示范基地30家,总数首次位列全国第一;省级产业示范基地62家,涵盖16个先进制造业集群,构建起江苏集群和产业链重要承载基地的梯度培育体系。

省工信厅制造强省推进处相关负责人表示,下一步,省工信厅将按照工信部国家产业基地布局,突出16个先进制造业集群和50条重点产业链,打造一批五星级先行示范基地。(记者 付奇)""",
 city="苏州工业园区",
 claims=[],
 note="Trap: the 工业互联网 base of 苏州工业园区 is only in the 公示 of the tenth batch, so it is not listed as held. 30 and 62 are provincial totals. Breadcrumb, a repeated title line and the site footer were dropped as page furniture.",
),
dict(stem="dongguan-news-1", url="http://ylptlb.cn/article/49482.html",
 title="(stored page has no title line) 广东累计建成5G基站98613座", publisher="Techweb(转载站 ylptlb.cn)", date="no date on page",
 text="""10月12日消息,據廣東省工業和信息化廳消息,今年1—8月,廣東省新建5G基站61625座,為省政府下達4.8萬座建設目標的128.4%。全省5G套餐用戶數達到2074萬戶,累計建成5G基站98613座(宏站數約占全國15%),兩項數據均居全國第一。
其中深圳30591座、廣州23555座、東莞8305座、佛山7472座,基本實現深圳5G網絡全覆蓋(在全國率先實現5G獨立組網全覆蓋)、廣州主要城區連續覆蓋、珠三角中心城區廣覆蓋。同時,在全國率先啟動700M 5G基站建設工作。
截至目前,廣東省 5G 產業呈現蓬勃發展的良好態勢,約有 1600 家 5G 產業相關企業,其中 50 家為 5G 概念股上市企業(主板、創業板),在全國占比約 1/3。同時擁有較為完善的 5G 產業鏈,涵蓋芯片、元器件,傳輸介質、原材料、生產設備等上游產業以及通信設備、5G 終端產品、行業應用等下游產業。(來源:Techweb)""",
 city="东莞市",
 claims=[("bs_total", 8305, "actual", None, "exact", "東莞8305座")],
 note="Provincial figures (98613, 61625 new) and other cities' totals are not claims. The text gives no year (10月12日消息, 今年 with no year stated), so year is null.",
),
dict(stem="foshan-news-1", url="https://shrmw.com/internet/202105/64567.html",
 title="广东工业和信息化厅公布了2020年5G网络建设任务的完成情况", publisher="(转载站 shrmw.com)", date="2021-05-09 15:17:04 (repost time)",
 text="""您现在的位置是:首页 >互联网 > 2021-05-09 15:17:04 来源:
广东工业和信息化厅公布了2020年5G网络建设任务的完成情况
导读 广东工业和信息化厅公布了2020年5G网络建设任务的完成情况。据了解,广东省5G基站建设数量已稳居全国第一。今年,电信运营企业和铁塔在广东
广东工业和信息化厅公布了2020年5G网络建设任务的完成情况。据了解,广东省5G基站建设数量已稳居全国第一。今年,电信运营企业和铁塔在广东省的5G建设投资超过280亿元。1-8月,全省新建5G基站61625座,为省政府下达4.8万座建设目标的128.4%。
目前,广东全省累计建成5G基站98613座,其中深圳30591座、广州23555座、东莞8305座、佛山7472座,基本实现深圳5G网络全覆盖(在全国率先实现5G独立组网全覆盖)、广州主要城区连续覆盖、珠三角中心城区广覆盖。另外,广东省还在全国率先启动700M 5G基站建设工作,5G产业呈现蓬勃发展的良好态势。
广东省拥有大量5G骨干企业,其中50家为5G概念股上市企业(主板、创业板),在全国占比约1/3。此外,广东省在通信设备和5G终端制造领域拥有世界级领先企业。华为、中兴等5G基站发货量位居全球前列,华为、vivo、OPPO 5G手机出货量处于全球领先地位。而在5G应用方面,广东省第二人民医院已完成全省首次5G+4K远程手术直播;南方电网与移动、华为共同研发出业界首款配网差动保护5G通信终端,通过5G基站为电力终端提供高精度的同步授时信号;美的集团和电信合作打造5G智慧工厂,开展柔性制造、智能质检安防、低延时工业控制、MES产品扫码和信息看板等5G创新应用。""",
 city="佛山市",
 claims=[("bs_total", 7472, "actual", 2020, "exact", "佛山7472座")],
 note="Judgment on the year: the repost line carries 2021-05-09, but the text itself frames the figures as the completion of the 2020年5G网络建设任务 (title and first sentence), so 目前 is tied to 2020, not to the repost time. Provincial and other cities' figures are not claims.",
),
dict(stem="guangzhou-policy-1", url="http://gxj.gz.gov.cn/yw/zchb/zcwj/cyzc/content/post_7831030.html",
 title="【政策解读】《广州市加快5G应用创新发展三年行动计划(2021-2023年)》政策文件解读材料和解读方案", publisher="广州市工业和信息化局", date="2021年10月8日 (signature)",
 text="""【政策解读】《广州市加快5G应用创新发展三年行动计划(2021-2023年)》政策文件解读材料和解读方案
市委宣传部、市委网信办,市发展改革委、科技局、教育局、财政局、规划和自然资源局、民政局、商务局、农业农村局、地方金融管理局、住房城乡建设局、交通运输局、生态环境局、政务服务数据管理局、公安局、文化广电旅游局、卫生健康委、市场监督管理局、人力资源和社会保障局、城市管理和综合执法局、林业和园林局、水务局、应急管理局、港务局、国资委,各区政府,广州电信、广州移动、广州联通、广州广电、广州铁塔,各相关单位:
经市人民政府同意,现将《广州市加快5G应用创新发展三年行动计划(2021-2023年)》印发给你们,请认真组织实施。实施过程中遇到问题,请径向市工业和信息化局反馈。
广州市工业和信息化局
2021年10月8日
(2021-2023年)
为贯彻落实《5G应用“扬帆”计划(2021-2023年)》(工信部联通信〔2021〕77号)精神,强化广州5G应用发展顶层设计,聚焦“打造IT(信息技术)、CT(通信技术)、OT(运营技术)深度融合新生态,实现重点领域5G应用深度和广度双突破”,形成“行业应用重点突破、个人应用协同推进”的5G应用格局,促进5G全面协同发展,特制订本行动计划。""",
 city="广州市",
 claims=[],
 lists={"policy_documents": ["广州市加快5G应用创新发展三年行动计划(2021-2023年)"]},
 note="Issued by the 市工业和信息化局 with the 市人民政府's consent: a special 5G policy of the applicant. The national 5G应用“扬帆”计划 is not the applicant's.",
),
dict(stem="bozhou-news-1", url="https://hunteroverseas.com/nshow/557895/columnid=5867.html",
 title="(stored page has no title line) 亳州3家企业获批2022年安徽省绿色工厂", publisher="(转载站 hunteroverseas.com)", date="no date on page",
 text="""根据《安徽省绿色工厂评价管理暂行办法》(皖经信节能〔2019〕98号)要求,省经信厅组织开展了2022年安徽省绿色工厂评价工作。经企业申报、主管部门推荐、专家审核、遴选公示等程序,近日,省经信厅评定并公布了2022年省级绿色工厂名单。省级绿色工厂评审从基础设施、管理体系、能源资源投入、产品、环境排放、绩效等方面进行考核打分。我市有3家企业因绿色化建设成效突出,获批2022年安徽省绿色工厂,分别是安徽冯了性中药材饮片有限公司、亳州市板桥酒业有限责任公司、安徽瑞虎肥业有限公司。这3家企业分属中药饮片加工、白酒制造、复合肥料制造行业,在我市产业中代表性强,其他企业可借鉴、可复制。""",
 city="亳州市",
 claims=[],
 note="Trap: provincial (省级) green factories only; not national titles. Nothing to label.",
),
dict(stem="wuhu-list-1", url="http://ac-china.net/news/8a7c061880f8bf80018176d55f91003f.html",
 title="(stored page has no title line) 2022年度芜湖市绿色工厂名单公示", publisher="芜湖市经济和信息化局(转载站 ac-china.net)", date="2022年6月17日 (signature)",
 text="""根据《芜湖市绿色工厂认定管理办法》(芜经信速递〔2021〕510号)、《关于做好2022年度芜湖市绿色工厂推荐工作的通知》有关要求,经企业申报、县区初审、专家审核、市经信局局长办公会审定,拟认定芜湖东方雨虹建筑材料有限公司等20家企业为2022年度芜湖市绿色工厂,现将名单予以公示(详见附件),公示期为5个工作日(自公告发布之日起),如有异议,请向市经信局节能科反映。 邮箱:ziyuanke2009@163.com电话:0553-3837819 附件:2022年度芜湖市绿色工厂名单.xls 芜湖市经济和信息化局2022年6月17日""",
 city="芜湖市",
 claims=[],
 note="Trap: a municipal green-factory 公示; no national title, no field figure. The 认定管理办法 is a green-manufacturing rule, not a special 5G/工业互联网 policy.",
),
dict(stem="feidong-news-1", url="https://www.yybnet.net/hefei/feidong/201808/7961764.html",
 title="(stored page has no title line) 肥东县3家企业入列2018年安徽省绿色工厂公示名单", publisher="(悠悠网 yybnet.net)", date="no date on page",
 text="""日前,在安徽省经济和信息化委员会公示的2018年安徽省绿色工厂名单中,肥东县有3家企业入列。其中肥东经济开发区2家企业荣登榜中,分别是中原内配集团安徽有限责任公司和合肥方源机电有限公司。
此次评选的安徽省绿色工厂,以促进全产业链和产品全生命周期绿色发展为目的,以企业建设为主体,严格按照绿色制造标准,通过第三方评价机制,进行评选而产生。今后,开发区将利用发展绿色工厂的思路,加快创建具备用地集约、生产洁净、废物循环、能源低耗等特点的绿色工厂,生产出符合产品功能要求,并在产品制造过程中,以保障员工健康安全为前提条件,促进肥东经开区工业经济快速创新。
(周先兵 本刊记者 王凤莲)""",
 city="肥东县",
 claims=[],
 note="Trap: a provincial list, and only its 公示. Nothing to label. The site's '新闻推荐' block after the byline was dropped as page furniture.",
),
dict(stem="dongzhi-news-1", url="http://czrb.chiznews.com:8081/czrb/20250617/html/content_20250617003004.htm",
 title="东至新增2家市级绿色工厂", publisher="池州日报 A3版", date="2025年06月17日",
 text="""发布日期: 2025年06月17日
东至新增2家市级绿色工厂
  本报讯(通讯员石威)近日,市工业和信息化局公布了2025年市级绿色工厂名单,东至县安徽益沣石化有限公司、安徽三禾化学科技有限公司榜上有名。截至目前,该县已拥有国家级绿色工厂2家、省级绿色工厂4家、市级绿色工厂7家。
  绿色工厂是指实现了用地集约化、原料无害化、生产洁净化、废物资源化、能源低碳化等特点的企业。近年来,安徽益沣石化有限公司、安徽三禾化学科技有限公司坚持走“绿色、低碳、循环、发展”的可持续发展道路,大力开展省级绿色工厂创建工作,积极落实创建实施方案,将减碳目标落实到实际生产中,加快了可持续化发展进程。
  据了解,县科工局将进一步推进企业绿色发展转型升级,持续打造制造业绿色化发展引领标杆。""",
 city="东至县",
 claims=[],
 note="Trap: the named firms are municipal green factories. 国家级绿色工厂2家 is a count of one title category, not the applicant's total of 部级及以上称号, so it is not labelled as a national_titles claim; no national green factory is named. The e-paper navigation lines (通版阅读, 当前版:A3版) were dropped as page furniture.",
),
dict(stem="suzhouah-news-1", url="http://ouiouj.com/wap/content/2024-12/26/content_44193.html",
 title="(stored page has no title line) 宿州市4家企业入选2024年度国家级绿色工厂", publisher="拂晓报(拂晓新闻网)", date="no date on page",
 text="""拂曉新聞網(wǎng)-拂曉報訊(記者 李航)近日,工信部發(fā)布2024年度綠色制造名單,我市4家企業(yè)成功入選“綠色工廠”,分別是安徽龍潤堂生物科技有限公司、安徽雪龍新材料(集團(tuán))有限公司、宿州巨仁光伏材料有限公司、宿州市鴻正服裝服飾有限責(zé)任公司。
近年來,我市堅持綠色低碳發(fā)展理念,加強“綠色工廠”梯度培育及管理,遵循企業(yè)主體、政府引導(dǎo)、標(biāo)準(zhǔn)引領(lǐng)和全面覆蓋的原則,以“綠色工廠”培育為基礎(chǔ),以綠色工業(yè)園區(qū)、綠色供應(yīng)鏈管理企業(yè)培育為支撐,發(fā)揮綠色制造標(biāo)桿示范帶動作用,不斷推動制造業(yè)高端化、智能化、綠色化發(fā)展。截至目前,全市共有1個國家級綠色工業(yè)園區(qū)、1家綠色供應(yīng)鏈管理企業(yè)、11個國家級“綠色工廠”、2個國家級綠色產(chǎn)品、21個省級“綠色工廠”。作為高質(zhì)量發(fā)展的“底色”,綠色發(fā)展逐步成為我市推進(jìn)新型工業(yè)化的堅實基礎(chǔ)。""",
 city="宿州市",
 claims=[],
 lists={"national_titles": ["安徽龍潤堂生物科技有限公司", "安徽雪龍新材料(集團(tuán))有限公司", "宿州巨仁光伏材料有限公司", "宿州市鴻正服裝服飾有限責(zé)任公司"]},
 note="The four firms entered MIIT's 2024 green-manufacturing list as 绿色工厂 (one national title each, written as the enterprise names appear, in the stored traditional form). The per-category counts (11個國家級綠色工廠 etc.) are not a total of titles and are not labelled. Site footer (①② notices) dropped as page furniture.",
),
]
