"""Signing in (throttled) and out, changing one's password, and who is signed in."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status

from extractor.language import _
from extractor.serve import throttle
from extractor.serve.auth import (
    SESSION_COOKIE,
    SessionData,
    authenticate,
    hash_password,
    issue,
    revoke,
    revoke_all,
    verify_password,
)
from extractor.serve.deps import CurrentReviewer, Db, Settings, session_data
from extractor.serve.schemas import Login, Me, PasswordChange

router = APIRouter(prefix="/api", tags=["sessions"])
Current = Annotated[SessionData, Depends(session_data)]


def _set_cookie(response: Response, cookie: str, config: Settings) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        cookie,
        max_age=config.session_hours * 3600,
        httponly=True,
        samesite="strict",
    )


@router.post("/login", response_model=Me)
def login(body: Login, request: Request, response: Response, db: Db, config: Settings) -> Me:
    """Check the password; start a session and set its signed cookie (HttpOnly,
    SameSite=Strict). After 5 failures for a name (20 for a client address) each further one
    locks it out for twice as long, up to 15 minutes: 429 with Retry-After, no password
    checked."""
    keys = throttle.keys(body.name, request.client.host if request.client else None)
    wait = throttle.locked_for(db, keys)
    if wait:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            _("too many failed sign-ins: try again in {seconds} s").format(seconds=wait),
            headers={"Retry-After": str(wait)},
        )
    reviewer = authenticate(db, body.name, body.password)
    if reviewer is None:
        throttle.failed(db, keys)
        db.commit()
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, _("wrong name or password"))
    throttle.succeeded(db, keys)
    reviewer.last_login_at = datetime.now(UTC)
    cookie, data = issue(db, config.secret_key, reviewer.id, config.session_hours)
    db.commit()
    _set_cookie(response, cookie, config)
    return Me(id=reviewer.id, name=reviewer.name, is_admin=reviewer.is_admin, csrf=data.csrf)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(found: Current, response: Response, db: Db) -> None:
    """End this session on the server too: a copy of its cookie no longer signs in."""
    revoke(db, found.token)
    db.commit()
    response.delete_cookie(SESSION_COOKIE)


@router.post("/me/password", response_model=Me)
def change_password(body: PasswordChange, reviewer: CurrentReviewer, found: Current, db: Db) -> Me:
    """Change one's own password (the current one checked): every other session of the
    account ends."""
    if not verify_password(reviewer.password_hash, body.current):
        raise HTTPException(status.HTTP_403_FORBIDDEN, _("the current password is wrong"))
    reviewer.password_hash = hash_password(body.new)
    revoke_all(db, reviewer.id, keep=found.token)
    db.commit()
    return Me(id=reviewer.id, name=reviewer.name, is_admin=reviewer.is_admin, csrf=found.csrf)


@router.get("/me", response_model=Me)
def me(reviewer: CurrentReviewer, found: Current) -> Me:
    """Who is signed in, with the session's CSRF token, so a reloaded page can send it."""
    return Me(id=reviewer.id, name=reviewer.name, is_admin=reviewer.is_admin, csrf=found.csrf)
