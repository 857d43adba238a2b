ENTRIES = [
dict(stem="huzhou-news-1", url="https://investchn.com/home/news/detail/id/370732.html",
 title="(stored page has no title line) 湖州新增一批国家级绿色制造示范", publisher="(投资中国网 investchn.com 转载)", date="no date on page",
 text="""国家工信部日前公示2022年度绿色制造示范名单,湖州新增绿色工业园区1个、绿色供应链管理企业6家、绿色设计产品32个,数量均居全省第一;累计创建国家级绿色工业园区6个、绿色供应链管理企业32家,居全省第一,绿色工厂56家、绿色设计产品111个,居全省第二。
全面推行绿色制造,是实现工业绿色低碳转型的必由之路,更是推动经济高质量发展的主引擎。近年来,我市先后出台《湖州市推动制造业高质量赶超发展实施意见》《关于金融支持湖州市工业碳效改革的实施意见》等一揽子政策,针对企业绿色制造体系创建、节能降碳技术改造需求,创新推出“绿色工厂提升贷”“碳效贷”“碳惠贷”等金融产品,截至目前累计服务企业1900余家,贷款总额达215亿元。
节能降碳是工业领域体现绿色发展重要标准。聚焦纺织、化纤、非金属矿物制品三个全市达峰重点行业,我市加快数字节能技术推广应用,鼓励企业建设能源管控平台,提升用能管理专业化和集约化水平。通过创新工业碳效改革,全市构建工业碳效智能对标体系和工业碳效码,出台包括地方标准在内的18项制度规范,差别化引导企业低碳转型。
针对企业绿色技改中遇到的痛点和难点,我市还制定出台《湖州市工业节能降碳技术改造行动方案》,实施节能降碳技术改造“双千”行动,针对不同企业用能特性提供上门指导,差异化优化企业能源消费结构,去年开展298家企业节能诊断服务,推动实施节能降碳技术改造项目330个,其中列入省级重点项目30个,居全省第一。""",
 city="湖州市",
 claims=[],
 note="Trap on two counts. The green-manufacturing figures are per-category counts (and the new ones are from a 公示), not a total of 部级称号; no holder is named, so nothing is listed. The three policies named are the applicant's but concern manufacturing upgrading, carbon-efficiency finance and energy-saving retrofits, not 5G / 工业互联网 / digital transformation, so under this set's rule they are not policy_documents (judgment call).",
),
dict(stem="wuxi-report-1", url="http://jshrss.jiangsu.gov.cn/art/2022/10/20/art_87884_10700934.html",
 title="无锡概况", publisher="江苏省人力资源和社会保障厅(江苏人社 城市介绍页)", date="no date on page",
 text="""无锡概况
无锡地处长江三角洲中部,行政区划面积4627.46平方公里,常住人口746.21万。现辖江阴、宜兴2个县级市和梁溪、锡山、惠山、滨湖、新吴5个区以及无锡经济开发区。获评国家历史文化名城、国家生态文明建设示范市、国家环保模范城市、国家卫生城市、国家园林城市、国家森林城市、中国优秀旅游城市、全国科技进步先进城市、中国制造业最具竞争力城市、中国领军智慧城市、中国最具幸福感城市、内地最宜居城市、中国最佳引才城市等称号,创成全国双拥模范城市群,获得全国社会综治领域最高奖“长安杯”。
无锡历史悠久、人文荟萃。无锡有3000多年文字记载史和2500多年建城史。商朝末年,周太王长子泰伯因让王位南奔,定居梅里(今无锡梅村街道)建“勾吴”国。孔子称其为“至德”,无锡故此有“至德之邦”的美誉。1949年设无锡市和无锡县。无锡地区历来崇文尚教,被誉为“教授之乡”“书画之乡”“民族民间音乐宝地”,是顾恺之、徐霞客、孙冶方、薛暮桥、钱伟长、王选、钱钟书、徐悲鸿、华彦钧(阿炳)、周培源等名人的故乡。无锡籍及在锡工作的“两院”院士近百人,居全国地级市前列。""",
 city="无锡市",
 claims=[("population", 7462100, "actual", None, "exact", "常住人口746.21万")],
 note="No date anywhere in the passage (the URL's 2022 is not in the document), so year is null. The honours listed (历史文化名城, 生态文明建设示范市 …) are not industrial titles of the kind the condition counts and are not listed. The site's navigation lines (省/市 links, 点击播放视频) were dropped as page furniture.",
),
]
