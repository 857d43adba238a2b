"""A verdict's reason as the reviewer reads it, word for word: the figure with its name, its
qualifier, its unit, its date or its origin, the page it stands on, and the threshold.

These are the reports' and the panel's sentences; a test that only looks for the figure in them
lets a lost page number, a qualifier printed as None or a missing unit through.
"""

from pathlib import Path

import pytest

from extractor.language import current, use
from extractor.model import ConditionVerdict
from extractor.pipeline import assess
from tests.extract.phenomena import parse_text

COVER = "澧川市申报材料\f"  # a form feed: what follows stands on page 2
NAMED = (
    "部级及以上相关称号情况：\n华川电子股份有限公司工业互联网试点示范项目；\n"
    "万丰精密机械有限公司智能制造示范工厂；\n澄江纺织集团有限公司服务型制造示范企业；\n"
    "澄江重工有限公司智能制造优秀场景；\n澄江钢铁有限公司“5G+智慧炼钢”工业互联网试点示范项目。\n"
)
FIRST = "华川电子股份有限公司工业互联网试点示范项目"


def _verdict(tmp_path: Path, text: str, key: str, cover: str = COVER) -> ConditionVerdict:
    _, verdicts = assess(parse_text(tmp_path, cover + text), "miit-2023")
    return next(v for v in verdicts if v.key == key)


def _reason(tmp_path: Path, text: str, key: str) -> str:
    return _verdict(tmp_path, text, key).reason


REASONS = [
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站数超过36个。",
        "bs_density",
        "每万人拥有5G基站数 超过36个（截至2023年，第2页）＞30",
        id="pass-with-qualifier",
    ),
    pytest.param(
        "截至2023年底，全市5G基站9 360个，常住人口288万人。",
        "bs_density",
        "每万人拥有5G基站数 32.5个（由5G基站总数与常住人口推算，截至2023年，第2页）＞30",
        id="derived",
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站数30个。",
        "bs_density",
        "每万人拥有5G基站数 30个（截至2023年，第2页）≤30，不满足“每万人拥有5G基站数超过30个”",
        id="fail-at-the-threshold",
    ),
    pytest.param(
        "全市每万人拥有5G基站数36.8个。",
        "bs_density",
        "每万人拥有5G基站数 36.8个（年份未注明，第2页）＞30",
        id="no-year",
    ),
    pytest.param(
        "到2026年，全市每万人拥有5G基站数达到45个。",
        "bs_density",
        "仅有目标值：每万人拥有5G基站数 45个（2026年目标），目标不能证明已达到",
        id="target-only",
    ),
    pytest.param(
        "截至2023年底，全市仅有2家企业入选5G工厂名录，尚无项目入选工业互联网试点示范（5G工厂方向）。",
        "factory_5g",
        "入选工业互联网试点示范（5G工厂方向）项目数 0个（截至2023年，第2页）＜1，"
        "不满足“不少于1个项目入选工业和信息化部发布的工业互联网试点示范（5G工厂方向）”；"
        "入选5G工厂名录数 2个（截至2023年，第2页）＜5，不满足“不少于5个项目入选5G工厂名录”",
        id="both-short",
    ),
    pytest.param(
        "截至2023年底，全市每万人拥有5G基站数超过29个。",
        "bs_density",
        "每万人拥有5G基站数 超过29个（截至2023年，第2页），与门槛30的关系无法确定，请核实",
        id="borderline",
    ),
    pytest.param(
        "我市积极推进5G建设。",
        "scenario_factories",
        "未找到具备10个以上典型应用场景的工厂数的现状数据",
        id="no-figure",
    ),
    pytest.param(
        "截至2023年底，" + NAMED,
        "national_demonstration",
        f"列明部级及以上称号5项（{FIRST}等，第2页）≥5",
        id="named-list",
    ),
    pytest.param(
        NAMED,
        "national_demonstration",
        f"列明部级及以上称号5项（{FIRST}等，第2页）≥5；"
        "但全文未注明日期或年份，无法确认所列事项在时限内取得，请核实",
        id="named-list-undated",
    ),
    pytest.param(
        "截至2023年底，我市共获得部级及以上相关称号3项。\n" + NAMED,
        "national_demonstration",
        "部级及以上相关称号数 3项（截至2023年，第2页）＜5，不满足“不少于5项部级及以上相关称号”；"
        "数量与名单不一致：部级及以上称号列明5项，所述数量为3，请核实",
        id="count-and-list-disagree",
    ),
    pytest.param(
        "截至2023年底，我市共获得部级及以上相关称号5项，具体为：" + FIRST + "、"
        "万丰精密机械有限公司智能制造示范工厂、澄江纺织集团有限公司服务型制造示范企业、"
        "澄江重工有限公司智能制造优秀场景、澄江钢铁有限公司省级工业互联网平台。",
        "national_demonstration",
        "部级及以上相关称号数 5项（截至2023年，第2页）≥5；"
        "但所列事项中含非部级称号（省级），所述数量不全是部级及以上，请逐项核实",
        id="a-lesser-title-listed",
    ),
    pytest.param(
        "截至2023年底，我市尚未出台“5G+工业互联网”专项政策文件。",
        "special_policy",
        "文中表示尚未出台专项政策（第2页）",
        id="policy-absent",
    ),
    pytest.param(
        "2023年3月，我市某化工企业发生重大生产安全事故。",
        "no_major_incident",
        "文中提及重大事件或事故：我市某化工企业发生重大生产安全事故（第2页）",
        id="incident",
    ),
    pytest.param(
        "2023年申报过程中出现弄虚作假行为。",
        "no_major_incident",
        "文中提及虚假材料：2023年申报过程中出现弄虚作假行为（第2页）",
        id="false-material",
    ),
    pytest.param(
        "我市近三年未发生重大网络安全事件和重大安全生产事故，申报材料真实有效。",
        "no_major_incident",
        "声明未发生重大网络安全事件或重大安全生产事故，且申报材料真实（第2页）",
        id="declared",
    ),
    pytest.param(
        "我市近三年未发生重大网络安全事件和重大安全生产事故。",
        "no_major_incident",
        "仅声明其一：未发生重大事件或事故，请核实",
        id="declared-no-incident-only",
    ),
    pytest.param(
        "我市承诺申报材料真实有效。",
        "no_major_incident",
        "仅声明其一：申报材料真实，请核实",
        id="declared-truth-only",
    ),
    pytest.param(
        "我市积极推进5G建设。",
        "no_major_incident",
        "未找到关于重大事件、事故及材料真实性的声明",
        id="no-declaration",
    ),
    pytest.param(
        "我市积极推进5G建设。",
        "special_policy",
        "未找到申报城市出台的专项政策文件",
        id="no-policy-document",
    ),
    pytest.param(
        "我市积极推进5G建设。",
        "factory_5g",
        "未找到入选工业互联网试点示范（5G工厂方向）项目数的现状数据；未找到入选5G工厂名录数的现状数据",
        id="neither-figure-nor-list",
    ),
    pytest.param(
        "截至2023年底，部级及以上相关称号情况：\n" + FIRST + "；\n"
        "万丰精密机械有限公司智能制造示范工厂；\n澄江纺织集团有限公司服务型制造示范企业。\n",
        "national_demonstration",
        "未找到部级及以上相关称号数的现状数据；仅列明部级及以上称号3项，未达5项，请核实",
        id="a-short-list",
    ),
    pytest.param(
        "全市每万人拥有5G基站数力争达到45个。",
        "bs_density",
        "仅有目标值：每万人拥有5G基站数 45个（年份未注明），目标不能证明已达到",
        id="a-target-without-a-year",
    ),
    pytest.param(
        "截至2023年底，我市共获得部级及以上相关称号3项，具体为：" + FIRST + "、"
        "万丰精密机械有限公司智能制造示范工厂、澄江钢铁有限公司省级工业互联网平台。",
        "national_demonstration",
        "部级及以上相关称号数 3项（截至2023年，第2页）＜5，不满足“不少于5项部级及以上相关称号”",
        id="a-short-count-with-a-lesser-title-stays-a-fail",
    ),
]


@pytest.mark.parametrize(("text", "key", "reason"), REASONS)
def test_the_reason_reads_word_for_word(tmp_path: Path, text: str, key: str, reason: str) -> None:
    assert _reason(tmp_path, text, key) == reason


def test_the_reason_in_english(tmp_path: Path) -> None:
    before = current()
    use("en")
    try:
        found = _reason(tmp_path, "截至2023年底，全市每万人拥有5G基站数超过36个。", "bs_density")
    finally:
        use(before)
    assert found == "5G base stations per 10,000 people over 36 stations (as of 2023, page 2) > 30"


def test_a_text_without_pages_gives_no_page(tmp_path: Path) -> None:
    found = _verdict(tmp_path, "截至2023年底，全市每万人拥有5G基站数36.8个。", "bs_density", "")
    assert found.reason == "每万人拥有5G基站数 36.8个（截至2023年）＞30"


def test_a_disagreement_is_told_only_under_its_own_condition(tmp_path: Path) -> None:
    text = "截至2023年底，我市共获得部级及以上相关称号3项。\n" + NAMED
    text += "截至2023年底，全市每万人拥有5G基站数36.8个。"
    expected = "每万人拥有5G基站数 36.8个（截至2023年，第2页）＞30"
    assert _reason(tmp_path, text, "bs_density") == expected


def test_a_reported_incident_and_a_partial_declaration_carry_one_piece_of_evidence(
    tmp_path: Path,
) -> None:
    def evidence(text: str) -> list[tuple[int | None, str]]:
        found = _verdict(tmp_path, text, "no_major_incident")
        return [(e.page, e.quote) for e in found.evidence]

    reported = "2023年3月，我市某化工企业发生重大生产安全事故。"
    assert evidence(reported) == [(2, "我市某化工企业发生重大生产安全事故")]
    denied = "我市近三年未发生重大网络安全事件。我市近三年未发生重大安全生产事故。"
    assert evidence(denied) == [(2, "我市近三年未发生重大网络安全事件")]


def test_a_reason_not_in_the_catalogue_is_refused_by_name() -> None:
    from extractor.extract.reasons import Rejected

    with pytest.raises(ValueError, match="unknown reason 'made-up'"):
        Rejected("made-up", 0, 1, 1.0)
