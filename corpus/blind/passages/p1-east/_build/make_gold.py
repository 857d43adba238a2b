import os, json
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def c(field, value, status, year, quote, qualifier=None, note=None):
    d = {"field": field, "value": value, "status": status, "year": year}
    if qualifier: d["qualifier"] = qualifier
    d["quote"] = quote
    if note: d["note"] = note
    return d

G = {}
def g(stem, city, claims, lists=None, note=None):
    G[stem] = dict(city=city, claims=claims, lists=lists or {}, note=note)

# ---------------- batch 1 (written earlier) ----------------
g('shanghai-news-1', '上海', [
    c('bs_total', 51716, 'actual', 2022, '上海已累计建成开通5G基站51716个'),
    c('bs_per_10k', 20.8, 'actual', 2022, '万人5G基站数达到20.8个'),
    c('bs_per_10k', 28, 'target', 2023, '每万人拥有5G基站数提升至28个'),
], note='每年新增5G基站1万个 is a yearly flow, not a total; 5G基站密度 per km2 is no field. Dateline 2022-06-13 resolves 截至今年4月 to 2022.')
g('shanghai-news-2', '上海', [
    c('bs_total', 88000, 'actual', 2023, '上海全市累计建成并开通5G基站总数已达8.8万个',
      note='Stated twice (lead and body); one claim.'),
], {'policy_documents': ['上海市进一步推进新型基础设施建设行动方案(2023-2026)']},
  note='The 新基建 action plan contains the 5G network tasks; counted as a special policy document (judgment). 11 national science facilities, 贴息 thresholds: no field.')
g('taicang-news-1', '太仓市', [
    c('bs_total', 1433, 'actual', 2021, '我市已累计完成5G基站建设1433个'),
], note='签约 5G application projects (64) and 5G+工业互联网 projects (24) are signed, not built/under-construction projects: no claim. 《太仓市通信专项规划(2021-2035)》 is still being drafted (推进规划尽快出台): not listed.')
g('taicang-news-2', '太仓市', [],
  note='No claim: 工信部两化融合管理体系贯标试点企业3家 is one title type only, not the total of ministerial titles; provincial/municipal titles (省级示范智能车间, 省工业互联网标杆工厂, 星级上云) are not national; 灯塔工厂 is a WEF label, not a ministerial title; 550/140 are yearly targets of projects, no field.')
g('changning-policy-1', '长宁区', [
    c('bs_total', 913, 'actual', 2021, '累计完成5G宏基站建设913个',
      note='Judgment: the 宏基站 total is taken as the base-station total; the 39 opened micro-stations on 城市综合杆 are mentioned separately and not added.'),
], {'policy_documents': ['长宁区新型基础设施建设“十四五”规划']},
  note='The plan itself is the applicant\'s own issued document (发布日期 2021-11-05). 《上海市推进新型基础设施建设行动方案(2020-2022年)》 is the parent city\'s document and is not listed for 长宁区.')
g('lingang-news-1', '临港新片区', [],
  note='No claim: 三年内新建 2230 个 5G 室外宏站 etc. is a construction plan (flow over three years), not a stated total; the 行动计划 is described (编制了), not issued with a title.')
g('weihai-policy-1', '威海', [
    c('bs_total', 580, 'actual', 2020, '威海全市共建成5G基站580個',
      note='Dateline 4月8日 has no year; 今年 is tied to 2020 because the same 1500-station target is given both as 今年 and as 2020年. 已開通服務117個 is the opened subset.'),
    c('bs_total', 1500, 'target', 2020, '全市建成5G基站1500個以上', qualifier='over',
      note='Stated twice (lead 今年將建成 and the 實施意見 2020 goal); one claim.'),
    c('bs_total', 5000, 'target', 2022, '全市建成5G基站5000個以上', qualifier='over'),
], {'policy_documents': ['關于加快5G網絡建設推動5G產業發展實施意見']})
g('weihai-news-1', '威海市', [
    c('bs_total', 3581, 'actual', 2021, '威海市累计建成5G基站3581座',
      note='Judgment: the built total (建成) is taken; 3500座已开通服务 is its opened subset.'),
], {'policy_documents': ['关于加快5G网络建设推动5G产业发展的实施意见', '威海市移动通信基础设施空间布局规划(2020-2035年)']},
  note='《威海市国土空间总体规划(2019-2035年)》 is a general land-use plan, not a 5G special policy: not listed.')
g('yunhe-bulletin-1', '云和县', [
    c('population', 127400, 'actual', 2022, '年末全县常住人口12.74万人'),
], note='户籍人口112635人 is not 常住人口.')
g('jinan-bulletin-1', '济南市', [
    c('population', 9415000, 'actual', 2022, '年末常住人口941.5 万人'),
], note='户籍人口819.95万人 is not 常住人口; 人才流入 is a flow.')
g('lishui-bulletin-1', '南京市溧水區', [
    c('population', 513000, 'actual', 2023, '年末全區常住人口51.30萬人'),
])
g('lishui-news-1', '溧水', [
    c('bs_total', 1000, 'target', 2021, '提出到2021年将建设5G基站1000个',
      note='Judgment: read as the total to be reached by 2021 (将建设…个), a target.'),
], note='1至5月共建设5G基站380个 is a flow within the year, not a total.')
g('changzhougaoxin-news-1', '常州高新区', [],
  note='No claim of the applicant: the counts (规上企业135家, 国家级单项冠军企业3家, 国家级专精特新“小巨人”企业9家, 国家级智能工厂1家) belong to one sub-area (三井…智能制造示范区), not to 常州高新区 as a whole; 市智能制造示范区 is a municipal title.')
g('suzhou-news-1', '苏州市', [
    c('bs_total', 14720, 'actual', 2020, '全市累计建成5G基站14720个'),
])
g('xinfeng-news-1', '信丰县', [],
  note='No claim: 签约5G项目100多个 / 引进5G项目53个 are signed or introduced investment projects, not 5G+工业互联网 platform projects.')
g('weifang-news-1', '潍坊市', [],
  note='No claim: 57 are provincial (省级) single champions; the 107/83/340 figures belong to 山东 or the nation.')
g('wuxi-news-1', '无锡市', [
    c('bs_total', 10000, 'target', None, '无锡市将累计建成5G基站10000座以上', qualifier='over',
      note='至今年年底: the page gives only 昨天(6月4日) with no year, so the target year cannot be tied to a date: null.'),
], note='从6月起计划建设超3900座 is a flow.')
g('xuzhou-news-1', '徐州市', [],
  {'policy_documents': ['2025年徐州市制造业智能化改造数字化转型网络化联接工作要点', '“智改数转网联”三年行动计划']},
  note='Judgment: both 智改数转网联 documents (网络化联接 covers 5G/industrial networks) are counted as special policy documents; the three-year plan is named without 《》 (出台新一轮“智改数转网联”三年行动计划).')
g('jinan-news-1', '济南市', [],
  {'policy_documents': ['促进5G创新发展行动计划(2019-2021年)', '5G应用场景试点推广计划']})
g('shanghai-policy-1', '上海', [],
  {'policy_documents': ['上海市推进新型基础设施建设行动方案(2020-2022年)']},
  note='Judgment: the 新基建 action plan (5G network is one of its tasks) is counted as a special policy document.')
g('fuzhou-policy-1', '福州市', [],
  {'policy_documents': ['福州市新型基础设施建设三年行动方案(2023—2025年)']},
  note='Judgment: 新基建 plan counted as a special policy document (same rule as the Shanghai passages).')
g('hangzhou-bulletin-1', '杭州市', [
    c('population', 9188000, 'actual', 2016, '全市常住人口为918.8万人',
      note='The table row 全市 918.80 is the same figure: one claim. District rows are not the applicant.'),
])
g('jinyun-bulletin-1', '縉云縣', [
    c('population', 408000, 'actual', 2023, '年末全縣常住人口40.8萬人'),
], note='戶籍總人口46.46萬人 is not 常住人口.')
g('luan-news-1', '六安市', [
    c('little_giants', 9, 'actual', None, '我市已有国家级专精特新“小巨人”企业9家',
      note='The page carries no date; 第三批 implies 2021 but no date in the document ties the figure: year null.'),
], note='省级专精特新企业135家 is provincial, not little_giants. The six companies are named as 小巨人 (公示), not as 5G factories; not listed as national_titles because 小巨人 is counted under its own field (judgment).')
g('ningbo-news-1', '宁波市', [
    c('little_giants', 600, 'target', 2025, '专精特新“小巨人”企业达600家'),
], note='宁波市有27家企业入围 is one batch\'s intake (本批), not the count.')
g('ningboshihua-news-1', '宁波石化区', [
    c('little_giants', 6, 'actual', 2025, '园区共培育6家国家专精特新“小巨人”企业',
      note='2021年以来共培育 read as the park\'s stock of 小巨人 (judgment).'),
    c('single_champions', 5, 'actual', 2025, '5家制造业单项冠军企业'),
], note='26家宁波市专精特新中小企业 is municipal; 19 is the number of firms served by the event.')
g('minhang-policy-1', '闵行区', [
    c('bs_total', 5000, 'actual', None, '累计建设5000个5G基站',
      note='Stated under 二、转型基础 (achieved base) of an undated 十四五 plan; no date in the excerpt ties it: year null (judgment).'),
], {'policy_documents': ['闵行区数字化转型“十四五”规划']},
  note='Judgment: the district\'s digital-transformation plan (with its 5G network tasks) is counted as a special policy document. The stored page is one flattened line; the excerpt is cut at the original paragraph end 支持IPv4和IPv6双栈技术。')

# ---------------- batch 2/3 (new) ----------------
g('yudu-report-1', '于都县', [],
  note='No claim: 兑现助企纾困资金6.5亿元 and 争取各类资金74.32亿元 are general relief/transfer funds, not government special funds for 5G+工业互联网. Report of 2023-02-04 on 2022.')
g('zhangshu-report-1', '樟树市', [],
  {'national_titles': ['四星级国家新型工业化产业示范基地']},
  note='医药产业集群获评工信部四星级国家新型工业化产业示范基地 is a ministerial title of the applicant. 全国百强县 rankings are not ministerial titles; 全省五星级产业集群 is provincial. 《中医药产业高质量发展二十条意见》 is an industry policy unrelated to 5G+工业互联网: not listed (judgment).')
g('huoshan-report-1', '霍山县', [],
  note='No claim and no listed title: 全国生态文明建设示范区, 村庄清洁行动先进县, 四好农村路示范县 are ecology/rural honours unrelated to the 5G+工业互联网 indicator (judgment); 省级创新型县, 省质量强县 are provincial. 地方专项债资金 in the next paragraph is not included.')
g('luan-report-1', '六安市', [],
  note='Excerpt of the report (摘编) reviewing the past four years; 新增规上工业企业490户 is a change, not the count of 规上工业企业.')
g('changle-report-1', '福州市长乐区', [],
  note='No claim: 32份政策文件 are stabilisation policies, counted but not named and not 5G+工业互联网 special policies; 百强区 rankings are not ministerial titles.')
g('wuhu-report-1', '芜湖市', [],
  note='No claim: the page has no date line; the 2023年工作回顾 heading makes it the 2024 report. 国务院督查激励 and 中央改革办推介 are not titles of the indicator categories (judgment).')
g('jianning-report-1', '建宁县', [],
  note='No claim: only growth rates and GDP-type aggregates. The page gives no date; 2022年工作回顾 makes it the 2023 report.')
g('shanggao-report-1', '上高县', [],
  note='No claim and no listed title: 国务院督查激励, 土壤普查, 课后服务子系统试点县 etc. are unrelated to the 5G+工业互联网 indicators (judgment); the rest are provincial.')
g('suichuan-bulletin-1', '遂川县', [
    c('population', 500073, 'actual', 2023, '年末全县常住人500073人',
      note='Same figure repeated in 表1 (常住人口 | 500073): one claim. The page writes 常住人 (missing 口); kept as published.'),
], note='Title line: the stored page ends the title with a stray " 2023" tag, dropped here; the GDP paragraph and a figure caption before the population paragraph are skipped.')
g('lianxi-bulletin-1', '九江市濂溪區', [
    c('population', 398239, 'actual', 2023, '年末常住人口398239人'),
], note='年末戶籍人口258311人 is not 常住人口. The stored page is flattened; the excerpt starts at the original paragraph start 年末常住人口.')
g('fuqing-bulletin-1', '福清市', [
    c('population', 1414000, 'actual', 2022, '年末全市常住人口为141.40万人'),
], note='户籍人口140.36万人 is not 常住人口.')
g('cangshan-bulletin-1', '福州市仓山区', [
    c('population', 1180000, 'actual', 2022, '年末常住人口118.00万人',
      note='城镇常住人口118.00万人 is the urban part (100% urban), same number, not a second claim.'),
], note='户籍人口68.47万人 is not 常住人口.')
g('huzhou-news-1', '湖州', [
    c('industrial_platforms', 4, 'actual', 2021, '省级重点工业互联网平台4个',
      note='Judgment: the only platform count stated is the provincial (省级重点) one; taken as the 国家级、省级 platform count the text asserts.'),
], note='省级未来工厂, 省级智能工厂, 上云标杆企业 and 新智造试点 are provincial; 上云用云企业21158家 is no field.')
g('huzhou-news-2', '湖州市', [],
  {'national_titles': ['制造业新型技术改造城市试点', '国家首批数字化绿色化协同转型发展综合试点城市']},
  note='No date line on the page; the 2024 figures are shares/rankings (no counts). Green-factory rankings name no items.')
g('ningbo-news-2', '宁波', [],
  {'national_titles': ['“中国制造2025”城市试点示范']},
  note='宁波获批全国首个试点示范城市 of the MIIT-led “中国制造2025” city pilot (judgment: a 试点城市-type ministerial title). 工业销售产值 is no field.')
g('quanzhou-news-1', '泉州市', [],
  note='No claim: 电信233 / 移动1184 / 铁塔1417 are single operators\' (and the tower company\'s) own figures; 力争第二季度完成5G站点建设3000个 is a quarterly construction flow, not a total. 《泉州市第三批5G建设重要场所清单》 is a site list, not a special policy document (judgment).')
g('taibaihu-operator-1', '太白湖新区', [],
  note='Operator passage (中国铁塔济宁市分公司 and the district): no figure. The title and 发布日期 share one line on the page.')
g('cangnan-operator-1', '苍南县', [],
  note='Operator passage: 苍南铁塔共有1200多个塔类资源 is the tower company\'s own resource count (towers, not 5G base stations): no claim.')
g('jiangaoxin-list-1', '吉安高新技术产业开发区', [],
  note='List published by 江西省工业和信息化厅 (2022-11-16). The stored page has no title line and is one flattened line; the file is the stored text from its first character up to the end of row 20 (a row boundary). 两化融合示范园区 is a provincial title: not a national title; 42 is the size of the provincial list, not a figure of the applicant.')
g('nanchang-policy-1', '南昌市', [
    c('above_scale_enterprises', 2092, 'actual', 2022, '企业2092户',
      note='全市规模以上工业…企业2092户: the count of 规上工业企业.'),
], {'policy_documents': ['南昌市工业互联网创新发展三年行动计划'],
    'national_titles': ['首批“数字领航”企业', '全国首批“双千兆”城市']},
  note='The plan was 发布 at the conference: issued. 江西铜业股份有限公司 holds the MIIT 首批“数字领航”企业 title (T02 family); 双千兆城市 is an MIIT 千兆城市 designation, counted as a ministerial title (judgment). 江西国泰、维盈工业互联网平台 have no stated level: no platform count. Date from the URL (中国工业报 2023-08-22); the page has no date line. The page is flattened; the excerpt ends at the original paragraph end 具有重要战略意义。')
g('liaocheng-policy-1', '聊城市', [
    c('bs_total', 1500, 'target', 2020, '到2020年底,建成5G基站1500处'),
    c('bs_total', 10000, 'target', 2023, '力争建成5G基站10000处以上', qualifier='over'),
], {'policy_documents': ['聊城市加快推进5G产业发展实施方案']},
  note='Document dated 2020-05-21, so the 2020 year-end figure is a target. 5G场景应用100项 are local application cases, not MIIT\'s typical scenarios; 产业规模 is no field.')
g('zhifu-news-1', '芝罘区', [
    c('bs_total', 1000, 'actual', 2020, '我区累计建设5G基站突破1000个', qualifier='over'),
], note='全年计划完成基站建设突破200个 and 1-2月已累计完成建设65个 are 2021 flows (new construction), not totals.')
g('weifang-news-2', '潍坊市', [
    c('bs_total', 10500, 'actual', None, '潍坊市已累计建设5G基站10500个',
      note='Judgment: the built total (累计建设) is taken, as for 威海; 开通5G基站10026个 is the opened count. The page has no year (截至8月1日): year null.'),
])
g('jiangbeixinqu-news-1', '南京江北新區', [
    c('little_giants', 75, 'actual', 2024, '全區累計培育國家專精特新“小巨人”企業數量已經達到75家',
      note='As asserted by the document; it counts the 35 firms of the current 公示 batch.'),
    c('single_champions', 5, 'actual', 2024, '全區累計培育制造業單項冠軍5家'),
], note='35 is the batch intake; 江蘇省專精特新中小企業277家 is provincial.')
g('huaiyin-news-1', '淮阴区', [
    c('little_giants', 3, 'actual', 2025, '该区累计培育国家级专精特新“小巨人”企业3家'),
], note='Provincial 专精特新 counts (29, 6, 32, 78) and 市级创新型中小企业247家 are not fields. 《淮阴区专精特新企业培育行动计划》 is an SME-cultivation plan, not a 5G+工业互联网 special policy: not listed (judgment). Year 2025 from the text (江苏省2025年度第二批) and the paper date 2025-12-12.')
g('yuecheng-news-1', '越城区', [],
  note='No claim: 绍兴市智能工厂/示范车间/生产线 are municipal recognitions, not ministerial titles. The page has no date line.')
g('wenzhou-news-1', '温州市', [],
  note='No claim: 市级“最美工厂”51家 is a municipal label, no field.')
g('jiyang-news-1', '济阳区', [],
  note='No figure: a visit of the city tower company (operator) to the district.')

missing = []
for stem, v in G.items():
    txt = os.path.join(D, stem + '.txt')
    text = open(txt, encoding='utf-8').read()
    for cl in v['claims']:
        assert cl['quote'] in text, (stem, cl['quote'])
    for k, items in v['lists'].items():
        norm = lambda s: ''.join(ch for ch in s if ch.isalnum())
        for it in items:
            if norm(it) not in norm(text):
                print('LIST ITEM NOT VERBATIM', stem, it)
    out = {"schema": "gold/v1", "document": stem + '.txt', "framework": "miit-2023",
           "city": v['city'], "claims": v['claims'], "lists": v['lists']}
    if v['note']: out['note'] = v['note']
    with open(os.path.join(D, stem + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=2); f.write('\n')
txts = sorted(f[:-4] for f in os.listdir(D) if f.endswith('.txt'))
print('txt', len(txts), 'gold', len(G), 'missing gold', set(txts) - set(G), 'extra', set(G) - set(txts))
