"""The administrators' audit trail: every change an administrator makes, appended."""

from __future__ import annotations

from sqlalchemy.orm import Session

from extractor.serve.db_tables import AdminAction, Reviewer
from extractor.serve.schemas import AdminActionKind


def record(
    db: Session,
    actor: Reviewer,
    action: AdminActionKind,
    *,
    reviewer_id: int | None = None,
    submission_id: int | None = None,
    detail: str | None = None,
) -> None:
    """Append one action, in the caller's transaction (it commits): the change and its record
    are stored together or not at all."""
    entry = AdminAction(
        actor_id=actor.id,
        action=action,
        reviewer_id=reviewer_id,
        submission_id=submission_id,
        detail=detail,
    )
    db.add(entry)
