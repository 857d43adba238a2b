"""Gold specs for the p5-named passages (hand-labelled). Run build.py to write the gold files."""

def C(field, value, status, year, quote, qualifier=None, note=None):
    c = {"field": field, "value": value, "status": status, "year": year}
    if qualifier:
        c["qualifier"] = qualifier
    c["quote"] = quote
    if note:
        c["note"] = note
    return c

SPECS = {
 "baoji-news-1": dict(city="宝鸡市", claims=[], lists={"national_titles": ["制造业新型技术改造城市试点"]},
   note="News date not printed; the text (试点工作于2024年启动, 第二批, 去年) places it in 2025. The 3亿元 reward is a general rule for pilot cities, not a stated figure for 宝鸡, so no special_funds claim; 两化融合贯标企业401户 is no field."),
 "baotou-news-1": dict(city="包头装备制造产业园", claims=[], lists={"national_titles": ["国家绿色园区"]},
   note="Park applicant. Title line taken from the page's own 标题: line; no date in the stored copy."),
 "changsha-news-1": dict(city="长沙市", claims=[], lists={"national_titles": [
     "三诺生物传感股份有限公司的高性能血糖诊疗设备智能工厂新模式应用",
     "中国电子科技集团公司第四十八研究所的锂电材料行业数字化车间集成标准研究与试验验证",
     "金驰能源材料有限公司的高性能锂电正极化工材料智能制造新模式应用"]},
   note="Three named 2018 智能制造试点示范 projects listed. '国家级智能制造试点示范企业和项目数量达到23个' counts one title category only, not all ministerial titles, so no national_titles claim; the 2020 target '10家(个)以上国家级智能制造示范企业(专项)' likewise; 530/50 are municipal/provincial."),
 "changsha-news-2": dict(city="长沙市", claims=[], lists={},
   note="No claim: 464 are municipal pilot enterprises; '获批国家级智能制造试点示范企业及专项项目27个' counts one title category only (not the total of titles) and names none; 137 intelligent-manufacturing solution suppliers are not “5G+工业互联网” solution providers."),
 "changsha-news-3": dict(city="长沙市", claims=[], lists={"national_titles": ["服务型制造示范城市"]},
   note="The article is about Hunan province; the 11 示范企业(平台、项目) and 8 earlier ones are provincial totals, not 长沙's. Only 长沙市's own title (第四批服务型制造示范城市) is listed."),
 "changzhou-news-1": dict(city="常州市", claims=[], lists={},
   note="'我市入选8家' is one batch's intake (第七批, 公示), not the city's count of 单项冠军; named single-champion products are not listed as national_titles (单项冠军 is outside the title categories the contract names, and the reference marks it uncertain)."),
 "changzhou-news-2": dict(city="常州市", claims=[], lists={"national_titles": ["江苏钢锐", "瓯堡纺织", "光宝科技"]},
   note="Three named national green factories (the text says 成功入选 although MIIT had only 公示 the list). '目前全市共有36家企业获国家级绿色工厂认定' counts one title category only, so no national_titles claim."),
 "cixi-news-1": dict(city="慈溪市", claims=[
     C("little_giants", 30, "actual", None, "国家专精特新“小巨人”企业(含杭州湾新区)达30家",
       note="No year in the text (dateline '1月10日' only); the later '30家企业获评' is the same figure."),
     C("little_giants", 35, "target", 2025, "“十四五”末,该市国家级专精特新“小巨人”企业数量达35家"),
     C("single_champions", 6, "target", 2025, "国家级单项冠军6家"),
     C("single_champions", 5, "actual", None, "共有慈星、方太、公牛、天生、大发5家企业夺得“国字号”制造业单项冠军",
       note="Cumulative since end-2017 as of the (undated) article."),
   ], lists={}, note="Dateline has no year, so actual figures carry year null."),
 "dezhou-news-1": dict(city="德州市", claims=[
     C("little_giants", 34, "actual", 2024, "截至目前全市培育国家级专精特新“小巨人”企业34家",
       note="Year from the report it cites (《2024年先进制造业城市研究》, released 12月25日)."),
   ], lists={}, note="Stored copy starts with the body: no title line on the page."),
 "dezhou-news-2": dict(city="德州市", claims=[], lists={},
   note="No field figures: growth rates and rankings (先进制造业百强市) only; rankings are not ministerial titles."),
 "fuyang-news-1": dict(city="阜阳市", claims=[
     C("little_giants", 5, "actual", 2021, "国家级专精特新“小巨人”企业5家",
       note="截至目前 resolved to the paper's issue (January 2021: '去年' = 2020). The '2020年…国家级专精特新“小巨人”企业3家' is that year's intake, not the count."),
   ], lists={}),
 "fuzhou-news-1": dict(city="福州市", claims=[], lists={"national_titles": [
     "福建省宏港纺织科技有限公司", "福建经纬新纤科技实业有限公司", "福建冠城瑞闽新能源科技有限公司"]},
   note="Three national green factories (第三批绿色制造名单); 37.5% is a share."),
 "huhehaote-news-1": dict(city="呼和浩特市", claims=[], lists={"national_titles": ["金泽伊利乳粉智能制造示范工厂"]},
   note="Stored copy starts with the body (本报讯): no title line. '我市4家企业…获批国家级荣誉' counts enterprises with some national honour, not titles, so no national_titles claim."),
 "huolinguole-news-1": dict(city="霍林郭勒市", claims=[], lists={"national_titles": ["国家产融合作试点城市"]},
   note="The text reports the 公示名单 but asserts 入选; listed as the document states."),
 "jinan-news-1": dict(city="济南市", claims=[], lists={"policy_documents": [
     "促进5G创新发展行动计划(2019-2021年)", "5G应用场景试点推广计划"]},
   note="Both documents issued (发布) by 济南市 on 2019-06-06."),
 "jinan-news-2": dict(city="济南市", claims=[], lists={},
   note="《济南市工业互联网发展行动计划(征求意见稿)》 is a draft under consultation, not an issued policy: not listed."),
 "laixijkq-news-1": dict(city="莱西经济开发区", claims=[], lists={},
   note="Park applicant. 青岛市绿色工业园区 is a municipal title (拟认定), not national; '国家级、省级绿色工厂2家' mixes levels and counts one category only; municipal 智能工厂/车间 are no titles."),
 "liaoyanggxq-news-1": dict(city="辽阳高新区", claims=[], lists={"national_titles": ["国家级绿色园区", "奥克药辅"]},
   note="Park applicant: 国家级绿色园区 (the park) and 奥克药辅 (国家级绿色工厂). 意邦新材的真石漆 (绿色设计产品) is outside the title categories; the six 省级绿色工厂 are provincial. 52 and 2 are national/provincial totals."),
 "linyi-news-1": dict(city="临沂市", claims=[
     C("bs_total", 5527, "actual", 2021, "目前已建设5G基站5527个"),
   ], lists={}),
 "luan-news-1": dict(city="六安市", claims=[
     C("little_giants", 9, "actual", None, "目前,我市已有国家级专精特新“小巨人”企业9家",
       note="No date printed in the stored copy (第三批 公示 only), so year null."),
   ], lists={}, note="The six named enterprises are one batch's intake (and 小巨人 are not listed as national_titles); 135 are provincial."),
 "luoyang-news-1": dict(city="洛阳市", claims=[], lists={},
   note="'我市9家企业入选' is the second batch's intake (公示), not the count; 19/25/2 are municipal cultivation titles."),
 "mawei-report-1": dict(city="福州市马尾区", claims=[], lists={},
   note="Report dated 2023-12-27. 全国先进制造业百强园区 etc. are rankings, not ministerial titles; no field figures (growth rates only)."),
 "nantong-news-1": dict(city="南通市", claims=[
     C("single_champions", 27, "actual", 2023, "全市累计获评制造业单项冠军企业(产品)27家",
       note="The text counts 企业(产品) together; labelled as stated."),
     C("little_giants", 61, "actual", 2023, "国家级专精特新“小巨人”企业61家",
       note="Same figure as '前四批…总和(61家)'; the 64 of the fifth batch are only 公示 and are an intake."),
   ], lists={}),
 "nantong-news-2": dict(city="南通市", claims=[], lists={
     "policy_documents": ["关于加快推进第五代移动通信网络建设的通知"],
     "national_titles": ["国家新型工业化产业示范基地(大数据中心-实时应用类)"]},
   note="Stored copy starts mid-article: no title line. 6300 is this year's new-build plan and 4181 the new stations built in H1 (flows), so no bs_total claim; the 5G规划 only passed expert review (not an issued policy)."),
 "ningbo-news-1": dict(city="宁波市", claims=[
     C("single_champions", 35, "actual", None, "宁波累计入选国家级制造业单项冠军示范企业35家",
       note="'入选总量已达63个' adds 28 products to the 35 enterprises, so it is not the enterprise count. No year in the text (第六批, '15日')."),
   ], lists={}, note="Stored copy starts with the body: no title line."),
 "ningbo-news-2": dict(city="宁波市", claims=[
     C("little_giants", 182, "actual", 2022, "累计培育国家专精特新“小巨人”企业182家"),
     C("single_champions", 63, "actual", 2022, "累计拥有国家制造业单项冠军63个",
       note="The text does not separate enterprises from products; labelled as stated (cf. ningbo-news-1, where 63 = 35 企业 + 28 产品)."),
   ], lists={}),
 "puyang-operator-1": dict(city="濮阳市", claims=[], lists={},
   note="Operator (濮阳移动) figures only: its 5G users and its 2.3亿元 investment are the operator's, not the city's. Stored copy has no title line."),
 "puyang-policy-1": dict(city="濮阳市", claims=[
     C("bs_total", 1300, "target", 2020, "到 2020年年底,5G基站数量超过1300个", qualifier="over",
       note="Plan dated 2020-08-08, so the year-end 2020 figure is a target."),
     C("bs_total", 3000, "target", 2021, "到 2021年年底,5G基站数量超过3000个", qualifier="over"),
   ], lists={"policy_documents": ["濮阳市加快5G产业发展三年行动计划(2020—2022年)"]}),
 "shanghai-news-1": dict(city="上海市", claims=[], lists={},
   note="Municipal 智能工厂 targets and counts only; 《上海市建设100+智能工厂专项行动方案(2020-2022年)》 is an intelligent-factory policy, not a 5G/工业互联网 special policy, so not listed; '2家国家级标杆性智能工厂、5家…国家级智能制造示范工厂' are unnamed category counts."),
 "shanwei-policy-1": dict(city="汕尾市", claims=[], lists={"policy_documents": ["汕尾市进一步加快5G发展工作方案"]}),
 "shenzhen-news-1": dict(city="深圳市", claims=[
     C("bs_total", 80000, "actual", 2024, "累計建成5G基站8萬個"),
   ], lists={"national_titles": ["「5G+工業互聯網」融合應用試點城市"]},
   note="Traditional characters as published. Stored copy has no title line; year from '2024年…試點城市名單'. The list was still 公示 but the text says 名列/入選; listed as stated."),
 "shenzhen-news-2": dict(city="深圳市", claims=[
     C("bs_total", 15000, "actual", 2019, "深圳第15000个5G基站19日在该市宝安区中粮创芯研发中心开通"),
   ], lists={"policy_documents": ["深圳市关于率先实现5G基础设施全覆盖及促进5G产业高质量发展的若干措施"]},
   note="《5G基站建设合作备忘录》 is an MoU with operators, not a policy document."),
 "suzhou-news-1": dict(city="苏州市", claims=[
     C("single_champions", 55, "actual", 2026, "拥有国家制造业单项冠军企业55家",
       note="Dateline '昨天(3月16日)' has no year; the text reports 2025 totals and '去年新增', so the article is from 2026."),
   ], lists={}, note="Stored copy starts with the body: no title line. Creating a 国家新型工业化示范区 is not yet the title (awarded after 评估验收); 6 国家先进制造业集群, 188 green factories, 12 green parks, 10 卓越级智能工厂 are unnamed one-category counts; '入选5G工厂名录项目总数连续三年居全国第一' gives no number; 241 is a change."),
 "suzhou-news-2": dict(city="苏州市", claims=[
     C("above_scale_enterprises", 13000, "actual", 2023, "规上工业企业总数 超1.3万家", qualifier="over"),
     C("little_giants", 401, "actual", 2023, "国家级专精特新“小巨人”企业 401家"),
   ], lists={"national_titles": ["纳米新材料", "生物医药及高端医疗器械", "高端纺织", "先进功能纤维创新中心"]},
   note="Three named 国家先进制造业集群 and one 国家级制造业创新中心. 国家生物药/第三代半导体技术创新中心 and the AI 试验区 are MOST platforms outside the title categories; 灯塔工厂 is not a ministerial title."),
 "suzhou-news-3": dict(city="苏州市", claims=[], lists={"national_titles": ["高端科技仪器"]},
   note="All figures are 新增 (changes): 23 new 5G factories in the year, 3 green parks and 16 green factories added, so no counts. Only one of the three new 先进制造业集群 is named. 国家级中小企业特色产业集群 is outside the title categories."),
 "weifang-news-1": dict(city="潍坊市", claims=[
     C("directory_5g_factories", 14, "actual", 2024, "潍坊市5G工厂总数达到14家",
       note="Cumulative after the 2024 名录; the 8 are this batch's intake."),
   ], lists={"factories_5g": [
     "昌邑华晨纺织集团有限公司", "山东鑫珂海洋生物技术股份有限公司", "山东世纪阳光纸业集团有限公司",
     "山东金钻金属制品有限公司", "山东矿机集团股份有限公司", "国能寿光发电有限责任公司",
     "三峡新能源山东昌邑发电有限公司", "潍坊港区散货码头有限公司"]},
   note="Stored copy starts with the body: no title line. The text reports MIIT's 公示 of the 2024 名录 but asserts 入选 ... 分别是; entries listed as the document states (in factories_5g only, not repeated in national_titles)."),
 "weifang-news-2": dict(city="潍坊市", claims=[
     C("single_champions", 26, "actual", 2024, "该市国家级单项冠军企业总数升至26家(产品27个)",
       note="Dateline '鲁网3月7日讯' has no year; the text reviews '2023年', so it is from 2024. The 8 (and 29 小巨人) are 新增."),
   ], lists={}, note="Stored copy has no title line."),
 "xiangyang-news-1": dict(city="襄阳市", claims=[
     C("little_giants", 7, "actual", 2021, "我市7家企业获得国家级专精特新“小巨人”认定"),
   ], lists={}, note="The 18 and 24 are provincial 小巨人 (湖北省), not national."),
 "yingcheng-news-1": dict(city="应城市", claims=[], lists={},
   note="The only target (到2023年…全省城乡5G网络全覆盖) is the province's."),
 "zaozhuang-news-1": dict(city="枣庄市", claims=[], lists={},
   note="The two enterprises are only on the 公示名单 (the text says 入选…公示名单), so not listed; '已有9家企业入选国家绿色工厂' counts one title category only, not all titles."),
 "zhengzhou-news-1": dict(city="郑州市", claims=[], lists={},
   note="33 is the second batch's intake, not the count; 86 is the province's."),
 "zhengzhou-news-2": dict(city="郑州市", claims=[], lists={"national_titles": [
     "中铁装备集团股份有限公司", "正星科技股份有限公司", "恒天重工股份有限公司"]},
   note="Stored copy starts with the body: no title line. '郑州市建有国家级工业设计中心5家' counts one title category only; 62 mixes provincial."),
 "zhengzhoujkq-news-1": dict(city="郑州经开区", claims=[], lists={"national_titles": [
     "国家新型工业化(装备制造)产业示范基地", "国家级绿色工业园区"]},
   note="Park applicant. 国家生态工业示范园区 (MEE), 国家示范物流园区 and 国家制造业与服务业融合发展试点区域 (NDRC) are ministerial but outside the MIIT title categories used here: not listed (judgment call)."),
 "zhifu-news-1": dict(city="芝罘区", claims=[
     C("bs_total", 1000, "actual", 2020, "截至2020年底,我区累计建设5G基站突破1000个", qualifier="over"),
   ], lists={}, note="'全年计划完成基站建设突破200个' and '1-2月已累计完成建设65个' are new construction (flows), not totals."),
 "zhumadian-policy-1": dict(city="驻马店市", claims=[], lists={"policy_documents": [
     "驻马店市人民政府办公室关于加快5G网络建设发展的通知"]},
   note="Provincial documents (《河南省5G产业发展行动方案》 etc.) are not the applicant's."),
}
