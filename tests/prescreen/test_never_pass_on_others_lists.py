"""Documents and titles that are not the applicant's own, or not yet held, never decide a pass
of the list conditions (special policy, 5G factory, national titles): the province's or the
nation's documents, drafts and plans, provincial titles and 5G factories, a 公示 list, a
neighbour's titles. Hypothesis writes an application of 澧川市 that holds only these."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.model import Verdict
from extractor.pipeline import assess
from tests.extract.phenomena import parse_text

STATEMENTS = [
    "省政府印发《江西省“5G+工业互联网”融合发展行动计划》",
    "国务院印发《关于深化“互联网+先进制造业”发展工业互联网的指导意见》",
    "我市正在制定《澧川市“5G+工业互联网”融合应用先导区建设实施方案》",
    "拟于2025年3月出台《澧川市5G工厂培育办法》",
    "《澧川市工业互联网创新发展行动计划（征求意见稿）》已完成公开征求意见",
    "力争出台《澧川市5G产业发展若干措施》",
    "澧川重工集团有限公司5G智能工厂入选江西省5G工厂名单",
    "澧川电子有限公司5G全连接工厂已进入2024年5G工厂名录公示名单",
    "{n}家企业获评省级智能制造示范工厂",
    "澧川纺织有限公司获评省级绿色工厂",
    "毗邻的澄州市获批国家产融合作试点城市",
    "全力争创国家“5G+工业互联网”融合应用试点城市",
    "全省累计{n}个项目入选5G工厂名录",
    "全国累计获得部级及以上相关称号{n}项的城市有20个",
]
CONDITIONS = ("special_policy", "factory_5g", "national_demonstration")
HEAD = "澧川市“5G+工业互联网”融合应用先导区试点工作方案\n一、基础条件\n"
TAIL = "\n\n澧川市人民政府\n2024年9月20日"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    chosen=st.lists(
        st.tuples(st.sampled_from(STATEMENTS), st.integers(5, 60)), min_size=1, max_size=6
    )
)
def test_others_documents_and_titles_never_pass(
    tmp_path: Path, chosen: list[tuple[str, int]]
) -> None:
    body = "。\n".join(statement.format(n=n) for statement, n in chosen) + "。"
    text = HEAD + body + TAIL
    _, verdicts = assess(parse_text(tmp_path, text), "miit-2023")
    for verdict in verdicts:
        if verdict.key in CONDITIONS:
            assert verdict.verdict is not Verdict.passed, (verdict.key, verdict.reason, text)


def test_titles_still_in_publicity_in_a_table_never_make_up_a_pass(tmp_path: Path) -> None:
    rows = [
        ("国家新型工业化产业示范基地(装备制造)", "澧川高新区", "已获批(2022年)"),
        ("工业互联网试点示范项目", "澧川软件有限公司", "已获批(2023年)"),
        ("智能制造优秀场景", "澧川材料有限公司", "已获批(2023年)"),
        ("智能制造示范工厂揭榜单位", "澧川材料有限公司", "公示中(2024年)"),
        ("工业互联网试点示范项目", "澧川数控有限公司", "公示中(2024年)"),
    ]
    table = "\n".join(f"{n}\t{t}\t{h}\t{s}" for n, (t, h, s) in enumerate(rows, 1))
    text = HEAD + "部级及以上相关称号情况如下表。\n序号\t称号名称\t获得单位\t状态\n" + table + TAIL
    _, verdicts = assess(parse_text(tmp_path, text), "miit-2023")
    found = {v.key: v.verdict for v in verdicts}
    assert found["national_demonstration"] is not Verdict.passed
