"""The prescreen verdicts a careful reviewer reaches from a document's gold claims alone."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# 试点评审指标（2023年版）不可偏离条件; a target never passes
DENSITY_OVER = 30.0  # 每万人拥有5G基站数超过30个: exactly 30 is a fail
MIN_SCENARIO_FACTORIES = 5
MIN_DIRECTORY = 5
MIN_TITLES = 5


def _actual(claims: Iterable[dict[str, Any]], field: str) -> dict[str, Any] | None:
    found = [c for c in claims if c["field"] == field and c["status"] == "actual"]
    return found[0] if found else None


def _at_least(claim: dict[str, Any] | None, threshold: float) -> str:
    if claim is None:
        return "unclear"
    value, qualifier = claim["value"], claim.get("qualifier", "exact")
    if qualifier == "under":
        return "fail" if value <= threshold else "unclear"
    return "pass" if value >= threshold else "fail"


def density(claims: list[dict[str, Any]]) -> str:
    """Stated density, else total / population × 10000; > 30 passes."""
    stated = _actual(claims, "bs_per_10k")
    if stated is not None:
        value, qualifier = stated["value"], stated.get("qualifier", "exact")
        if qualifier == "over":
            return "pass" if value >= DENSITY_OVER else "unclear"
        if qualifier == "under":
            return "fail" if value <= DENSITY_OVER + 1 else "unclear"
        return "pass" if value > DENSITY_OVER else "fail"
    total, population = _actual(claims, "bs_total"), _actual(claims, "population")
    if total is None or population is None:
        return "unclear"
    return "pass" if total["value"] / population["value"] * 1e4 > DENSITY_OVER else "fail"


def factory_5g(claims: list[dict[str, Any]]) -> str:
    """≥1 pilot (5G工厂方向) or ≥5 名录 entries; fails only when both are stated and short."""
    pilot, directory = (
        _actual(claims, "pilot_5g_factory_projects"),
        _actual(claims, "directory_5g_factories"),
    )
    if (pilot and pilot["value"] >= 1) or (directory and directory["value"] >= MIN_DIRECTORY):
        return "pass"
    if pilot is not None and directory is not None:
        return "fail"
    return "unclear"


def prescreen(
    claims: list[dict[str, Any]], lists: dict[str, list[str]], flags: dict[str, str]
) -> dict[str, str]:
    """The six verdicts; ``flags`` says whether the text denies a policy or reports an incident."""
    policy = (
        "pass"
        if lists.get("policy_documents")
        else ("fail" if flags["policy"] == "none" else "unclear")
    )
    incident = {"none": "pass", "reported": "fail", "silent": "unclear"}[flags["incident"]]
    return {
        "special_policy": policy,
        "bs_density": density(claims),
        "scenario_factories": _at_least(
            _actual(claims, "scenario_factories"), MIN_SCENARIO_FACTORIES
        ),
        "factory_5g": factory_5g(claims),
        "national_demonstration": _at_least(_actual(claims, "national_titles"), MIN_TITLES),
        "no_major_incident": incident,
    }
