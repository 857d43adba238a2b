"""The reviewer's word on each verdict: the machine's verdict, the reviewer's, and the one that
stands.

A reviewer decides a verdict (its decisions go to ``condition:<key>``): confirms it, or changes
it to pass, fail or unclear, always with a reason; the last such decision stands over the
machine's. A machine pass whose every piece of evidence the reviewer rejected stands as unclear
until the reviewer decides: a pass is never left standing on evidence the reviewer threw out.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from extractor.model import ConditionVerdict, Evidence, Verdict
from extractor.serve.db_tables import Decision
from extractor.serve.processing import Result, suggestion_key
from extractor.serve.schemas import CONDITION_PREFIX, VerdictReview, stored_value
from extractor.serve.standing import standing

_EVIDENCE_REJECTED = "审核人否定了其全部证据，待核实"


def condition_key(key: str) -> str:
    """The suggestion key a verdict's decisions are recorded under."""
    return f"{CONDITION_PREFIX}{key}"


Place = tuple[int | None, int | None, int, int]  # page, block, start, end of a piece of evidence


class ReviewBasis(BaseModel):
    """What deciding the verdicts needs from a processed result, small enough to keep beside
    it: the machine's verdicts and where each suggestion's evidence stands (the whole result of
    a 60-page PDF is 600 KB of JSON, 36 ms to read back, and the page asks after every
    rejection)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    verdicts: tuple[ConditionVerdict, ...] = ()
    places: dict[str, Place] = {}


def _where(evidence: Evidence) -> Place:
    return evidence.page, evidence.block, evidence.span.start, evidence.span.end


def review_basis(result: Result) -> ReviewBasis:
    """The verdicts of a result and the place of each suggestion's evidence, by its key."""
    places = {suggestion_key(s): _where(s.evidence) for s in result.suggestions}
    return ReviewBasis(verdicts=result.verdicts, places=places)


def _reviewed(
    verdict: ConditionVerdict, latest: dict[str, Decision], rejected: set[Place]
) -> VerdictReview:
    decision = latest.get(condition_key(verdict.key))
    machine = verdict.verdict
    if decision is not None and decision.action in ("confirm", "overrule"):
        value = stored_value(decision.value_json) or {}
        chosen = Verdict(value["verdict"]) if decision.action == "overrule" else machine
        return VerdictReview(
            key=verdict.key,
            name=verdict.name,
            machine=machine,
            reviewer=chosen,
            effective=chosen,
            reason=decision.note,
            reviewer_id=decision.reviewer_id,
        )
    all_rejected = bool(verdict.evidence) and all(_where(e) in rejected for e in verdict.evidence)
    if machine is Verdict.passed and all_rejected:
        return VerdictReview(
            key=verdict.key,
            name=verdict.name,
            machine=machine,
            effective=Verdict.unclear,
            reason=_EVIDENCE_REJECTED,
        )
    return VerdictReview(key=verdict.key, name=verdict.name, machine=machine, effective=machine)


def reviewed_verdicts(basis: ReviewBasis, decisions: list[Decision]) -> list[VerdictReview]:
    """Every verdict of the submission as the review stands (decisions in id order); a piece of
    evidence is rejected where the suggestion at its place stands rejected."""
    latest = standing(decisions)
    rejected = {
        place
        for key, place in basis.places.items()
        if (decision := latest.get(key)) is not None and decision.action == "reject"
    }
    return [_reviewed(verdict, latest, rejected) for verdict in basis.verdicts]
