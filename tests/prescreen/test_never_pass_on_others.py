"""Another's figure never decides a pass: the nation's, a province's, a neighbour's, the parent
city's in the same period, an operator's or one enterprise's (issue 14: whose figure). Hypothesis
writes an application of 澧川市 whose only figures for the count conditions are others', in the
ways documents word them, all far above the thresholds."""

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor.model import Verdict
from extractor.pipeline import assess
from tests.extract.phenomena import parse_text

SUBJECTS = [
    "全国",
    "全省",
    "江西省",
    "截至2023年底，全国",
    "同期澄州全市",
    "毗邻的澄西县",
    "中国移动澧川分公司累计",
    "澧川铁塔公司",
    "澧川重工集团有限公司单个厂区",
    "平均每家企业",
    "山东以总数107名列全国第二，",
    "对标先进城市，深圳",
    "我国",
    "国内",
    "省内",
    "周边的澄州市",
    "澄州市",
    "截至2023年底，澄州市",
    "澧川联通",
    "该公司",
    "据工信部统计，全国",
    "全省平均水平为",
]
FIGURES = [
    "每万人拥有5G基站数达到{n}个",
    "具备10个以上典型应用场景的工厂达到{n}家",
    "入选5G工厂名录项目达到{n}个",
    "{n}个项目入选工业互联网试点示范（5G工厂方向）",
    "部级及以上相关称号达到{n}项",
]
COUNTED = ("bs_density", "scenario_factories", "factory_5g", "national_demonstration")
HEAD = "澧川市“5G+工业互联网”融合应用先导区试点工作方案\n一、基础条件\n"
TAIL = "\n\n澧川市人民政府\n2024年9月20日"


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    statements=st.lists(
        st.tuples(st.sampled_from(SUBJECTS), st.sampled_from(FIGURES), st.integers(40, 900)),
        min_size=1,
        max_size=6,
    )
)
@example(  # found by this test: a neighbour named three times became the applicant
    statements=[("毗邻的澄西县", FIGURES[0], 40)] * 3
)
@example(statements=[("澧川联通", FIGURES[0], 40)])  # found: an operator with its city's name
def test_others_figures_never_pass(tmp_path: Path, statements: list[tuple[str, str, int]]) -> None:
    body = "。\n".join(subject + figure.format(n=n) for subject, figure, n in statements) + "。"
    text = HEAD + body + TAIL
    _, verdicts = assess(parse_text(tmp_path, text), "miit-2023")
    for verdict in verdicts:
        if verdict.key in COUNTED:
            assert verdict.verdict is not Verdict.passed, (verdict.key, verdict.reason, text)
