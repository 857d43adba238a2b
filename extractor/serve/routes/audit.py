"""The administrators' audit trail, read by administrators."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select
from sqlalchemy.orm import aliased

from extractor.serve.db_tables import AdminAction, Reviewer
from extractor.serve.deps import Admin, Db
from extractor.serve.schemas import AdminActionOut

router = APIRouter(prefix="/api/audit", tags=["audit"])
_SHOWN = 500  # the newest; the table keeps them all


@router.get("", response_model=list[AdminActionOut])
def admin_actions(_admin: Admin, db: Db) -> list[AdminActionOut]:
    """The newest administrators' actions first, with the names of who acted and on whom."""
    actor, target = aliased(Reviewer), aliased(Reviewer)
    query = (
        select(AdminAction, actor.name, target.name)
        .join(actor, AdminAction.actor_id == actor.id)
        .outerjoin(target, AdminAction.reviewer_id == target.id)
        .order_by(AdminAction.id.desc())
        .limit(_SHOWN)
    )
    return [_out(row, name, on) for row, name, on in db.execute(query)]


def _out(row: AdminAction, actor: str, target: str | None) -> AdminActionOut:
    fields = {
        "id": row.id,
        "actor_id": row.actor_id,
        "actor": actor,
        "action": row.action,
        "reviewer_id": row.reviewer_id,
        "reviewer": target,
        "submission_id": row.submission_id,
        "detail": row.detail,
        "created_at": row.created_at,
    }
    return AdminActionOut.model_validate(fields)
