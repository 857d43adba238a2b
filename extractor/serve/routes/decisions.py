"""Decisions on suggestions: confirm, reject, correct, add, note; appended, never overwritten."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select

from extractor.serve.deps import CurrentReviewer, Db
from extractor.serve.processing import load_result
from extractor.serve.review import gold_file
from extractor.serve.routes.submissions import Visible
from extractor.serve.schemas import DecisionIn, DecisionOut, ReviewState
from extractor.serve.tables import Decision

router = APIRouter(prefix="/api/submissions", tags=["decisions"])


def _out(row: Decision) -> DecisionOut:
    return DecisionOut(
        id=row.id, suggestion=row.suggestion, action=row.action,
        value=json.loads(row.value_json) if row.value_json else None,
        previous=json.loads(row.previous_json) if row.previous_json else None,
        note=row.note, reviewer_id=row.reviewer_id, created_at=row.created_at,
    )  # fmt: skip


def _history(db: Db, submission_id: int) -> list[Decision]:
    query = select(Decision).where(Decision.submission_id == submission_id)
    return list(db.scalars(query.order_by(Decision.id)))


@router.post(
    "/{submission_id}/decisions", response_model=DecisionOut, status_code=status.HTTP_201_CREATED
)
def decide(row: Visible, body: DecisionIn, reviewer: CurrentReviewer, db: Db) -> DecisionOut:
    """Record a decision; the suggestion's previous state is kept beside it."""
    earlier = [d for d in _history(db, row.id) if d.suggestion == body.suggestion]
    previous = None
    if earlier:
        last = earlier[-1]
        previous = json.dumps({"action": last.action, "value": last.value_json}, ensure_ascii=False)
    decision = Decision(
        submission_id=row.id, suggestion=body.suggestion, action=body.action,
        value_json=json.dumps(body.value, ensure_ascii=False) if body.value is not None else None,
        previous_json=previous, note=body.note, reviewer_id=reviewer.id,
    )  # fmt: skip
    db.add(decision)
    db.commit()
    return _out(decision)


@router.get("/{submission_id}/decisions", response_model=ReviewState)
def review_state(row: Visible, db: Db) -> ReviewState:
    """Each suggestion's latest decision, and the whole history (the audit trail)."""
    history = _history(db, row.id)
    latest = {d.suggestion: _out(d) for d in history}
    return ReviewState(latest=list(latest.values()), history=[_out(d) for d in history])


@router.get("/{submission_id}/gold.json")
def export_gold(row: Visible, db: Db) -> dict[str, Any]:
    """The review as a gold/v1 file (shared/spec/gold-format.md)."""
    result = load_result(row)
    if result is None:
        raise HTTPException(status.HTTP_409_CONFLICT, f"the submission is {row.status}")
    return gold_file(row, result, _history(db, row.id))
