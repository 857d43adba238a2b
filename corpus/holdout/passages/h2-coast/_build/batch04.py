ENTRIES = [
dict(stem="putian-news-1", url="http://ttkx8.com/contents/13/6145.html",
 title="(stored page has no title line) 莆田市印发《莆田市加快5G网络建设和产业发展实施方案》", publisher="(转载站 ttkx8.com)", date="no date on page",
 text="""為深入貫徹落實(shí)習(xí)近平總書記關(guān)于網(wǎng)絡(luò)強(qiáng)國(guó)、數(shù)字中國(guó)、新基建等重要思想,落實(shí)省委省政府進(jìn)一步支持5G網(wǎng)絡(luò)建設(shè)和產(chǎn)業(yè)發(fā)展若干措施的通知精神,近日莆田市政府召開常務(wù)會(huì)議專題研究部署并印發(fā)《莆田市加快5G網(wǎng)絡(luò)建設(shè)和產(chǎn)業(yè)發(fā)展實(shí)施方案》,提出具體發(fā)展目標(biāo)、主要任務(wù)和保障措施。
一是加快5G新型基礎(chǔ)設(shè)施建設(shè)。新增5G專項(xiàng)規(guī)劃編制內(nèi)容,開放公共資源支持5G基站及機(jī)房等配套設(shè)施建設(shè),完善建筑物通信基礎(chǔ)設(shè)施建設(shè)標(biāo)準(zhǔn),開通5G基站建設(shè)審批綠色通道,提供5G通信設(shè)施電價(jià)優(yōu)惠力度,優(yōu)化建設(shè)環(huán)境。
二是布局5G產(chǎn)業(yè)集群。依托高新區(qū)、開發(fā)區(qū)等建設(shè)5G產(chǎn)業(yè)集聚區(qū),突出龍頭示范帶動(dòng),打造5G應(yīng)用技術(shù)研發(fā)中心,聚焦5G產(chǎn)業(yè)鏈招商,面向制造業(yè)、教育、交通等垂直行業(yè),建設(shè)5G融合應(yīng)用技術(shù)創(chuàng)新中心和成果轉(zhuǎn)化基地。
三是推進(jìn)5G社會(huì)應(yīng)用。賦能5G+政務(wù)服務(wù)、民生服務(wù)、社會(huì)治理領(lǐng)域建設(shè),廣泛普及應(yīng)用5G智能平臺(tái)和設(shè)備,提升電子化辦公水平、居民生活體驗(yàn)感和社會(huì)治理能力。
四是打造5G示范工程。結(jié)合區(qū)域特色,打造木蘭溪流域生態(tài)文明、媽祖文化、仙作文化、高教園區(qū)、智慧港口、智能制造等5G應(yīng)用示范,發(fā)揮5G賦能經(jīng)濟(jì)社會(huì)發(fā)展作用。""",
 city="莆田市",
 claims=[],
 lists={"policy_documents": ["莆田市加快5G網(wǎng)絡(luò)建設(shè)和產(chǎn)業(yè)發(fā)展實(shí)施方案"]},
 note="Policy title written as stored (traditional with inline garbage). The provincial 若干措施 is not the applicant's.",
),
dict(stem="zhenjiang-policy-1", url="https://www.shukeb.com/policy/d6a6b5c79eb94f4a9eee570913104490.html",
 title="镇江市人民政府办公室关于印发关于加快推进数字经济发展的实施意见的通知", publisher="镇江市人民政府办公室(数科宝 shukeb.com 政策库转载)", date="2021年7月30日 (signature); 2022-09-20 (repost)",
 text="""镇江市人民政府办公室关于印发关于加快推进数字经济发展的实施意见的通知

时间:2022-09-20 阅读量:1078

  镇江市人民政府办公室关于印发关于加快推进数字经济发展的实施意见的通知

各市、区人民政府,镇江新区、高新区管委会,市各委办局、各直属单位:

  《关于加快推进数字经济发展的实施意见》已经市政府第70次常务会议研究同意,现印发给你们,请认真贯彻落实。

  镇江市人民政府办公室

  2021年7月30日

  关于加快推进数字经济发展的实施意见

  为深入贯彻落实党中央、国务院和省委、省政府关于加快发展数字经济的战略部署,抢抓发展新机遇,培育发展新动能,构筑发展新优势,根据国家、省有关文件精神,结合镇江实际,制定本实施意见。

  一、总体要求

  (一)指导思想

  以习近平新时代中国特色社会主义思想为指导,积极践行新发展理念,主动融入新发展格局,紧扣全省“争当表率、争做示范、走在前列”使命任务,以数字产业化、产业数字化、数字化治理和数据价值化为主攻方向,充分发挥数据作为关键生产要素的倍增效应,进一步夯实数字产业发展基础,推进数字经济与实体经济深度融合,构筑高质量数字化治理体系,打造安全可控的数字化发展环境,为推进全市高质量发展、创造高品质生活、实施高效能治理,在谱写“镇江很有前途”新篇章中争得城市荣光提供坚实支撑。""",
 city="镇江市",
 claims=[],
 lists={"policy_documents": ["关于加快推进数字经济发展的实施意见"]},
 note="A digital-economy 实施意见 of the 市政府 is counted as a special policy document (judgment: digital-economy / 新基建 / 5G / 工业互联网 / 智能制造 documents count, general industrial documents do not). The policy-library breadcrumb and one repeated title line were dropped as page furniture.",
),
dict(stem="lianyungang-policy-1", url="https://llqcyx.com/kjj/lygskxjsj/zcwj/content/2109a067-973c-4aa6-a41c-28628869a430.html",
 title="(stored page has no title line) 关于加快新型信息基础设施建设扩大信息消费的若干政策措施", publisher="连云港市人民政府(转载站 llqcyx.com; the issuer line is replaced by a spam domain in the stored copy)", date="2020年7月13日 (signature)",
 text="""各县、区人民政府,市各委办局,市各有关单位:
《关于加快新型信息基础设施建设扩大信息消费的若干政策措施》已经市十四届政府第56次常务会议审议通过,现印发给你们,请认真组织实施。
www.ju111.net
2020年7月13日
(此件公开发布)
关于加快新型信息基础设施建设扩大信息消费的若干政策措施
为贯彻落实《省政府办公厅印发关于加快新型信息基础设施建设扩大信息消费若干政策措施的通知》(苏政办发〔2020〕31号)文件精神,深化新一代信息技术的创新引领作用,加快新型信息基础设施建设,促进新型信息消费扩大和升级,推动产业数字化转型,助力产业升级,带动创业就业,增强经济发展新的支撑力和新动能,结合我市实际,现提出以下政策措施。
一、加快新型信息基础设施建设
1. 推进5G网络建设。扩大5G建设投资规模,2020年计划投资7亿元,建设5G基站2000个,中心城区和县城实现5G信号全覆盖。鼓励各类企业争取省级工业和信息产业转型升级专项资金中新型信息基础设施建设的政策支持。加快推进5G在智慧城市、智慧园区、智慧医疗、工业互联网、智慧港口、智慧物流等领域的深度应用。全面启动“宽带+5G+千兆Wi-Fi”三千兆升级,支持Wi-Fi6的千兆Wi-Fi网络建设,加快建设城乡一体化精品网络。支持对符合条件的5G基站单独装表建户,贯彻执行相关5G基站电价政策,支持参与电力市场交易。(市工信局、发改委、财政局、文广旅局,连云港通管办、连云港供电公司、中国电信连云港分公司、中国移动连云港分公司、中国联通连云港分公司、中国铁塔连云港分公司、江苏有线连云港分公司,各县区人民政府、市开发区、徐圩新区、高新区、云台山景区管委会等负责,以下均需各县区人民政府、功能板块管委会负责,不再列出)""",
 city="连云港市",
 claims=[],
 lists={"policy_documents": ["关于加快新型信息基础设施建设扩大信息消费的若干政策措施"]},
 note="The applicant is identified from the 连云港 units named in the text (the stored copy replaces the issuer's name with a spam domain, kept verbatim). 建设5G基站2000个 is the 2020 build plan (new stations in one year), not a total; 7亿元 is carriers' investment, not government special funds. The provincial 苏政办发〔2020〕31号 is not the applicant's.",
),
dict(stem="shangrao-list-1", url="http://pc.yun.jxntv.cn/c/dnFnUkNRcFFPTXZTYXFpdEoxT3RZUT09.html",
 title="2024年度江西省先进制造业集群名单公布", publisher="今视频(江西网络广播电视台)", date="7月19日 (no year on page beyond the title's 2024年度)",
 text="""2024年度江西省先进制造业集群名单公布

今视频客户端讯 7月19日,江西省工信厅发布2024年度江西省先进制造业集群名单,包含9个集群:鹰潭市先进铜功能材料及高端应用集群、上饶市光伏新能源集群、宜春市锂电新能源材料及应用集群、新余市锂电新材料及应用集群、吉安市电子信息集群、南昌市航空集群、景德镇市直升机集群、赣州市南康现代家具集群、赣州市钨新材料及应用集群。

下一步,江西各地将聚焦当地优势主导产业,锻长板、补短板,加快优势资源向集群汇聚,努力打造一批产业实力强、创新水平高、产业协作紧密、发展生态优的先进制造业集群。(记者 罗津)""",
 city="上饶市",
 claims=[],
 note="Trap: a provincial (江西省) 先进制造业集群 list; 上饶市光伏新能源集群 is not a national 先进制造业集群. Nothing to label. Comment-box furniture dropped.",
),
]
