"""The reviewer's word on each verdict: the machine's verdict, the reviewer's, and the one that
stands.

A reviewer decides a verdict (its decisions go to ``condition:<key>``): confirms it, or changes
it to pass, fail or unclear, always with a reason; the last such decision stands over the
machine's. A machine pass whose every piece of evidence the reviewer rejected stands as unclear
until the reviewer decides: a pass is never left standing on evidence the reviewer threw out.
"""

from __future__ import annotations

from extractor.model import ConditionVerdict, Evidence, Verdict
from extractor.serve.processing import Result, suggestion_key
from extractor.serve.schemas import CONDITION_PREFIX, VerdictReview, stored_value
from extractor.serve.tables import Decision

_EVIDENCE_REJECTED = "审核人否定了其全部证据，待核实"


def condition_key(key: str) -> str:
    """The suggestion key a verdict's decisions are recorded under."""
    return f"{CONDITION_PREFIX}{key}"


def _where(evidence: Evidence) -> tuple[int | None, int | None, int, int]:
    return evidence.page, evidence.block, evidence.span.start, evidence.span.end


def _all_evidence_rejected(
    verdict: ConditionVerdict, result: Result, latest: dict[str, Decision]
) -> bool:
    """Whether every piece of the verdict's evidence is a suggestion the reviewer rejected."""
    rejected = {
        _where(s.evidence)
        for s in result.suggestions
        if (d := latest.get(suggestion_key(s))) is not None and d.action == "reject"
    }
    return bool(verdict.evidence) and all(_where(e) in rejected for e in verdict.evidence)


def _reviewed(
    verdict: ConditionVerdict, result: Result, latest: dict[str, Decision]
) -> VerdictReview:
    decision = latest.get(condition_key(verdict.key))
    machine = verdict.verdict
    if decision is not None and decision.action in ("confirm", "overrule"):
        value = stored_value(decision.value_json) or {}
        chosen = Verdict(value["verdict"]) if decision.action == "overrule" else machine
        return VerdictReview(
            key=verdict.key, name=verdict.name, machine=machine, reviewer=chosen,
            effective=chosen, reason=decision.note, reviewer_id=decision.reviewer_id,
        )  # fmt: skip
    if machine is Verdict.passed and _all_evidence_rejected(verdict, result, latest):
        return VerdictReview(
            key=verdict.key, name=verdict.name, machine=machine, effective=Verdict.unclear,
            reason=_EVIDENCE_REJECTED,
        )  # fmt: skip
    return VerdictReview(key=verdict.key, name=verdict.name, machine=machine, effective=machine)


def reviewed_verdicts(result: Result, decisions: list[Decision]) -> list[VerdictReview]:
    """Every verdict of the submission as the review stands (decisions in id order)."""
    latest = {d.suggestion: d for d in decisions if d.action != "note"}
    return [_reviewed(verdict, result, latest) for verdict in result.verdicts]
