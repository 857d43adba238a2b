ENTRIES = [
dict(stem="changzhougaoxin-news-1", url="https://www.cznd.gov.cn/html/cznd/2025/HFFLILLK_0507/551698.html",
 title="(stored page has no title line) 常州高新区14家企业入选2025年度省级专精特新中小企业(第一批)公示名单", publisher="常州国家高新区(新北区) 经发局", date="no date on page (text names the 2025 list)",
 text="""4月30日,江苏省工业和信息化厅对2025年度省级专精特新中小企业(第一批)企业名单进行公示,常州市30家企业榜上有名。其中,常州高新区以14家入选企业的亮眼成绩,登顶全市榜首,入选数占比近半,尽显区域创新发展强劲动能!
“专精特新”中小企业是指具备专业化、精细化、特色化、新颖化优势的中小企业,实现专业化、精细化、特色化发展,创新能力强、质量效益好,是产业发展的新引擎,也是实体经济的硬支撑,在培育经济增长新动能、构建现代化产业体系、提升产业链供应链竞争力、稳定经济发展等方面起着重要支撑作用。
截至目前,常州高新区已累计培育国家级专精特新“小巨人”企业60家,省级专精特新中小企业390家,市级专精特新中小企业493家。
下一步,区经发局将继续引导中小企业走专精特新发展道路,聚焦优质制造、精品制造,专注于细分产品领域的创新、产品质量提升和品牌培育,不断提升创新能力,增强核心竞争力,为高新区经济高质量发展提供源源不断的动力。""",
 city="常州高新区",
 claims=[("little_giants", 60, "actual", 2025, "exact", "截至目前,常州高新区已累计培育国家级专精特新“小巨人”企业60家")],
 note="截至目前 is tied to the 4月30日 公示 of the 2025年度 provincial list the text reports (no dateline on the page; the URL's 2025 is not used). 14家 is a provincial batch intake in a 公示; 390/493 are provincial/municipal counts, not 小巨人. The breadcrumb line was dropped as page furniture.",
),
dict(stem="changzhou-news-1", url="http://www.czcycx.com/zcfw/news_info?id=69011",
 title="工信局:常州市首次入选国家促进工业稳增长等方面成效明显地方", publisher="常州日报(常州产业创新服务平台 czcycx.com 转载)", date="2022-06-13",
 text="""工信局:常州市首次入选国家促进工业稳增长等方面成效明显地方
  • 发布日期:2022-06-13  89次阅读

近日,国务院办公厅发布了对2021年落实有关重大政策措施真抓实干成效明显地方予以督查激励的通报,常州市在促进工业稳增长等方面工作力度大、成效明显,受到表彰。2021年常州位列中国先进制造业百强市榜单第16位。

一是集群发展优势突出。出台促进产业高质量发展的实施意见和若干政策,打造高端高质高新的产业集群。装备制造业占工业经济的比重达52.6%。智能制造装备、新型碳材料产业集群进入“国家队”。动力电池产值国内第一,占全国份额的1/3、全省的2/3。老工业基地调整改造连续两年获国务院督查激励表彰。

二是主体支撑作用明显。加快建强“雁阵”型企业梯队,共有各类工业企业超6万家,高新技术企业2915家,独角兽(含潜在)企业31家、瞪羚企业201家,上市企业达83家,国家制造业单项冠军企业24家、居全省第一。

三是创新引领积蓄后劲。构建政企协同的创新体系,着力突破关键核心技术,试点建设省级制造业创新中心2家,拥有国家级企业技术中心13家、省级264家。2016-2021年共参与省级关键核心技术攻关项目34项。中国工业大奖获奖数领跑全国地级市,有6家企业7次荣获工业大奖和提名奖。

四是“智改数转”步伐加快。持续推进智能制造普及工程,获国家级智能制造专项及标准化试点示范项目4项,创建省级智能工厂15个、智能车间165个。推进首台(套)重大装备研发应用,有省级首台(套)项目160个,牵头开展苏锡常首台(套)认定工作。推动企业“上云用数”,超1.3万家企业使用云服务,1093家企业获评省星级上云企业,其中五星级38家。

(来源 常州日报)""",
 city="常州市",
 claims=[("single_champions", 24, "actual", 2022, "exact", "国家制造业单项冠军企业24家")],
 lists={"national_titles": ["智能制造装备", "新型碳材料产业集群"]},
 note="24 has no year of its own; tied to the 发布日期 2022-06-13 (the 督查激励 concerns 2021 work, a judgment call). The two clusters 进入“国家队” (国家先进制造业集群) are listed as written ('智能制造装备、新型碳材料产业集群'). 各类工业企业超6万家 is not 规上; category counts (国家级智能制造专项…4项, 国家级企业技术中心13家) are not totals of titles; the 督查激励 is not a title. The 实施意见和若干政策 are mentioned without titles, so nothing is listed as policy_documents. Breadcrumb and '新手必读' furniture dropped.",
),
dict(stem="xiamen-news-1", url="http://taihainet.com/news/xmnews/szjj/2018-10-14/2192752_2.html",
 title="(page 2 of a taihainet article; stored copy starts mid-article) 厦门入选全国首批服务型制造示范城市", publisher="台海网", date="no date on page",
 text="""几年来,厦门市制造业加速向服务化转型,服务型制造示范效应显著。目前,全市工业化、信息化“两化”融合发展总指数为91.2,高于全国的76.61,全市企业自动化生产设备占生产设备总资产的比例达到80%,高于全国45%的平均水平。金龙旅行车、松霖科技、金牌厨柜等服务型制造示范企业(项目、平台)引领作用发挥明显,产业支撑能力和辐射带动能力进一步凸显。全市已有工业设计企业及工作室近百家,大中型企业中承担企业自身产品设计的工业设计机构有200多家,尤其是在国内占据优势地位的客车、工程机械、电子信息等生产企业,均设有专门设计机构,工业设计产业稳步增长,成为经济发展新的增长点。
在12日召开的第二届中国服务型制造大会上,厦门与苏州、嘉兴、泉州、郑州、广州等5个城市一同入选全国首批“服务型制造示范城市”。我市狄耐克智能科技股份有限公司获评服务型制造示范企业,邑通软件科技有限公司的“面向设备制造行业的设备智慧运行管理平台”获评服务型制造示范平台。截止目前,我市拥有国家级服务型制造示范企业(项目、平台)5个、省级示范9个。""",
 city="厦门市",
 claims=[],
 lists={"national_titles": ["全国首批“服务型制造示范城市”", "狄耐克智能科技股份有限公司", "面向设备制造行业的设备智慧运行管理平台"]},
 note="服务型制造示范 (city, enterprise, platform) is an MIIT title: the city title and the two newly named holders are listed. 金龙旅行车 etc. are called 服务型制造示范企业(项目、平台) without saying national or provincial, so they are not listed. 5个 is a count of one category (not the total of titles) and is not labelled. The stored copy is page 2 of the article and starts mid-story.",
),
]
