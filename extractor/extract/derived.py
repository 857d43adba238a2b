"""Figures the applicant implies but does not state: base-station density from total and people,
and the number of projects it names on a 5G-factory list where it states no count.

《试点评审指标》 asks for 每万人拥有5G基站数; many applications give only the number of base
stations and the resident population. The density is then worked out, marked as derived and
kept apart from the stated claims, with both figures as its evidence, so a reviewer sees how it
was reached.
"""

from __future__ import annotations

from extractor.extract.patterns import fields
from extractor.model import Evidence, PredictedClaim, Qualifier, Status

_PER = 10_000  # 每万人: per ten thousand residents
_DERIVED_SHARE = 0.9  # a derived figure is at most this sure of its sources' confidence
_NAMED_CONFIDENCE = 0.8  # a count of named entries: each entry's wording judged on its own


def _unit(field: str) -> str:
    return next(f.spec.canonical_unit for f in fields() if f.spec.field == field)


def _population_for(year: int | None, populations: list[PredictedClaim]) -> PredictedClaim | None:
    """The population of the same year, else the latest one not after it (or of no year)."""
    same = [p for p in populations if p.year == year]
    if same:
        return same[0]
    earlier = [p for p in populations if p.year is None or year is None or p.year <= year]
    return max(earlier, key=lambda p: p.year or 0, default=None)


def derived_density(claims: list[PredictedClaim]) -> list[PredictedClaim]:
    """bs_per_10k from bs_total and population, for each year whose density is not stated."""
    actual = [c for c in claims if c.status is Status.actual]
    stated = {c.year for c in actual if c.field == "bs_per_10k"}
    populations = [c for c in actual if c.field == "population" and c.value > 0]
    derived: list[PredictedClaim] = []
    for total in (c for c in actual if c.field == "bs_total"):
        if total.year in stated:
            continue
        population = _population_for(total.year, populations)
        if population is None:
            continue
        derived.append(
            PredictedClaim(
                field="bs_per_10k",
                value=round(total.value / population.value * _PER, 2),
                unit=_unit("bs_per_10k"),
                status=Status.actual,
                year=total.year,
                qualifier=total.qualifier
                if population.qualifier is Qualifier.exact
                else Qualifier.about,
                inclusive=total.inclusive,
                page=total.page,
                confidence=round(min(total.confidence, population.confidence) * _DERIVED_SHARE, 3),
                derived=True,
                pattern_id="bs_per_10k/derived",
                evidence=total.evidence + population.evidence,
            )
        )
        stated.add(total.year)
    return derived


def derived_list_counts(
    claims: list[PredictedClaim], factories: list[tuple[str, Evidence]]
) -> list[PredictedClaim]:
    """A count of named projects for a 5G-factory field with no achieved count stated: 某某公司
    5G全连接工厂入选工业互联网试点示范（5G工厂方向） names one pilot project. ``factories`` are
    the named entries with the field each counts towards. At least that many: the text may
    name fewer than there are."""
    stated = {c.field for c in claims if c.status is Status.actual}
    counted: dict[str, list[Evidence]] = {}
    for field, evidence in factories:
        counted.setdefault(field, []).append(evidence)
    return [
        PredictedClaim(
            field=field,
            value=float(len(evidence)),
            unit=_unit(field),
            status=Status.actual,
            year=None,
            qualifier=Qualifier.at_least,
            page=evidence[0].page,
            confidence=_NAMED_CONFIDENCE,
            derived=True,
            pattern_id=f"{field}/named",
            evidence=tuple(evidence),
        )
        for field, evidence in sorted(counted.items())
        if field not in stated
    ]
