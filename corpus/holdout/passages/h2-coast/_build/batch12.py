ENTRIES = [
dict(stem="wenzhou-news-1", url="http://finance.qhdxw.cn/finance/20230613/400255985.html",
 title="全面打造“专精特新之城” 温州新增省级“专精特新”企业122家 天天热推荐", publisher="(转载站 finance.qhdxw.cn)", date="no date on page (text names the 2023年度 list)",
 text="""全面打造“专精特新之城” 温州新增省级“专精特新”企业122家 天天热推荐
(资料图片仅供参考)
日前,2023年度第一批浙江省“专精特新”中小企业名单公布。记者从市经信局获悉,温州共有122家企业入选。截至目前,温州累计培育省级“专精特新”中小企业已达824家。
据悉,省级“专精特新”中小企业是省经信厅认定的实现专业化、精细化、特色化发展,创新能力强、质量效益好的中小企业,是优质中小企业的中坚力量,认定结果有效期为3年。
近年来,温州持续加大对“专精特新”企业的培育力度,聚焦特色重点产业,推动智能化改造、产业链分工深化,在关键技术攻关、产业链协同创新提升等方面提供了有力的政策支持,构建了完整、有竞争力、标志性的现代化产业链。在5月26日举行的中国(温州)创投大会暨首届浙江基金招商大会专精特新专场活动上,温州宣布正式启动打造“专精特新之城”。
在此背景下,越来越多的中小企业瞄准细分领域,涌现出一批“专精特新”企业,这些企业集中分布在温州“5+5”重点产业领域,包括电气、泵阀、汽车零部件、数字经济、新材料、智能装备、新能源等。记者了解到,目前我市已累计培育国家级“专精特新”企业107家、省级“专精特新”824家及2073家创新性企业,“专精特新”企业数量在全省名列前茅。
据介绍,根据此前我市印发的《关于全面加快科技创新推动工业经济高质量发展的若干政策意见》,对于首次认定的国家级专精特新“小巨人”企业,给予100万元奖励;首次获评省级“隐形冠军”企业,奖励50万元;首次获评省级“专精特新”中小企业,奖励10万元,表现出温州这个制造业大市用真金白银加快推动科技创新和工业经济高质量发展的诚意。""",
 city="温州市",
 claims=[("little_giants", 107, "actual", 2023, "exact", "目前我市已累计培育国家级“专精特新”企业107家")],
 note="国家级“专精特新”企业 is read as the national 专精特新“小巨人” level (the only national tier). 目前 is tied to 2023, the year of the provincial list the text reports (no dateline). 824 and 122 are provincial counts/intake; 2073 are 创新型 firms. The 若干政策意见 on tech innovation and industry is a general policy, not a 5G/工业互联网 one (not listed). Truncated last paragraph not taken.",
),
dict(stem="zhongshan-news-1", url="https://m.mp.oeeee.com/a/BAAFRD0000202603171540693.html",
 title="(stored page has no title line) 2026年中山高质量发展主题采访活动启动", publisher="南方都市报(奥一网 oeeee.com)", date="no date on page (text: 3月17日, 2026年 activity)",
 text="""3月17日上午,“媒体新赋能 奋进百千万”—2026年中山高质量发展主题采访活动在沙溪镇广东金鼎智造服装科技有限公司(以下简称“金鼎智造”)正式启动,活动聚焦“进企业”“进乡村”,全面展现中山在产业转型升级、乡村振兴及“百千万工程”推进过程中的生动实践。
“媒体新赋能 奋进百千万”—2026年中山高质量发展主题采访活动启动。
启动仪式上,中山市相关部门负责人介绍了中山制造业数智化转型、乡村振兴及“百千万工程”推进情况。
制造业是实体经济的根基,数智化是制造业升级的必由之路。中山市工业和信息化局党组成员、总经济师吴俊涛介绍,近年来,中山累计推动全市规上数字化转型企业达5041家,规上企业数字化率达95.98%,成功入选国家、省级中小企业数字化转型试点城市,大家电、灯饰照明、智能锁具3个行业转型指引入选工信部第一批中小企业数字化转型试点城市细分行业样本。
同时,中山安排市级资金奖励18家市级数字化智能化示范工厂,40个示范车间,29个工业互联网标杆项目,推动建成“灯塔工厂”1个,国家级绿色工厂21个,国家级5G工厂2个,省级先进级智能工厂9个,形成百家标杆引领、千家重点转型、万家积极参与的转型氛围。
金鼎智造公司智能生产车间。
不过,吴俊涛也指出,部分企业尤其是中小企业,仍面临着“不会转”的困境:有的对数字技术认知不足,不知道如何结合自身选择转型路径;有的缺乏专业的数智化人才,难以支撑转型落地等实际问题。吴俊涛表示,希望通过这一活动,挖掘一批可复制、可推广的数智化转型案例,让数智之光照亮每一家制造企业的发展之路""",
 city="中山市",
 claims=[("directory_5g_factories", 2, "actual", 2026, "exact", "国家级5G工厂2个")],
 lists={"national_titles": ["中小企业数字化转型试点城市"]},
 note="国家级5G工厂 is read as entries of MIIT's 5G工厂名录 (an alias in the reference terms); year from the 2026 activity the text dates itself by. The city holds the national 中小企业数字化转型试点城市 title (the text says 国家、省级, i.e. both). 规上数字化转型企业5041家 is not the 规上工业企业 count; 国家级绿色工厂21个 is a one-category count (not labelled); 灯塔工厂 is a WEF label, not a ministerial title; the 3 行业转型指引 样本 are not titles. The last paragraph of the stored copy has no closing 。 and is kept as stored; later truncated paragraphs not taken.",
),
dict(stem="zhongshan-news-2", url="https://www.dutenews.com/n/article/8661412",
 title="中山4家企业入选“2024年度绿色制造名单”", publisher="中山日报(读特 dutenews.com)", date="01-26 14:20 (no year on page)",
 text="""中山4家企业入选“2024年度绿色制造名单”

中山+ 中山日报
01-26 14:20

摘要

近日,工业和信息化部发布2024年度绿色制造名单,新培育国家层面绿色工厂1382家、绿色工业园区123家、绿色供应链管理企业126家。其中,中山的广东巴德士新材料有限公司、广东美的环境电器制造有限公司、好来化工(中山)有限公司3家公司入选“国家绿色工厂”名单,广东明阳电气股份有限公司入选“绿色供应链管理企业”名单。

工业和信息化部在通知中要求,各地工业和信息化主管部门要加强政策协同,充分发挥绿色工厂、绿色工业园区、绿色供应链管理企业的引领带动作用,做好先进经验和典型做法的总结和推广,开展系列宣传活动。要加强与金融机构对接交流,积极利用金融资源支持绿色工厂、绿色工业园区、绿色供应链管理企业开展绿色低碳改造升级,不断提升绿色制造水平。要加强动态管理,做好日常指导、监督和检查,持续跟踪和分析创建成效。

绿色发展是高质量发展的底色。接下来,中山市工业和信息化局将充分发挥绿色工厂、绿色供应链管理企业的引领带动作用,着力推动制造业生产发展绿色转型,加快培育新质生产力,擦亮新型工业化生态底色。""",
 city="中山市",
 claims=[],
 lists={"national_titles": ["广东巴德士新材料有限公司", "广东美的环境电器制造有限公司", "好来化工(中山)有限公司", "广东明阳电气股份有限公司"]},
 note="Four MIIT green-manufacturing titles (three 国家绿色工厂, one 绿色供应链管理企业), one entry per holder. 1382/123/126 are national totals. 收录于专题 line and the footer (编辑, 免责声明, 推荐阅读) were dropped as page furniture.",
),
]
