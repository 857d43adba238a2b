"""Write the gold/v1 files for the p2-north passages (labels written by hand from the spec)."""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def c(field, value, status, year, quote, qualifier=None, note=None):
    claim = {"field": field, "value": value, "status": status, "year": year}
    if qualifier:
        claim["qualifier"] = qualifier
    claim["quote"] = quote
    if note:
        claim["note"] = note
    return claim


G = {}

# ---------------------------------------------------------------- Beijing (6)
G["beijing-news-1"] = dict(
    city="北京市",
    claims=[
        c("bs_total", 20429, "actual", 2020, "截至到5月底,北京市已累计建设5G基站20429个",
          note="Stated again in the title (超2万个) and in the 据了解 paragraph: one claim."),
        c("bs_total", 30000, "target", 2020, "到2020年底北京全市5G基站累计达到3万个以上", "over",
          note="Year-end 2020 is after the 2020-06-11 dateline, so a target."),
    ],
    note="今年将新建5G基站1.3万个 is a flow (new builds), not the total. 5G用户 and 合作项目超过1000个 are not fields.",
)
G["beijing-news-2"] = dict(
    city="北京",
    claims=[
        c("bs_total", 45700, "actual", 2021, "截至今年8月底,北京5G基站达4.57万个"),
        c("bs_per_10k", 20, "actual", 2021, "每万人5G基站数为20个"),
        c("bs_total", 63000, "target", 2025, "到2025年本市将建成并开通5G基站6.3万个"),
    ],
)
G["beijing-news-3"] = dict(
    city="本市（北京）",
    claims=[
        c("bs_total", 47000, "actual", 2021, "截至今年9月底,本市已建设5G基站4.7万个"),
    ],
    note=("开展国家级试点示范20个 is what the 新基建 plan achieved in its first year (a flow, and not the total of "
          "the city's ministerial titles), so not labelled as national_titles. 新孵化“专精特新”企业99家 is a flow "
          "and not 小巨人. 新申请专利2483项 is a flow of applications, not 5G/工业互联网 IP held."),
)
G["beijing-bulletin-1"] = dict(
    city="北京市",
    claims=[
        c("population", 21832000, "actual", 2024, "年末全市常住人口[5]2183.2万人"),
    ],
    note="The page has no dateline; the bulletin is for 2024 (2024年是中华人民共和国成立75周年…).",
)
G["beijing-report-1"] = dict(
    city="北京市",
    claims=[],
    note=("Report delivered 2024-01-21. 新建5G基站1万个以上 is a 2024 build target (a flow), not a total, "
          "so there is no claim."),
)
G["beijing-operator-1"] = dict(
    city="北京地区（北京市）",
    claims=[
        c("bs_total", 4300, "actual", 2019, "三家基础电信企业共建设完成了5G基站4300个",
          note=("The page prints no year (据北京市通信管理局6月10日消息); 2019 follows from the text: 2019年,北京市启动全市"
                "5G基站建设 and the still-future 到2021年 goal. The operators' total is the city's total.")),
    ],
    lists={"policy_documents": ["关于加快推进5G基础设施建设的工作方案"]},
    note=("铁塔公司已交付…5G站点共计4983个 is the tower company's delivered sites, not base stations built; not "
          "labelled. The 工作方案 was issued (印发) by the Beijing municipal government office, so it is listed; the "
          "5G 基础设施专项规划 was only being compiled (编制) and is not listed."),
)

# ---------------------------------------------------------------- Urumqi (1)
G["wulumuqi-news-1"] = dict(
    city="烏魯木齊市",
    claims=[
        c("bs_total", 2379, "actual", 2020, "截至6月30日,烏魯木齊市已建設5G基站2379個"),
    ],
    note=("Traditional-character page. 今年建成5G基站1861個 is a flow. 2019年…建成518個5G基站 is what was built in 2019; "
          "it equals the end-2019 total (2379-1861) but the text states it as a year's build, so it is not labelled. "
          "中國移動…分公司歷時38天,就開通了902個5G基站 is one operator's figure."),
)

# ---------------------------------------------------------------- Xi'an (3)
G["xian-bulletin-1"] = dict(
    city="西安市",
    claims=[c("population", 12995900, "actual", 2022, "年末全市常住人口1299.59万人")],
)
G["xian-bulletin-2"] = dict(
    city="西安市",
    claims=[c("population", 10003700, "actual", 2018, "年末全市常住人口1000.37万人")],
    note="年末全市户籍总人口986.87万人 is registered population, not 常住人口; not labelled.",
)
G["xian-news-1"] = dict(
    city="西安市",
    claims=[],
    note="Only growth rates and GDP: no field is stated.",
)

# ---------------------------------------------------------------- Inner Mongolia
G["baotou-list-1"] = dict(
    city="包头市",
    claims=[],
    note=("A provincial (自治区) cluster list, and only a 拟认定 (publicity) list: provincial titles are not national "
          "titles, so nothing is listed. 属地配套率达85% and 电解铝产能 are not fields."),
)
G["huhehaote-list-1"] = dict(
    city="呼和浩特市",
    claims=[],
    note=("Provincial (自治区) clusters are not national titles. 国家级先进制造业集群1个 counts one kind of title only, not the "
          "city's total of ministerial titles, and the cluster is not named, so neither a national_titles claim nor a "
          "list item. The page shows 日期:01-16 without a year."),
)
G["dongsheng-bulletin-1"] = dict(
    city="鄂爾多斯市東勝區",
    claims=[c("population", 585200, "actual", 2023, "年末常住人口58.52萬人")],
    note=("Traditional-character forum copy with no dateline; the bulletin is for 2023. In the stored page the paragraphs "
          "run together separated by single spaces; they are split into lines here (whitespace only). "
          "戶籍人口28.09萬人 is registered population, not labelled."),
)
G["balinzuoqi-bulletin-1"] = dict(
    city="巴林左旗",
    claims=[],
    note=("Traditional-character forum copy (paragraphs separated by spaces in the stored page, split into lines here). "
          "按常住人口計算,人均地區生產總值 gives no population figure; no field is stated."),
)

# ---------------------------------------------------------------- Qinghai
G["haixi-news-1"] = dict(
    city="海西州",
    claims=[c("bs_total", 386, "actual", 2021, "目前,已建成5G基站386座")],
    note="2021年建设4G基站153座 is 4G, not labelled.",
)
# ---------------------------------------------------------------- Ningxia (1)
G["yinchuan-news-1"] = dict(
    city="银川市",
    claims=[
        c("population", 2218900, "actual", 2012, "常住人口从2012年末的221.89万人",
          note="Earlier as-of value stated in the same sentence: a separate actual claim for 2012."),
        c("population", 2882000, "actual", 2021, "增长到2021年末的288.20万人"),
    ],
    note="年均增长2.9% is a change rate and 常住人口城镇化率 a share: not fields. Dateline 2022-09-22.",
)

G["minhe-bulletin-1"] = dict(
    city="民和县",
    claims=[c("population", 322000, "actual", 2023, "全县常住人口32.20万人")],
    note="年末全县户籍人口43.92万人 is registered population, not labelled.",
)

# ---------------------------------------------------------------- Liaoning
G["shenyang-news-1"] = dict(
    city="沈阳市",
    claims=[c("bs_total", 17300, "actual", 2021, "截至去年年底,我市已累计建设1.73万个5G基站")],
    note=("去年 resolves against the 2022-05-24 dateline. 今年…新建1.3万座5G基站 is a flow target; 沈阳铁塔公司预计完成6000个 "
          "is one company's figure."),
)
G["shenyang-policy-1"] = dict(
    city="沈阳市",
    claims=[],
    lists={"policy_documents": [
        "沈阳市5G通信网络基础设施建设工作专班方案",
        "沈阳市推进5G应用发展行动计划(2021-2023年)",
        "沈阳市创建“双千兆”城市实施方案",
    ]},
    note=("A 2022-04-25 reply by the city's industry bureau. The three documents are stated as issued (先后印发) and are all "
          "5G-specific, so all are listed. The page goes on to give 2021 base-station figures, but that paragraph is cut "
          "in the stored copy and is not included."),
)
G["shenyang-policy-2"] = dict(
    city="沈阳市",
    claims=[],
    lists={"policy_documents": ["沈阳市5G产业发展实施方案(2020-2021年)"]},
)
G["shenyang-report-1"] = dict(
    city="沈阳市",
    claims=[],
    note="Report published 2021-02-10 on 2020: only growth rates, no field.",
)
G["tiexi-report-1"] = dict(
    city="沈阳市铁西区",
    claims=[],
    note="Only GDP, industrial value added and growth rates: no field.",
)
G["shuncheng-report-1"] = dict(
    city="抚顺市顺城区",
    claims=[],
    note="Only output, investment and income figures: no field.",
)
G["dalian-operator-1"] = dict(
    city="大连市",
    claims=[],
    note=("今年年底前,大连市将建成开通5399个5G基站 is the year's build plan (the title: 2020年将建设5G基站5399个), a flow, "
          "not a total; 中国移动大连分公司 1500/2500 and 中国联通大连分公司 12亿元 are single operators' figures. "
          "The page prints no dateline."),
)
G["daliangaoxin-list-1"] = dict(
    city="大连高新区",
    claims=[c("little_giants", 11, "actual", 2023, "大连高新区国家专精特新小巨人企业总数增至11家",
              note="The total as stated, after the three firms of the 5th-batch 公示 list; 占3席 is the batch intake.")],
    note=("大连市有12家企业上榜 is the parent city's intake. 27家企业获辽宁省专精特新小巨人中小企业认定 is the provincial title, "
          "not the national 小巨人 count. 《促经济增长和助企纾困的若干政策措施》 is a general support policy, not a special "
          "5G+工业互联网 policy, so it is not listed; 10万元/30万元 are per-enterprise rewards, not a fund total."),
)
G["puwan-list-1"] = dict(
    city="普湾经济区",
    claims=[c("little_giants", 10, "actual", 2025, "普湾经济区累计培育专精特新“小巨人”企业10家")],
    note="新增一家 is the intake; 占全市…10% is a share.",
)

# ---------------------------------------------------------------- Jilin / Heilongjiang
G["changchun-report-1"] = dict(
    city="长春市",
    claims=[],
    note=("实施投资5000万元以上项目1381个 and 325个产业项目竣工投产 are investment projects, not 5G+工业互联网 projects; "
          "首店品牌132家 is no field."),
)
G["songbei-bulletin-1"] = dict(
    city="哈尔滨市松北区",
    claims=[],
    note="年末户籍人口36.6万人 is registered population, not 常住人口: no claim.",
)
G["haerbin-news-1"] = dict(
    city="哈尔滨市",
    claims=[],
    note=("The stored page begins with 原标题 (used as the title line) and prints 6月2日 without a year. "
          "2020年…共建设完成7030个5G基站 and 今年…计划共建设7016个 / 已完成建设1084个 are yearly builds (flows), not totals. "
          "《哈尔滨市5G通信基础设施建设指导意见》 is only said to be 丰富和完善 (to be revised), not issued, so not listed."),
)
G["pingfang-news-1"] = dict(
    city="哈尔滨平房区",
    claims=[c("population", 240000, "actual", 2022, "常住人口不足24万人", "under",
              note="No dateline in the stored text; 今年二十大报告 places the article in 2022.")],
    note="全域覆盖的5G基站 gives no count.",
)

# ---------------------------------------------------------------- Tianjin (5)
G["tianjin-policy-1"] = dict(
    city="天津市",
    claims=[
        c("bs_total", 20000, "target", 2020, "到 2020 年底,建设 5G 基站 2 万个"),
        c("bs_total", 40000, "target", 2022, "到 2022 年底,建设 5G 基站 4 万个"),
    ],
    lists={"policy_documents": ["天津市人民政府关于加快推进5G发展的实施意见"]},
    note="Issued 2020-02-03, so both year-end goals are targets.",
)
G["tianjin-policy-2"] = dict(
    city="天津市",
    claims=[c("bs_total", 50000, "target", 2023, "部署5G基站数量不少于5万个", "at_least",
              note="Goal for 2023年底 (the plan's end year).")],
    lists={"policy_documents": ["推动工业互联网创新发展实施“智汇天津” 三年行动计划(2021-2023年)"]},
    note="The page date (2022-11-07) is the alliance's repost date of the Tianjin plan.",
)
G["tianjin-list-1"] = dict(
    city="天津市",
    claims=[],
    note=("12家企业榜上有名 is a batch intake, not the count of single champions (the page's later paragraph with the "
          "cumulative 28家国家级 is cut in the stored copy and not included). 平均每家有效专利数315项 is a per-enterprise "
          "average. The 条例/决定 are laws, not special 5G+工业互联网 policies."),
)
G["tianjin-list-2"] = dict(
    city="天津市",
    claims=[],
    note=("A publicity (公示) list: municipal clusters are not national titles and the 6 clusters are only recommended "
          "(拟推荐) to MIIT, so no title is held yet."),
)
G["tianjin-report-1"] = dict(
    city="天津市",
    claims=[],
    note="Page 4 of a reposted 2024 report: no figure in the excerpt.",
)

# ---------------------------------------------------------------- Hebei / Shanxi
G["shijiazhuang-news-1"] = dict(
    city="石家庄市",
    claims=[
        c("population", 11204700, "actual", 2021, "2021年末,全市常住总人口1120.47万人"),
        c("population", 11235086, "actual", 2020, "截至2020年11月1日零时,石家庄全市常住人口为11235086人",
          note="Census figure, a different year from the 2021 bulletin figure."),
    ],
)
G["zhangjiakou-news-1"] = dict(
    city="张家口市",
    claims=[c("bs_total", 700, "actual", 2020, "截至6月底,该市已建成5G基站700余个", "over")],
    note=("The article is about Hebei: 我省新建5G基站9440个 is the province's (and a flow), not Zhangjiakou's. "
          "The 原标题/subtitle lines are kept as published."),
)
G["yicheng-bulletin-1"] = dict(
    city="翼城县",
    claims=[
        c("population", 259158, "actual", 2022, "年末全县常住人口259158人"),
        c("above_scale_enterprises", 42, "actual", 2022, "2022年末全县规模以上工业企业42家"),
    ],
    note="No dateline on the page; the bulletin is for 2022.",
)
G["lvliang-news-1"] = dict(
    city="呂梁市",
    claims=[],
    note=("2020年全市首批立項5G站點1100多個 are approved (planned) sites and 已完成站址改造378個 are site upgrades, "
          "not base stations built; no claim."),
)

# ---------------------------------------------------------------- Beijing districts
G["shunyi-news-1"] = dict(
    city="顺义区",
    claims=[],
    lists={"national_titles": ["2023年度中小企业特色产业集群"]},
    note=("The MIIT 中小企业特色产业集群 title is ministerial, so listed. 汇集规上企业20家 counts the aerospace industry "
          "only, not the district's 规模以上工业企业; 27家实体企业 is a cluster's membership."),
)
G["shijingshan-report-1"] = dict(
    city="石景山区",
    claims=[],
    note="No field in the excerpt.",
)
G["haidian-report-1"] = dict(
    city="海淀区",
    claims=[],
    note="No field in the excerpt.",
)
G["chaoyang-bulletin-1"] = dict(
    city="朝阳区",
    claims=[c("population", 3439000, "actual", 2024, "年末全区常住人口343.9万人")],
    note="年末全区户籍人口220.7万人 is registered population; 常住外来人口 is a part. Neither labelled.",
)

# ---------------------------------------------------------------- Shaanxi
G["baoji-report-1"] = dict(
    city="宝鸡市",
    claims=[],
    lists={"national_titles": ["国家中小企业特色产业集群", "国家创新型产业集群"]},
    note=("A newspaper abstract of the 2024 report (on 2023). 新增…专精特新“小巨人”企业7户、制造业单项冠军企业9户、规上工业企业89户 "
          "are increments, not counts. The two cluster titles (MIIT and MOST) are ministerial titles of the city's "
          "industries; 央企十大“国之重器” is not a government title and is not listed."),
)
G["hanzhong-news-1"] = dict(
    city="汉中市",
    claims=[c("bs_total", 2200, "target", 2021, "年底前全市累计建成5G基站2200座",
              note=("The page prints 727日 without a year; the meeting reviews 2020 (会议总结了2020年…), so 年底 is the "
                    "end of 2021."))],
)
G["ankang-list-1"] = dict(
    city="安康市",
    claims=[],
    note="A provincial 单项冠军培育企业库 is not a national title; 全省…1000家/100家 are provincial targets.",
)
G["xiangaoxin-news-1"] = dict(
    city="西安高新区",
    claims=[c("little_giants", 40, "actual", 2022, "国家级“专精特新”企业累计达40家",
              note="国家级专精特新企业 read as the national 专精特新“小巨人” title.")],
    note="新增上市企业3家, 33家“链主”企业 and project counts are not fields.",
)
G["xianjingkai-news-1"] = dict(
    city="西安經開區",
    claims=[c("national_titles", 10, "actual", 2021, "先后獲批國家新型工業化產業示范基地等10余項國家級“金字招牌”", "over")],
    lists={"national_titles": ["國家新型工業化產業示范基地"]},
    note=("Traditional-character copy. The 4項國家級創新成果 of the free-trade zone are reform results, not titles; "
          "高新技術企業510家 is not a field (not stated as 5G+工业互联网 solution providers)."),
)

# ---------------------------------------------------------------- Gansu
G["lanzhou-news-1"] = dict(
    city="兰州市",
    claims=[c("bs_total", 1962, "actual", None, "目前,全市共建成5G基站1962个",
              note="The page prints 5月28日 without a year and no year in the text dates 目前, so year is null.")],
    lists={"policy_documents": [
        "兰州市推进5G通信网络建设发展实施方案",
        "兰州市5G产业发展行动方案(2019-2022年)",
        "兰州市移动公众通信基站设施建设管理规定",
    ]},
    note=("The two 方案 were issued (印发) by the city government and the 管理规定 was issued (出台) by its bureau: listed. "
          "The 工作办法 (an office's internal rules), the two 标准 and the 审核流程 are technical or procedural documents, "
          "not policy documents, and the 5G基站规划 was only compiled and reviewed: not listed."),
)
G["lanzhou-news-2"] = dict(
    city="蘭州市",
    claims=[c("bs_total", 4623, "actual", 2021, "截至目前,全市已建成5G基站4623個",
              note=("No dateline; the text's 今年以來 goes with the 《2021年…工作要點》 drawn up this year, so 目前 is 2021."))],
    lists={"policy_documents": ["2021年蘭州市工業網際網路創新發展工作要點"]},
    note=("Traditional-character copy; the stored page begins with 原標題 (used as the title line). The 工作要點 is stated "
          "as drawn up (研究制定) for 5G and industrial internet, so listed; the 戰略合作協議 is an agreement, not a policy. "
          "5G用戶數 is not a field."),
)
G["lanzhou-policy-1"] = dict(
    city="兰州市",
    claims=[],
    note="The 5G基站规划 only passed expert review (not issued), so no policy document is listed.",
)
G["jiuquan-operator-1"] = dict(
    city="酒泉市",
    claims=[c("bs_total", 214, "actual", None, "酒泉市已有214个5G基站投入使用",
              note="The figure is in the title; the page prints 6月9日 without a year, so year is null.")],
    note="An operator (中国电信酒泉分公司) story; its speed figures are not fields.",
)
G["tianshui-policy-1"] = dict(
    city="天水市",
    claims=[c("bs_total", 4005, "actual", 2022, "截止2022年底,全市已建成并开通5G基站4005座")],
    lists={"policy_documents": [
        "天水市强工业2022年“三提一攻关”数字赋能行动计划",
        "天水市强工业2023年“三提一攻关”数字赋能行动计划",
        "关于开展推动5G网络精准覆盖及融合创新应用保障网络健康发展专项行动的通知",
    ]},
    note=("计划2023年,新建5G基站850座 and 7月底已新建成1127座 are flows. The provincial 《甘肃省“十四五”工业互联网发展规划》 "
          "is not the applicant's."),
)

# ---------------------------------------------------------------- Xinjiang
G["tulufan-report-1"] = dict(
    city="吐鲁番市",
    claims=[],
    note="Only growth rates: no field.",
)
G["beitun-news-1"] = dict(
    city="北屯市（第十师）",
    claims=[],
    note=("2020年,建成5G基站30个 and 2021年,建成5G基站54个 are each year's builds (flows), not a stated total; "
          "共建成5G网络31个/65个 counts operator networks, and 5G用户 is not a field."),
)


def main():
    for stem, spec in G.items():
        src = HERE / f"{stem}.txt"
        assert src.is_file(), stem
        gold = {
            "schema": "gold/v1",
            "document": f"{stem}.txt",
            "framework": "miit-2023",
            "city": spec["city"],
            "claims": spec["claims"],
            "lists": spec.get("lists", {}),
        }
        if spec.get("note"):
            gold["note"] = spec["note"]
        (HERE / f"{stem}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    stems = {p.stem for p in HERE.glob("*.txt")}
    missing = stems - set(G)
    assert not missing, missing
    print(len(G), "gold files")


if __name__ == "__main__":
    main()
