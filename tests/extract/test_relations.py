"""How the figures of one sentence relate: 其中 sub-counts, parts by level that add up, a rate
per year beside its total, a part done beside the running total, the opened share of a built
total. Each is read on Found items made for the test, one rule at a time."""

from extractor.extract.relations import Found, drop_opened, drop_rates, resolve_subcounts, sum_parts
from extractor.model import Evidence, PredictedClaim, Span, Status


def _found(
    field: str,
    value: float,
    at: tuple[int, int],
    clause_before: str = "",
    sentence: int = 0,
    subcount: bool = False,
) -> Found:
    evidence = Evidence(block=0, span=Span(start=at[0], end=at[1]), quote=f"{value}")
    claim = PredictedClaim(
        field=field,
        value=value,
        unit="",
        status=Status.actual,
        year=2024,
        pattern_id=f"{field}/test",
        evidence=(evidence,),
    )
    return Found(claim, sentence, at[0], at[1], clause_before, subcount, defining=False)


def test_three_parts_by_level_are_one_claim_of_their_sum() -> None:
    text = "国家级工业互联网平台1个、省级工业互联网平台14个、市级工业互联网平台20个"
    parts = []
    for level, value in (("国家级", 1), ("省级", 14), ("市级", 20)):
        clause = f"{level}工业互联网平台"
        start = text.index(clause) + len(clause)
        end = start + len(f"{value}个")  # a figure's span runs to the end of its unit
        parts.append(_found("industrial_platforms", value, (start, end), clause))
    later = _found("little_giants", 3, (len(text) + 5, len(text) + 6), "小巨人企业", sentence=1)
    (whole, after) = sum_parts([*parts, later], text + "。小巨人企业3家")
    assert whole.claim.value == 35
    assert len(whole.claim.evidence) == 3
    assert whole.claim.pattern_id == "industrial_platforms/test+sum+sum"
    assert (whole.sentence, whole.start, whole.end) == (0, parts[0].start, parts[2].end)
    assert whole.clause_before == "国家级工业互联网平台"
    assert after is later


def test_a_sub_count_after_one_without_a_whole_is_still_dropped() -> None:
    alone = _found("little_giants", 5, (2, 3), "其中", sentence=0, subcount=True)
    whole = _found("above_scale_enterprises", 860, (10, 13), "规上企业", sentence=1)
    part = _found("above_scale_enterprises", 20, (16, 18), "其中", sentence=1, subcount=True)
    assert resolve_subcounts([alone, whole, part]) == [alone, whole]


def test_a_rate_per_year_gives_way_to_the_total_after_it() -> None:
    rate = _found("special_funds", 8e7, (6, 10), "每年安排专项资金")
    total = _found("special_funds", 2.4e8, (20, 24), "三年累计安排")
    assert drop_rates([rate, total]) == [total]


def test_a_rate_stays_beside_a_total_of_another_field_before_it_or_not_a_total() -> None:
    rate = _found("special_funds", 8e7, (6, 10), "每年安排专项资金")
    other_field = _found("bs_total", 2000, (20, 24), "三年累计建成5G基站")
    before = _found("special_funds", 2.4e8, (0, 4), "三年累计安排")
    no_total = _found("special_funds", 3e8, (20, 24), "另安排")
    for other in (other_field, before, no_total):
        assert drop_rates([rate, other]) == [rate, other]


def test_the_opened_share_gives_way_to_the_built_total_before_it_only() -> None:
    built = _found("bs_total", 10_500, (4, 10), "累计建设5G基站")
    opened = _found("bs_total", 10_026, (16, 22), "开通5G基站")
    assert drop_opened([built, opened]) == [built]
    # opened first, then built: two statements, both kept
    first = _found("bs_total", 10_026, (4, 10), "开通5G基站")
    then = _found("bs_total", 10_500, (16, 22), "累计建设5G基站")
    assert drop_opened([first, then]) == [first, then]
    # an earlier figure of another field, and a later total that is no opened share
    other = _found("above_scale_enterprises", 860, (0, 3), "规上企业")
    assert drop_opened([other, opened]) == [other, opened]
    total = _found("bs_total", 10_600, (16, 22), "5G基站总数达到")
    assert drop_opened([built, total]) == [built, total]
