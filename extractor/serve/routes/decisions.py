"""Decisions on suggestions: confirm, reject, correct, add, note; appended, never overwritten."""

from __future__ import annotations

import json
import threading
from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from sqlalchemy import select

from extractor.language import _
from extractor.serve.db_tables import Decision, Submission
from extractor.serve.deps import CurrentReviewer, Db, not_ready
from extractor.serve.processing import load_result
from extractor.serve.progress import cached_basis
from extractor.serve.review import gold_file
from extractor.serve.routes.submissions import Visible
from extractor.serve.schemas import (
    DecisionIn,
    DecisionOut,
    ReviewState,
    stored_previous,
    stored_value,
)
from extractor.serve.standing import standing
from extractor.serve.verdict_review import reviewed_verdicts

router = APIRouter(prefix="/api/submissions", tags=["decisions"])
# Reading a suggestion's previous state and appending the next one is one step: two decisions
# at the same moment must not both name the same previous one (the row lock does this across
# processes on PostgreSQL; SQLite has one writer anyway).
_APPENDING = threading.Lock()


def _out(row: Decision) -> DecisionOut:
    return DecisionOut(
        id=row.id,
        suggestion=row.suggestion,
        action=row.action,
        value=stored_value(row.value_json),
        previous=stored_previous(row.previous_json),
        note=row.note,
        reviewer_id=row.reviewer_id,
        created_at=row.created_at,
    )


def _dumped(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _history(db: Db, submission_id: int) -> list[Decision]:
    query = select(Decision).where(Decision.submission_id == submission_id)
    return list(db.scalars(query.order_by(Decision.id)))


@router.post(
    "/{submission_id}/decisions", response_model=DecisionOut, status_code=status.HTTP_201_CREATED
)
def decide(row: Visible, body: DecisionIn, reviewer: CurrentReviewer, db: Db) -> DecisionOut:
    """Record a decision; the suggestion's previous state is kept beside it. A note is its
    own track: it neither changes nor is the previous state of a confirm/reject/correct.
    ``undo`` appends the state before the standing decision (``undo`` itself where there was
    none: undecided); nothing is removed from the trail."""
    is_note = body.action == "note"
    with _APPENDING:
        db.execute(select(Submission.id).where(Submission.id == row.id).with_for_update())
        last = db.scalars(
            select(Decision)
            .where(
                Decision.submission_id == row.id,
                Decision.suggestion == body.suggestion,
                (Decision.action == "note") if is_note else (Decision.action != "note"),
            )
            .order_by(Decision.id.desc())
            .limit(1)
        ).first()
        previous = None
        if last is not None:
            state = {
                "action": last.action,
                "value": stored_value(last.value_json),
                "note": last.note,
            }
            previous = json.dumps(state, ensure_ascii=False)
        action = body.action
        value = None if body.value is None else body.value.model_dump_json(exclude_none=True)
        if action == "undo":  # the state before the standing decision, as a new entry
            if last is None or is_note:
                raise HTTPException(status.HTTP_409_CONFLICT, _("nothing to undo"))
            before = stored_previous(last.previous_json)
            if before is not None and before["action"] not in (None, "undo"):
                action, value = before["action"], _dumped(before["value"])
        decision = Decision(
            submission_id=row.id,
            suggestion=body.suggestion,
            action=action,
            value_json=value,
            previous_json=previous,
            note=body.note,
            reviewer_id=reviewer.id,
        )
        db.add(decision)
        db.commit()
    return _out(decision)


@router.get("/{submission_id}/decisions", response_model=ReviewState)
def review_state(request: Request, row: Visible, db: Db) -> ReviewState:
    """Each suggestion's standing decision (its last one that is not a note), the whole
    history (the audit trail, notes included), and each verdict as the review stands."""
    history = _history(db, row.id)
    out = {d.id: _out(d) for d in history}
    latest = [out[d.id] for d in standing(history).values()]
    verdicts = reviewed_verdicts(cached_basis(request.app.state.bases, row), history)
    return ReviewState(latest=latest, history=list(out.values()), verdicts=verdicts)


@router.get("/{submission_id}/gold.json")
def export_gold(row: Visible, db: Db) -> dict[str, Any]:
    """The review as a gold/v1 file (docs/gold-format.md)."""
    result = load_result(row)
    if result is None:
        raise HTTPException(status.HTTP_409_CONFLICT, not_ready(row.status))
    return gold_file(row, result, _history(db, row.id))
