"""Sampling one applicant's facts so that each non-deviable condition gets its planned verdict."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import get_args

from corpus import names
from corpus.templates import fields
from evaluation.gold import Verdict

VERDICTS: tuple[str, ...] = get_args(Verdict)  # the gold format's verdicts, pass first
# fields whose figures decide a condition; their qualifiers are kept clear of the threshold
CONDITION_FIELDS = frozenset(
    {
        "bs_total",
        "bs_per_10k",
        "population",
        "scenario_factories",
        "pilot_5g_factory_projects",
        "directory_5g_factories",
        "national_titles",
    }
)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure the document states: canonical value, actual/target, year, qualifier."""

    field: str
    value: float
    status: str
    year: int | None
    qualifier: str = "exact"


@dataclass(slots=True)
class Facts:
    """Everything a document says about its applicant, before any wording is chosen."""

    framework: str
    city: str
    subject_kind: str
    by: int  # the year the actual figures refer to
    ty: int  # the target year
    iy: int  # an interim target year for 分年度 tables
    dated: bool  # actual figures carry their year; False: only 目前/当前, year null
    declared: bool  # the document states the year its 现状 figures refer to
    actuals: dict[str, Figure] = field(default_factory=dict)
    targets: dict[str, Figure] = field(default_factory=dict)
    interim: dict[str, Figure] = field(default_factory=dict)
    policies: list[str] = field(default_factory=list)
    policy_none: bool = False
    titles: list[str] = field(default_factory=list)
    directory: list[str] = field(default_factory=list)
    pilots: list[str] = field(default_factory=list)
    incident: str = "silent"  # none | reported | silent
    plan: dict[str, str] = field(default_factory=dict)


def _round_sig(value: float, digits: int) -> float:
    if value < 10:
        return float(round(value))
    magnitude = 10 ** max(0, int(math.log10(value)) - digits + 1)  # counts stay whole
    return float(round(value / magnitude) * magnitude)


def tidy(name: str, value: float) -> float:
    """A value written the way its field is: one decimal for density, whole units otherwise."""
    kind = fields()[name]["kind"]
    if kind == "density":
        return round(value, 1)
    if kind == "money":
        return float(round(value / 1e6) * 1e6)
    if kind == "persons":
        return float(round(value / 100) * 100)
    return float(round(value))


def _qualifier(rng: random.Random, status: str) -> str:
    if status == "target":
        return rng.choices(["exact", "at_least", "over"], [6, 3, 1])[0]
    return rng.choices(["exact", "over", "about", "at_least", "under"], [13, 3, 2, 1, 1])[0]


def _sample_value(rng: random.Random, name: str) -> float:
    low, high = fields()[name]["range"]
    value = math.exp(rng.uniform(math.log(max(low, 1)), math.log(high)))
    if fields()[name]["kind"] == "money":
        return _round_sig(value, rng.choice([2, 3, 4]))
    return float(round(value)) if rng.random() < 0.5 else _round_sig(value, rng.choice([2, 3]))


class Sampler:
    """Builds Facts for one document from its rng and its planned verdicts."""

    def __init__(self, rng: random.Random, facts: Facts) -> None:
        self.rng, self.facts = rng, facts

    def actual(self, name: str, value: float, qualifier: str = "exact") -> None:
        """Record an actual figure as of the document's base year (or undated)."""
        year = self.facts.by if self.facts.dated else None
        self.facts.actuals[name] = Figure(name, value, "actual", year, qualifier)

    def target(self, name: str, value: float, qualifier: str = "exact") -> None:
        """Record a target for the target year, and sometimes one for the interim year."""
        self.facts.targets[name] = Figure(name, value, "target", self.facts.ty, qualifier)
        if self.rng.random() < 0.4:
            base = self.facts.actuals.get(name)
            start = base.value if base else value * 0.6
            mid = tidy(name, start + (value - start) * self.rng.uniform(0.3, 0.7))
            if 0 < mid < value:
                self.facts.interim[name] = Figure(name, mid, "target", self.facts.iy)

    def grow(self, name: str, low: float = 1.15, high: float = 1.8) -> float:
        """A target value above the actual (or a fresh one when there is no actual)."""
        base = self.facts.actuals.get(name)
        value = base.value * self.rng.uniform(low, high) if base else _sample_value(self.rng, name)
        if fields()[name]["kind"] == "density":
            return float(round(value))
        return max(_round_sig(value, 2), (base.value + 1) if base else 1.0)

    def density(self, verdict: str) -> None:
        """bs_per_10k stated, or derived from bs_total and population, or neither."""
        rng = self.rng
        population = _round_sig(rng.uniform(8e5, 1.2e7), rng.choice([3, 4]))
        if verdict == "unclear":
            one = rng.choice(["bs_total", "population", None])
            if one == "population":
                self.actual("population", population)
            elif one == "bs_total":
                self.actual("bs_total", _round_sig(population * rng.uniform(15, 50) / 1e4, 3))
            if rng.random() < 0.6:
                self.target("bs_per_10k", float(rng.randint(32, 60)), rng.choice(["exact", "over"]))
            return
        if verdict == "fail" and rng.random() < 0.25:  # exactly 30 is a fail
            self.actual("bs_per_10k", 30.0)
            return
        wanted = rng.uniform(33, 62) if verdict == "pass" else rng.uniform(12, 27)
        total = _round_sig(wanted * population / 1e4, rng.choice([2, 3, 4]))
        stated = round(total / population * 1e4, 1)
        if rng.random() < 0.4:  # derived: total and population only
            self.actual("bs_total", total)
            self.actual("population", population)
            return
        qualifier = "exact"
        if verdict == "pass" and rng.random() < 0.3:
            stated, qualifier = float(int(stated)), "over"
        elif verdict == "fail" and rng.random() < 0.3:
            stated, qualifier = float(math.ceil(stated)), "under"
        self.actual("bs_per_10k", stated, qualifier)
        for name, value in (("bs_total", total), ("population", population)):
            if rng.random() < 0.5:
                self.actual(name, value)

    def count(self, name: str, verdict: str, threshold: int, fail_low: int = 1) -> None:
        """A count condition (≥ threshold passes): pass, fail, or target-only/nothing."""
        rng = self.rng
        if verdict == "pass":
            value = float(rng.randint(threshold, threshold + 12))
            qualifier = rng.choice(["exact", "exact", "over"]) if value >= 10 else "exact"
            self.actual(name, value, qualifier)
        elif verdict == "fail":
            if rng.random() < 0.15:
                self.actual(name, float(threshold), "under")
            else:
                self.actual(name, float(rng.randint(fail_low, threshold - 1)))
        if rng.random() < 0.5 or verdict == "unclear":
            self.target(
                name,
                self.grow(name, 1.3, 2.5)
                if verdict != "unclear"
                else float(rng.randint(threshold, threshold + 10)),
            )

    def factory_5g(self, verdict: str) -> None:
        """Pilot (5G工厂方向) ≥1 or directory ≥5 passes; both stated and short fails."""
        rng = self.rng
        if verdict == "pass":
            route = rng.choice(["pilot", "directory", "both"])
            pilots = rng.randint(1, 3) if route != "directory" else rng.choice([0, None])
            entries = rng.randint(5, 12) if route != "pilot" else rng.choice([None, 2, 3])
        elif verdict == "fail":
            pilots, entries = 0, rng.randint(0, 4)
        else:
            pilots, entries = None, rng.choice([None, 2, 3, 4])
            if entries is None and rng.random() < 0.5:
                self.target("directory_5g_factories", float(rng.randint(5, 10)))
        if pilots is not None:
            self.actual("pilot_5g_factory_projects", float(pilots))
            self.facts.pilots = [names.pilot(rng) for _ in range(pilots)]
        if entries is not None:
            self.actual("directory_5g_factories", float(entries))
            self.facts.directory = [names.factory(rng) for _ in range(entries)]

    def others(self) -> None:
        """The remaining fields: each actual and/or target at random."""
        for name in fields():
            if name in CONDITION_FIELDS:
                continue
            if self.rng.random() < 0.7:
                self.actual(name, _sample_value(self.rng, name), _qualifier(self.rng, "actual"))
                if self.facts.actuals[name].qualifier != "exact":
                    value = _round_sig(self.facts.actuals[name].value, 2)
                    self.actual(name, value, self.facts.actuals[name].qualifier)
            if self.rng.random() < 0.5:
                self.target(name, self.grow(name), _qualifier(self.rng, "target"))
        if "bs_total" not in self.facts.targets and self.rng.random() < 0.4:
            self.target("bs_total", self.grow("bs_total"))


def sample(
    rng: random.Random, framework: str, plan: dict[str, str], structure: str = "plan"
) -> Facts:
    """Facts for one document; ``plan`` maps each condition to the verdict it must get.

    A 申报表 is signed and dated, so its 目前 has a year (gold/v1: a relative word resolves
    against the document's date); only a plan without any date can leave its years unsaid.
    """
    city, kind = names.applicant(rng, framework)
    by = rng.choice([2022, 2023, 2023, 2023, 2024])
    dated = rng.random() < 0.9 or structure == "form"
    facts = Facts(
        framework=framework,
        city=city,
        subject_kind=kind,
        by=by,
        ty=by + rng.choice([2, 3, 3]),
        iy=by + 1,
        dated=dated,
        declared=dated and rng.random() < 0.6,
        plan=dict(plan),
    )
    sampler = Sampler(rng, facts)
    sampler.density(plan["bs_density"])
    sampler.count("scenario_factories", plan["scenario_factories"], 5)
    sampler.factory_5g(plan["factory_5g"])
    sampler.count("national_titles", plan["national_demonstration"], 5)
    titles = facts.actuals.get("national_titles")
    if titles is not None:
        shown = min(int(titles.value), rng.choice([int(titles.value), 6, 8, 10]))
        facts.titles = names.titles(rng, city, shown)
    if plan["special_policy"] == "pass":
        facts.policies = names.policies(rng, city, rng.randint(1, 3), by)
    facts.policy_none = plan["special_policy"] == "fail"
    facts.incident = {"pass": "none", "fail": "reported", "unclear": "silent"}[
        plan["no_major_incident"]
    ]
    sampler.others()
    if "bs_per_10k" in facts.actuals and "bs_per_10k" not in facts.targets and rng.random() < 0.6:
        sampler.target("bs_per_10k", sampler.grow("bs_per_10k", 1.1, 1.5))
    return facts
