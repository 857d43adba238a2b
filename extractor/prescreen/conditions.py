"""Whether achieved figures meet a condition's thresholds: pass, fail or unclear, and why.

Only achieved figures count (a target never passes); a stated density comes before one worked
out from total and population. A qualified figure is a range (超过29个 is above 29, 不足5家
below 5): it passes only if the whole range does, fails only if none of it does, and is
unclear in between.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from extractor.extract.dates import DocumentDate
from extractor.extract.numbers import about_share
from extractor.model import (
    Comparison,
    Evidence,
    PredictedClaim,
    Prediction,
    Qualifier,
    Requirement,
    Status,
    Verdict,
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One requirement judged: its outcome, the figure or list that decided, and the count."""

    requirement: Requirement
    outcome: Verdict
    claim: PredictedClaim | None = None
    target: PredictedClaim | None = None  # the latest target, shown when no figure is achieved
    items: tuple[Evidence, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return self.claim.evidence if self.claim is not None else self.items


def _latest(claims: list[PredictedClaim]) -> PredictedClaim | None:
    """The most recent figure (an unknown year counts as oldest), most confident first."""
    return max(claims, key=lambda c: (c.year or 0, c.confidence), default=None)


def _is_achieved(claim: PredictedClaim, field: str, date: DocumentDate | None) -> bool:
    """An actual figure of ``field`` dated no later than the document: one dated after it is
    a goal, whatever its status says."""
    if claim.field != field or claim.status is not Status.actual:
        return False
    return date is None or claim.year is None or claim.year <= date.year


def achieved(
    prediction: Prediction, field: str, date: DocumentDate | None = None
) -> PredictedClaim | None:
    """The achieved figure of ``field`` a reviewer would take: stated, else derived; never one
    dated after the document's own ``date``."""
    stated = [c for c in prediction.claims if _is_achieved(c, field, date)]
    if stated:
        return _latest(stated)
    derived = [c for c in prediction.derived if _is_achieved(c, field, date)]
    return _latest(derived)


def _range(claim: PredictedClaim) -> tuple[float, float]:
    """The values a qualified figure allows (open ends are nudged inward, unless the bound
    includes the figure: 30个以上 may be 30; 约31个 may be a little less or more)."""
    value = claim.value
    tiny = 0.0 if claim.inclusive else 1e-9 * max(1.0, abs(value))
    near = abs(value) * about_share()
    return {
        Qualifier.over: (value + tiny, math.inf),
        Qualifier.at_least: (value, math.inf),
        Qualifier.under: (-math.inf, value - tiny),
        Qualifier.about: (value - near, value + near),
    }.get(claim.qualifier, (value, value))


def _holds(value: float, comparison: Comparison, threshold: float) -> bool:
    return {
        Comparison.gt: value > threshold,
        Comparison.ge: value >= threshold,
        Comparison.lt: value < threshold,
        Comparison.le: value <= threshold,
    }[comparison]


def meets(claim: PredictedClaim, comparison: Comparison, threshold: float) -> Verdict:
    """Pass if every value the figure allows meets the threshold, fail if none does."""
    low, high = _range(claim)
    ends = [_holds(low, comparison, threshold), _holds(high, comparison, threshold)]
    if all(ends):
        return Verdict.passed
    return Verdict.failed if not any(ends) else Verdict.unclear


def judge(
    requirement: Requirement, prediction: Prediction, date: DocumentDate | None = None
) -> Finding:
    """One requirement against the prediction: its figure, or the items of its list; ``date``
    is the document's own, after which no figure is achieved."""
    if requirement.list is not None:
        names = tuple(prediction.lists.get(requirement.list, ()))
        items = tuple(prediction.list_evidence.get(requirement.list, ()))
        if not names:
            return Finding(requirement, Verdict.unclear)
        met = _holds(len(names), requirement.comparison, requirement.threshold)
        outcome = Verdict.passed if met else Verdict.unclear  # a short list is no proof of less
        return Finding(requirement, outcome, items=items, names=names)
    assert requirement.field is not None
    claim = achieved(prediction, requirement.field, date)
    if claim is None:  # none of the field's figures is achieved: each is a goal, shown as such
        targets = [c for c in prediction.claims if c.field == requirement.field]
        return Finding(requirement, Verdict.unclear, target=_latest(targets))
    return Finding(requirement, meets(claim, requirement.comparison, requirement.threshold), claim)


def combine(findings: list[Finding]) -> Verdict:
    """Any requirement met passes; every count stated and short fails; else unclear."""
    if any(f.outcome is Verdict.passed for f in findings):
        return Verdict.passed
    counted = [f for f in findings if f.requirement.field is not None]
    if counted and all(f.outcome is Verdict.failed for f in counted):
        return Verdict.failed
    return Verdict.unclear
