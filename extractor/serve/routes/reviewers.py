"""Accounts, managed by administrators: listed, added, deactivated and reactivated, their
passwords reset; every change recorded in the administrators' audit trail."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, status
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from extractor.language import _
from extractor.serve.audit import record
from extractor.serve.auth import create_reviewer, hash_password, revoke_all
from extractor.serve.db_tables import Reviewer, Submission
from extractor.serve.deps import Admin, Db
from extractor.serve.intake import DELETED
from extractor.serve.schemas import ROW_ID_MAX, NewReviewer, PasswordReset, ReviewerOut

router = APIRouter(prefix="/api/reviewers", tags=["reviewers"])
# Checking that an administrator remains and deactivating one is one step in this process (the
# row locks make it one across processes on PostgreSQL; SQLite has one writer anyway).
_ADMINS = threading.Lock()


def _out(row: Reviewer, assigned: int = 0) -> ReviewerOut:
    return ReviewerOut(
        id=row.id,
        name=row.name,
        is_admin=row.is_admin,
        is_active=row.is_active,
        assigned=assigned,
        last_login_at=row.last_login_at,
    )


def other_account(
    reviewer_id: Annotated[int, Path(ge=1, le=ROW_ID_MAX)], admin: Admin, db: Db
) -> Reviewer:
    """The account an administrator acts on: another one than their own (their own password
    is changed with POST /api/me/password, and an administrator never locks themselves out).
    404 if none."""
    row = db.get(Reviewer, reviewer_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, _("no such account"))
    if row.id == admin.id:
        raise HTTPException(status.HTTP_409_CONFLICT, _("not on one's own account"))
    return row


Other = Annotated[Reviewer, Depends(other_account)]


@router.get("", response_model=list[ReviewerOut])
def list_reviewers(_admin: Admin, db: Db) -> list[ReviewerOut]:
    """Every account, with how many submissions are assigned to it and when it last signed in."""
    query = (
        select(Submission.assigned_to, func.count())
        .where(Submission.status != DELETED, Submission.assigned_to.is_not(None))
        .group_by(Submission.assigned_to)
    )
    assigned: dict[int | None, int] = dict(db.execute(query).all())  # .all(): a Result has keys()
    rows = db.scalars(select(Reviewer).order_by(Reviewer.id))
    return [_out(r, assigned.get(r.id, 0)) for r in rows]


@router.post("", response_model=ReviewerOut, status_code=status.HTTP_201_CREATED)
def add_reviewer(body: NewReviewer, admin: Admin, db: Db) -> ReviewerOut:
    """A new account with its initial password (the same policy as every password)."""
    try:
        reviewer = create_reviewer(db, body.name, body.password, body.is_admin)
        role = "admin" if body.is_admin else "reviewer"
        record(db, admin, "add_reviewer", reviewer_id=reviewer.id, detail=role)
        db.commit()
    except IntegrityError as err:
        db.rollback()
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            _("an account named {name!r} exists already").format(name=body.name),
        ) from err
    return _out(reviewer)


@router.post("/{reviewer_id}/deactivate", response_model=ReviewerOut)
def deactivate(row: Other, admin: Admin, db: Db) -> ReviewerOut:
    """The account can no longer sign in, and its sessions end at once. The last active
    administrator stays (409): someone must be able to administer."""
    with _ADMINS:
        if row.is_admin and row.is_active and not others_administer(db, row.id):
            raise HTTPException(
                status.HTTP_409_CONFLICT, _("the last active administrator cannot be deactivated")
            )
        row.is_active = False
        revoke_all(db, row.id)
        record(db, admin, "deactivate", reviewer_id=row.id)
        db.commit()
    return _out(row)


def others_administer(db: Db, reviewer_id: int) -> bool:
    """Whether an active administrator other than ``reviewer_id`` remains. The active
    administrators' rows are locked until the caller commits: two administrators deactivating
    each other at once leave one of them active (the second sees the first's change)."""
    query = select(Reviewer.id).where(Reviewer.is_admin, Reviewer.is_active).with_for_update()
    return any(found != reviewer_id for found in db.scalars(query))


@router.post("/{reviewer_id}/reactivate", response_model=ReviewerOut)
def reactivate(row: Other, admin: Admin, db: Db) -> ReviewerOut:
    """The account can sign in again, with the password it had."""
    row.is_active = True
    record(db, admin, "reactivate", reviewer_id=row.id)
    db.commit()
    return _out(row)


@router.post("/{reviewer_id}/password", response_model=ReviewerOut)
def reset_password(row: Other, body: PasswordReset, admin: Admin, db: Db) -> ReviewerOut:
    """Set another account's password (a forgotten one): all its sessions end."""
    row.password_hash = hash_password(body.password)
    revoke_all(db, row.id)
    record(db, admin, "reset_password", reviewer_id=row.id)
    db.commit()
    return _out(row)
