"""A reviewed submission as gold/v1: the extractor's claims as the reviewer left them.

Confirmed claims stand, corrected ones take the reviewer's value, status or year, rejected ones
are dropped, and evidence the reviewer added becomes a claim. So reviewed submissions grow the
labelled corpus that ``extractor evaluate`` scores.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor.serve.db_tables import Decision, Submission
from extractor.serve.processing import Result, suggestion_key
from extractor.serve.schemas import stored_value
from extractor.serve.standing import standing
from extractor.serve.verdict_review import review_basis, reviewed_verdicts

_CLAIM_KEYS = ("field", "value", "status", "year", "qualifier", "page", "quote")


def _claim(suggestion_value: dict[str, Any], decision: Decision | None) -> dict[str, Any] | None:
    if decision is not None and decision.action == "reject":
        return None
    claim = dict(suggestion_value)
    if decision is not None and decision.action == "correct":
        claim.update(stored_value(decision.value_json) or {})
    return {k: claim[k] for k in _CLAIM_KEYS if claim.get(k) is not None}


def gold_file(row: Submission, result: Result, decisions: list[Decision]) -> dict[str, Any]:
    """The gold/v1 object of one reviewed submission."""
    latest = standing(decisions)
    claims: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    for suggestion in result.suggestions:
        if suggestion.kind != "claim" or suggestion.value is None:
            continue
        base = {
            "field": suggestion.field,
            "value": suggestion.value,
            "status": suggestion.status.value if suggestion.status else None,
            "year": suggestion.year,
            "page": suggestion.evidence.page,
            "quote": suggestion.evidence.quote,
        }
        claim = _claim(base, latest.get(suggestion_key(suggestion)))
        key = (claim or {}).get("field"), (claim or {}).get("value"), (claim or {}).get("year")
        if claim is not None and key not in seen:
            seen.add(key)
            claims.append(claim)
    for decision in latest.values():
        if decision.action == "add" and decision.value_json:
            added = _claim(stored_value(decision.value_json) or {}, None)
            if added and {"field", "value", "status"} <= set(added):
                claims.append(added)
    prediction = result.prediction
    gold: dict[str, Any] = {
        "schema": "gold/v1",
        "document": Path(row.filename).name,
        "framework": row.framework,
        "claims": claims,
        "lists": prediction.lists,
        "reviewed": True,
    }
    if prediction.prescreen is not None:  # the verdicts as the review stands
        reviewed = {
            v.key: v.effective.value for v in reviewed_verdicts(review_basis(result), decisions)
        }
        gold["prescreen"] = {**prediction.prescreen, **reviewed}
    return gold
