"""Whose figure it is: operators, the parent city, one enterprise or an average are not the
applicant; honours and rankings do not change the subject.

Sentences written for these tests (invented 澧川市 and its neighbours).
"""

from pathlib import Path

import pytest

from extractor.pipeline import parse_in_process, predict
from extractor.settings import Limits
from tests.extract.phenomena import Simple, claims_of, simple

DATED = "时间：2024-06-18\n"
CASES = [
    pytest.param(
        DATED + "截至目前，我市共有2个项目入选5G工厂名录（澧川硬质合金有限公司5G硬质合金智能工厂、"
        "澧川航空部件有限公司5G航空部件数字化车间，均为2023年入选），暂无项目入选工业互联网试点"
        "示范（5G工厂方向）。",
        {
            ("directory_5g_factories", 2, "actual", 2024),
            ("pilot_5g_factory_projects", 0, "actual", 2024),
        },
        id="a-note-in-brackets-names-no-subject-and-dates-only-its-own-words",
    ),
    pytest.param(
        "澧川市“5G+工业互联网”工作方案\n" + DATED + "澧川市地处中原城市群核心区，辖4区、5县，"
        "代管3个县级市，2023年末常住人口617.1万人。",
        {("population", 6171000, "actual", 2023)},
        id="kinds-of-place-are-no-other-place",
    ),
    pytest.param(
        "澧水市“5G+工业互联网”工作方案\n" + DATED + "澧水市是澧川市代管的县级市，总面积3576平方"
        "公里，2023年末常住人口83.6万人。",
        {("population", 836000, "actual", 2023)},
        id="the-city-administering-the-applicant-is-no-subject",
    ),
    pytest.param(
        "澧川市工业经济运行情况\n" + DATED + "全市规上工业企业2100家。其中，澧川高新区拥有规上工业"
        "企业156家；澧川新能源汽车零部件智能制造示范区集聚国家级单项冠军企业3家。依托澧川经开区"
        "招引企业落户，提供“5G+工业互联网”产品或解决方案的企业达到50家。",
        {
            ("above_scale_enterprises", 2100, "actual", 2024),
            ("solution_providers", 50, "actual", 2024),
        },
        id="a-named-part-of-the-city-as-subject-is-not-the-city",
    ),
    pytest.param(
        "澧川市工业经济运行情况\n" + DATED + "澧川新能源汽车零部件智能制造示范区拥有规上企业80家，"
        "以新能源为主。拥有国家级智能工厂1家；拥有国家级单项冠军企业2家、专精特新“小巨人”"
        "企业7家。全市现有国家级专精特新“小巨人”企业40家。",
        {("little_giants", 40, "actual", 2024)},
        id="a-sentence-opening-with-having-keeps-the-subject-of-the-one-before",
    ),
    pytest.param(
        "澧川高新区：数字经济跑出加速度\n" + DATED + "截至目前，澧川高新区拥有规上工业企业156家，"
        "园区累计建成5G基站320个，占澧川市的一成。",
        {("above_scale_enterprises", 156, "actual", 2024), ("bs_total", 320, "actual", 2024)},
        id="the-area-the-document-is-about-is-the-applicant",
    ),
    pytest.param(
        "2024年4月30日，省工业和信息化厅公示省级专精特新中小企业名单，澧川市30家企业上榜。"
        "其中，澧川高新区14家入选。\n截至目前，澧川高新区已累计培育国家级专精特新“小巨人”"
        "企业60家。全市加快建设新能源汽车零部件智能制造示范区，全市加快建设新能源汽车零部件"
        "智能制造示范区，全市加快建设新能源汽车零部件智能制造示范区。",
        {("little_giants", 60, "actual", 2024)},
        id="a-news-story-without-a-title-is-about-the-area-it-names-most",
    ),
    pytest.param(
        DATED + "澧川纺织科技有限公司深耕智能制造。公司现有员工1200人，拥有5G基站12个。"
        "工业和信息化部最新数据显示，截至2024年3月末，5G基站总数达364.7万个。"
        "全市累计开通5G基站8600个。",
        {("bs_total", 8600, "actual", 2024)},
        id="an-enterprise-as-subject-and-the-ministry-s-statistics-are-not-the-city",
    ),
    pytest.param(
        DATED + "澧川联通开通5G基站2150个，中国移动澧川分公司累计建成5G基站3400个，"
        "全市累计开通5G基站8600个。",
        {("bs_total", 8600, "actual", 2024)},
        id="operators-are-not-the-city",
    ),
    pytest.param(
        "澧川市“5G+工业互联网”工作方案\n" + DATED + "根据规划，到2026年，澧川要培育市级"
        "“专精特新”企业超过1200家，争创国家级专精特新“小巨人”企业60家。积极争取澧西市《澧西市数字经济行动计划》等政策支持，2023年我市企业"
        "获得澧西市级以上数字化专项资金1360万元。",
        {("little_giants", 60, "target", 2026)},
        id="a-city-level-names-a-place-only-where-the-place-is-named",
    ),
    pytest.param(
        DATED + "完成移动5G基站270个、电信5G基站190个，澧川铁塔已建成5G基站超过2000个。",
        set(),
        id="an-operator-named-before-the-noun-and-the-tower-company",
    ),
    pytest.param(
        DATED
        + "近年来，澧川铁塔在全市范围内已建成5G基站超过1.6万个；澧川电信5G站点总数将超过900个。",
        set(),
        id="in-the-whole-city-is-where-not-who",
    ),
    pytest.param(
        DATED + "全市三家基础电信企业共建设完成5G基站4300个。",
        {("bs_total", 4300, "actual", 2024)},
        id="the-operators-together-are-the-city-s-network",
    ),
    pytest.param(
        DATED + "截至2023年底，我县建成5G基站800个；同期澧川全市累计建成5G基站3.2万个，"
        "每万人拥有5G基站35.5个。",
        {("bs_total", 800, "actual", 2023)},
        id="the-parent-city-in-the-same-period",
    ),
    pytest.param(
        DATED + "澧川重工集团有限公司单个车间部署5G基站126个；平均每家企业有效专利315项。",
        set(),
        id="one-enterprise-and-an-average",
    ),
    pytest.param(
        DATED + "澧川重工集团有限公司、澧川电子股份有限公司等4个项目入选5G工厂名录。",
        {("directory_5g_factories", 4, "actual", 2024)},
        id="enterprises-named-for-the-count-are-the-applicant",
    ),
    pytest.param(
        DATED + "5G工厂。滇川新材料有限公司“5G+正极材料智能工厂”、澧川硅能科技有限公司“5G+单晶硅"
        "智慧工厂”2个项目入选工业和信息化部《2023年5G工厂名录》。",
        {("directory_5g_factories", 2, "actual", 2023)},
        id="enterprises-listed-before-their-count-are-what-it-counts",
    ),
    pytest.param(
        DATED + "澧川重工集团有限公司、澧川电子股份有限公司共建成5G基站126个。",
        set(),
        id="listed-enterprises-with-a-verb-of-their-own-are-the-subject",
    ),
    pytest.param(
        DATED + "澧川重工集团有限公司建成5G基站126个。",
        set(),
        id="an-enterprise-is-the-subject-of-its-own-figure",
    ),
    pytest.param(
        DATED + "作为全国首批试点城市，我市已建成5G基站1.2万个，规模走在全国前列。",
        {("bs_total", 12000, "actual", 2024)},
        id="an-honour-does-not-change-the-subject",
    ),
    pytest.param(
        DATED + "澧川5G网络建设位于全国第一梯队，每万人5G基站数超过32个，超过全国平均值；"
        "作为全国首批千兆城市，澧川已建成1.3万个5G基站。",
        {("bs_per_10k", 32, "actual", 2024), ("bs_total", 13000, "actual", 2024)},
        id="a-standing-before-the-figure-names-no-subject",
    ),
    pytest.param(
        DATED + "为企业在全球化发展方面提供指导，全市专精特新“小巨人”企业达120家。",
        {("little_giants", 120, "actual", 2024)},
        id="globalisation-is-no-subject",
    ),
    pytest.param(
        DATED + "江西以总数96家居全国第八，国家级专精特新“小巨人”企业达到410家；"
        "澧川市国家级专精特新“小巨人”企业达到21家。",
        {("little_giants", 21, "actual", 2024)},
        id="a-province-by-name-is-not-the-applicant",
    ),
    pytest.param(
        DATED + "澧川高新区作为江西省唯一“5G+工业互联网”先导区，已累计建成5G基站1085个。",
        {("bs_total", 1085, "actual", 2024)},
        id="a-province-in-a-standing-names-no-subject",
    ),
    pytest.param(
        DATED + "支持6家企业打造全省“5G+工业互联网”示范工厂，培育省级工业互联网平台9家；"
        "澧川获评全国数字化转型标杆城市，全市规上工业企业达到860家。",
        {
            ("industrial_platforms", 9, "actual", 2024),
            ("above_scale_enterprises", 860, "actual", 2024),
        },
        id="a-title-of-the-province-or-nation-as-object-names-no-subject",
    ),
    pytest.param(
        DATED + "湖南湘江新区累计建成5G基站2300个，规上工业企业达到320家。",
        {("bs_total", 2300, "actual", 2024), ("above_scale_enterprises", 320, "actual", 2024)},
        id="a-zone-named-after-its-province-is-the-applicant",
    ),
    pytest.param(
        DATED
        + "上半年新增市场主体1.3万家，新增上市企业3家，国家级专精特新“小巨人”企业累计达40家。",
        {("little_giants", 40, "actual", 2024)},
        id="a-market-or-a-listed-company-is-no-place",
    ),
    pytest.param(
        DATED + "澧川联通每万人拥有5G基站数达到40个；三家基础电信企业在澧川累计开通5G基站3.1万个，"
        "澧川移动互联网产业园入驻企业120家。",
        {("bs_total", 31000, "actual", 2024)},
        id="an-operator-named-with-its-city-is-not-the-applicant",
    ),
    pytest.param(
        DATED + "全市6个特色产业集群产值达480亿元，拥有专精特新“小巨人”企业14个。集群内共有"
        "规上企业310家。全市专精特新“小巨人”企业中，规上企业22家。全市拥有国家级专精特新"
        "“小巨人”企业31家。",
        {("little_giants", 31, "actual", 2024)},
        id="a-group-inside-the-city-as-subject-is-not-the-city",
    ),
    pytest.param(
        DATED + "今年以来，宁夏已建成5G基站3100个，全区累计建成5G基站2.1万个。目前工信部已培育五批"
        "共12950家专精特新“小巨人”企业。全市累计建成5G基站2300个。",
        {("bs_total", 2300, "actual", 2024)},
        id="a-region-s-own-全区-and-the-ministry-s-nationwide-count-are-not-the-city",
    ),
    pytest.param(
        DATED + "到2025年，全省城镇地区及各类开发区5G网络基本全覆盖，5G基站达到20万个。",
        set(),
        id="every-development-zone-of-the-province-does-not-hand-the-sentence-back",
    ),
    pytest.param(
        DATED + "目前，全市平均每万人拥有5G基站32.5个，平均每家规上企业拥有5G基站3个。",
        {("bs_per_10k", 32.5, "actual", 2024)},
        id="a-rate-per-10000-people-is-the-city-s-though-it-says-average",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_subject(tmp_path: Path, text: str, expected: set[Simple]) -> None:
    assert simple(claims_of(tmp_path, text)) == expected


@pytest.mark.parametrize(
    ("text", "city"),
    [
        pytest.param("申报城市：澧川市\n联系人：张三\n", "澧川市", id="a-form-field"),
        pytest.param(
            "申报表\n申报城市|澧川市||\n申报城市人民政府负责人\t张三\n", "澧川市", id="a-pipe-row"
        ),
        pytest.param(
            "澧川高新区“5G+工业互联网”融合应用先导区试点工作方案\n", "澧川高新区", id="a-title"
        ),
    ],
)
def test_the_prediction_names_the_applicant(tmp_path: Path, text: str, city: str) -> None:
    path = tmp_path / "application.txt"
    path.write_text(text + "截至2023年底，全市累计建成5G基站1200个。\n", encoding="utf-8")
    assert predict(parse_in_process(path, Limits()), "miit-2023").city == city
