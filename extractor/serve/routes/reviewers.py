"""Accounts, managed by administrators."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from extractor.serve.auth import create_reviewer
from extractor.serve.deps import Admin, Db
from extractor.serve.schemas import NewReviewer, ReviewerOut
from extractor.serve.tables import Reviewer

router = APIRouter(prefix="/api/reviewers", tags=["reviewers"])


@router.get("", response_model=list[ReviewerOut])
def list_reviewers(_admin: Admin, db: Db) -> list[ReviewerOut]:
    rows = db.scalars(select(Reviewer).order_by(Reviewer.id))
    return [ReviewerOut(id=r.id, name=r.name, is_admin=r.is_admin) for r in rows]


@router.post("", response_model=ReviewerOut, status_code=status.HTTP_201_CREATED)
def add_reviewer(body: NewReviewer, _admin: Admin, db: Db) -> ReviewerOut:
    try:
        reviewer = create_reviewer(db, body.name, body.password, body.is_admin)
        db.commit()
    except IntegrityError as err:
        db.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, f"{body.name!r} exists already") from err
    return ReviewerOut(id=reviewer.id, name=reviewer.name, is_admin=reviewer.is_admin)
