from pathlib import Path

import pytest

from extractor.extract.claims import find_claims
from extractor.extract.derived import derived_density, derived_list_counts
from extractor.extract.reconcile import reconcile
from extractor.model import Agreement, Evidence, PredictedClaim, Qualifier, Span, Status
from extractor.pipeline import parse_in_process, predict
from extractor.settings import Limits
from tests.extract.phenomena import stated


def _predict(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return predict(parse_in_process(path, Limits(ocr=False)), "miit-2023")


def test_density_is_derived_from_total_and_population(tmp_path: Path) -> None:
    prediction = _predict(tmp_path, "截至2023年底，全市5G基站9 360个，常住人口288万人。")
    (density,) = prediction.derived
    # 9360 / 2,880,000 × 10,000 = 32.5
    assert (density.field, density.value, density.status, density.year) == (
        "bs_per_10k",
        32.5,
        Status.actual,
        2023,
    )
    assert density.derived
    assert density.unit == "stations per 10,000 people"
    assert len(density.evidence) == 2  # the total and the population, both shown
    assert density.confidence < min(c.confidence for c in prediction.claims)
    assert all(not c.derived for c in prediction.claims)  # stated claims stay as stated


def test_a_stated_density_is_not_derived_again(tmp_path: Path) -> None:
    prediction = _predict(
        tmp_path, "截至2023年底，全市5G基站9 360个，常住人口288万人，每万人拥有5G基站32.5个。"
    )
    assert prediction.derived == ()


def test_no_density_without_a_population(tmp_path: Path) -> None:
    assert _predict(tmp_path, "截至2023年底，全市5G基站9 360个。").derived == ()


def test_targets_give_no_derived_density(tmp_path: Path) -> None:
    text = "到2026年，全市5G基站达到1.5万个，常住人口300万人。"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    claims = find_claims(parse_in_process(path, Limits(ocr=False)))
    assert derived_density(claims) == []


def test_count_beside_a_shorter_list(tmp_path: Path) -> None:
    prediction = _predict(
        tmp_path,
        "截至2023年底，全市获得部级及以上相关称号6项，包括华川电子股份有限公司工业互联网试点示范项目、"
        "澄江市国家产融合作试点城市。",
    )
    (titles,) = [r for r in prediction.reconciliation if r.list == "national_titles"]
    assert (titles.stated, titles.listed, titles.agreement) == (6, 2, Agreement.count_larger)


def test_list_without_a_count_and_agreeing_lists() -> None:
    from extractor.model import Evidence, Span

    evidence = Evidence(block=0, span=Span(start=0, end=1), quote="")
    claim = PredictedClaim(
        field="directory_5g_factories",
        value=2,
        unit="factories",
        status=Status.actual,
        year=2023,
        evidence=(evidence,),
    )
    found = reconcile([claim], {"factories_5g": ["甲", "乙"], "national_titles": ["丙"]})
    by_list = {r.list: r.agreement for r in found}
    assert by_list == {"factories_5g": Agreement.agree, "national_titles": Agreement.list_only}


@pytest.mark.parametrize(
    ("year", "populations", "expected"),
    [
        pytest.param(2023, [2022, 2023, 2024], 2023, id="the-same-year"),
        pytest.param(2023, [2021, 2022, 2024], 2022, id="else-the-latest-before"),
        pytest.param(2023, [2022, 2021, None], 2022, id="a-year-before-one-of-no-year"),
        pytest.param(2023, [None, 2024], None, id="else-one-of-no-year"),
        pytest.param(2023, [2024], 0, id="never-a-later-one"),
        pytest.param(None, [2022, 2021], 2022, id="a-total-of-no-year-takes-the-latest"),
    ],
)
def test_the_population_a_density_is_worked_out_with(
    year: int | None, populations: list[int | None], expected: int | None
) -> None:
    # each year's population is a different size, so the density says which one was used
    sizes = {2021: 2_000_000, 2022: 3_000_000, 2023: 4_000_000, 2024: 5_000_000, None: 6_000_000}
    claims = [stated("bs_total", 12_000, year)]
    claims += [stated("population", sizes[p], p) for p in populations]
    derived = derived_density(claims)
    if expected == 0:  # no population to work it out with
        assert derived == []
        return
    (density,) = derived
    assert density.value == round(12_000 / sizes[expected] * 10_000, 2)
    assert density.evidence[1].quote == f"population {expected}"


def test_a_count_is_reconciled_in_its_latest_year() -> None:
    claims = [stated("directory_5g_factories", 8, 2022), stated("directory_5g_factories", 6, 2023)]
    (factories,) = reconcile(claims, {"factories_5g": ["甲", "乙", "丙", "丁", "戊", "己"]})
    assert (factories.stated, factories.agreement) == (6, Agreement.agree)


def test_each_list_with_a_count_or_items_is_reconciled_and_no_other() -> None:
    counted = reconcile([stated("national_titles", 5, 2023)], {})
    assert [(r.list, r.agreement) for r in counted] == [("national_titles", Agreement.count_only)]
    listed = reconcile([], {"factories_5g": ["甲"]})
    assert [(r.list, r.agreement) for r in listed] == [("factories_5g", Agreement.list_only)]


def test_a_derived_density_s_value_bound_page_and_confidence() -> None:
    total = stated("bs_total", 10_000, 2023, qualifier=Qualifier.over, page=3, confidence=0.97)
    population = stated(
        "population", 3_000_000, 2023, qualifier=Qualifier.about, page=3, confidence=0.853
    )
    (density,) = derived_density([total, population])
    assert density.value == 33.33  # two decimals
    assert density.qualifier is Qualifier.about  # a population of about… gives a density of about…
    assert (density.page, density.year, density.pattern_id) == (3, 2023, "bs_per_10k/derived")
    assert density.confidence == 0.768  # the less sure source's, times 0.9, three decimals
    assert density.evidence == total.evidence + population.evidence


def test_one_density_per_year_and_none_from_a_population_of_zero() -> None:
    given = stated("bs_per_10k", 30.5, 2022)
    totals = [
        stated("bs_total", 9_000, 2022),  # its density is stated
        stated("bs_total", 8_000, 2021),  # no population that early
        stated("bs_total", 12_000, 2023),
        stated("bs_total", 11_000, 2023),  # the same year again
    ]
    populations = [
        stated("population", 0, 2023),
        stated("population", 4_000_000, 2023),
    ]
    derived = derived_density([given, *totals, *populations])
    assert [(d.year, d.value) for d in derived] == [(2023, 30.0)]


def test_a_count_of_named_entries_stands_only_where_no_achieved_count_is_stated() -> None:
    evidence = Evidence(page=4, block=2, span=Span(start=5, end=9), quote="甲公司5G工厂")
    entries = [("directory_5g_factories", evidence), ("directory_5g_factories", evidence)]
    target = stated("directory_5g_factories", 10, 2026)
    target = target.model_copy(update={"status": Status.target})
    (named,) = derived_list_counts([target], entries)
    assert (named.field, named.value, named.status, named.year) == (
        "directory_5g_factories",
        2,
        Status.actual,
        None,
    )
    assert (named.qualifier, named.page, named.confidence) == (Qualifier.at_least, 4, 0.8)
    achieved = stated("directory_5g_factories", 1, 2024)
    assert derived_list_counts([achieved], entries) == []
