"""Shared checks of the panel's routes as dependencies: the database, the reviewer, CSRF."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from sqlalchemy.orm import Session

from extractor.language import _
from extractor.serve.auth import (
    CSRF_HEADER,
    SAFE_METHODS,
    SESSION_COOKIE,
    SessionData,
    lookup,
    read,
)
from extractor.serve.config import ServeSettings
from extractor.serve.db_tables import Reviewer
from extractor.serve.queue import JobQueue


def database(request: Request) -> Iterator[Session]:
    """One database session per request."""
    with request.app.state.sessions() as session:
        yield session


def settings(request: Request) -> ServeSettings:
    value = request.app.state.settings
    assert isinstance(value, ServeSettings)
    return value


def job_queue(request: Request) -> JobQueue:
    value = request.app.state.queue
    assert isinstance(value, JobQueue)
    return value


Db = Annotated[Session, Depends(database)]
Settings = Annotated[ServeSettings, Depends(settings)]
Queue = Annotated[JobQueue, Depends(job_queue)]


def session_data(request: Request, config: Settings, db: Db) -> SessionData:
    """The request's session, signed and still standing on the server (not signed out, not
    ended by a password change); 401 without one, 403 on a state change without its CSRF
    token (a cross-site form cannot read the token, so it cannot send it)."""
    cookie = read(
        config.secret_key, request.cookies.get(SESSION_COOKIE), config.session_hours * 3600
    )
    found = None if cookie is None else lookup(db, cookie.token)
    if found is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, _("sign in first"))
    if request.method not in SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(sent, found.csrf):
            raise HTTPException(
                status.HTTP_403_FORBIDDEN, _("missing or wrong {header}").format(header=CSRF_HEADER)
            )
    return found


def current_reviewer(db: Db, found: Annotated[SessionData, Depends(session_data)]) -> Reviewer:
    reviewer = db.get(Reviewer, found.reviewer_id)
    if reviewer is None or not reviewer.is_active:  # a deactivated one's sessions are revoked too
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, _("the account no longer exists"))
    return reviewer


CurrentReviewer = Annotated[Reviewer, Depends(current_reviewer)]


def admin(reviewer: CurrentReviewer) -> Reviewer:
    if not reviewer.is_admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, _("administrators only"))
    return reviewer


Admin = Annotated[Reviewer, Depends(admin)]


def not_ready(state: str) -> str:
    """Why a route needs a processed submission: the one asked for is queued or failed."""
    from extractor.labels import submission_state

    return _("the submission is {state}").format(state=submission_state(state))
