"""The threshold rules on figures built by hand: a figure dated after the document is never
achieved, stated or derived, and shows as the target; the latest year decides; each comparison
holds exactly at its edge; an empty list is unclear."""

from extractor.extract.dates import DocumentDate
from extractor.model import (
    Comparison,
    Evidence,
    PredictedClaim,
    Prediction,
    Requirement,
    Span,
    Status,
    Verdict,
)
from extractor.prescreen.conditions import achieved, judge, meets

DENSITY = Requirement(field="bs_per_10k", comparison=Comparison.gt, threshold=30, text="超过30个")
SEPTEMBER_2024 = DocumentDate(2024, 9)


def _claim(value: float, year: int | None, status: Status = Status.actual) -> PredictedClaim:
    quote = f"{value:g}"
    return PredictedClaim(
        field="bs_per_10k",
        value=value,
        unit="stations per 10,000 people",
        status=status,
        year=year,
        evidence=(Evidence(block=0, span=Span(start=0, end=len(quote)), quote=quote),),
    )


def _prediction(*claims: PredictedClaim, derived: tuple[PredictedClaim, ...] = ()) -> Prediction:
    return Prediction(document="a.txt", framework="miit-2023", claims=claims, derived=derived)


def test_a_figure_dated_after_the_document_is_judged_unclear_and_shown_as_the_target() -> None:
    future = _claim(45, 2026)  # an actual figure, by its wording, of a year still to come
    finding = judge(DENSITY, _prediction(future), SEPTEMBER_2024)
    assert finding.outcome is Verdict.unclear
    assert finding.claim is None
    assert finding.target == future
    assert judge(DENSITY, _prediction(future), DocumentDate(2026, 12)).outcome is Verdict.passed


def test_a_target_alone_is_unclear_and_shown() -> None:
    target = _claim(45, 2026, Status.target)
    finding = judge(DENSITY, _prediction(target), SEPTEMBER_2024)
    assert finding.outcome is Verdict.unclear
    assert finding.target == target


def test_a_derived_figure_dated_after_the_document_is_not_achieved() -> None:
    derived = _claim(32.5, 2025)
    prediction = _prediction(derived=(derived,))
    assert achieved(prediction, "bs_per_10k", SEPTEMBER_2024) is None
    assert achieved(prediction, "bs_per_10k", DocumentDate(2025, 12)) == derived


def test_the_latest_year_decides_and_a_stated_figure_comes_before_a_derived_one() -> None:
    old, new = _claim(28, 2022), _claim(31, 2023)
    assert achieved(_prediction(new, old), "bs_per_10k") == new
    assert achieved(_prediction(old, new), "bs_per_10k") == new
    assert achieved(_prediction(old, derived=(new,)), "bs_per_10k") == old


def test_each_comparison_holds_exactly_at_its_edge() -> None:
    at = _claim(30, 2023)
    expected = {
        Comparison.gt: Verdict.failed,
        Comparison.ge: Verdict.passed,
        Comparison.lt: Verdict.failed,
        Comparison.le: Verdict.passed,
    }
    assert {c: meets(at, c, 30) for c in Comparison} == expected


def test_a_list_with_no_items_is_unclear_and_one_long_enough_passes_with_its_names() -> None:
    rule = Requirement(list="factories_5g", comparison=Comparison.ge, threshold=2, text="不少于2个")
    empty = judge(rule, _prediction())
    assert empty.outcome is Verdict.unclear
    names = ["甲工厂", "乙工厂"]
    found = judge(rule, _prediction().model_copy(update={"lists": {"factories_5g": names}}))
    assert found.outcome is Verdict.passed
    assert found.names == tuple(names)
