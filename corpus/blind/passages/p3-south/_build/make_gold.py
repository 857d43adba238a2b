"""Write one gold/v1 file beside each passage from the spec below."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

def c(field, value, status, year, quote, qualifier=None, note=None):
    d = {"field": field, "value": value, "status": status, "year": year, "quote": quote}
    if qualifier:
        d["qualifier"] = qualifier
    if note:
        d["note"] = note
    return d

SPEC = {
"wuhan-news-1": dict(city="武汉市", claims=[
    c("bs_total", 39000, "actual", 2023, "已建成5G站点超过3.9万个", "over",
      "“5G站点” read as 5G base stations; no as-of date given, so the year is the dateline's (2023-03-28)")],
    note="Dated 2023-03-28 (湖北日报). The 2022 figures of the report (数字经济核心产业增加值 etc.) are no fields."),
"hongshanqu-news-1": dict(city="武汉市洪山区", claims=[
    c("special_funds", 100000000, "target", 2024, "三年内落实专项政策资金1亿元", None,
      "commitment over 三年内 from the 2021-04-21 dateline, so a target for the period's end (2024)")],
    note="出台区级专项政策措施 is planned, so no policy document is listed. 湖北省5G+工业互联网融合应用先导区 is a provincial title, not national."),
"jingzhou-news-1": dict(city="荆州", claims=[
    c("directory_5g_factories", 13, "actual", 2025, "入选工信部5G工厂名录企业13家"),
    c("industrial_platforms", 16, "actual", 2025, "建成省级工业互联网平台16个", None,
      "a count of provincial platforms only; the field covers 国家级、省级 platforms, so it is labelled as stated")],
    note="截至目前 resolves to the 2025-08-11 date line. 省级5G工厂17家 is a provincial list (not 5G工厂名录); 灯塔工厂 is no field."),
"xiangyang-news-1": dict(city="襄阳", claims=[
    c("single_champions", 5, "actual", 2025, "新增3家国家级单项冠军企业,总数达5家"),
    c("little_giants", 70, "actual", 2025, "国家级专精特新“小巨人”企业新增63家、总数突破70家", "over"),
    c("directory_5g_factories", 9, "actual", 2025, "已建成9家国家级5G工厂", None,
      "“国家级5G工厂” read as 5G工厂名录 entries (alias in the reference list)")],
    note="Dated 2025-11-06. 累计争取各类政策资金37.1亿元 is funding of all kinds secured from above, not the applicant's special funds: not labelled. 国家级绿色工厂总数达32家 counts one kind of title only, so no national_titles count is labelled; no title is named, so the list is empty. 新增 figures are changes."),
"liupanshui-policy-1": dict(city="六盘水市", claims=[
    c("bs_total", 10000, "target", 2024, "到2024年,全市累计建成5G基站1万个")],
    lists={"policy_documents": ["六盘水市新型基础设施建设三年行动方案(2022—2024年)"]},
    note="全市新建5G基站2600个以上 is a change (new builds), not the count. The plan is the city's own issued new-infrastructure plan covering 5G (and 工业互联网 in its tasks), so it is listed as a special policy document (judgment call)."),
"shenzhen-news-1": dict(city="深圳", claims=[
    c("bs_total", 50000, "actual", 2021, "截至今年10月底,深圳累计建成5G基站5万个", None,
      "the caption says 逾5万个; the body's exact figure is the same figure and is labelled once"),
    c("bs_per_10k", 28.5, "actual", 2021, "每万人拥有5G基站数28.5个")],
    note="No date line in the stored copy; 今年 resolves to 2021 through 2021年IMT—2020(5G)大会 and 截至2021年11月. National figures (129.1万) are not the applicant's."),
"zhongjiangxian-bulletin-1": dict(city="中江县", claims=[
    c("population", 949000, "actual", 2022, "人口年末常住人口94.9万人")],
    note="户籍总人口134.9万人 is not 常住人口."),
"chongqing-news-1": dict(city="重庆", claims=[
    c("bs_total", 49000, "actual", 2020, "建成5G基站4.9万个", None, "stated for the 十三五时期, i.e. as of end-2020")],
    note="今年全年将新建5G基站2.1万个 is a yearly build target (a change), not a count."),
"chongqing-news-2": dict(city="重庆", claims=[
    c("bs_per_10k", 10, "actual", 2021, "每万人5G基站数超过10个", "over"),
    c("bs_total", 70000, "target", 2021, "今年底要完成7万个基站建设", None, "5G base stations per the headline; year-end of the 2021-09-15 dateline"),
    c("bs_total", 150000, "target", 2025, "到“十四五”末期达到15万个")]),
"chengdu-news-1": dict(city="成都", claims=[
    c("bs_total", 30119, "actual", 2020, "截至2020年底,成都已累计建成基站30119个")],
    note="The province's 物联网 figures are not the applicant's. 国家新一代人工智能创新发展试验区 and 国家人工智能创新应用先导区 are not among the 5G+工业互联网 title categories used here, and 8家企业入选揭榜目录 is enterprise-level: no national_titles listed (judgment call)."),
"liuzhou-news-1": dict(city="柳州", claims=[
    c("above_scale_enterprises", 1300, "actual", 2025, "规模以上工业企业超1300家", "over",
      "no as-of date for the count; year taken from the 2025-07-28 date line (the next clause speaks of 2024 output) — judgment call")]),
"liuzhou-news-2": dict(city="柳州", claims=[],
    lists={"national_titles": ["国家级中小企业数字化转型试点城市"]},
    note="No headline and no year in the stored copy (URL dated 2025-11-26). 中小企业数字化转型试点城市 is a ministerial title (reference T11)."),
"shangqiu-news-1": dict(city="商丘市", claims=[
    c("bs_total", 3002, "actual", None, "全市已建成5G基站3002个", None,
      "截至12月15日 without a year and no date line in the stored copy; the plan title (2020—2022年) does not fix the year, so year is null")],
    lists={"policy_documents": ["加快5G产业发展三年行动计划(2020—2022年)"]},
    note="超出计划2个 is a surplus, not a count. 《商丘市城市通信基础设施及5G基站建设专项规划》 is only 编制完成 (not issued), so it is not listed."),
"zhuzhou-news-1": dict(city="株洲", claims=[],
    lists={"policy_documents": ["关于加快推进5G网络建设和行业应用的实施意见"]},
    note="No headline or year in the stored copy. 30个5G基站 are 中国电信株洲分公司's own; 全年完成2300个5G基站的建设 is a yearly build task (new builds), not a count; the 工信部 notice is national."),
"shiyan-policy-1": dict(city="十堰市", claims=[
    c("bs_total", 1702, "actual", 2020, "已建設完成5G基站1702個", None, "paragraph opens with “十三五”末期 (2020)")],
    lists={"policy_documents": ["十堰市新型基礎設施建設“十四五”規劃"]},
    note="Issued by 十堰市人民政府辦公室 on 2022-09-23. 2020年度國家電信普遍服務試點城市 is a telecom universal-service funding pilot, not treated as a 5G+工業互聯網 demonstration title (judgment call)."),
"jingzhoukaifaqu-news-1": dict(city="荆州开发区", claims=[
    c("bs_total", 361, "target", 2020, "截至今年年底,荆州开发区将建成5G基站361个", None,
      "no date line; 今年 precedes 截至2021年底 and 到2022年 in the same sequence, so 2020 (judgment call)"),
    c("bs_total", 500, "target", 2021, "截至2021年底,荆州开发区 5G基站预计达到500个"),
    c("bs_total", 1000, "target", 2022, "到2022年,5G基站达到1000个", None, "stated twice (lead and body): one claim")]),
"danzhou-news-1": dict(city="儋州", claims=[
    c("bs_total", 1976, "actual", 2023, "已累计建成5G基站1976个")],
    note="计划新增建设435个 and 已完成建设329个 are changes (new builds)."),
"chongqing-bulletin-1": dict(city="重庆市", claims=[
    c("population", 32133400, "actual", 2022, "年末全市常住人口3213.34万人", None, "repeated in 表1: one claim")]),
"fulingqu-bulletin-1": dict(city="重慶市涪陵區", claims=[
    c("population", 1115200, "actual", 2022, "2022年全區常住人口111.52萬人")],
    note="戶籍人口112.48萬人 is not 常住人口."),
"guangzhou-news-1": dict(city="广州", claims=[
    c("population", 18827000, "actual", 2023, "广州2023年年末常住人口1882.70万人")],
    note="Province-wide and district figures are not the applicant's."),
"shenzhen-news-2": dict(city="深圳市", claims=[
    c("little_giants", 752, "actual", 2024, "国家级专精特新“小巨人”企业已累计达到752家"),
    c("little_giants", 1050, "target", 2024, "本次公示结束后,深圳国家级专精特新“小巨人”企业累计将达到1050家", None,
      "a count expected once the 公示 ends, not yet achieved at the 2024-11-18 date")],
    note="298家 is a batch intake under 公示; 专精特新中小企业近1.1万家 is no field."),
"yidushi-operator-1": dict(city="宜都", claims=[],
    note="No headline or date line. All counts (核心机房24个, 5G基站14个, 80个, 350个) are 宜都电信's own. 《宜昌市推进5G产业发展三年行动方案》 is the parent city's policy, not 宜都's."),
"huazhoushi-news-1": dict(city="化州", claims=[
    c("bs_total", 244, "actual", 2020, "截至2020年5月底建设5G基站244个")],
    note="The per-operator splits (100/72/72) are operators' own figures."),
"mianyang-news-1": dict(city="绵阳", claims=[
    c("little_giants", 23, "actual", None, "绵阳拥有的国家级专精特新“小巨人”企业已达23家", None,
      "the stored passage carries no date at all, so year is null")],
    note="其他15家 (16 with 安和精密) is a batch intake; 省级专精特新中小企业256家 is no field."),
"xialuqu-report-1": dict(city="下陆区", claims=[],
    lists={"national_titles": ["国家级中小企业特色产业集群"]},
    note="Report delivered 2023-12-28. “四上”企业314家 is not 规上工业企业; 省级以上专精特新企业30家 is not 专精特新“小巨人”. 国家级中小企业特色产业集群 (MIIT) is listed as a national title though it is not in the reference categories (judgment call)."),
"changsha-list-1": dict(city="长沙市", claims=[],
    note="A provincial list: 省级先进制造业集群 / 省级中小企业特色产业集群 are provincial titles, so nothing is listed."),
"hetangqu-bulletin-1": dict(city="荷塘區", claims=[],
    note="新增規模工業企業13家 is a change, not the count of 規上工業企業."),
"yueyang-bulletin-1": dict(city="岳阳市", claims=[],
    note="按常住人口计算的人均GDP gives no population figure."),
"xiangtanxian-bulletin-1": dict(city="湘潭县", claims=[],
    note="按常住人口计算的人均GDP gives no population figure."),
"yanjinxian-bulletin-1": dict(city="延津县", claims=[
    c("population", 430500, "actual", 2023, "年末全县常住人口43.05万人")]),
"songmingxian-bulletin-1": dict(city="嵩明县", claims=[],
    note="市场主体 and 私营企业 counts are no field."),
"zunyi-news-1": dict(city="遵义市", claims=[
    c("bs_total", 11000, "actual", None, "全市建成开通5G基站超1.1万个", "over",
      "目前 with no year anywhere in the stored text (URL dated 2023-03-17), so year is null")],
    note="新增建设5G基站156个 and 全年将新建超4700个 are changes; 推动5G应用场景建设55个 is a local scenario-building target, not MIIT's twenty typical scenarios."),
"meizhou-news-1": dict(city="梅州", claims=[
    c("bs_total", 1032, "actual", 2020, "累計5G基站數達到1032座", None,
      "no date line; 今年 tied to 2020 by 至2020年底…將實現 and 到2021年底 in the same text (judgment call); stated twice: one claim")],
    note="新增5G基站839座 is a change; 1629座5G基站建設 is a planned project; 梅州移動's 1000/2000 站點 are an operator's own."),
"yubeiqu-report-1": dict(city="重庆市渝北区", claims=[],
    note="Report delivered 2023-02-08. No field figure in this part (连续9年未发生较大及以上生产安全事故 is relevant to no_major_incident, but passages carry no prescreen)."),
"lipingxian-report-1": dict(city="黎平", claims=[],
    note="41家省直部门出台…配套政策 are provincial documents, not the applicant's; none is listed."),
"pingshanqu-report-1": dict(city="坪山区", claims=[],
    note="Stored copy starts at the delivery line (2024-01-23). 规上工业总产值/增加值 are not counts of enterprises."),
"chongqing-report-1": dict(city="重庆市", claims=[],
    note="Continuation page of the 2026 report (重庆日报 2026-02-03). 新创建一批绿色园区、绿色工厂 names neither a number nor a title."),
"hannanqu-report-1": dict(city="汉南区", claims=[],
    note="规上工业总产值 is not a count of enterprises."),
"longquanyiqu-report-1": dict(city="龙泉驿区", claims=[]),
"zengduqu-report-1": dict(city="曾都区", claims=[]),
"chengdu-news-2": dict(city="成都", claims=[],
    note="成都 is only 拟入选 (公示) for 2024年“5G+工业互联网”融合应用试点城市, so no national title is listed; the other cities are not the applicant."),
"haikou-operator-1": dict(city="海口", claims=[],
    note="海口電信分公司's 58萬元 is an operator's own spend, not government special funds."),
"guangzhou-policy-1": dict(city="广州市", claims=[
    c("bs_total", 80000, "target", 2022, "累计建成5G基站8万座")],
    lists={"policy_documents": ["广州市加快推进数字新基建发展三年行动计划(2020年—2022年)"]},
    note="培育200家5G应用领域创新型企业 is not a count of 5G+工业互联网 solution providers; 标准机架 is no field."),
"kaifeng-policy-1": dict(city="开封市", claims=[],
    note="The three issued documents are manufacturing / fiscal policies, not special 5G+工业互联网 policies, so none is listed (judgment call)."),
"huizhou-news-1": dict(city="惠州", claims=[],
    note="No headline or date line. 今年将新建5G基站1000座 and 新增 figures are changes; 惠州铁塔已建成5G基站超过2.1万个 is the tower company's own figure."),
"shaodongshi-news-1": dict(city="邵东市", claims=[],
    note="移动270个 / 电信329个 are operators' own counts (no city total stated); 新增建设不低于300个 is a change; 孵化5个5G典型应用场景 is not MIIT's typical-scenario count."),
"luoyang-news-1": dict(city="洛阳", claims=[
    c("industrial_platforms", 11, "actual", None, "工业互联网平台11家", None,
      "省级以上 governs the whole list; the stored text carries no year (中新网郑州9月20日电), so year is null")],
    note="省级以上智能工厂104家 and 绿色工厂(车间)87家 are no fields."),
"jingmen-news-1": dict(city="荆门市", claims=[],
    note="5G全连接工厂总数已达5家 counts a provincial list, not 5G工厂名录; no factory is listed."),
"xiangyang-news-2": dict(city="襄阳市", claims=[
    c("bs_total", 1600, "actual", None, "该市已建成5G基站1600多个", "over",
      "截至10月27日 with no year in the stored text, so year is null")]),
"liuzhou-news-3": dict(city="柳州市", claims=[]),
"chongqing-news-3": dict(city="重庆市", claims=[],
    note="User and traffic figures are no fields."),
"changsha-news-1": dict(city="长沙", claims=[],
    note="智能制造试点企业 (a local programme) are not national titles."),
"chenzhou-news-1": dict(city="郴州市", claims=[],
    note="4G figures only; 国家电信服务普遍试点资金6900万元 is national money secured, not the city's special funds."),
"chengdu-news-3": dict(city="成都", claims=[],
    lists={"national_titles": ["2024年“5G+工业互联网”融合应用试点城市"]},
    note="The four 5G工厂 are only in the 2024年5G工厂名录 公示 (拟核定), so neither a directory count nor factories_5g entries are labelled; 4个…上榜 would be a batch intake anyway. The 试点城市 title is stated as achieved (入选了)."),
"kaiyangxian-news-1": dict(city="开阳县", claims=[]),
}

def main():
    for stem, spec in SPEC.items():
        src = HERE / f"{stem}.txt"
        assert src.is_file(), stem
        gold = {"schema": "gold/v1", "document": src.name, "framework": "miit-2023",
                "city": spec["city"], "claims": spec["claims"], "lists": spec.get("lists", {})}
        if spec.get("note"):
            gold["note"] = spec["note"]
        (HERE / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    missing = {p.stem for p in HERE.glob("*.txt")} - set(SPEC)
    print(len(SPEC), "gold files; passages without spec:", missing)

main()
