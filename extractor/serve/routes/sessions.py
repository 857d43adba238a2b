"""Signing in and out, and who is signed in."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Response, status

from extractor.serve.auth import SESSION_COOKIE, SessionData, authenticate, issue
from extractor.serve.deps import CurrentReviewer, Db, Settings, session_data
from extractor.serve.schemas import Login, Me

router = APIRouter(prefix="/api", tags=["sessions"])


@router.post("/login", response_model=Me)
def login(body: Login, response: Response, db: Db, config: Settings) -> Me:
    """Check the password; set the signed session cookie (HttpOnly, SameSite=Strict)."""
    reviewer = authenticate(db, body.name, body.password)
    if reviewer is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong name or password")
    cookie, data = issue(config.secret_key, reviewer.id)
    response.set_cookie(
        SESSION_COOKIE, cookie, max_age=config.session_hours * 3600, httponly=True,
        samesite="strict",
    )  # fmt: skip
    return Me(id=reviewer.id, name=reviewer.name, is_admin=reviewer.is_admin, csrf=data.csrf)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(_reviewer: CurrentReviewer, response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE)


@router.get("/me", response_model=Me)
def me(reviewer: CurrentReviewer, found: Annotated[SessionData, Depends(session_data)]) -> Me:
    """Who is signed in, with the session's CSRF token, so a reloaded page can send it."""
    return Me(id=reviewer.id, name=reviewer.name, is_admin=reviewer.is_admin, csrf=found.csrf)
