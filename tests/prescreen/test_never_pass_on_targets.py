"""A target, a quoted threshold, or a figure dated after the document, never decides a pass
(issue 14: a false pass lets a non-compliant city through the gate). Hypothesis writes
documents whose only figures for the count conditions are goals or quoted rules, in the ways
plans word them, all far above the thresholds."""

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extractor.extract.dates import DocumentDate
from extractor.model import Evidence, PredictedClaim, Prediction, Span, Status, Verdict
from extractor.pipeline import assess
from extractor.prescreen.conditions import achieved
from tests.extract.phenomena import parse_text

# how plans put a goal: a target year, a year heading, a period, a verb of intent; and how
# they quote the rules they must meet
LEADS = [
    "到{y}年，全市",
    "力争到{y}年，全市",
    "预计{y}年底，全市",
    "{y}年：全市",
    "{y}年底：",
    "计划到{y}年，",
    "{y0}—{y}年，全市累计",
    "{y}年，全市",
    "确保{y}年",
    "全市拟",
    "评审指标要求",
    "申报门槛为",
    "按规定须",
    "到{y}年底，全市已",
    "力争到{y}年底，全市已有的",
    "到“十四五”末，全市",
    "至“十五五”期末，",  # a plan period's end (2025, 2030)
    "今后三年，全市",
    "试点期内，全市",
    "“十五五”期间，全市",
    "按照规划，全市",  # still ahead
    "年底，全市",
    "今年底全市",
    "12月底，全市",
    "四季度末，全市",
    "下半年，全市",  # after 9月20日
]
FIGURES = [
    "每万人拥有5G基站数达到{n}个",
    "具备10个以上典型应用场景的工厂达到{n}家",
    "入选5G工厂名录项目达到{n}个",
    "{n}个项目入选工业互联网试点示范（5G工厂方向）",
    "部级及以上相关称号达到{n}项",
]
COUNTED = ("bs_density", "scenario_factories", "factory_5g", "national_demonstration")
# lines at a document's head with the goal year in them that are no date of the document
HEADS = ["", "确保{y}年{n}个项目落地", "全市工业产值{y}.5亿元", "（{y}年）", "{y}.3万个5G基站"]
# … and at its tail, before or after its signature: task deadlines
TAILS = [
    "\n\n澧川市人民政府\n2024年9月20日",
    "\n建设平台，完成时间：{y}年12月。\n\n澧川市人民政府\n2024年9月20日",
    "\n\n澧川市人民政府\n2024年9月20日\n附表\n任务\t完成时间\n建设平台\t{y}年6月",
    "\n\n澧川市人民政府\n2024年9月20日\n附表\n建设平台\t市经信局\t{y}年12月",
    "\n建设网络，完成时间：{y}年12月31日。\n\n澧川市人民政府\n2024年9月20日",
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    statements=st.lists(
        st.tuples(st.sampled_from(LEADS), st.sampled_from(FIGURES), st.integers(40, 900)),
        min_size=1,
        max_size=6,
    ),
    later=st.integers(1, 3),
    head=st.sampled_from(HEADS),
    tail=st.sampled_from(TAILS),
)
@example(  # found by this test: 确保2025年40个 was read as the document's date, 2025年40月
    statements=[("{y}年：全市", FIGURES[0], 40), ("确保{y}年", FIGURES[3], 40)],
    later=1,
    head="",
    tail=TAILS[0],
)
@example(  # 到“十四五”末 named no year in digits: read as achieved by the document's date
    statements=[("到“十四五”末，全市", FIGURES[0], 40)], later=1, head="", tail=TAILS[0]
)
@example(  # 年底 of the document's own year, after its date: a goal, not an achievement
    statements=[("年底，全市", FIGURES[0], 40), ("四季度末，全市", FIGURES[1], 40)],
    later=1,
    head="",
    tail=TAILS[0],
)
def test_goals_and_future_figures_never_pass(
    tmp_path: Path, statements: list[tuple[str, str, int]], later: int, head: str, tail: str
) -> None:
    year = 2024 + later  # after the document's own date, 2024年9月20日
    lines = [
        lead.format(y=year, y0=year - 2) + figure.format(n=value)
        for lead, figure, value in statements
    ]
    first = head.format(y=year, n=40)
    body = "。\n".join(lines) + "。"
    text = (first + "\n" if first else "") + body + tail.format(y=year)
    _, verdicts = assess(parse_text(tmp_path, text), "miit-2023")
    for verdict in verdicts:
        if verdict.key in COUNTED:
            assert verdict.verdict is not Verdict.passed, (verdict.key, verdict.reason, text)
            assert f"截至{year}" not in verdict.reason


def test_an_actual_figure_dated_after_the_document_is_not_achieved() -> None:
    claim = PredictedClaim(
        field="bs_per_10k",
        value=45.0,
        unit="stations per 10,000 people",
        status=Status.actual,
        year=2026,
        page=None,
        confidence=0.9,
        pattern_id="test",
        evidence=(Evidence(page=None, block=0, span=Span(start=0, end=2), quote="45"),),
    )
    prediction = Prediction(document="a.txt", framework="miit-2023", claims=(claim,))
    assert achieved(prediction, "bs_per_10k", DocumentDate(2024, 9)) is None
    assert achieved(prediction, "bs_per_10k", DocumentDate(2026, 12)) == claim
