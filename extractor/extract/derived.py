"""Figures the applicant implies but does not state: base-station density from total and people.

《试点评审指标》 asks for 每万人拥有5G基站数; many applications give only the number of base
stations and the resident population. The density is then worked out, marked as derived and
kept apart from the stated claims, with both figures as its evidence, so a reviewer sees how it
was reached.
"""

from __future__ import annotations

from extractor.extract.patterns import fields
from extractor.model import PredictedClaim, Qualifier, Status

_PER = 10_000  # 每万人: per ten thousand residents
_DERIVED_SHARE = 0.9  # a derived figure is at most this sure of its sources' confidence


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
                page=total.page,
                confidence=round(min(total.confidence, population.confidence) * _DERIVED_SHARE, 3),
                derived=True,
                pattern_id="bs_per_10k/derived",
                evidence=total.evidence + population.evidence,
            )
        )
        stated.add(total.year)
    return derived
