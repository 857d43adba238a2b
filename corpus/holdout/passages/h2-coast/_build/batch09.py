ENTRIES = [
dict(stem="jininggaoxin-news-1", url="http://epaper.jn001.com/paperpc/content/content_140675.html",
 title="(stored page has no title line; photo caption) 济宁高新区工程机械及智能装备产业集群", publisher="济宁日报(电子版)", date="no date on page",
 text="""近年来,济宁高新区充分发挥工程机械及智能装备产业集群优势,搭建创新创业共同体,推动产业链整合和培育,加快构建现代产业体系,连续两年被评为国家新型工业化五星级示范基地,智能制造装备产业集群被评为全省首批战略性新兴产业集群,一体化道路机械智能制造产业获评省级特色产业集群。图为山推装配线。
■记者 刘项清
通讯员 刘鲁飞 摄""",
 city="济宁高新区",
 claims=[],
 lists={"national_titles": ["国家新型工业化五星级示范基地"]},
 note="The zone holds the 国家新型工业化产业示范基地 title (rated 五星级 two years running), written as in the text. The 全省首批战略性新兴产业集群 and 省级特色产业集群 are provincial and not listed.",
),
]
