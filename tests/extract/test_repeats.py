"""The same figure stated twice is one claim: the same statement, an undated repeat of a dated
one, and a headline's rounded figure (超5万, 近2万, 1.73万) of the exact one in the body."""

import pytest

from extractor.extract.repeats import _rounds_to, _step, merged_repeats
from extractor.model import (
    BlockKind,
    FurnitureRole,
    PredictedClaim,
    Qualifier,
    RawBlock,
    RawCell,
)
from tests.extract.phenomena import built, stated


def _claim(
    value: float,
    qualifier: Qualifier = Qualifier.exact,
    field: str = "bs_total",
    block: int = 1,
    year: int | None = 2024,
) -> PredictedClaim:
    return stated(field, value, year, qualifier=qualifier, block=block)


@pytest.mark.parametrize(
    ("value", "step"),
    [
        pytest.param(50_000, 10_000, id="5wan-to-1wan"),
        pytest.param(17_300, 100, id="1.73wan-to-100"),
        pytest.param(100, 100, id="a-hundred"),
        pytest.param(0.35, 0.01, id="a-fraction"),
        pytest.param(0.5, 0.1, id="below-one"),
        pytest.param(51_716, None, id="too-many-digits-to-be-rounded"),
        pytest.param(0, None, id="zero"),
    ],
)
def test_the_place_of_a_figure_s_last_significant_digit(value: float, step: float | None) -> None:
    assert _step(value) == (pytest.approx(step) if step is not None else None)


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        pytest.param(_claim(50_000, Qualifier.over), _claim(51_716), True, id="over-5wan"),
        pytest.param(_claim(50_000, Qualifier.over), _claim(56_000), True, id="over-5wan-far"),
        pytest.param(_claim(50_000, Qualifier.over), _claim(60_000), False, id="over-6wan"),
        pytest.param(_claim(50_000, Qualifier.over), _claim(49_000), False, id="below-over"),
        pytest.param(_claim(20_000, Qualifier.under), _claim(19_650), True, id="under-2wan"),
        pytest.param(_claim(20_000, Qualifier.under), _claim(10_000), False, id="under-1wan"),
        pytest.param(_claim(17_300), _claim(17_350), True, id="half-a-step-rounds"),
        pytest.param(_claim(17_300), _claim(17_340), True, id="within-half-a-step"),
        pytest.param(_claim(17_300), _claim(17_360), False, id="past-half-a-step"),
        pytest.param(_claim(50_000), _claim(50_000, field="population"), False, id="another-field"),
    ],
)
def test_a_headline_rounds_the_body_s_figure(
    headline: PredictedClaim, body: PredictedClaim, expected: bool
) -> None:
    assert _rounds_to(headline, body) is expected


def test_figures_apart_by_more_than_float_noise_stay_two_claims() -> None:
    document = built(RawBlock(BlockKind.paragraph, "正文。", 1))
    two = merged_repeats(document, [_claim(36.8), _claim(37.2)])
    assert [c.value for c in two] == [36.8, 37.2]
    one = merged_repeats(document, [_claim(1.0), _claim(1.0000001)])
    assert [(c.value, len(c.evidence)) for c in one] == [(1.0, 2)]


_BODY = RawBlock(BlockKind.paragraph, "截至2024年底，全市累计建成5G基站51716个。", 1)


def _values(claims: list[PredictedClaim]) -> list[tuple[float, int | None, int]]:
    return [(c.value, c.year, len(c.evidence)) for c in claims]


def test_an_undated_repeat_is_the_dated_statement_s_claim() -> None:
    document = built(_BODY)
    undated, dated = _claim(5000, year=None, block=0), _claim(5000, year=2024)
    assert _values(merged_repeats(document, [undated, dated])) == [(5000, 2024, 2)]
    apart = [_claim(36.8, year=None), _claim(37.2)]
    assert _values(merged_repeats(document, apart)) == [(36.8, None, 1), (37.2, 2024, 1)]
    noise = [_claim(1.0000001, year=None), _claim(1.0)]
    assert _values(merged_repeats(document, noise)) == [(1.0, 2024, 2)]


def test_a_headline_s_rounded_figure_is_the_nearest_body_figure_s_claim() -> None:
    document = built(RawBlock(BlockKind.paragraph, "澧川5G基站不足2万个", 1), _BODY)
    headline = _claim(20_000, Qualifier.under, block=0, year=None)
    far, near = _claim(15_000), _claim(19_650)
    # the body's figures come first: each is passed over until the headline's
    merged = merged_repeats(document, [far, near, headline])
    assert _values(merged) == [(15_000, 2024, 1), (19_650, 2024, 2)]


@pytest.mark.parametrize(
    "first",
    [
        pytest.param(RawBlock(BlockKind.paragraph, "澧川5G基站超5万个。", 1), id="a-sentence"),
        pytest.param(
            RawBlock(BlockKind.paragraph, "澧川" + "5G基站建设" * 12 + "超5万个", 1),
            id="longer-than-a-headline",
        ),
        pytest.param(
            RawBlock(
                BlockKind.table,
                "",
                1,
                cells=[RawCell(0, 0, "5G基站"), RawCell(0, 1, "超5万个")],
                rows=1,
                cols=2,
            ),
            id="a-table",
        ),
    ],
)
def test_no_headline_no_merging(first: RawBlock) -> None:
    document = built(first, _BODY)
    claims = [_claim(50_000, Qualifier.over, block=0, year=None), _claim(51_716)]
    assert len(merged_repeats(document, claims)) == 2


def test_a_document_of_furniture_only_has_no_headline() -> None:
    page = RawBlock(BlockKind.furniture, "- 1 -", 1, role=FurnitureRole.page_number)
    assert merged_repeats(built(page), []) == []


def test_a_headline_of_sixty_characters_is_still_one() -> None:
    first = RawBlock(BlockKind.paragraph, "澧川" + "5G基站建设" * 9 + "超5万个", 1)
    assert len(first.text) == 60
    claims = [_claim(50_000, Qualifier.over, block=0, year=None), _claim(51_716)]
    assert _values(merged_repeats(built(first, _BODY), claims)) == [(51_716, 2024, 2)]


def test_a_headline_figure_of_too_many_digits_rounds_nothing() -> None:
    assert not _rounds_to(_claim(51_716), _claim(51_700))
